"""Readiness probes say "ready" only for a server that answers the protocol, never for a bare socket."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from streams.tools.devstack.probe import free_port, kafka_ready, redis_ready, split_address


@pytest.fixture
def replying_server() -> Iterator[tuple[str, list[bytes]]]:
    """A loopback TCP server that answers every connection with the next canned reply."""
    replies: list[bytes] = []
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.05)  # lets the loop notice `stop` quickly
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(5)
            with conn:
                conn.recv(1024)
                if replies:
                    conn.sendall(replies.pop(0))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.getsockname()[1]}", replies
    stop.set()
    thread.join(timeout=5)
    server.close()


def test_nothing_listening_is_not_ready() -> None:
    address = f"127.0.0.1:{free_port()}"
    assert not kafka_ready(address, timeout=0.2)
    assert not redis_ready(address, timeout=0.2)


def test_kafka_probe_needs_the_matching_correlation_id(replying_server: tuple[str, list[bytes]]) -> None:
    address, replies = replying_server
    replies.append((8).to_bytes(4, "big") + (0x5EED).to_bytes(4, "big") + b"\0" * 4)
    assert kafka_ready(address)
    replies.append((8).to_bytes(4, "big") + (7).to_bytes(4, "big") + b"\0" * 4)
    assert not kafka_ready(address)
    replies.append(b"HTTP/1.1 400 Bad Request\r\n\r\n")
    assert not kafka_ready(address)


def test_redis_probe_needs_pong(replying_server: tuple[str, list[bytes]]) -> None:
    address, replies = replying_server
    replies.append(b"+PONG\r\n")
    assert redis_ready(address)
    replies.append(b"-NOAUTH Authentication required.\r\n")
    assert not redis_ready(address)
    replies.append(b"")  # accepts, then closes without a word
    assert not redis_ready(address)


def test_split_address() -> None:
    assert split_address("127.0.0.1:9092") == ("127.0.0.1", 9092)


def test_free_port_is_bindable() -> None:
    port = free_port()
    with socket.create_server(("127.0.0.1", port)):
        pass
