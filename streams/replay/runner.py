"""``eleanor-streams replay``: re-judge a time range of the request topics with the current ruleset.

Reads the request topics for the range (:mod:`streams.replay.source`, no consumer group, so no live offset
moves), judges them with the current critics and precedents (the stored cases plus every precedent announced
since) through the same window processor the workers use but without the cache (a cached judgement is the old
ruleset's by definition when only data files changed), publishes one record per request to the shadow topic
(``ELEANOR_REVIEW__SHADOW_TOPIC``; the evidence writer stores them in ``replays``) and compares each verdict
with the one decided then, read from the live verdict topic. Nothing is written to a live topic or table.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer

from streams.config import Settings
from streams.engine import Evaluator
from streams.kafka.clients import ensure_topics, make_producer, resolve_request_topics
from streams.kafka.reader import read_topic
from streams.models import SourceRef
from streams.models.wire import verdict_to_dict
from streams.pipeline.processor import WindowProcessor
from streams.precedents import PrecedentRetriever, make_embedder
from streams.replay.diff import ReplayDiff
from streams.replay.source import RangeRead, read_range
from streams.review.refresh import PrecedentRefresher
from streams.wiring.precedent_cases import LoadedCases, load_cases

__all__ = ["ReplayReport", "past_verdicts", "run_replay"]

log = logging.getLogger(__name__)

Item = tuple[bytes, SourceRef]


@dataclass
class ReplayReport:
    """What a replay did."""

    replay_id: str
    start_s: float
    end_s: float
    ruleset_now: str
    how: RangeRead = field(default_factory=RangeRead)
    diff: ReplayDiff = field(default_factory=ReplayDiff)
    dead_letters: int = 0
    published: int = 0

    def render(self) -> str:
        """The human report: where the range came from, then the diff."""
        lines = [
            f"replay {self.replay_id}: {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(self.start_s))} .."
            f" {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(self.end_s))}, ruleset {self.ruleset_now}"
        ]
        lines += [f"note: {note}" for note in self.how.notes]
        lines.append(self.diff.render())
        lines.append(f"{self.published:,} shadow record(s) published, {self.dead_letters:,} undecodable message(s)")
        return "\n".join(lines)


async def past_verdicts(settings: Settings, idle_s: float = 1.5) -> dict[tuple[str, str], dict[str, Any]]:
    """The latest live verdict per (tenant, request_id): light, decision, ruleset."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    async for message in read_topic(settings.kafka, settings.kafka.verdict_topic, idle_timeout_s=idle_s):
        try:
            doc = orjson.loads(message.value)
            key = (doc["tenant"], doc["request_id"])
            at = float(doc["evaluated_at"])
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            continue
        if key not in out or at >= out[key]["at"]:
            out[key] = {
                "light": doc["light"],
                "decision": doc["decision"],
                "ruleset_version": doc["ruleset_version"],
                "at": at,
            }
    return out


async def _retriever(settings: Settings) -> PrecedentRetriever | None:
    if not settings.precedents.enabled:
        return None
    cases = await asyncio.to_thread(load_cases, settings)
    retriever = await asyncio.to_thread(
        PrecedentRetriever.from_store, LoadedCases(cases), make_embedder(settings.precedents), settings.precedents
    )
    refresher = PrecedentRefresher(settings.kafka, settings.precedents.topic, retriever, 0.0)
    await refresher.start()  # every precedent announced since the store was read
    await refresher.stop()
    return retriever


class _Replayer:
    def __init__(self, settings: Settings, report: ReplayReport, processor: WindowProcessor, then: dict[Any, Any]):
        self._settings = settings
        self._report = report
        self._processor = processor
        self._then = then
        self._futures: list[Awaitable[object]] = []

    async def judge(self, producer: AIOKafkaProducer, items: list[Item]) -> None:
        result = await self._processor.process(items)
        report = self._report
        report.dead_letters += len(result.dead_letters)
        for verdict in result.verdicts:
            now = verdict_to_dict(verdict)
            then = self._then.get((verdict.tenant, verdict.request_id))
            report.diff.add(then, now)
            record = {"replay_id": report.replay_id, "replayed_at": time.time(), "then": then, "now": now}
            self._futures.append(
                await producer.send(
                    self._settings.review.shadow_topic, value=orjson.dumps(record), key=verdict.request_id.encode()
                )
            )
            report.published += 1

    async def done(self) -> None:
        await asyncio.gather(*self._futures)


async def run_replay(
    settings: Settings,
    start_s: float,
    end_s: float,
    *,
    keep: int = 20,
    window: int = 500,
    evaluator: Evaluator | None = None,
) -> ReplayReport:
    """Re-judge [start_s, end_s] of the request topics into the shadow topic; the report with the diff."""
    evaluator = evaluator if evaluator is not None else Evaluator.from_settings(settings.critics)
    report = ReplayReport(
        replay_id=f"replay-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:6]}",
        start_s=start_s,
        end_s=end_s,
        ruleset_now=evaluator.ruleset_version,
        diff=ReplayDiff(keep=keep),
    )
    topics = await resolve_request_topics(settings.kafka)
    await ensure_topics(settings.kafka, [settings.review.shadow_topic])
    processor = WindowProcessor(evaluator, cache=None, precedents=await _retriever(settings), limits=settings.limits)
    replayer = _Replayer(settings, report, processor, await past_verdicts(settings))
    producer = make_producer(settings.kafka, client_suffix="replay")
    await producer.start()
    try:
        items: list[Item] = []
        async for record in read_range(settings.kafka, topics, (start_s, end_s), report.how):
            items.append((record.value or b"", SourceRef(record.topic, record.partition, record.offset)))
            if len(items) >= window:
                await replayer.judge(producer, items)
                items = []
        if items:
            await replayer.judge(producer, items)
        await replayer.done()
    finally:
        await producer.stop()
    log.info("replay done %s", f"id={report.replay_id} judged={report.diff.judged} changed={report.diff.changed}")
    return report
