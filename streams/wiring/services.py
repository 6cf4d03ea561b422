"""Service wiring: everything the window runner needs, built from Settings, and the evidence writer's store.

The judge worker gets the evaluation core (:class:`~streams.engine.Evaluator`: critics, aggregation), the
two-level cache, precedent retrieval (cases read once at start), the adaptive sizer, the Kafka publisher and
the Kafka evidence sink (window telemetry; verdicts and dead letters are evidence as published). Only the
evidence writer keeps a ClickHouse client (:func:`open_evidence_store`, migrated on start: migrations are idempotent).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from streams.backoff import Backoff
from streams.cache.two_level import TwoLevelCache
from streams.clickhouse.client import connect, is_embedded
from streams.clickhouse.migrate import migrate
from streams.config import Settings
from streams.engine import Evaluator
from streams.errors import ConfigError, SchemaError
from streams.logs import kv
from streams.metrics import Metrics
from streams.models.wire import encode_dead_letter, encode_verdict
from streams.pipeline.base import PrecedentSource
from streams.pipeline.processor import WindowProcessor
from streams.pipeline.runner import WindowRunner
from streams.precedents import PrecedentRetriever, PrecedentStore, make_embedder
from streams.review.metrics import watch_refresher
from streams.review.refresh import PrecedentRefresher
from streams.sinks.base import EvidenceSink
from streams.sinks.kafka_evidence import KafkaEvidenceSink
from streams.sinks.publishers import WindowPublisher
from streams.sinks.writer import EvidenceWriter
from streams.windowing import AdaptiveSizer, SizerPolicy
from streams.wiring.precedent_cases import LoadedCases, load_cases, write_snapshot

__all__ = [
    "build_runner",
    "open_evidence_store",
    "open_services",
    "run_evidence_writer",
]

log = logging.getLogger(__name__)


def open_evidence_store(settings: Settings) -> Any:
    """A migrated ClickHouse client for the evidence writer.

    With the embedded engine it also refreshes the precedent snapshot: while the writer holds the data path,
    judge workers that start read the cases from there.
    """
    client = connect(settings)
    try:
        applied = migrate(client)
        if applied:
            log.info("migrations applied %s", kv(names=",".join(applied)))
        if is_embedded(settings.clickhouse_dsn):
            store = PrecedentStore(client)
            store.ensure_table()
            write_snapshot(settings, store.load_all())
    except Exception:
        client.close()
        raise
    return client


def _precedents(settings: Settings) -> PrecedentSource | None:
    """Precedent retrieval over every stored case, read once at start (the worker keeps no ClickHouse client)."""
    if not settings.precedents.enabled:
        return None
    store = LoadedCases(load_cases(settings))
    retriever = PrecedentRetriever.from_store(store, make_embedder(settings.precedents), settings.precedents)
    if len(retriever) == 0 and not settings.precedents.refresh_s:
        log.warning("no precedent cases stored: judging without precedent (load some with `precedents load`)")
        return None
    return retriever


async def build_runner(
    settings: Settings,
    *,
    evaluator: Evaluator | None = None,
    sizer: AdaptiveSizer | None = None,
    sink: EvidenceSink | None = None,
) -> WindowRunner:
    """Open every service for one judge worker (inside its event loop) and return the window runner.

    Evidence goes to Kafka (the verdict, DLQ and window topics) unless another ``sink`` is given; the worker
    reads the precedent cases once and keeps no ClickHouse client.
    """
    evaluator = evaluator if evaluator is not None else Evaluator.from_settings(settings.critics)
    # The registry is served only once every service is open (a failed start is retried and must not bind
    # the port twice).
    metrics = Metrics() if settings.metrics_port else None
    precedents = await asyncio.to_thread(_precedents, settings)
    closers: list[Callable[[], None]] = []
    generation: Callable[[], int] | None = None  # the live precedent index's generation, part of the cache key
    if isinstance(precedents, PrecedentRetriever) and settings.precedents.refresh_s:
        refresher = PrecedentRefresher(
            settings.kafka, settings.precedents.topic, precedents, settings.precedents.refresh_s
        )
        await refresher.start()
        generation = lambda: refresher.generation  # noqa: E731 - read at every window
        if metrics is not None:
            watch_refresher(metrics.registry, refresher)
        closers.append(refresher.close)
    cache = TwoLevelCache.from_settings(settings.cache)
    publisher = WindowPublisher(
        settings.kafka, encode_verdict, partial(encode_dead_letter, max_payload_bytes=settings.limits.dlq_payload_bytes)
    )
    await publisher.start()
    if metrics is not None:
        server = metrics.serve(settings.metrics_port, host=settings.metrics_host)
        closers.append(server.close)
        log.info("metrics endpoint %s", kv(url=server.url))

    def on_close() -> None:
        for close in closers:
            close()

    log.info(
        "services ready %s",
        kv(
            ruleset=evaluator.ruleset_version,
            precedents=len(precedents) if isinstance(precedents, PrecedentRetriever) else 0,
            redis=bool(settings.cache.redis_url),
        ),
    )
    evidence = (
        sink
        if sink is not None
        else KafkaEvidenceSink(
            publisher.producer,
            settings.kafka.window_topic,
            retry_initial_s=settings.evidence.retry_initial_s,
            retry_max_s=settings.evidence.retry_max_s,
        )
    )
    return WindowRunner(
        WindowProcessor(
            evaluator,
            cache=cache,
            precedents=precedents,
            limits=settings.limits,
            key_prefix=settings.cache.key_prefix,
            precedent_generation=generation,
        ),
        publisher,
        evidence,
        sizer if sizer is not None else AdaptiveSizer(SizerPolicy.from_settings(settings.sizer)),
        cache=cache,
        retry_initial_s=settings.evidence.retry_initial_s,
        retry_max_s=settings.evidence.retry_max_s,
        metrics=metrics,
        on_close=on_close,
    )


async def open_services(build_runner: Callable[[], Awaitable[WindowRunner]]) -> WindowRunner:
    """Build the runner, waiting with back-off while a service (the broker, the precedent table) is unreachable.

    Nothing is consumed meanwhile. What no wait can clear is not waited out: invalid settings (ConfigError,
    e.g. an invalid database name or a missing embedder extra) and a schema that differs from the migrations
    (SchemaError, e.g. an edited applied migration) propagate and stop the worker.
    """
    backoff = Backoff(0.5, 30.0)
    while True:
        try:
            return await build_runner()
        except (ConfigError, SchemaError) as exc:
            log.critical("services cannot start, not retrying %s", kv(error=str(exc)[:300]))
            raise
        except Exception as exc:
            log.error("services unavailable, retrying %s", kv(delay_s=backoff.delay, error=str(exc)[:300]))
            await backoff.wait()


async def run_evidence_writer(
    settings: Settings,
    stop: asyncio.Event | None = None,
    *,
    idle_exit_s: float | None = None,
    on_writer: Callable[[EvidenceWriter], None] | None = None,
) -> EvidenceWriter:
    """Run the evidence writer until ``stop`` is set (or, with ``idle_exit_s``, until it has caught up).

    Serves the metrics on ``settings.metrics_port`` while it runs (when set). Returns the writer (its stats).
    """
    metrics = Metrics() if settings.metrics_port else None
    server = metrics.serve(settings.metrics_port, host=settings.metrics_host) if metrics is not None else None
    writer = EvidenceWriter(settings, lambda: open_evidence_store(settings), metrics=metrics)
    if on_writer is not None:
        on_writer(writer)
    try:
        await writer.run(stop, idle_exit_s=idle_exit_s)
    finally:
        if server is not None:
            server.close()
    return writer
