"""Metrics: private registries, typed helpers, and the loopback endpoint scraped over a real socket."""

from __future__ import annotations

import socket
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from streams.metrics import Metrics


def _scrape(url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    with urllib.request.urlopen(url, timeout=5) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    samples: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


@pytest.fixture
def served() -> Iterator[tuple[Metrics, str]]:
    metrics = Metrics()
    server = metrics.serve(0)
    yield metrics, server.url
    server.close()


def test_scrape_reports_every_helper(served: tuple[Metrics, str]) -> None:
    metrics, url = served
    metrics.consumed("eleanor.requests", 120)
    metrics.consumed("eleanor.requests", 30)
    metrics.verdict_lights(["GREEN"] * 100 + ["AMBER"] * 30 + ["RED"] * 15)
    metrics.verdicts("RED", 2)
    metrics.escalations(17)
    metrics.dead_letter("invalid_json", 3)
    metrics.window(events=150, latency_s=0.12, success_rate=0.98, next_size=200)
    metrics.evidence_flushed({"verdicts": 145, "findings": 1015}, latency_s=0.03)
    metrics.evidence_flush_failed()
    metrics.cache(l1_hits=40, l2_hits=10, misses=95)
    metrics.breaker("open")
    metrics.consumer_lag("eleanor.requests", 3, 4200)

    s = _scrape(url)
    assert s[("eleanor_events_consumed_total", (("topic", "eleanor.requests"),))] == 150
    assert s[("eleanor_verdicts_total", (("light", "GREEN"),))] == 100
    assert s[("eleanor_verdicts_total", (("light", "AMBER"),))] == 30
    assert s[("eleanor_verdicts_total", (("light", "RED"),))] == 17
    assert s[("eleanor_escalations_total", ())] == 17
    assert s[("eleanor_dead_letters_total", (("reason", "invalid_json"),))] == 3
    assert s[("eleanor_window_size", ())] == 200
    assert s[("eleanor_window_success_ratio", ())] == pytest.approx(0.98)
    assert s[("eleanor_window_latency_seconds_count", ())] == 1
    assert s[("eleanor_window_latency_seconds_sum", ())] == pytest.approx(0.12)
    # 0.12 s falls in the 0.25 bucket, not in the 0.1 one.
    assert s[("eleanor_window_latency_seconds_bucket", (("le", "0.1"),))] == 0
    assert s[("eleanor_window_latency_seconds_bucket", (("le", "0.25"),))] == 1
    assert s[("eleanor_window_events_sum", ())] == 150
    assert s[("eleanor_evidence_rows_flushed_total", (("table", "verdicts"),))] == 145
    assert s[("eleanor_evidence_rows_flushed_total", (("table", "findings"),))] == 1015
    assert s[("eleanor_evidence_flush_seconds_count", ())] == 1
    assert s[("eleanor_evidence_flush_failures_total", ())] == 1
    assert s[("eleanor_cache_hits_total", (("level", "l1"),))] == 40
    assert s[("eleanor_cache_hits_total", (("level", "l2"),))] == 10
    assert s[("eleanor_cache_misses_total", ())] == 95
    assert s[("eleanor_cache_breaker_state", ())] == 2
    assert s[("eleanor_consumer_lag", (("partition", "3"), ("topic", "eleanor.requests")))] == 4200


def test_scrape_sees_updates_between_scrapes(served: tuple[Metrics, str]) -> None:
    metrics, url = served
    metrics.breaker("closed")
    metrics.consumer_lag("t", 0, 10)
    assert _scrape(url)[("eleanor_cache_breaker_state", ())] == 0
    metrics.breaker("half_open")
    metrics.consumer_lag("t", 0, -5)  # a stale high watermark never shows negative lag
    after = _scrape(url)
    assert after[("eleanor_cache_breaker_state", ())] == 1
    assert after[("eleanor_consumer_lag", (("partition", "0"), ("topic", "t")))] == 0


def test_endpoint_listens_on_loopback_only() -> None:
    server = Metrics().serve(0)
    try:
        assert server.bound_address() == ("127.0.0.1", server.port)
        assert server.url == f"http://127.0.0.1:{server.port}/metrics"
    finally:
        server.close()


def test_registries_are_isolated() -> None:
    first, second = Metrics(), Metrics()
    first.consumed("a", 5)
    assert b'eleanor_events_consumed_total{topic="a"} 5.0' in first.render()
    assert b"topic=" not in second.render()
    # Nothing is registered globally, so two workers in one process never collide.
    assert REGISTRY.get_sample_value("eleanor_events_consumed_total", {"topic": "a"}) is None


def test_bad_values_are_rejected() -> None:
    metrics = Metrics()
    with pytest.raises(ValueError, match="negative"):
        metrics.consumed("t", -1)
    with pytest.raises(ValueError, match="negative"):
        metrics.evidence_flushed({"verdicts": 1}, latency_s=-0.1)
    with pytest.raises(ValueError, match="success_rate"):
        metrics.window(events=1, latency_s=0.1, success_rate=1.5, next_size=1)
    with pytest.raises(ValueError, match="breaker state"):
        metrics.breaker("broken")  # type: ignore[arg-type]


def test_close_releases_the_port() -> None:
    metrics = Metrics()
    server = metrics.serve(0)
    port = server.port
    server.close()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


async def test_cache_snapshot_follows_the_real_cache_counters() -> None:
    from streams.cache.two_level import TwoLevelCache
    from streams.config import CacheSettings

    cache = TwoLevelCache.from_settings(CacheSettings())  # L1 only: no Redis configured
    metrics = Metrics()
    await cache.get_batch(["a", "b", "c"])  # 3 misses
    await cache.set_batch({"a": b"1", "b": b"2"})
    metrics.cache_snapshot(cache.stats)
    await cache.get_batch(["a", "b", "d"])  # 2 L1 hits, 1 miss
    metrics.cache_snapshot(cache.stats)
    metrics.cache_snapshot(cache.stats)  # no growth, nothing added

    def value(name: str, labels: dict[str, str] | None = None) -> float | None:
        return metrics.registry.get_sample_value(name, labels or {})

    assert value("eleanor_cache_hits_total", {"level": "l1"}) == 2
    assert value("eleanor_cache_misses_total") == 4
    assert value("eleanor_cache_breaker_state") == -1  # disabled: L1 only


def test_cache_snapshot_treats_a_counter_reset_as_new_counts() -> None:
    from streams.cache.base import CacheStats

    def stats(l1: int, misses: int, state: str = "closed") -> CacheStats:
        return CacheStats(l1, 0, misses, 0, 0, state, 0, 0)

    metrics = Metrics()
    metrics.cache_snapshot(stats(10, 5))
    metrics.cache_snapshot(stats(3, 1, "open"))  # the cache was rebuilt: its counters started over
    assert metrics.registry.get_sample_value("eleanor_cache_hits_total", {"level": "l1"}) == 13
    assert metrics.registry.get_sample_value("eleanor_cache_misses_total") == 6
    assert metrics.registry.get_sample_value("eleanor_cache_breaker_state") == 2


@pytest.mark.clickhouse
async def test_evidence_sink_hooks_count_stored_rows(clickhouse_client: Any) -> None:
    from streams.clickhouse.migrate import migrate
    from streams.config import EvidenceSettings
    from streams.models import DeadLetter, SourceRef
    from streams.sinks.evidence import ClickHouseEvidenceSink

    migrate(clickhouse_client)
    metrics = Metrics()
    sink = ClickHouseEvidenceSink(
        clickhouse_client,
        EvidenceSettings(batch_size=2, buffer_size=10),
        on_flushed=metrics.evidence_flushed,
        on_failed=metrics.evidence_flush_failed,
    )
    letters = [
        DeadLetter(b"{", "invalid_json", "x", SourceRef("eleanor.requests", 0, offset), 1_700_000_000.0 + offset)
        for offset in range(5)
    ]
    async with sink:
        for chunk in (letters[:2], letters[2:4], letters[4:]):
            await sink.add(dead_letters=chunk)
        await sink.flush()
    stored = clickhouse_client.query("SELECT count() FROM dead_letters FINAL").result_rows[0][0]
    assert stored == 5
    value = metrics.registry.get_sample_value
    assert value("eleanor_evidence_rows_flushed_total", {"table": "dead_letters"}) == stored
    assert value("eleanor_evidence_flush_seconds_count") == 3  # batches of 2, 2 and 1
    assert value("eleanor_evidence_flush_failures_total") == 0


EXAMPLES = Path(__file__).resolve().parents[2] / "schemas" / "examples" / "request"
REQUEST_FILES = (
    "valid-full.json",
    "valid-minimal.json",
    "invalid-json-truncated.json",
    "invalid-missing-prompt.json",
    "invalid-json-trailing-comma.json",
)


@pytest.fixture
def example_requests() -> list[bytes]:
    return [(EXAMPLES / name).read_bytes() for name in REQUEST_FILES]


async def test_observe_window_counts_a_real_window(example_requests: list[bytes]) -> None:
    from streams.config import load_settings
    from streams.engine import Evaluator
    from streams.models import SourceRef
    from streams.pipeline.processor import WindowProcessor
    from streams.windowing import AdaptiveSizer, SizerPolicy

    settings = load_settings(env={})
    items = [(raw, SourceRef("eleanor.requests", 2, 100 + i)) for i, raw in enumerate(example_requests)]
    result = await WindowProcessor(Evaluator.from_settings(settings.critics), limits=settings.limits).process(items)
    sizer = AdaptiveSizer(SizerPolicy.from_settings(settings.sizer))
    decision = sizer.observe(result.events, result.latency_s, result.success_rate, window_id=result.window_id)

    metrics = Metrics()
    metrics.observe_window(result, decision)
    value = metrics.registry.get_sample_value
    assert value("eleanor_events_consumed_total", {"topic": "eleanor.requests"}) == 5
    lights = {light: value("eleanor_verdicts_total", {"light": light}) or 0 for light in ("GREEN", "AMBER", "RED")}
    assert sum(lights.values()) == 2
    assert lights == {light: sum(v.judgement.light == light for v in result.verdicts) for light in lights}
    assert value("eleanor_dead_letters_total", {"reason": "invalid_json"}) == 2
    assert value("eleanor_dead_letters_total", {"reason": "missing_field:prompt"}) == 1
    assert (value("eleanor_escalations_total") or 0) == len(result.escalations)
    assert value("eleanor_window_events_sum") == 5
    assert value("eleanor_window_size") == decision.next_size
    assert value("eleanor_window_latency_seconds_sum") == pytest.approx(decision.latency_ms / 1000)


def test_lag_after_a_window_uses_the_last_offset_per_partition() -> None:
    from streams.models import SourceRef

    marks = {("req", 0): 1_000, ("req", 1): 51}
    sources = [SourceRef("req", 0, 10), SourceRef("req", 0, 899), SourceRef("req", 1, 50), SourceRef("other", 0, 5)]
    metrics = Metrics()
    metrics.lag_after(sources, lambda topic, partition: marks.get((topic, partition)))
    value = metrics.registry.get_sample_value
    assert value("eleanor_consumer_lag", {"topic": "req", "partition": "0"}) == 100  # 1000 - (899 + 1)
    assert value("eleanor_consumer_lag", {"topic": "req", "partition": "1"}) == 0  # caught up
    assert value("eleanor_consumer_lag", {"topic": "other", "partition": "0"}) is None  # no watermark known
