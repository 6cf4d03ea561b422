"""The two-level verdict cache: L1 in process, L2 Redis behind a circuit breaker.

Reads go to L1 first, then one MGET for the L1 misses (L2 hits are copied into L1). Writes update L1 and
send one pipeline of SET … EX. When Redis fails or is slow ``breaker_failures`` times in a row the
breaker opens: the cache serves L1 only, logs that once, and counts every Redis operation it skips.
After ``breaker_reset_s`` one operation probes Redis again; success closes the breaker. Nothing here
raises to the caller because of Redis.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from streams.cache.base import CacheItems, CacheStats, L2Backend, normalize_items
from streams.cache.breaker import CircuitBreaker, Transition
from streams.cache.memory import MemoryCache
from streams.cache.redis_l2 import RedisL2
from streams.config import CacheSettings
from streams.errors import CacheError
from streams.logs import kv

__all__ = ["TwoLevelCache"]

log = logging.getLogger(__name__)


class TwoLevelCache:
    """L1 (:class:`MemoryCache`) in front of an optional L2 (:class:`RedisL2` in production) with a breaker.

    Satisfies :class:`streams.cache.base.Cache`. Use one instance per event loop.
    """

    def __init__(self, l1: MemoryCache, l2: L2Backend | None, breaker: CircuitBreaker) -> None:
        self.l1 = l1
        self.l2 = l2
        self.breaker = breaker
        self._hits_l1 = 0
        self._hits_l2 = 0
        self._misses = 0
        self._l2_errors = 0
        self._l2_skipped = 0

    @classmethod
    def from_settings(cls, settings: CacheSettings, clock: Callable[[], float] | None = None) -> TwoLevelCache:
        """Build from ``settings.cache``: no ``redis_url`` means L1 only. ``clock`` drives TTLs and the breaker."""
        clock = clock or time.monotonic
        breaker = CircuitBreaker(settings.breaker_failures, settings.breaker_reset_s, clock=clock)
        l1 = MemoryCache(settings.l1_size, settings.l1_ttl_s, timer=clock)
        l2 = RedisL2.from_settings(settings) if settings.redis_url else None
        return cls(l1, l2, breaker)

    @property
    def stats(self) -> CacheStats:
        """Current counters."""
        return CacheStats(
            hits_l1=self._hits_l1,
            hits_l2=self._hits_l2,
            misses=self._misses,
            l2_errors=self._l2_errors,
            l2_skipped=self._l2_skipped,
            breaker_state=self.breaker.state.value if self.l2 is not None else "disabled",
            breaker_opened=self.breaker.times_opened,
            l1_entries=len(self.l1),
        )

    async def get_batch(self, keys: Sequence[str]) -> list[bytes | None]:
        """One value or ``None`` per key, in order: L1 first, then one MGET for what L1 lacks."""
        values = self.l1.get_many(keys)
        missing = [i for i, value in enumerate(values) if value is None]
        self._hits_l1 += len(keys) - len(missing)
        if not missing:
            return values
        # A key asked twice in one batch is fetched once.
        wanted = list(dict.fromkeys(keys[i] for i in missing))
        found = await self._l2_mget(wanted)
        if found:
            self.l1.put_many(found.items())
        for i in missing:
            value = found.get(keys[i])
            values[i] = value
            if value is None:
                self._misses += 1
            else:
                self._hits_l2 += 1
        return values

    async def set_batch(self, items: CacheItems) -> None:
        """Store every pair in L1 and, unless the breaker is open, in Redis with one pipeline."""
        pairs = normalize_items(items)
        if not pairs:
            return
        self.l1.put_many(pairs)
        if self.l2 is None:
            return
        if not self.breaker.allow():
            self._l2_skipped += 1
            return
        try:
            await self.l2.set_many(pairs)
        except CacheError as exc:
            self._l2_failed(exc)
        else:
            self._l2_succeeded()

    async def close(self) -> None:
        """Close the Redis client (L1 is kept until the object goes away)."""
        if self.l2 is not None:
            await self.l2.close()

    async def _l2_mget(self, keys: list[str]) -> dict[str, bytes]:
        if self.l2 is None:
            return {}
        if not self.breaker.allow():
            self._l2_skipped += 1
            return {}
        try:
            values = await self.l2.mget(keys)
        except CacheError as exc:
            self._l2_failed(exc)
            return {}
        self._l2_succeeded()
        return {key: value for key, value in zip(keys, values, strict=True) if value is not None}

    def _l2_failed(self, exc: CacheError) -> None:
        self._l2_errors += 1
        transition = self.breaker.failure()
        if transition is Transition.OPENED:
            log.warning(
                "redis unavailable, serving L1 only until it answers again %s",
                kv(error=exc, failures=self.breaker.threshold, probe_every_s=self.breaker.reset_s),
            )
        else:
            log.debug("redis operation failed %s", kv(error=exc, breaker=self.breaker.state.value))

    def _l2_succeeded(self) -> None:
        if self.breaker.success() is Transition.CLOSED:
            log.info("redis answers again, L2 back in use %s", kv(skipped_so_far=self._l2_skipped))
