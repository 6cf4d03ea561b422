"""The evidence writer's review hook: escalations into ``review_queue``, reviews into ``reviews`` and precedents.

The writer hands it every verdict it reads (:meth:`ReviewRecorder.on_verdict`) and every message of the review
and shadow (replay) topics (:meth:`ReviewRecorder.take`); before it commits a batch's offsets it awaits
:meth:`ReviewRecorder.flush`, which

1. reads the judged text of the batch's escalated requests back from the request topic by their coordinates
   and stores them in ``review_queue`` (while the topic still has them);
2. stores every valid review (``reviews``, latest wins; ``review_log``, every revision) and turns each decided
   one into a precedent: the queued text, embedded with the current embedder, into the ``precedents`` table,
   then announced on the precedent topic for the judge workers;
3. sends every malformed review to the DLQ with its reason, and stores the replay records in ``replays``.

Everything happens before the commit, so a crash replays the batch: the tables collapse repeats (ReplacingMergeTree)
and a precedent announced twice is the same case. A malformed review never stops the writer.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import xxhash
from aiokafka import AIOKafkaProducer
from aiokafka.structs import ConsumerRecord

from streams.config import Settings
from streams.errors import DecodeError
from streams.kafka.clients import make_producer
from streams.logs import kv
from streams.models import DeadLetter, SourceRef
from streams.models.wire import encode_dead_letter
from streams.precedents import Embedder, PrecedentCase, PrecedentStore, make_embedder
from streams.precedents.store import reembed
from streams.review.lookup import RequestLookup
from streams.review.model import Review, decode_review
from streams.review.promotion import encode_case, precedent_from
from streams.review.tables import (
    REPLAYS,
    REVIEW_LOG,
    REVIEW_QUEUE,
    REVIEWS,
    queue_row,
    replay_row,
    review_log_row,
    review_row,
)
from streams.sinks.rows import Row, TableSpec, columns_of
from streams.sinks.undeliverable import send_dead_letter

__all__ = ["RecorderStats", "ReviewRecorder"]

log = logging.getLogger(__name__)

Retrying = Callable[[str, Callable[[], Any], asyncio.Event], Awaitable[Any]]


class RecorderStats:
    """What the recorder has done (logs and tests)."""

    def __init__(self) -> None:
        self.queued = 0
        self.reviews = 0
        self.rejected = 0
        self.promoted = 0
        self.unpromoted = 0
        self.replays = 0


def _token(spec: TableSpec, rows: list[Row]) -> str:
    digest = xxhash.xxh3_128()
    for position in spec.token_positions:
        for row in rows:
            digest.update(str(row[position]).encode())
            digest.update(b"\x1f")
    return f"{spec.name}:{len(rows)}:{digest.hexdigest()}"


class ReviewRecorder:
    """Collects a batch's review-loop work while the writer reads; :meth:`flush` does it before the commit."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._cfg = settings.review
        self._lookup = RequestLookup(settings.kafka, settings.review.lookup_timeout_s)
        self._producer: AIOKafkaProducer | None = None
        self._embedder: Embedder | None = None
        self._ttl_set = False
        self._escalations: list[dict[str, Any]] = []
        self._reviews: list[Review] = []
        self._dead: list[DeadLetter] = []
        self._replays: list[Row] = []
        self._queue_rows: list[Row] = []
        self._cases: list[PrecedentCase] = []
        self.stats = RecorderStats()

    @property
    def topics(self) -> list[str]:
        """The topics the writer reads for this hook (besides the verdicts)."""
        return [self._cfg.topic, self._cfg.shadow_topic]

    def on_verdict(self, doc: dict[str, Any]) -> None:
        """A verdict the writer stores: an escalation is queued for review."""
        if doc.get("requires_human_review"):
            self._escalations.append(doc)

    def take(self, record: ConsumerRecord[bytes, bytes]) -> None:
        """A message of the review or shadow topic; never raises for bad input."""
        if record.topic == self._cfg.shadow_topic:
            try:
                self._replays.append(replay_row(orjson.loads(record.value or b"")))
            except Exception as exc:  # not a replay record: skipped, like a stray message on a verdict topic
                log.warning("message on the shadow topic is not a replay record %s", kv(error=repr(exc)[:200]))
            return
        try:
            self._reviews.append(decode_review(record.value))
        except DecodeError as exc:
            self.stats.rejected += 1
            log.warning(
                "malformed review to the DLQ %s",
                kv(reason=exc.reason, topic=record.topic, partition=record.partition, offset=record.offset),
            )
            self._dead.append(
                DeadLetter(
                    payload=record.value or b"",
                    reason=exc.reason,
                    detail=exc.detail,
                    source=SourceRef(record.topic, record.partition, record.offset),
                    received_at=time.time(),
                )
            )

    @property
    def pending(self) -> bool:
        """True when the batch holds review-loop work."""
        return bool(self._escalations or self._reviews or self._dead or self._replays)

    async def flush(self, client: Any, stop: asyncio.Event, retrying: Retrying) -> bool:
        """Do the batch's work (inserts retried by ``retrying``); False when stopping left it undone."""
        if not self.pending:
            return True
        if self._escalations and not await self._until_done("read escalated requests", self._queue, stop):
            return False
        done = await retrying("store reviews", lambda: self._store(client), stop)
        if done is None:
            return False
        if not await self._until_done("publish dead letters and precedents", self._publish, stop):
            return False
        self._escalations, self._reviews, self._dead, self._replays, self._queue_rows = [], [], [], [], []
        self._cases = []
        return True

    @staticmethod
    async def _until_done(what: str, step: Callable[[], Awaitable[None]], stop: asyncio.Event) -> bool:
        """``step()`` until it succeeds (the broker is away: the commit waits); False if stopping first."""
        delay = 0.2
        while True:
            try:
                await step()
            except Exception as exc:
                if stop.is_set():
                    log.warning("%s failed while stopping: left for the next run %s", what, kv(error=repr(exc)[:300]))
                    return False
                log.warning("%s failed, retrying %s", what, kv(delay_s=delay, error=repr(exc)[:300]))
                await asyncio.sleep(delay)
                delay = min(10.0, delay * 2)
                continue
            return True

    async def _queue(self) -> None:
        """The review_queue rows of the batch's escalations, their requests read back by coordinates."""
        coords = [self._coordinates(doc) for doc in self._escalations]
        messages = await self._lookup.fetch([c for c in coords if c is not None])
        self._queue_rows = [
            queue_row(doc, self._request_doc(messages.get(c) if c else None))
            for doc, c in zip(self._escalations, coords, strict=True)
        ]

    async def stop(self) -> None:
        """Close the lookup consumer and the producer."""
        await self._lookup.stop()
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None

    # ------------------------------------------------------------------ internals

    @staticmethod
    def _coordinates(doc: dict[str, Any]) -> tuple[str, int, int] | None:
        src = doc.get("source")
        if not src:
            return None
        return str(src["topic"]), int(src["partition"]), int(src["offset"])

    @staticmethod
    def _request_doc(raw: bytes | None) -> dict[str, Any] | None:
        if raw is None:
            return None
        try:
            doc = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return None
        return doc if isinstance(doc, dict) else None

    def _insert(self, client: Any, spec: TableSpec, rows: list[Row]) -> None:
        if rows:
            client.insert(
                spec.name,
                columns_of(rows, spec),
                column_names=list(spec.columns),
                column_oriented=True,
                settings={"insert_deduplication_token": _token(spec, rows)},
            )

    def _queued(self, client: Any, reviews: list[Review]) -> dict[tuple[str, str], tuple[str, str, str, bool]]:
        """(tenant, request_id) -> (machine decision, prompt, response, text found) from review_queue."""
        ids = sorted({r.request_id for r in reviews})
        rows = client.query(
            "SELECT tenant, request_id, decision, prompt, response, text_found FROM review_queue FINAL"
            " WHERE request_id IN {ids:Array(String)}",
            parameters={"ids": ids},
        ).result_rows
        return {(str(t), str(r)): (str(d), str(p), str(s), bool(f)) for t, r, d, p, s, f in rows}

    def _store(self, client: Any) -> bool:
        if not self._ttl_set:
            days = int(self._cfg.queue_retention_days)
            client.command(f"ALTER TABLE review_queue MODIFY TTL toDateTime(escalated_at) + INTERVAL {days} DAY")
            self._ttl_set = True
        self._insert(client, REVIEW_QUEUE, self._queue_rows)
        self.stats.queued += len(self._queue_rows)
        reviews = self._reviews
        if reviews:
            queued = self._queued(client, reviews)
            cases: list[PrecedentCase] = []
            review_rows: list[Row] = []
            log_rows: list[Row] = []
            for review in reviews:
                machine, prompt, response, found = queued.get((review.tenant, review.request_id), ("", "", "", False))
                promote = review.decided and review.add_as_precedent and found
                if review.decided and review.add_as_precedent and not found:
                    self.stats.unpromoted += 1
                    log.warning(
                        "review has no queued text: no precedent made %s",
                        kv(request_id=review.request_id, tenant=review.tenant, review_id=review.review_id),
                    )
                if promote:
                    cases.append(precedent_from(review, prompt, response))
                review_rows.append(review_row(review, machine, promote))
                log_rows.append(review_log_row(review, machine))
            if cases:
                if self._embedder is None:
                    self._embedder = make_embedder(self._settings.precedents)
                cases = reembed(cases, self._embedder)[0]
                PrecedentStore(client).insert(cases)
            self._insert(client, REVIEWS, review_rows)
            self._insert(client, REVIEW_LOG, log_rows)
            self._cases = cases
            self.stats.reviews += len(reviews)
            self.stats.promoted += len(cases)
        self._insert(client, REPLAYS, self._replays)
        self.stats.replays += len(self._replays)
        return True

    async def _publish(self) -> None:
        if not (self._dead or self._cases):
            return
        if self._producer is None:
            self._producer = make_producer(self._settings.kafka, client_suffix="review")
            await self._producer.start()
        producer = self._producer
        futures: list[Awaitable[object]] = []
        limit = self._settings.limits.dlq_payload_bytes
        for letter in self._dead:
            value = encode_dead_letter(letter, max_payload_bytes=limit)
            futures.append(await send_dead_letter(producer, self._settings.kafka.dlq_topic, letter, value, None))
        for case in self._cases:
            futures.append(
                await producer.send(self._settings.precedents.topic, value=encode_case(case), key=case.case_id.encode())
            )
            log.info("precedent announced %s", kv(case_id=case.case_id, decision=case.decision))
        await asyncio.gather(*futures)
