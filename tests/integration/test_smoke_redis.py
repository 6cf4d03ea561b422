"""Smoke: the test Redis, reached with the client arguments built from Settings, answers a pipelined
write/read/expire round trip under the test's own prefix."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import redis.asyncio as aioredis

from streams.config import Settings
from streams.security import redis_kwargs

pytestmark = pytest.mark.redis


async def test_pipeline_round_trip(make_settings: Callable[..., Settings], redis_prefix: str) -> None:
    settings = make_settings()
    assert settings.cache.redis_url is not None
    assert settings.cache.key_prefix == redis_prefix.rstrip(":")
    client = aioredis.from_url(settings.cache.redis_url, **redis_kwargs(settings.cache))
    try:
        keys = [f"{redis_prefix}k{i}" for i in range(50)]
        async with client.pipeline(transaction=False) as pipe:
            for i, key in enumerate(keys):
                pipe.set(key, f"v{i}", ex=60)
            await pipe.execute()
        async with client.pipeline(transaction=False) as pipe:
            pipe.mget(keys)
            pipe.ttl(keys[0])
            pipe.get(f"{redis_prefix}absent")
            values, ttl, absent = await pipe.execute()
        assert values == [f"v{i}".encode() for i in range(50)]
        assert 0 < ttl <= 60
        assert absent is None
        assert sorted(await client.keys(f"{redis_prefix}*")) == sorted(k.encode() for k in keys)
    finally:
        await client.aclose()
