"""L1: an in-process TTL + LRU map of key -> bytes (cachetools)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence

from cachetools import TTLCache

from streams.errors import ConfigError

__all__ = ["MemoryCache"]


class MemoryCache:
    """Bounded in-process cache: least recently used entries go first, every entry expires after ``ttl_s``.

    ``maxsize`` 0 disables it (every lookup misses, writes are ignored). ``timer`` is injectable for tests.
    Not thread-safe: it lives on the event loop that owns the cache.
    """

    def __init__(self, maxsize: int, ttl_s: float, timer: Callable[[], float] = time.monotonic) -> None:
        if maxsize < 0:
            raise ConfigError(f"L1 cache maxsize must be >= 0, got {maxsize}")
        if ttl_s <= 0:
            raise ConfigError(f"L1 cache ttl_s must be > 0, got {ttl_s}")
        self._data: TTLCache[str, bytes] | None = TTLCache(maxsize, ttl_s, timer=timer) if maxsize else None

    @property
    def enabled(self) -> bool:
        """False when configured with size 0."""
        return self._data is not None

    def __len__(self) -> int:
        return 0 if self._data is None else len(self._data)

    def get(self, key: str) -> bytes | None:
        """The live value of ``key`` (refreshing its recency), or ``None``."""
        if self._data is None:
            return None
        return self._data.get(key)

    def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        """One value or ``None`` per key."""
        if self._data is None:
            return [None] * len(keys)
        data = self._data
        return [data.get(key) for key in keys]

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Insert or replace entries (each write restarts its TTL)."""
        if self._data is None:
            return
        data = self._data
        for key, value in items:
            data[key] = value

    def clear(self) -> None:
        """Drop every entry."""
        if self._data is not None:
            self._data.clear()
