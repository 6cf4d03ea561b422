"""RedisL2 against the real redis-server: the packed pipeline, single round trips, error replies."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import urlsplit, urlunsplit

import pytest
import redis.asyncio as aioredis
from redis._parsers import _AsyncHiredisParser
from redis.asyncio.connection import DefaultParser

from streams.cache.redis_l2 import RedisL2
from streams.config import CacheSettings
from streams.errors import CacheError

pytestmark = pytest.mark.redis


@pytest.fixture
async def raw(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis.from_url(redis_url)
    yield client
    await client.aclose()


def test_replies_are_parsed_by_hiredis() -> None:
    assert DefaultParser is _AsyncHiredisParser


async def test_set_many_writes_values_and_ttls_and_mget_reads_them(
    redis_url: str, redis_prefix: str, raw: aioredis.Redis
) -> None:
    l2 = RedisL2.from_settings(CacheSettings(redis_url=redis_url, ttl_s=90))
    try:
        items = [(f"{redis_prefix}k{i}", bytes([i % 256]) * (i * 37 % 5000)) for i in range(300)]
        items.append((f"{redis_prefix}ünïcode-kéy", b"\x00\r\n*3\r\n"))  # RESP bytes inside a value stay opaque
        await l2.set_many(items)
        keys = [key for key, _ in items]
        assert await raw.mget(keys) == [value for _, value in items]
        assert {0 < await raw.ttl(key) <= 90 for key in keys} == {True}
        missing = f"{redis_prefix}never-written"
        assert await l2.mget([keys[5], missing, keys[0]]) == [items[5][1], None, items[0][1]]
        assert await l2.mget([]) == []
        await l2.set_many([])
    finally:
        await l2.close()


async def test_single_get_and_set_round_trips(redis_url: str, redis_prefix: str, raw: aioredis.Redis) -> None:
    l2 = RedisL2.from_settings(CacheSettings(redis_url=redis_url, ttl_s=30))
    try:
        assert await l2.get(f"{redis_prefix}one") is None
        await l2.set(f"{redis_prefix}one", b"v1")
        assert await l2.get(f"{redis_prefix}one") == b"v1"
        assert 0 < await raw.ttl(f"{redis_prefix}one") <= 30
    finally:
        await l2.close()


async def test_an_error_reply_fails_the_batch_but_keeps_the_connection_in_step(
    redis_url: str, redis_prefix: str, raw: aioredis.Redis
) -> None:
    # A user allowed only keys under "<prefix>ok:": SETs elsewhere get a NOPERM error reply mid-pipeline.
    user = f"{redis_prefix.replace(':', '-')}writer"
    await raw.execute_command("ACL", "SETUSER", user, "on", ">pw", f"~{redis_prefix}ok:*", "+@all")
    parts = urlsplit(redis_url)
    limited_url = urlunsplit(parts._replace(netloc=f"{user}:pw@{parts.hostname}:{parts.port}"))
    l2 = RedisL2.from_settings(CacheSettings(redis_url=limited_url))
    try:
        ok1, denied, ok2 = f"{redis_prefix}ok:1", f"{redis_prefix}denied", f"{redis_prefix}ok:2"
        with pytest.raises(CacheError, match="NoPermissionError"):
            await l2.set_many([(ok1, b"a"), (denied, b"b"), (ok2, b"c")])
        # Not a transaction: the other SETs of the pipeline were applied.
        assert await raw.mget([ok1, denied, ok2]) == [b"a", None, b"c"]
        # Every reply of the failed batch was consumed: the next round trips read their own answers.
        assert await l2.mget([ok2, ok1]) == [b"c", b"a"]
        await l2.set_many([(ok1, b"a2")])
        assert await l2.get(ok1) == b"a2"
    finally:
        await l2.close()
        await raw.execute_command("ACL", "DELUSER", user)


async def test_unreachable_server_is_a_cache_error() -> None:
    l2 = RedisL2.from_settings(CacheSettings(redis_url="redis://127.0.0.1:1/0", timeout_s=0.2))
    try:
        with pytest.raises(CacheError, match="no connection"):
            await l2.set_many([("k", b"v")])
        with pytest.raises(CacheError):
            await l2.mget(["k"])
        assert await l2.ping() is False
    finally:
        await l2.close()
