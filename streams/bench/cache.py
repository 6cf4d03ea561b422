"""``bench cache``: batched Redis reads and writes (one MGET, one pipeline) vs one round trip per entry.

Candidate: :class:`TwoLevelCache` ``set_batch`` then ``get_batch`` of N entries, with L1 switched off so
every read really goes to Redis. Baseline: N single ``SET … EX`` then N single ``GET`` on the same kind
of client (redis.asyncio with hiredis). Speeds are entries written and read back per second. Redis is
``settings.cache.redis_url``, or a redis-server this benchmark starts on a free port and stops after.
"""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import orjson

from streams.bench import BenchResult, Measured
from streams.cache.breaker import CircuitBreaker
from streams.cache.memory import MemoryCache
from streams.cache.redis_l2 import RedisL2
from streams.cache.two_level import TwoLevelCache
from streams.config import CacheSettings, Settings
from streams.devstack import start_redis
from streams.errors import CacheError

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
        for n, critic in enumerate(("rights", "autonomy", "fairness", "truth", "risk", "pragmatics", "privacy"))
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


async def _measure(url: str, cache_settings: CacheSettings, entries: int, rounds: int) -> dict[str, list[float]]:
    settings = cache_settings.model_copy(update={"redis_url": url, "l1_size": 0})
    l2 = RedisL2.from_settings(settings)
    cache = TwoLevelCache(MemoryCache(0, settings.l1_ttl_s), l2, CircuitBreaker(settings.breaker_failures, 60.0))
    client = l2.client  # the baseline uses the same client, connection pool and parser
    ttl = settings.ttl_s
    values = [_verdict_bytes(i) for i in range(entries)]
    times: dict[str, list[float]] = {"batch_set": [], "batch_get": [], "single_set": [], "single_get": []}
    try:
        await client.ping()  # connect outside the timed part
        for _ in range(rounds):
            run_id = uuid.uuid4().hex[:12]
            batch_keys = [f"{settings.key_prefix}:bench:{run_id}:b:{i}" for i in range(entries)]
            single_keys = [f"{settings.key_prefix}:bench:{run_id}:s:{i}" for i in range(entries)]

            started = time.perf_counter()
            await cache.set_batch(list(zip(batch_keys, values, strict=True)))
            times["batch_set"].append(time.perf_counter() - started)
            started = time.perf_counter()
            got = await cache.get_batch(batch_keys)
            times["batch_get"].append(time.perf_counter() - started)
            if got != values:
                raise CacheError("get_batch did not return what set_batch wrote")

            started = time.perf_counter()
            for key, value in zip(single_keys, values, strict=True):
                await client.set(key, value, ex=ttl)
            times["single_set"].append(time.perf_counter() - started)
            started = time.perf_counter()
            single = [await client.get(key) for key in single_keys]
            times["single_get"].append(time.perf_counter() - started)
            if single != values:
                raise CacheError("single GETs did not return what single SETs wrote")

            await client.unlink(*batch_keys, *single_keys)
        stats = cache.stats
        if stats.l2_errors or stats.l2_skipped:
            raise CacheError(f"Redis failed during the benchmark: {stats.as_dict()}")
    finally:
        await cache.close()
    return times


def run(settings: Settings, quick: bool) -> BenchResult:
    """Batched vs one-by-one, side by side, against the same real redis-server."""
    entries, rounds = (200, 2) if quick else (1_000, 15)
    with _redis_url(settings.cache) as (url, source):
        times = asyncio.run(_measure(url, settings.cache, entries, rounds))
    # Best round of each phase: the one least disturbed by other processes on the machine.
    best = {name: min(values) for name, values in times.items()}
    batch_s = best["batch_set"] + best["batch_get"]
    single_s = best["single_set"] + best["single_get"]
    return BenchResult(
        benchmark="cache",
        candidate=Measured("set_batch + get_batch (1 pipeline + 1 MGET)", entries / batch_s),
        baseline=Measured("single SET EX + GET round trips", entries / single_s),
        details={
            "unit": "entries written and read back per second (best round of each phase)",
            "entries": entries,
            "rounds": rounds,
            "value_bytes": round(sum(len(_verdict_bytes(i)) for i in range(entries)) / entries),
            "write_ratio": round(best["single_set"] / best["batch_set"], 2),
            "read_ratio": round(best["single_get"] / best["batch_get"], 2),
            "batch_write_ms": round(best["batch_set"] * 1000, 2),
            "batch_read_ms": round(best["batch_get"] * 1000, 2),
            "single_write_ms": round(best["single_set"] * 1000, 2),
            "single_read_ms": round(best["single_get"] * 1000, 2),
            "l1": "off (reads measure Redis, not the in-process level)",
            "redis": source,
        },
    )
