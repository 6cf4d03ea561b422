"""A broker that can vanish from the network and come back with its data: Tansu behind a TCP relay.

The local broker keeps everything in memory (Tansu's ``memory://`` storage; its other engines need Postgres
or S3), so restarting it would lose every topic and committed offset — no real broker restart does that.
To take the broker *away* honestly, this module puts a byte-for-byte relay in front of it and advertises
the relay's port: :meth:`RelayedBroker.cut` resets every open connection and stops listening (clients get
connection refused, as from a broker that is down), :meth:`RelayedBroker.restore` listens again on the same
port. The broker process itself, its data and its group coordinator keep running; what the worker sees is a
broker that is gone and then back. Freezing the broker itself (SIGSTOP) is :meth:`RelayedBroker.freeze`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import threading
import time
from pathlib import Path

from streams.tools.devstack import ServiceHandle, free_port, kafka_ready, start_broker

__all__ = ["RelayedBroker"]


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65_536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


class RelayedBroker:
    """A private Tansu broker reachable (and advertised) only through a relay that can be cut."""

    def __init__(self, log_dir: Path) -> None:
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.broker: ServiceHandle = start_broker(log_dir, port=free_port(), advertised=self.address)
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, name="broker-relay", daemon=True)
        self._thread.start()
        self.restore()
        deadline = time.monotonic() + 20
        while not kafka_ready(self.address):
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("relayed broker did not become ready")
            time.sleep(0.05)

    def _call(self, coro: object, timeout_s: float = 10.0) -> None:
        asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout_s)  # type: ignore[arg-type]

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            broker_r, broker_w = await asyncio.open_connection(*self.broker.address.split(":"))
        except OSError:
            client_w.close()
            return
        self._writers |= {client_w, broker_w}
        try:
            await asyncio.gather(_pipe(client_r, broker_w), _pipe(broker_r, client_w))
        finally:
            self._writers -= {client_w, broker_w}

    async def _listen(self) -> None:
        if self._server is None:
            sock = socket.socket()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("127.0.0.1", self.port))
            self._server = await asyncio.start_server(self._handle, sock=sock)

    async def _cut(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()  # a reset, as from a host that went away
        self._writers.clear()

    def cut(self) -> None:
        """Reset every connection and refuse new ones: the broker is gone for its clients."""
        self._call(self._cut())

    def restore(self) -> None:
        """Listen again on the same port: the broker is back, with everything it held."""
        self._call(self._listen())

    def freeze(self) -> None:
        """SIGSTOP the broker process: connections stay open and nothing answers."""
        os.kill(self.broker.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        os.kill(self.broker.pid, signal.SIGCONT)

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.thaw()
        with contextlib.suppress(Exception):
            self._call(self._cut())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self.broker.stop()
