"""``bench cache``: batched Redis reads and writes (one MGET, one pipeline) vs one round trip per entry.

Candidate: :class:`TwoLevelCache` ``set_batch`` then ``get_batch`` of N entries, with L1 switched off so
every read really goes to Redis. Baseline: N single ``SET … EX`` then N single ``GET`` through
:meth:`RedisL2.set` / :meth:`RedisL2.get` — the same client, connection pool, hiredis packing and
hiredis reply parsing as the batches, so the ratio is what batching alone buys. For reference the
details also time redis-py's own command methods (``set``/``get``) and its ``Pipeline`` + ``mget`` on
the same pool. Speeds are entries written and read back per second. Redis is
``settings.cache.redis_url``, or a redis-server this benchmark starts on a free port and stops after.
"""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import orjson
import redis.asyncio as aioredis

from streams.cache.breaker import CircuitBreaker
from streams.cache.memory import MemoryCache
from streams.cache.redis_l2 import RedisL2
from streams.cache.two_level import TwoLevelCache
from streams.config import CacheSettings, Settings
from streams.errors import CacheError
from streams.models.critics import CRITICS
from streams.tools.bench import BenchResult, Measured
from streams.tools.devstack import start_redis

__all__ = ["run"]


@contextlib.contextmanager
def _redis_url(settings: CacheSettings) -> Iterator[tuple[str, str]]:
    """(url, where it came from): the configured server, or a private one for the duration."""
    if settings.redis_url:
        yield settings.redis_url, "settings"
        return
    with tempfile.TemporaryDirectory(prefix="eleanor-bench-redis-") as tmp:
        handle = start_redis(Path(tmp))
        try:
            yield f"redis://{handle.address}/0", "started by the benchmark"
        finally:
            handle.stop()


def _verdict_bytes(i: int) -> bytes:
    """An encoded judgement shaped like the engine's (~1.8 KB, the size the pipeline caches)."""
    findings = [
        {
            "critic": critic,
            "severity": float((i + n) % 4),
            "raw_severity": float((i + n) % 4),
            "score": round(((i * 7 + n) % 100) / 100, 2),
            "label": "CONCERN" if (i + n) % 3 else "INFO",
            "violations": [f"{critic}-rule-{(i + n) % 11}"] if (i + n) % 3 else [],
            "rationale": f"{critic} signals matched in sentence {(i + n) % 9}.",
            "confidence": 0.6,
            "clauses": [],
            "errored": False,
            "error": None,
        }
        for n, critic in enumerate(CRITICS)
    ]
    judgement = {
        "decision": "allow",
        "light": "GREEN",
        "escalation_tier": "none",
        "requires_human_review": False,
        "max_severity": 0.0,
        "findings": findings,
        "precedent": {"alignment": 0.0, "conflict": 0.0, "novel": True, "matches": []},
        "ruleset_version": "bench-rules-1",
    }
    return orjson.dumps(judgement)


@dataclass(frozen=True)
class _Sides:
    """What every phase runs against: one client and connection pool, shared by all sides."""

    cache: TwoLevelCache
    l2: RedisL2
    client: aioredis.Redis
    ttl: int


Values = list[bytes | None]
Phase = Callable[[_Sides, list[str], list[bytes]], Awaitable[Values | None]]


async def _batch_set(s: _Sides, keys: list[str], values: list[bytes]) -> None:
    await s.cache.set_batch(list(zip(keys, values, strict=True)))


async def _batch_get(s: _Sides, keys: list[str], values: list[bytes]) -> Values:
    return await s.cache.get_batch(keys)


async def _single_set(s: _Sides, keys: list[str], values: list[bytes]) -> None:
    for key, value in zip(keys, values, strict=True):
        await s.l2.set(key, value)


async def _single_get(s: _Sides, keys: list[str], values: list[bytes]) -> Values:
    return [await s.l2.get(key) for key in keys]


async def _redis_py_set(s: _Sides, keys: list[str], values: list[bytes]) -> None:
    for key, value in zip(keys, values, strict=True):
        await s.client.set(key, value, ex=s.ttl)


async def _redis_py_get(s: _Sides, keys: list[str], values: list[bytes]) -> Values:
    return [cast("bytes | None", await s.client.get(key)) for key in keys]


async def _redis_py_pipeline_set(s: _Sides, keys: list[str], values: list[bytes]) -> None:
    async with s.client.pipeline(transaction=False) as pipe:
        for key, value in zip(keys, values, strict=True):
            pipe.set(key, value, ex=s.ttl)
        await pipe.execute()


async def _redis_py_mget(s: _Sides, keys: list[str], values: list[bytes]) -> Values:
    return cast("Values", await s.client.mget(keys))


# (name, write phase, read phase). Each pair writes its own keys, then reads them back.
_PAIRS: tuple[tuple[str, Phase, Phase], ...] = (
    ("batch", _batch_set, _batch_get),
    ("single", _single_set, _single_get),
    ("redis_py_single", _redis_py_set, _redis_py_get),
    ("redis_py_batch", _redis_py_pipeline_set, _redis_py_mget),
)


async def _measure(
    url: str, cache_settings: CacheSettings, entries: int, rounds: int
) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Seconds per phase and round, and per pair the entries read back intact (summed over rounds)."""
    settings = cache_settings.model_copy(update={"redis_url": url, "l1_size": 0})
    l2 = RedisL2.from_settings(settings)
    cache = TwoLevelCache(MemoryCache(0, settings.l1_ttl_s), l2, CircuitBreaker(settings.breaker_failures, 60.0))
    sides = _Sides(cache, l2, l2.client, settings.ttl_s)
    values = [_verdict_bytes(i) for i in range(entries)]
    times: dict[str, list[float]] = {f"{name}_{op}": [] for name, _, _ in _PAIRS for op in ("set", "get")}
    intact = {name: 0 for name, _, _ in _PAIRS}
    try:
        await sides.client.ping()  # connect outside the timed part
        for _ in range(rounds):
            run_id = uuid.uuid4().hex[:12]
            written: list[str] = []
            for name, write, read in _PAIRS:
                keys = [f"{settings.key_prefix}:bench:{run_id}:{name}:{i}" for i in range(entries)]
                written += keys
                for op, phase in (("set", write), ("get", read)):
                    started = time.perf_counter()
                    got = await phase(sides, keys, values)
                    times[f"{name}_{op}"].append(time.perf_counter() - started)
                    if op == "get":
                        if got != values:
                            raise CacheError(f"{name} reads did not return what its writes stored")
                        intact[name] += len(got)
            await sides.client.unlink(*written)
        stats = cache.stats
        if stats.l2_errors or stats.l2_skipped:
            raise CacheError(f"Redis failed during the benchmark: {stats.as_dict()}")
    finally:
        await cache.close()
    return times, intact


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def run(settings: Settings, quick: bool) -> BenchResult:
    """Batched vs one-by-one, side by side, against the same real redis-server."""
    entries, rounds = (200, 2) if quick else (1_000, 15)
    with _redis_url(settings.cache) as (url, source):
        times, intact = asyncio.run(_measure(url, settings.cache, entries, rounds))
    # Best round of each phase: the one least disturbed by other processes on the machine.
    best = {name: min(values) for name, values in times.items()}
    batch_s = best["batch_set"] + best["batch_get"]
    single_s = best["single_set"] + best["single_get"]
    redis_py_single_s = best["redis_py_single_set"] + best["redis_py_single_get"]
    redis_py_batch_s = best["redis_py_batch_set"] + best["redis_py_batch_get"]
    return BenchResult(
        benchmark="cache",
        candidate=Measured("set_batch + get_batch (1 pipeline of SET EX + 1 MGET)", entries / batch_s, intact["batch"]),
        baseline=Measured(
            "single SET EX + GET round trips (same client and packing)", entries / single_s, intact["single"]
        ),
        details={
            "unit": "entries written and read back per second (best round of each phase)",
            "count": "entries read back intact, all rounds",
            "entries": entries,
            "rounds": rounds,
            "value_bytes": round(sum(len(value) for value in map(_verdict_bytes, range(entries))) / entries),
            "write_ratio": round(best["single_set"] / best["batch_set"], 2),
            "read_ratio": round(best["single_get"] / best["batch_get"], 2),
            "batch_write_ms": _ms(best["batch_set"]),
            "batch_read_ms": _ms(best["batch_get"]),
            "single_write_ms": _ms(best["single_set"]),
            "single_read_ms": _ms(best["single_get"]),
            "redis_py": {
                "note": "the client's own command methods and Pipeline object on the same connection pool",
                "single_write_ms": _ms(best["redis_py_single_set"]),
                "single_read_ms": _ms(best["redis_py_single_get"]),
                "pipeline_write_ms": _ms(best["redis_py_batch_set"]),
                "mget_read_ms": _ms(best["redis_py_batch_get"]),
                "batch_vs_single_ratio": round(redis_py_single_s / redis_py_batch_s, 2),
                "set_batch_get_batch_vs_single_ratio": round(redis_py_single_s / batch_s, 2),
            },
            "l1": "off (reads measure Redis, not the in-process level)",
            "redis": source,
        },
    )
