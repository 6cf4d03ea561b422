"""The precedent generation in the cache key: a judgement cached before a precedent arrived is not served after
the refresh that brought it, and what that costs in cache hits (measured, printed).

The same repeated workload (300 distinct contents, each seen 20 times, windows of 500, each holding every
content) runs through the real
window processor and the real two-level cache (L1 + Redis) three times: with the generation fixed (no review
arrives), with one precedent refresh during the run, and with a refresh every second window (a review per
refresh interval at ~100 requests/s, a busy review desk on quiet traffic)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from streams.cache.two_level import TwoLevelCache
from streams.config import Settings
from streams.engine import Evaluator
from streams.models import SourceRef
from streams.pipeline.processor import WindowProcessor

pytestmark = [pytest.mark.redis]

DISTINCT, REPEATS, WINDOW = 300, 20, 500


def workload() -> list[tuple[bytes, SourceRef]]:
    items = []
    for n in range(DISTINCT * REPEATS):
        i = (n * 7919) % DISTINCT  # every content recurs, interleaved
        body = {"request_id": f"c-{n}", "prompt": f"Recommend a novel, number {i}", "response": f"Try book {i}."}
        items.append((orjson.dumps(body), SourceRef("t", 0, n)))
    return items


async def hit_rate(settings: Settings, bump_every: int | None, generation: list[int]) -> float:
    cache = TwoLevelCache.from_settings(settings.cache)
    processor = WindowProcessor(
        Evaluator.from_settings(settings.critics),
        cache=cache,
        key_prefix=settings.cache.key_prefix,
        precedent_generation=lambda: generation[0],
    )
    items = workload()
    hits = 0
    try:
        for w, start in enumerate(range(0, len(items), WINDOW)):
            if bump_every is not None and w and w % bump_every == 0:
                generation[0] += 1  # a precedent refresh brought new cases
            result = await processor.process(items[start : start + WINDOW])
            hits += result.cache_hits
            await cache.set_batch(result.cache_writes)
    finally:
        await cache.close()
    return hits / len(items)


async def test_a_refresh_invalidates_and_costs_one_miss_per_content(make_settings: Any) -> None:
    rates: dict[str, float] = {}
    for name, bump_every in (("fixed", None), ("one refresh", 6), ("refresh every 2nd window", 2)):
        settings = make_settings(cache={"key_prefix": f"gen-{len(rates)}"})  # a cold cache per run
        generation = [0]
        rates[name] = await hit_rate(settings, bump_every, generation)
    print("cache hit rate: " + ", ".join(f"{k} {v:.1%}" for k, v in rates.items()))
    total = DISTINCT * REPEATS
    # every window holds every content: the first window misses (repeats inside a window are judged once but
    # count as misses), every later one hits
    assert rates["fixed"] == pytest.approx(1 - WINDOW / total)
    # one refresh: the window after it misses once more, then the new keys hit again
    assert rates["one refresh"] == pytest.approx(1 - 2 * WINDOW / total)
    # a refresh every second window: every other window misses
    assert rates["refresh every 2nd window"] == pytest.approx(0.5)
