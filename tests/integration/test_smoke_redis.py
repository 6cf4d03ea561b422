"""Smoke: the test Redis answers a pipelined write/read/expire round trip under the test's own prefix."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

pytestmark = pytest.mark.redis


async def test_pipeline_round_trip(redis_url: str, redis_prefix: str) -> None:
    client = aioredis.from_url(redis_url)
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
