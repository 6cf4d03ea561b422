"""The two-level cache against the shared real redis-server: MGET reads, pipelined SET EX writes."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

from streams.cache import judgement_key
from streams.cache.two_level import TwoLevelCache
from streams.config import CacheSettings
from streams.models.request import Request

pytestmark = pytest.mark.redis


def _settings(redis_url: str, **changes: object) -> CacheSettings:
    return CacheSettings(redis_url=redis_url, **changes)  # type: ignore[arg-type]


async def test_set_batch_writes_every_entry_with_its_ttl(redis_url: str, redis_prefix: str) -> None:
    cache = TwoLevelCache.from_settings(_settings(redis_url, ttl_s=120))
    raw = aioredis.Redis.from_url(redis_url)
    try:
        items = {f"{redis_prefix}k{i}": f"value-{i}".encode() for i in range(50)}
        await cache.set_batch(items)
        assert await raw.mget(list(items)) == list(items.values())
        ttls = [await raw.ttl(key) for key in items]
        assert all(0 < ttl <= 120 for ttl in ttls), ttls
        assert cache.stats.l2_errors == 0
    finally:
        await raw.aclose()
        await cache.close()


async def test_cold_l1_reads_from_redis_once_then_from_l1(redis_url: str, redis_prefix: str) -> None:
    writer = TwoLevelCache.from_settings(_settings(redis_url))
    reader = TwoLevelCache.from_settings(_settings(redis_url))  # another worker: its own, empty L1
    try:
        requests = [Request(request_id=f"r{i}", prompt=f"question {i}", response=f"answer {i}") for i in range(20)]
        keys = [judgement_key(r, "rules-1", redis_prefix.rstrip(":")) for r in requests]
        await writer.set_batch([(key, f"verdict {i}".encode()) for i, key in enumerate(keys[:10])])

        # Half known, half unknown, interleaved: order is preserved.
        mixed = [k for pair in zip(keys[:10], keys[10:], strict=True) for k in pair]
        values = await reader.get_batch(mixed)
        assert values[0::2] == [f"verdict {i}".encode() for i in range(10)]
        assert values[1::2] == [None] * 10
        stats = reader.stats
        assert (stats.hits_l1, stats.hits_l2, stats.misses, stats.l1_entries) == (0, 10, 10, 10)

        # The L2 hits were copied into L1.
        assert await reader.get_batch(keys[:10]) == values[0::2]
        assert reader.stats.hits_l1 == 10
        assert reader.stats.hits_l2 == 10
    finally:
        await writer.close()
        await reader.close()


async def test_same_content_from_another_request_hits_the_cache(redis_url: str, redis_prefix: str) -> None:
    prefix = redis_prefix.rstrip(":")
    writer = TwoLevelCache.from_settings(_settings(redis_url))
    reader = TwoLevelCache.from_settings(_settings(redis_url))
    try:
        first = Request(request_id="a-1", prompt="p", response="r", timestamp=1.0, context={"domain": "finance"})
        replay = Request(request_id="b-2", prompt="p", response="r", timestamp=2.0, context={"domain": "finance"})
        await writer.set_batch({judgement_key(first, "rules-1", prefix): b"cached verdict"})
        assert await reader.get_batch([judgement_key(replay, "rules-1", prefix)]) == [b"cached verdict"]
    finally:
        await writer.close()
        await reader.close()


async def test_l1_only_settings_never_touch_redis(redis_url: str, redis_prefix: str) -> None:
    cache = TwoLevelCache.from_settings(CacheSettings(redis_url=None))
    raw = aioredis.Redis.from_url(redis_url)
    try:
        await cache.set_batch({f"{redis_prefix}only-l1": b"x"})
        assert await cache.get_batch([f"{redis_prefix}only-l1"]) == [b"x"]
        assert await raw.exists(f"{redis_prefix}only-l1") == 0
    finally:
        await raw.aclose()
        await cache.close()
