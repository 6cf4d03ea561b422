"""The review loop's gauges read the live counts at scrape time."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest

from streams.config import KafkaSettings
from streams.precedents import AutoIndex, HashingEmbedder, PrecedentRetriever
from streams.review.metrics import watch_recorder, watch_refresher
from streams.review.recorder import RecorderStats
from streams.review.refresh import PrecedentRefresher


def test_gauges_follow_the_refresher_and_the_recorder() -> None:
    registry = CollectorRegistry()
    embedder = HashingEmbedder(dim=32)
    refresher = PrecedentRefresher(
        KafkaSettings(), "precedents", PrecedentRetriever(embedder, AutoIndex(embedder.dim)), 5.0
    )
    stats = RecorderStats()
    watch_refresher(registry, refresher)
    watch_recorder(registry, stats)
    refresher.generation, stats.promoted, stats.rejected = 7, 2, 3
    text = generate_latest(registry).decode()
    assert "eleanor_precedent_generation 7.0" in text
    assert 'eleanor_reviews{outcome="promoted"} 2.0' in text
    assert 'eleanor_reviews{outcome="rejected"} 3.0' in text
    assert "eleanor_precedent_refresh_age_seconds 0.0" in text  # never refreshed yet
