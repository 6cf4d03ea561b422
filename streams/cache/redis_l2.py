"""L2: Redis through the asyncio client (hiredis parser): one MGET per read batch, one pipeline per write.

Every client failure (connection refused or reset, socket timeout, error reply) is raised as
:class:`CacheError` so the two-level cache can count it and feed its breaker. No client-side retries:
a failure must reach the breaker at once instead of being hidden behind back-off.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import cast

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from streams.config import CacheSettings
from streams.errors import CacheError, ConfigError
from streams.security import redis_kwargs

__all__ = ["RedisL2"]

# What the client raises when the server is gone, slow or refuses a command. Any other Exception is
# wrapped too: a connection torn down mid-read has surfaced as parser errors in the past, and a cache
# must degrade rather than stop the stream. Cancellation (a BaseException) still propagates.
_FAILURES = (RedisError, OSError, asyncio.TimeoutError, Exception)


class RedisL2:
    """The Redis level of the cache: batched reads and writes of byte values with a TTL."""

    def __init__(self, client: aioredis.Redis, ttl_s: int) -> None:
        if ttl_s < 1:
            raise ValueError(f"ttl_s must be >= 1, got {ttl_s}")
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
        """The underlying client (benchmarks compare against single commands on it)."""
        return self._client

    async def mget(self, keys: Sequence[str]) -> list[bytes | None]:
        """One MGET for all ``keys``: a value or ``None`` per key, in order."""
        if not keys:
            return []
        try:
            values = cast("list[bytes | None]", await self._client.mget(list(keys)))
        except _FAILURES as exc:
            raise CacheError(f"redis MGET of {len(keys)} keys failed: {type(exc).__name__}: {exc}") from exc
        if len(values) != len(keys):
            raise CacheError(f"redis MGET returned {len(values)} values for {len(keys)} keys")
        return values

    async def set_many(self, items: Sequence[tuple[str, bytes]]) -> None:
        """SET key value EX ttl for every pair in one non-transactional pipeline (one round trip)."""
        if not items:
            return
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                ttl = self.ttl_s
                for key, value in items:
                    # The raw command skips set()'s option handling: a third of the client time per entry.
                    pipe.execute_command("SET", key, value, "EX", ttl)
                await pipe.execute()
        except _FAILURES as exc:
            raise CacheError(f"redis pipeline of {len(items)} SETs failed: {type(exc).__name__}: {exc}") from exc

    async def ping(self) -> bool:
        """True when the server answers PING."""
        try:
            return bool(await self._client.ping())
        except _FAILURES:
            return False

    async def close(self) -> None:
        """Close the client and its connection pool."""
        await self._client.aclose()
