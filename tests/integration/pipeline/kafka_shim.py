"""A Tansu broker behind a one-rule protocol shim, so librdkafka-based kcat can talk to it.

librdkafka 2.0.2 (Debian's kcat 1.7.1) cannot parse Tansu 0.6's ApiVersions v3 response (it fails on the
trailing tagged fields) and offers no way to skip that request. Apache Kafka answers a client's too-new
ApiVersions request with UNSUPPORTED_VERSION, after which librdkafka retries with v0; this shim gives the
same answer to ApiVersions v3+, then forwards every byte of every other request and response unchanged.
The broker advertises the shim's port, so every connection (also the worker's) passes through it.
Against a real Kafka broker no shim is needed.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
import threading
import time
from pathlib import Path

from streams.tools.devstack import free_port, kafka_ready, start_broker

API_VERSIONS = 18
UNSUPPORTED_VERSION = 35


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def _client_to_broker(
    client: asyncio.StreamReader, to_client: asyncio.StreamWriter, broker: asyncio.StreamWriter
) -> None:
    """Frame requests; answer ApiVersions v3+ like Kafka does for unsupported versions, forward the rest."""
    try:
        while True:
            size_bytes = await client.readexactly(4)
            (size,) = struct.unpack(">i", size_bytes)
            body = await client.readexactly(size)
            api_key, api_version, correlation = struct.unpack(">hhi", body[:8])
            if api_key == API_VERSIONS and api_version >= 3:
                # v0 response body: error_code int16, api_keys array (int32 count 0)
                reply = struct.pack(">ihi", correlation, UNSUPPORTED_VERSION, 0)
                to_client.write(struct.pack(">i", len(reply)) + reply)
                await to_client.drain()
                continue
            broker.write(size_bytes + body)
            await broker.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
        pass
    finally:
        broker.close()


class ShimmedBroker:
    """A Tansu broker on a private port, reachable (and advertised) through the shim's port."""

    def __init__(self, log_dir: Path) -> None:
        self.broker_port = free_port()
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        # ready once it answers on its own port; clients learn the shim's address from it
        self._broker = start_broker(log_dir, port=self.broker_port, advertised=self.address)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="kafka-shim", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        deadline = time.monotonic() + 20
        while not kafka_ready(self.address):
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("shimmed Tansu broker did not become ready")
            time.sleep(0.05)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                b_reader, b_writer = await asyncio.open_connection("127.0.0.1", self.broker_port)
            except OSError:
                writer.close()
                return
            await asyncio.gather(_client_to_broker(reader, writer, b_writer), _pipe(b_reader, writer))

        async def main() -> None:
            self._server = await asyncio.start_server(handle, "127.0.0.1", self.port)
            self._ready.set()
            await self._server.serve_forever()

        with contextlib.suppress(asyncio.CancelledError):
            self._loop.run_until_complete(main())

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(lambda: [t.cancel() for t in asyncio.all_tasks(self._loop)])
        self._broker.stop(timeout=20.0)
