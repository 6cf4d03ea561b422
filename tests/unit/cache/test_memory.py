"""L1: TTL expiry, LRU eviction, disabled at size 0."""

from __future__ import annotations

import pytest

from streams.cache.memory import MemoryCache
from streams.errors import ConfigError


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_entries_expire_after_ttl() -> None:
    clock = Clock()
    cache = MemoryCache(10, ttl_s=5.0, timer=clock)
    cache.put_many([("a", b"1")])
    clock.now += 4.9
    assert cache.get("a") == b"1"
    clock.now += 0.2
    assert cache.get("a") is None
    assert len(cache) == 0


def test_least_recently_used_entry_is_evicted_first() -> None:
    cache = MemoryCache(2, ttl_s=60.0)
    cache.put_many([("a", b"1"), ("b", b"2")])
    assert cache.get("a") == b"1"  # a is now more recent than b
    cache.put_many([("c", b"3")])
    assert cache.get_many(["a", "b", "c"]) == [b"1", None, b"3"]


def test_rewrite_replaces_value() -> None:
    cache = MemoryCache(4, ttl_s=60.0)
    cache.put_many([("a", b"old")])
    cache.put_many([("a", b"new")])
    assert cache.get("a") == b"new"
    assert len(cache) == 1


def test_size_zero_disables_l1() -> None:
    cache = MemoryCache(0, ttl_s=60.0)
    cache.put_many([("a", b"1")])
    assert not cache.enabled
    assert cache.get_many(["a"]) == [None]
    assert len(cache) == 0


@pytest.mark.parametrize(("size", "ttl"), [(-1, 1.0), (1, 0.0)])
def test_bad_limits_are_refused(size: int, ttl: float) -> None:
    with pytest.raises(ConfigError):
        MemoryCache(size, ttl_s=ttl)
