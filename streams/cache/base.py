"""The cache seam: what the pipeline needs from a verdict cache, and the counters it exposes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from streams.errors import CacheError

__all__ = ["BatchCache", "Cache", "CacheItems", "CacheStats", "L2Backend", "normalize_items"]

# What ``set_batch`` accepts: a mapping of key -> value, or (key, value) pairs in order.
CacheItems = Mapping[str, bytes] | Sequence[tuple[str, bytes]]


@dataclass(frozen=True, slots=True)
class CacheStats:
    """A snapshot of the cache counters (monotonic since start) for logs and the metrics layer.

    ``misses`` counts keys answered by neither level; ``l2_errors`` counts failed Redis operations;
    ``l2_skipped`` counts Redis operations not attempted because the breaker was open;
    ``breaker_opened`` counts how often the breaker opened.
    """

    hits_l1: int
    hits_l2: int
    misses: int
    l2_errors: int
    l2_skipped: int
    breaker_state: str
    breaker_opened: int
    l1_entries: int

    def as_dict(self) -> dict[str, int | str]:
        """The counters as plain data."""
        return {
            "hits_l1": self.hits_l1,
            "hits_l2": self.hits_l2,
            "misses": self.misses,
            "l2_errors": self.l2_errors,
            "l2_skipped": self.l2_skipped,
            "breaker_state": self.breaker_state,
            "breaker_opened": self.breaker_opened,
            "l1_entries": self.l1_entries,
        }


class BatchCache(Protocol):
    """The part of :class:`Cache` the pipeline uses (batched reads and writes, close): its seam and its fakes.

    Implementations never raise for backend trouble: a read that cannot reach the backend is a miss,
    a write that cannot reach it is dropped and counted.
    """

    async def get_batch(self, keys: Sequence[str]) -> list[bytes | None]:
        """One value (or ``None``) per key, in the order of ``keys``."""
        ...

    async def set_batch(self, items: CacheItems) -> None:
        """Store every (key, value) pair."""
        ...

    async def close(self) -> None:
        """Release connections; the cache must not be used afterwards."""
        ...


@runtime_checkable
class Cache(BatchCache, Protocol):
    """A batch cache of opaque byte values (serialized verdicts) keyed by :func:`judgement_key`, with counters."""

    @property
    def stats(self) -> CacheStats:
        """Current counters."""
        ...


class L2Backend(Protocol):
    """The shared level behind L1 (Redis in production): batched reads and writes that may fail.

    Failures are raised as :class:`streams.errors.CacheError`; the two-level cache counts them.
    """

    async def mget(self, keys: Sequence[str]) -> list[bytes | None]:
        """A value or ``None`` per key, in order, in one round trip."""
        ...

    async def set_many(self, items: Sequence[tuple[str, bytes]]) -> None:
        """Store every pair with the backend's TTL in one round trip."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...


def normalize_items(items: CacheItems) -> list[tuple[str, bytes]]:
    """``set_batch`` input as (key, value) pairs; a later duplicate key wins, as with a dict."""
    pairs = list(items.items()) if isinstance(items, Mapping) else list(items)
    for key, value in pairs:
        if not isinstance(key, str) or not isinstance(value, bytes):
            kinds = f"({type(key).__name__}, {type(value).__name__})"
            raise CacheError(f"cache items must be (str, bytes) pairs, got {kinds}")
    return pairs
