"""Prometheus views of the review loop, registered on a process's existing registry (streams.metrics).

Read at scrape time from the objects that keep the counts, so nothing on the hot path changes:
a judge worker reports its precedent generation (equal on every worker once a review has reached them all) and
how long ago it last refreshed; the evidence writer reports what it did with reviews and escalations.
"""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Gauge

from streams.review.recorder import RecorderStats
from streams.review.refresh import PrecedentRefresher

__all__ = ["watch_recorder", "watch_refresher"]


def watch_refresher(registry: CollectorRegistry, refresher: PrecedentRefresher) -> None:
    """The refresher's generation, cases applied and refresh age as gauges."""
    Gauge(
        "eleanor_precedent_generation",
        "Precedent messages applied to the live index (part of the cache key); equal on caught-up workers.",
        registry=registry,
    ).set_function(lambda: refresher.generation)
    Gauge(
        "eleanor_precedent_review_cases",
        "Precedents from the precedent topic added to the live index since start.",
        registry=registry,
    ).set_function(lambda: refresher.applied)
    Gauge(
        "eleanor_precedent_refresh_age_seconds",
        "Seconds since the precedent topic was last read (grows when the broker is away).",
        registry=registry,
    ).set_function(lambda: time.time() - refresher.refreshed_at if refresher.refreshed_at else 0.0)


def watch_recorder(registry: CollectorRegistry, stats: RecorderStats) -> None:
    """``eleanor_reviews{outcome}`` and ``eleanor_review_queue_added`` of the evidence writer."""
    reviews = Gauge(
        "eleanor_reviews",
        "Reviews the evidence writer handled since start: recorded, rejected (to the DLQ), promoted (made a"
        " precedent), unpromoted (decided but no queued text).",
        ["outcome"],
        registry=registry,
    )
    reviews.labels("recorded").set_function(lambda: stats.reviews)
    reviews.labels("rejected").set_function(lambda: stats.rejected)
    reviews.labels("promoted").set_function(lambda: stats.promoted)
    reviews.labels("unpromoted").set_function(lambda: stats.unpromoted)
    Gauge(
        "eleanor_review_queue_added",
        "Escalated requests the evidence writer queued for review (with their judged text) since start.",
        registry=registry,
    ).set_function(lambda: stats.queued)
