"""Readiness probes for the local services: a free port, a Kafka metadata round trip, a Redis PING.

Probes speak the wire protocols directly (a few bytes each) so readiness means "answers requests",
not merely "accepts TCP connections", and no client library has to be imported to find out.
"""

from __future__ import annotations

import socket
import struct

__all__ = ["free_port", "kafka_ready", "redis_ready", "split_address"]

_METADATA_API_KEY = 3
_PROBE_CLIENT_ID = b"eleanor-probe"
_CORRELATION_ID = 0x5EED


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port on ``host`` that nothing listens on right now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def split_address(address: str) -> tuple[str, int]:
    """``host:port`` -> (host, port)."""
    host, _, port = address.rpartition(":")
    return host, int(port)


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = sock.recv(size - len(chunks))
        if not chunk:
            raise ConnectionError("connection closed before the full reply")
        chunks.extend(chunk)
    return bytes(chunks)


def kafka_ready(address: str, timeout: float = 0.5) -> bool:
    """True when the broker at ``host:port`` answers a Metadata v0 request (all topics)."""
    body = struct.pack(">hhih", _METADATA_API_KEY, 0, _CORRELATION_ID, len(_PROBE_CLIENT_ID))
    body += _PROBE_CLIENT_ID + struct.pack(">i", 0)  # empty topic array = every topic in v0
    try:
        with socket.create_connection(split_address(address), timeout=timeout) as sock:
            sock.sendall(struct.pack(">i", len(body)) + body)
            (size,) = struct.unpack(">i", _recv_exact(sock, 4))
            if size < 4:
                return False
            (correlation,) = struct.unpack(">i", _recv_exact(sock, 4))
            return bool(correlation == _CORRELATION_ID)
    except (OSError, ConnectionError, struct.error):
        return False


def redis_ready(address: str, timeout: float = 0.5) -> bool:
    """True when the Redis server at ``host:port`` answers PING with PONG."""
    try:
        with socket.create_connection(split_address(address), timeout=timeout) as sock:
            sock.sendall(b"*1\r\n$4\r\nPING\r\n")
            return _recv_exact(sock, 7) == b"+PONG\r\n"
    except (OSError, ConnectionError):
        return False
