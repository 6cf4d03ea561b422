"""The verdict cache: content keys, L1 in process, L2 Redis behind a circuit breaker."""

from __future__ import annotations

from streams.cache.base import BatchCache, Cache, CacheItems, CacheStats, L2Backend
from streams.cache.breaker import BreakerState, CircuitBreaker
from streams.cache.keys import canonical_bytes, judgement_key
from streams.cache.memory import MemoryCache
from streams.cache.redis_l2 import RedisL2
from streams.cache.two_level import TwoLevelCache

__all__ = [
    "BatchCache",
    "BreakerState",
    "Cache",
    "CacheItems",
    "CacheStats",
    "CircuitBreaker",
    "L2Backend",
    "MemoryCache",
    "RedisL2",
    "TwoLevelCache",
    "canonical_bytes",
    "judgement_key",
]
