"""Redis dies mid-run and comes back: the cache keeps answering, opens its breaker, then closes it.

Each test owns a dedicated redis-server on a fixed port so it can kill, freeze and restart it
without disturbing the shared server other tests use.
"""

from __future__ import annotations

import logging
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from streams.cache.two_level import TwoLevelCache
from streams.config import CacheSettings
from streams.tools.devstack import ServiceHandle, start_redis
from streams.tools.devstack.probe import free_port

pytestmark = [pytest.mark.redis, pytest.mark.slow]

RESET_S = 5.0


class RedisProcess:
    """A redis-server without persistence on one port that survives restarts."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.workdir = workdir
        self.handle: ServiceHandle | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        # start_redis stops the process itself when it does not answer in time
        self.handle = start_redis(self.workdir, startup_timeout=15.0, port=self.port)

    def kill(self) -> None:
        self.signal(signal.SIGKILL)
        self.stop()  # reaps it

    def signal(self, sig: signal.Signals) -> None:
        assert self.handle is not None
        os.kill(self.handle.pid, sig)

    def stop(self) -> None:
        if self.handle is not None and self.handle.alive():
            self.signal(signal.SIGCONT)  # a frozen server would not act on SIGTERM
        if self.handle is not None:
            self.handle.stop(timeout=10.0)


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisProcess]:
    server = RedisProcess(tmp_path)
    try:
        server.start()
        yield server
    finally:
        server.stop()


class Clock:
    """Drives the breaker's reset period so the test does not sleep through it."""

    def __init__(self) -> None:
        self.now = time.monotonic()

    def __call__(self) -> float:
        return self.now


def _cache(url: str, clock: Clock) -> TwoLevelCache:
    settings = CacheSettings(
        redis_url=url, timeout_s=0.25, breaker_failures=3, breaker_reset_s=RESET_S, l1_size=1_000, l1_ttl_s=300
    )
    return TwoLevelCache.from_settings(settings, clock=clock)


async def _server_mgets(url: str) -> int:
    raw = aioredis.Redis.from_url(url)
    try:
        stats = await raw.info("commandstats")
        return int(stats.get("cmdstat_mget", {}).get("calls", 0))
    finally:
        await raw.aclose()


async def test_redis_killed_and_restarted(own_redis: RedisProcess, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="streams.cache")
    clock = Clock()
    cache = _cache(own_redis.url, clock)
    known = {f"known:{i}": f"verdict {i}".encode() for i in range(100)}
    try:
        await cache.set_batch(known)
        cold = _cache(own_redis.url, clock)
        assert await cold.get_batch(list(known)) == list(known.values())
        assert cold.stats.hits_l2 == 100
        await cold.close()
        assert await _server_mgets(own_redis.url) == 1  # 100 keys, one MGET

        own_redis.kill()

        # The cache keeps answering: L1 hits served, the rest are misses, nothing raises.
        for round_ in range(8):
            values = await cache.get_batch(["known:0", "known:1", f"unknown:{round_}"])
            assert values == [b"verdict 0", b"verdict 1", None]
            await cache.set_batch({f"during-outage:{round_}": b"x"})
        stats = cache.stats
        assert stats.breaker_state == "open"
        assert stats.l2_errors == 3  # then the breaker stopped trying
        assert stats.l2_skipped == 16 - 3
        assert stats.misses == 8
        assert stats.hits_l1 == 16
        outage_logs = [r for r in caplog.records if "redis unavailable" in r.getMessage()]
        assert len(outage_logs) == 1

        own_redis.start()  # same port, empty (no persistence)
        clock.now += RESET_S
        assert await cache.get_batch(["unknown:new"]) == [None]  # the probe reaches Redis
        assert cache.stats.breaker_state == "closed"
        assert any("answers again" in r.getMessage() for r in caplog.records)

        await cache.set_batch({"after-restart": b"back"})
        cold = _cache(own_redis.url, clock)
        assert await cold.get_batch(["after-restart"]) == [b"back"]
        assert cold.stats.hits_l2 == 1
        await cold.close()
        assert len([r for r in caplog.records if "redis unavailable" in r.getMessage()]) == 1
    finally:
        await cache.close()


async def test_a_frozen_redis_counts_as_failing_and_recovers(own_redis: RedisProcess) -> None:
    clock = Clock()
    cache = _cache(own_redis.url, clock)
    try:
        await cache.set_batch({"a": b"A"})
        own_redis.signal(signal.SIGSTOP)  # accepts connections, never answers: socket timeouts
        for _ in range(3):
            assert await cache.get_batch(["a", "b"]) == [b"A", None]
        assert cache.stats.breaker_state == "open"
        assert cache.stats.l2_errors == 3
        clock.now += RESET_S
        await cache.get_batch(["b"])  # probe while still frozen: fails, stays open
        assert cache.stats.breaker_state == "open"

        own_redis.signal(signal.SIGCONT)
        clock.now += RESET_S
        await cache.set_batch({"c": b"C"})  # the probe succeeds
        assert cache.stats.breaker_state == "closed"
        cold = _cache(own_redis.url, clock)
        assert await cold.get_batch(["a", "c"]) == [b"A", b"C"]
        await cold.close()
    finally:
        await cache.close()
