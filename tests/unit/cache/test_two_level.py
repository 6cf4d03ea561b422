"""The two-level cache's own logic, with an in-memory stand-in for the Redis level.

Redis behaviour itself (MGET, pipelines, TTLs, a server that dies) is tested against a real
redis-server in tests/integration/cache.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path

import pytest

from streams.cache import Cache
from streams.cache.breaker import CircuitBreaker
from streams.cache.memory import MemoryCache
from streams.cache.redis_l2 import RedisL2
from streams.cache.two_level import TwoLevelCache
from streams.config import CacheSettings
from streams.errors import CacheError, ConfigError


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class FakeL2:
    """Records calls; fails while ``down`` is set."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}
        self.mget_calls: list[list[str]] = []
        self.set_calls: list[list[tuple[str, bytes]]] = []
        self.down = False
        self.closed = False

    async def mget(self, keys: Sequence[str]) -> list[bytes | None]:
        self.mget_calls.append(list(keys))
        if self.down:
            raise CacheError("connection refused")
        return [self.data.get(key) for key in keys]

    async def set_many(self, items: Sequence[tuple[str, bytes]]) -> None:
        self.set_calls.append(list(items))
        if self.down:
            raise CacheError("connection refused")
        self.data.update(items)

    async def close(self) -> None:
        self.closed = True


def _cache(l2: FakeL2 | None, clock: Clock, l1_size: int = 100) -> TwoLevelCache:
    return TwoLevelCache(MemoryCache(l1_size, 60.0, timer=clock), l2, CircuitBreaker(3, 5.0, clock=clock))


async def test_get_batch_reads_l1_then_one_mget_for_the_misses_and_fills_l1() -> None:
    clock, l2 = Clock(), FakeL2()
    l2.data = {"b": b"B", "d": b"D"}
    cache = _cache(l2, clock)
    cache.l1.put_many([("a", b"A")])

    assert await cache.get_batch(["a", "b", "c", "d"]) == [b"A", b"B", None, b"D"]
    assert l2.mget_calls == [["b", "c", "d"]]
    stats = cache.stats
    assert (stats.hits_l1, stats.hits_l2, stats.misses) == (1, 2, 1)

    # Now b and d are in L1: only c goes to L2.
    assert await cache.get_batch(["d", "c", "b"]) == [b"D", None, b"B"]
    assert l2.mget_calls[-1] == ["c"]
    assert cache.stats.hits_l1 == 3


async def test_all_l1_hits_skip_redis_and_duplicate_misses_are_fetched_once() -> None:
    clock, l2 = Clock(), FakeL2()
    l2.data = {"x": b"X"}
    cache = _cache(l2, clock)
    assert await cache.get_batch(["x", "y", "x", "y"]) == [b"X", None, b"X", None]
    assert l2.mget_calls == [["x", "y"]]
    assert await cache.get_batch(["x", "x"]) == [b"X", b"X"]
    assert len(l2.mget_calls) == 1
    assert await cache.get_batch([]) == []
    assert len(l2.mget_calls) == 1


async def test_set_batch_updates_l1_and_sends_one_write_batch() -> None:
    clock, l2 = Clock(), FakeL2()
    cache = _cache(l2, clock)
    await cache.set_batch({"a": b"1", "b": b"2"})
    await cache.set_batch([("c", b"3")])
    assert l2.set_calls == [[("a", b"1"), ("b", b"2")], [("c", b"3")]]
    assert cache.l1.get_many(["a", "b", "c"]) == [b"1", b"2", b"3"]
    await cache.set_batch({"a": b"new"})  # L1 stays consistent with the latest write
    assert await cache.get_batch(["a"]) == [b"new"]


async def test_set_batch_refuses_values_that_are_not_bytes() -> None:
    cache = _cache(FakeL2(), Clock())
    with pytest.raises(CacheError, match="str, bytes"):
        await cache.set_batch({"a": "text"})  # type: ignore[dict-item]


async def test_redis_failures_open_the_breaker_log_once_and_never_raise(caplog: pytest.LogCaptureFixture) -> None:
    clock, l2 = Clock(), FakeL2()
    cache = _cache(l2, clock)
    await cache.set_batch({"kept": b"K"})
    l2.down = True
    caplog.set_level(logging.DEBUG, logger="streams.cache")

    for _ in range(3):
        assert await cache.get_batch(["kept", "lost"]) == [b"K", None]
    assert cache.stats.breaker_state == "open"
    assert cache.stats.l2_errors == 3
    calls_when_opened = len(l2.mget_calls)

    for _ in range(10):
        assert await cache.get_batch(["kept", "lost"]) == [b"K", None]
        await cache.set_batch({"new": b"N"})
    stats = cache.stats
    assert len(l2.mget_calls) == calls_when_opened  # open: Redis is not touched
    assert not l2.set_calls[1:]
    assert stats.l2_errors == 3
    assert stats.l2_skipped == 20
    assert stats.misses == 13
    assert stats.hits_l1 == 13
    assert stats.breaker_opened == 1
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage().split(" ")[0:2] for r in warnings] == [["redis", "unavailable,"]]


async def test_after_reset_one_probe_closes_the_breaker_when_redis_is_back(caplog: pytest.LogCaptureFixture) -> None:
    clock, l2 = Clock(), FakeL2()
    cache = _cache(l2, clock)
    l2.down = True
    for _ in range(3):
        await cache.get_batch(["a"])
    assert cache.stats.breaker_state == "open"

    clock.now += 5.0
    await cache.get_batch(["a"])  # the probe fails: still open, no new warning
    assert cache.stats.breaker_state == "open"
    assert cache.stats.l2_errors == 4

    l2.down = False
    l2.data = {"a": b"A"}
    await cache.get_batch(["a"])  # within the new open period: skipped
    assert cache.stats.hits_l2 == 0
    clock.now += 5.0
    caplog.set_level(logging.INFO, logger="streams.cache")
    assert await cache.get_batch(["a"]) == [b"A"]
    assert cache.stats.breaker_state == "closed"
    assert cache.stats.hits_l2 == 1
    assert any("answers again" in r.getMessage() for r in caplog.records)
    await cache.set_batch({"b": b"B"})
    assert l2.data["b"] == b"B"


async def test_write_failures_count_towards_the_breaker() -> None:
    clock, l2 = Clock(), FakeL2()
    cache = _cache(l2, clock)
    l2.down = True
    for i in range(3):
        await cache.set_batch({f"k{i}": b"v"})
    assert cache.stats.breaker_state == "open"
    assert await cache.get_batch(["k0", "k1", "k2"]) == [b"v", b"v", b"v"]  # L1 still answers


async def test_l1_only_cache_works_without_redis() -> None:
    cache = TwoLevelCache.from_settings(CacheSettings(redis_url=None, l1_size=10))
    assert isinstance(cache, Cache)
    await cache.set_batch({"a": b"A"})
    assert await cache.get_batch(["a", "b"]) == [b"A", None]
    stats = cache.stats
    assert (stats.hits_l1, stats.misses, stats.breaker_state, stats.l1_entries) == (1, 1, "disabled", 1)
    await cache.close()


async def test_close_closes_the_redis_level() -> None:
    l2 = FakeL2()
    await _cache(l2, Clock()).close()
    assert l2.closed


def test_settings_build_a_redis_client_with_password_and_timeouts() -> None:
    settings = CacheSettings(redis_url="redis://127.0.0.1:6390/2", redis_password="s3cret", timeout_s=0.5, ttl_s=60)
    l2 = RedisL2.from_settings(settings)
    kwargs = l2.client.connection_pool.connection_kwargs
    assert (kwargs["host"], kwargs["port"], kwargs["db"]) == ("127.0.0.1", 6390, 2)
    assert kwargs["password"] == "s3cret"
    assert kwargs["socket_timeout"] == 0.5
    assert l2.ttl_s == 60


def test_rediss_url_uses_tls_with_the_ca_bundle(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("not checked until a connection is made")
    l2 = RedisL2.from_settings(CacheSettings(redis_url="rediss://cache.example:6380/0", redis_ca_cert=ca))
    pool = l2.client.connection_pool
    assert pool.connection_class.__name__ == "SSLConnection"
    assert pool.connection_kwargs["ssl_ca_certs"] == str(ca)


def test_ca_bundle_without_tls_or_missing_file_is_a_config_error(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    with pytest.raises(ConfigError, match="rediss://"):
        RedisL2.from_settings(CacheSettings(redis_url="redis://127.0.0.1:6379/0", redis_ca_cert=ca))
    with pytest.raises(ConfigError, match=r"missing\.pem"):
        RedisL2.from_settings(CacheSettings(redis_url="rediss://h:6380/0", redis_ca_cert=tmp_path / "missing.pem"))


async def test_concurrent_reads_while_half_open_send_a_single_probe() -> None:
    clock, l2 = Clock(), FakeL2()
    cache = _cache(l2, clock)
    l2.down = True
    for _ in range(3):
        await cache.get_batch(["a"])
    l2.down = False
    l2.data = {"a": b"A"}
    clock.now += 5.0

    release = asyncio.Event()
    real_mget = l2.mget

    async def slow_mget(keys: Sequence[str]) -> list[bytes | None]:
        await release.wait()
        return await real_mget(keys)

    l2.mget = slow_mget  # type: ignore[method-assign]
    calls_before = len(l2.mget_calls)
    probe = asyncio.create_task(cache.get_batch(["a"]))
    await asyncio.sleep(0)
    others = await asyncio.gather(*(cache.get_batch(["a"]) for _ in range(5)))
    assert others == [[None]] * 5  # answered at once from L1 (empty here), Redis not asked
    release.set()
    assert await probe == [b"A"]
    assert len(l2.mget_calls) == calls_before + 1
    assert cache.stats.breaker_state == "closed"
