"""Service wiring: everything the window runner needs, built from Settings.

The evaluation core (codec, critics, aggregation), the two-level cache, precedent retrieval, the ClickHouse
evidence sink (migrated on start: migrations are idempotent), the adaptive sizer and the Kafka publisher.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from streams.cache.keys import judgement_key
from streams.cache.two_level import TwoLevelCache
from streams.clickhouse.client import connect
from streams.clickhouse.migrate import migrate
from streams.config import Settings
from streams.embedding import TextVectors
from streams.engine import Evaluator
from streams.logs import kv
from streams.metrics import Metrics
from streams.models import Finding, Judgement, PrecedentSummary, Request
from streams.models.codec import (
    decode_judgement,
    decode_request,
    encode_dead_letter,
    encode_judgement,
    encode_verdict,
    request_id_hint,
)
from streams.pipeline.base import PrecedentSource
from streams.pipeline.processor import WindowProcessor
from streams.pipeline.publishers import WindowPublisher
from streams.pipeline.runner import WindowRunner
from streams.precedents import PrecedentRetriever, PrecedentStore, make_embedder
from streams.sinks.evidence import ClickHouseEvidenceSink
from streams.windowing import AdaptiveSizer, SizerPolicy

__all__ = ["EngineCore", "build_runner", "open_evidence"]

log = logging.getLogger(__name__)


class EngineCore:
    """The evaluation core behind the pipeline's :class:`~streams.pipeline.base.Core` seam."""

    def __init__(self, settings: Settings, evaluator: Evaluator | None = None) -> None:
        self._limits = settings.limits
        self._prefix = settings.cache.key_prefix
        self.evaluator = evaluator if evaluator is not None else Evaluator.from_settings(settings.critics)

    @property
    def ruleset_version(self) -> str:
        """The critics' ruleset version."""
        return str(self.evaluator.ruleset_version)

    def decode(self, raw: bytes) -> Request:
        """Decode and validate against the configured limits."""
        return decode_request(raw, self._limits)

    def request_id_hint(self, raw: bytes) -> str | None:
        """Best-effort request id of a malformed message."""
        return request_id_hint(raw)

    def cache_key(self, request: Request) -> str:
        """Content key of the judgement."""
        return judgement_key(request, self.ruleset_version, self._prefix)

    def embed(self, requests: Sequence[Request]) -> TextVectors:
        """The window's vectors, embedded once by the evaluator's embedder."""
        return self.evaluator.embed(requests)

    def findings_batch(self, requests: Sequence[Request], vectors: TextVectors | None) -> list[tuple[Finding, ...]]:
        """Every critic on every request, over the window's vectors."""
        return list(self.evaluator.findings_batch(list(requests), vectors))

    def aggregate(self, findings: tuple[Finding, ...], precedent: PrecedentSummary) -> Judgement:
        """Findings + precedent -> judgement (the evaluator memoises recurring clean findings)."""
        return self.evaluator.aggregate(findings, precedent)

    def encode_judgement(self, judgement: Judgement) -> bytes:
        """Cache bytes."""
        return encode_judgement(judgement)

    def decode_judgement(self, data: bytes) -> Judgement:
        """From cache bytes."""
        return decode_judgement(data)


def open_evidence(settings: Settings, metrics: Metrics | None = None) -> tuple[Any, ClickHouseEvidenceSink]:
    """A migrated ClickHouse client and an evidence sink over it (reporting its flushes to ``metrics``)."""
    client = connect(settings)
    applied = migrate(client)
    if applied:
        log.info("migrations applied %s", kv(names=",".join(applied)))
    sink = ClickHouseEvidenceSink(
        client,
        settings.evidence,
        database=settings.clickhouse.database,
        dlq_payload_bytes=settings.limits.dlq_payload_bytes,
        on_flushed=metrics.evidence_flushed if metrics is not None else None,
        on_failed=metrics.evidence_flush_failed if metrics is not None else None,
    )
    return client, sink


def _precedents(settings: Settings, client: Any) -> PrecedentSource | None:
    if not settings.precedents.enabled:
        return None
    store = PrecedentStore(client)
    store.ensure_table()
    retriever = PrecedentRetriever.from_store(store, make_embedder(settings.precedents), settings.precedents)
    if len(retriever) == 0:
        log.warning("no precedent cases stored: judging without precedent (load some with `precedents load`)")
        return None
    return retriever


async def build_runner(
    settings: Settings,
    *,
    evaluator: Evaluator | None = None,
    sizer: AdaptiveSizer | None = None,
    sink: ClickHouseEvidenceSink | None = None,
) -> WindowRunner:
    """Open every service for one worker (inside its event loop) and return the window runner."""
    core = EngineCore(settings, evaluator)
    # The registry exists before the sink so that its flushes are counted; it is served only once every
    # service is open (a failed start is retried and must not bind the port twice).
    metrics = Metrics() if settings.metrics_port else None
    client, default_sink = await asyncio.to_thread(open_evidence, settings, metrics)
    precedents = await asyncio.to_thread(_precedents, settings, client)
    cache = TwoLevelCache.from_settings(settings.cache)
    publisher = WindowPublisher(
        settings.kafka, encode_verdict, partial(encode_dead_letter, max_payload_bytes=settings.limits.dlq_payload_bytes)
    )
    await publisher.start()
    closers: list[Callable[[], None]] = [client.close]
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
            ruleset=core.ruleset_version,
            precedents=len(precedents) if isinstance(precedents, PrecedentRetriever) else 0,
            redis=bool(settings.cache.redis_url),
        ),
    )
    return WindowRunner(
        WindowProcessor(core, cache=cache, precedents=precedents),
        publisher,
        sink if sink is not None else default_sink,
        sizer if sizer is not None else AdaptiveSizer(SizerPolicy.from_settings(settings.sizer)),
        cache=cache,
        retry_initial_s=settings.evidence.retry_initial_s,
        retry_max_s=settings.evidence.retry_max_s,
        metrics=metrics,
        on_close=on_close,
    )
