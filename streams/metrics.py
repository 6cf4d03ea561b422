"""Prometheus metrics of one worker: a private registry, typed helpers and a loopback HTTP endpoint.

The pipeline owns one :class:`Metrics` and calls its helpers at the points where the numbers are known
(after decoding a window, after the sink flush, after the sizer's decision). Every metric lives in the
instance's own :class:`~prometheus_client.CollectorRegistry`, never the global one, so two workers in one
process (tests, benchmarks) never share counters. :meth:`Metrics.serve` exposes the registry in the text
format on ``127.0.0.1:<port>`` (``ELEANOR_METRICS_PORT``; 0 = off).

Metric names (all prefixed ``eleanor_``) are listed in ``infra/README.md``.
"""

from __future__ import annotations

import threading
from collections import Counter as Tally
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol
from wsgiref.simple_server import WSGIServer

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest, start_http_server

from streams.models import DeadLetter, SourceRef, Verdict
from streams.models.codec import reason_kind
from streams.windowing import WindowDecision

__all__ = ["BREAKER_STATES", "BreakerState", "CacheCounters", "Metrics", "MetricsServer", "WindowOutcome"]

BreakerState = Literal["disabled", "closed", "half_open", "open"]
# Numeric encoding of the Redis breaker gauge: alert on > 0; -1 means no Redis is configured (L1 only).
BREAKER_STATES: dict[str, int] = {"disabled": -1, "closed": 0, "half_open": 1, "open": 2}


class CacheCounters(Protocol):
    """Cumulative cache counters, as ``streams.cache.base.CacheStats`` carries them."""

    @property
    def hits_l1(self) -> int: ...
    @property
    def hits_l2(self) -> int: ...
    @property
    def misses(self) -> int: ...
    @property
    def breaker_state(self) -> str: ...


# Window evaluation latency: the sizer's target is ~0.5 s, so resolve well below and above it.
_WINDOW_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0)
# Evidence flush latency: one bulk insert of thousands of rows, milliseconds to seconds.
_FLUSH_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
# Window sizes are events per window, between the sizer's min and max.
_SIZE_BUCKETS = (1, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)


class WindowOutcome(Protocol):
    """What one window produced, as ``streams.pipeline.processor.WindowResult`` carries it."""

    @property
    def verdicts(self) -> Sequence[Verdict]: ...
    @property
    def dead_letters(self) -> Sequence[DeadLetter]: ...
    @property
    def escalations(self) -> Sequence[Verdict]: ...


@dataclass(frozen=True, slots=True)
class MetricsServer:
    """A running exposition endpoint; :meth:`close` stops it."""

    host: str
    port: int
    _server: WSGIServer
    _thread: threading.Thread

    @property
    def url(self) -> str:
        """The scrape URL."""
        return f"http://{self.host}:{self.port}/metrics"

    def bound_address(self) -> tuple[str, int]:
        """The address the listening socket is bound to (host, port)."""
        host, port = self._server.socket.getsockname()[:2]
        return str(host), int(port)

    def close(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class Metrics:
    """The worker's metrics. Helpers take plain numbers; negative counts are rejected."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        reg = self.registry
        self._consumed = Counter(
            "eleanor_events_consumed", "Request events taken from the request topics.", ["topic"], registry=reg
        )
        self._verdicts = Counter("eleanor_verdicts", "Verdicts published, by light.", ["light"], registry=reg)
        self._escalations = Counter(
            "eleanor_escalations", "Verdicts also published to the escalation topic.", registry=reg
        )
        self._dead_letters = Counter(
            "eleanor_dead_letters", "Events sent to the DLQ, by reason code.", ["reason"], registry=reg
        )
        self._window_size = Gauge(
            "eleanor_window_size", "Window size the sizer chose for the next window.", registry=reg
        )
        self._window_events = Histogram(
            "eleanor_window_events", "Events in each evaluated window.", buckets=_SIZE_BUCKETS, registry=reg
        )
        self._window_latency = Histogram(
            "eleanor_window_latency_seconds",
            "Evaluation latency of one window (decode to verdicts ready).",
            buckets=_WINDOW_BUCKETS,
            registry=reg,
        )
        self._window_success = Gauge(
            "eleanor_window_success_ratio",
            "Share of the last window judged fully: no errored critic, precedent retrieved.",
            registry=reg,
        )
        self._evidence_rows = Counter(
            "eleanor_evidence_rows_flushed",
            "Evidence rows acknowledged by ClickHouse, by table.",
            ["table"],
            registry=reg,
        )
        self._flush_latency = Histogram(
            "eleanor_evidence_flush_seconds", "Latency of one evidence flush.", buckets=_FLUSH_BUCKETS, registry=reg
        )
        self._flush_failures = Counter(
            "eleanor_evidence_flush_failures", "Evidence flushes that failed and will be retried.", registry=reg
        )
        self._evidence_lag = Gauge(
            "eleanor_evidence_lag",
            "Evidence messages (verdicts, dead letters, windows) on the topic not yet stored in ClickHouse.",
            ["topic", "partition"],
            registry=reg,
        )
        self._evidence_lag_s = Gauge(
            "eleanor_evidence_lag_seconds",
            "Age of the oldest evidence message the writer holds but has not stored yet (0 when none).",
            registry=reg,
        )
        self._cache_hits = Counter(
            "eleanor_cache_hits", "Verdict cache hits, by level (l1, l2).", ["level"], registry=reg
        )
        self._cache_misses = Counter("eleanor_cache_misses", "Verdict cache misses (judged afresh).", registry=reg)
        self._breaker = Gauge(
            "eleanor_cache_breaker_state", "Redis breaker: 0 closed, 1 half-open, 2 open (L1 only).", registry=reg
        )
        self._cache_seen: tuple[int, int, int] = (0, 0, 0)
        self._cache_lock = threading.Lock()
        self._broker_up = Gauge(
            "eleanor_broker_up",
            "1 while the broker answers the judge worker's probes, 0 while it does not.",
            registry=reg,
        )
        self._broker_up.set(1)
        self._lag = Gauge(
            "eleanor_consumer_lag",
            "Messages behind the partition's high watermark.",
            ["topic", "partition"],
            registry=reg,
        )

    # -- one call per window -----------------------------------------------------------------------
    def observe_window(
        self,
        result: WindowOutcome,
        decision: WindowDecision | None = None,
        cache_stats: CacheCounters | None = None,
    ) -> None:
        """Everything one handled window tells: events consumed per source topic, verdicts by light,
        escalations, dead letters by reason, the sizer's decision and the cache counters."""
        topics: Tally[str] = Tally()
        sources = [v.source for v in result.verdicts] + [d.source for d in result.dead_letters]
        for source in sources:
            if source is not None:
                topics[source.topic] += 1
        for topic, count in topics.items():
            self.consumed(topic, count)
        self.verdict_lights(v.judgement.light for v in result.verdicts)
        if result.escalations:
            self.escalations(len(result.escalations))
        for reason, count in Tally(d.reason for d in result.dead_letters).items():
            self.dead_letter(reason, count)
        if decision is not None:
            self.window(
                events=decision.events,
                latency_s=decision.latency_ms / 1000.0,
                success_rate=decision.success_rate,
                next_size=decision.next_size,
            )
        if cache_stats is not None:
            self.cache_snapshot(cache_stats)

    # -- consumption and outcome -------------------------------------------------------------------
    def consumed(self, topic: str, count: int = 1) -> None:
        """Count ``count`` events taken from ``topic`` (call once per window and topic)."""
        self._consumed.labels(topic=topic).inc(_count(count))

    def verdicts(self, light: str, count: int = 1) -> None:
        """Count verdicts published with ``light`` (GREEN, AMBER, RED)."""
        self._verdicts.labels(light=light).inc(_count(count))

    def verdict_lights(self, lights: Iterable[str]) -> None:
        """Count one verdict per light in ``lights`` (convenient for a whole window)."""
        tally: dict[str, int] = {}
        for light in lights:
            tally[light] = tally.get(light, 0) + 1
        for light, count in tally.items():
            self._verdicts.labels(light=light).inc(count)

    def escalations(self, count: int = 1) -> None:
        """Count verdicts published to the escalation topic."""
        self._escalations.inc(_count(count))

    def dead_letter(self, reason: str, count: int = 1) -> None:
        """Count events sent to the DLQ with reason code ``reason``, labelled by its kind when the code carries a
        producer-chosen name (``unknown_field:<name>``): a label per name would grow the registry without bound."""
        self._dead_letters.labels(reason=reason_kind(reason)).inc(_count(count))

    # -- windows and the sizer ---------------------------------------------------------------------
    def window(self, events: int, latency_s: float, success_rate: float, next_size: int) -> None:
        """Record one evaluated window and the size the sizer chose next."""
        self._window_events.observe(_count(events))
        self._window_latency.observe(_seconds(latency_s))
        if not 0.0 <= success_rate <= 1.0:
            raise ValueError(f"success_rate must be within [0, 1], got {success_rate}")
        self._window_success.set(success_rate)
        self._window_size.set(_count(next_size))

    # -- evidence sink -----------------------------------------------------------------------------
    def evidence_flushed(self, rows_by_table: dict[str, int], latency_s: float) -> None:
        """Record one acknowledged flush: rows per table and how long it took."""
        for table, rows in rows_by_table.items():
            self._evidence_rows.labels(table=table).inc(_count(rows))
        self._flush_latency.observe(_seconds(latency_s))

    def evidence_flush_failed(self) -> None:
        """Count a failed flush attempt (it will be retried with back-off)."""
        self._flush_failures.inc()

    def evidence_lag(self, topic: str, partition: int, messages: int) -> None:
        """Set how many evidence messages of ``topic``/``partition`` are not yet stored (clamped at 0)."""
        self._evidence_lag.labels(topic=topic, partition=str(partition)).set(max(0, int(messages)))

    def evidence_lag_seconds(self, seconds: float) -> None:
        """Set the age of the oldest unstored evidence message the writer holds."""
        self._evidence_lag_s.set(max(0.0, seconds))

    # -- cache -------------------------------------------------------------------------------------
    def cache(self, *, l1_hits: int = 0, l2_hits: int = 0, misses: int = 0) -> None:
        """Add one window's cache outcome (increments, not totals)."""
        if l1_hits:
            self._cache_hits.labels(level="l1").inc(_count(l1_hits))
        if l2_hits:
            self._cache_hits.labels(level="l2").inc(_count(l2_hits))
        if misses:
            self._cache_misses.inc(_count(misses))

    def cache_snapshot(self, stats: CacheCounters) -> None:
        """Bring the cache metrics up to a cumulative snapshot (``TwoLevelCache.stats()``), e.g. per window.

        Only the growth since the previous snapshot is added; a counter that went down means the cache was
        rebuilt, and its whole value counts as new.
        """
        now = (stats.hits_l1, stats.hits_l2, stats.misses)
        with self._cache_lock:
            before, self._cache_seen = self._cache_seen, now
        l1, l2, misses = (cur - prev if cur >= prev else cur for cur, prev in zip(now, before, strict=True))
        self.cache(l1_hits=l1, l2_hits=l2, misses=misses)
        self.breaker(stats.breaker_state)  # type: ignore[arg-type]  # validated by breaker()

    def breaker(self, state: BreakerState) -> None:
        """Set the Redis breaker state."""
        if state not in BREAKER_STATES:
            raise ValueError(f"breaker state must be one of {sorted(BREAKER_STATES)}, got {state!r}")
        self._breaker.set(BREAKER_STATES[state])

    # -- consumer ----------------------------------------------------------------------------------
    def broker_up(self, up: bool) -> None:
        """Record whether the broker answered the last probe."""
        self._broker_up.set(1 if up else 0)

    def consumer_lag(self, topic: str, partition: int, lag: int) -> None:
        """Set how far ``topic``/``partition`` is behind its high watermark (clamped at 0)."""
        self._lag.labels(topic=topic, partition=str(partition)).set(max(0, int(lag)))

    def lag_after(self, sources: Iterable[SourceRef], highwater: Callable[[str, int], int | None]) -> None:
        """Set the lag of every partition in a handled window: high watermark minus (last offset + 1).

        ``highwater(topic, partition)`` is the consumer's latest known high watermark (faust:
        ``lambda t, p: app.consumer.highwater(TP(t, p))``); partitions it does not know are skipped.
        """
        last: dict[tuple[str, int], int] = {}
        for source in sources:
            key = (source.topic, source.partition)
            last[key] = max(last.get(key, -1), source.offset)
        for (topic, partition), offset in last.items():
            mark = highwater(topic, partition)
            if mark is not None:
                self.consumer_lag(topic, partition, mark - (offset + 1))

    # -- exposition --------------------------------------------------------------------------------
    def render(self) -> bytes:
        """The registry in the Prometheus text format."""
        return generate_latest(self.registry)

    def serve(self, port: int, host: str = "127.0.0.1") -> MetricsServer:
        """Serve ``/metrics`` on ``host:port`` in a daemon thread (port 0 picks a free port)."""
        server, thread = start_http_server(port, addr=host, registry=self.registry)
        return MetricsServer(host=host, port=int(server.server_port), _server=server, _thread=thread)


def _count(value: int) -> int:
    if value < 0:
        raise ValueError(f"counts cannot be negative, got {value}")
    return value


def _seconds(value: float) -> float:
    if value < 0:
        raise ValueError(f"durations cannot be negative, got {value}")
    return value
