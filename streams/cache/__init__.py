"""The verdict cache: content keys, L1 in process, L2 Redis behind a circuit breaker.

The package exports the pure parts only (keys, L1, the breaker, the seams), so that computing a key never
imports the Redis client: the two-level cache is :class:`streams.cache.two_level.TwoLevelCache` and its Redis
backend :class:`streams.cache.redis_l2.RedisL2`.
"""

from __future__ import annotations

from streams.cache.base import BatchCache, Cache, CacheItems, CacheStats, L2Backend
from streams.cache.breaker import BreakerState, CircuitBreaker
from streams.cache.keys import canonical_bytes, judgement_key
from streams.cache.memory import MemoryCache

__all__ = [
    "BatchCache",
    "BreakerState",
    "Cache",
    "CacheItems",
    "CacheStats",
    "CircuitBreaker",
    "L2Backend",
    "MemoryCache",
    "canonical_bytes",
    "judgement_key",
]
