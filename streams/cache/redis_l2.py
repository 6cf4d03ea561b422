"""L2: Redis through the asyncio client: one MGET per read batch, one pipeline of SET … EX per write batch.

A write batch is a non-transactional pipeline (no MULTI/EXEC): every ``SET key value EX ttl`` is packed
with hiredis into one buffer, written with one ``send_packed_command`` on a connection borrowed from the
client's pool, and the replies (parsed by hiredis) are read after it. That is redis-py's connection layer,
below its command API: ``ConnectionPool.get_connection()`` (callable without a command name from redis-py
5.3 on; the dependency floor is the tested major), ``release``, ``Connection.send_packed_command`` and
``read_response(timeout=...)``, plus ``hiredis.pack_command``. These names are public but come with no
documented stability promise, so a redis-py upgrade must pass the cache tests. The gain: none of what
redis-py's ``Pipeline`` spends per queued command — Python packing (the asyncio connection accepts no
``command_packer``), a timeout context per reply and response callbacks, ~10 µs per entry, most of a
1,000-entry batch on a local server. One deadline (the client's ``socket_timeout``) covers the whole
round trip instead.

Every failure (connection refused or reset, timeout, error reply) is raised as :class:`CacheError` so
the two-level cache can count it and feed its breaker. No client-side retries: a failure must reach the
breaker at once instead of being hidden behind back-off.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Sequence
from typing import cast

import hiredis
import redis.asyncio as aioredis
from redis.asyncio.connection import AbstractConnection
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError, ResponseError

from streams.config import CacheSettings
from streams.errors import CacheError, ConfigError
from streams.security import redis_kwargs

__all__ = ["RedisL2"]

# What the client raises when the server is gone, slow or refuses a command (a torn-down connection
# surfaces as ConnectionError or InvalidResponse, both RedisError). Anything else is a programming error
# and must surface, not be counted as an outage that opens the breaker.
_FAILURES = (RedisError, OSError, asyncio.TimeoutError)

_Arg = str | bytes | int
# hiredis's stub types the argument as a one-element tuple; any tuple of these kinds is accepted.
_PackArgs = tuple[str | int | float | bytes | memoryview]


def _pack(*args: _Arg) -> bytes:
    """One command in RESP, packed in C."""
    packed: bytes = hiredis.pack_command(cast("_PackArgs", args))
    return packed


class RedisL2:
    """The Redis level of the cache: batched reads and writes of byte values with a TTL."""

    def __init__(self, client: aioredis.Redis, ttl_s: int) -> None:
        if ttl_s < 1:
            raise ConfigError(f"cache ttl_s must be >= 1, got {ttl_s}")
        self._client = client
        self.ttl_s = ttl_s

    @classmethod
    def from_settings(cls, settings: CacheSettings) -> RedisL2:
        """A client for ``settings.redis_url``: password, TLS CA and socket timeouts via :func:`redis_kwargs`."""
        if settings.redis_url is None:
            raise ConfigError("ELEANOR_CACHE__REDIS_URL is not set; the cache runs L1 only")
        client: aioredis.Redis = aioredis.Redis.from_url(
            settings.redis_url,
            retry=Retry(NoBackoff(), 0),
            client_name="eleanor-streams",
            **redis_kwargs(settings),
        )
        return cls(client, settings.ttl_s)

    @property
    def client(self) -> aioredis.Redis:
        """The underlying client and its connection pool."""
        return self._client

    async def mget(self, keys: Sequence[str]) -> list[bytes | None]:
        """One MGET for all ``keys``: a value or ``None`` per key, in order."""
        if not keys:
            return []
        (reply,) = await self._round_trip(_pack("MGET", *keys), 1, f"MGET of {len(keys)} keys")
        if not isinstance(reply, list) or len(reply) != len(keys):
            got = len(reply) if isinstance(reply, list) else type(reply).__name__
            raise CacheError(f"redis MGET returned {got} values for {len(keys)} keys")
        return cast("list[bytes | None]", reply)

    async def set_many(self, items: Sequence[tuple[str, bytes]]) -> None:
        """SET key value EX ttl for every pair in one non-transactional pipeline (one round trip)."""
        if not items:
            return
        ttl = self.ttl_s
        command = b"".join([_pack("SET", key, value, "EX", ttl) for key, value in items])
        replies = await self._round_trip(command, len(items), f"pipeline of {len(items)} SETs")
        _expect_ok(replies, "SET")

    async def get(self, key: str) -> bytes | None:
        """One GET round trip (the one-entry-at-a-time path batches are measured against)."""
        (reply,) = await self._round_trip(_pack("GET", key), 1, "GET")
        if reply is not None and not isinstance(reply, bytes):
            raise CacheError(f"redis GET returned {type(reply).__name__}")
        return reply

    async def set(self, key: str, value: bytes) -> None:
        """One SET key value EX ttl round trip."""
        _expect_ok(await self._round_trip(_pack("SET", key, value, "EX", self.ttl_s), 1, "SET"), "SET")

    async def ping(self) -> bool:
        """True when the server answers PING."""
        try:
            return bool(await self._client.ping())
        except _FAILURES:
            return False

    async def close(self) -> None:
        """Close the client and its connection pool."""
        await self._client.aclose()

    async def _round_trip(self, command: bytes, replies: int, what: str) -> list[object]:
        """Write the packed ``command`` bytes once, then read ``replies`` replies within one deadline."""
        pool = self._client.connection_pool
        try:
            # Untyped in redis-py; it returns a connected AbstractConnection.
            conn: AbstractConnection = await pool.get_connection()  # type: ignore[no-untyped-call]
        except _FAILURES as exc:
            raise CacheError(f"redis {what} failed: no connection: {type(exc).__name__}: {exc}") from exc
        try:
            await conn.send_packed_command(command)
            return await _read_replies(conn, replies)
        except _FAILURES as exc:
            raise CacheError(f"redis {what} failed: {type(exc).__name__}: {exc}") from exc
        finally:
            await pool.release(conn)


async def _read_replies(conn: AbstractConnection, count: int) -> list[object]:
    """``count`` replies; every one is read even after an error reply, so the connection stays in step.

    ``timeout=math.inf`` turns off the per-reply timeout; the single deadline around the loop replaces
    it. If the deadline passes mid-read, ``read_response`` disconnects the connection before the
    cancellation leaves it, so a half-read connection never goes back into use.
    """
    deadline = conn.socket_timeout
    out: list[object] = []
    first_error: ResponseError | None = None
    async with asyncio.timeout(deadline):
        for _ in range(count):
            try:
                out.append(await conn.read_response(timeout=math.inf))
            except ResponseError as exc:
                first_error = first_error or exc
                out.append(exc)
    if first_error is not None:
        raise first_error
    return out


def _expect_ok(replies: list[object], command: str) -> None:
    bad = [reply for reply in replies if reply != b"OK"]
    if bad:
        raise CacheError(f"redis {command} answered {bad[0]!r} for {len(bad)} of {len(replies)} entries")
