"""The open escalations as a reviewer sees them, read from Kafka (so it works wherever ClickHouse is held).

Open = every verdict on the escalation topic (latest per tenant/request) that no decided review on the review
topic has closed; a review that escalates further leaves the case open and is shown beside it. Oldest first.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import orjson

from streams.clickhouse.client import connect
from streams.config import Settings
from streams.errors import DecodeError, EleanorError
from streams.kafka.clients import ensure_topics, make_producer
from streams.kafka.reader import read_topic
from streams.review.lookup import fetch_messages
from streams.review.model import Review, decode_review, encode_review
from streams.review.tables import reasons_and_spans

__all__ = ["Escalation", "ReviewDesk", "new_review"]


@dataclass
class Escalation:
    """One escalated verdict and the reviews it has had so far."""

    verdict: dict[str, Any]
    reviews: list[Review] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return self.verdict["tenant"], self.verdict["request_id"]

    @property
    def closed_by(self) -> Review | None:
        """The latest review, when it decided the case."""
        latest = max(self.reviews, key=lambda r: r.reviewed_at, default=None)
        return latest if latest is not None and latest.decided else None

    @property
    def age_s(self) -> float:
        return max(0.0, time.time() - float(self.verdict["evaluated_at"]))

    def reasons(self) -> tuple[list[str], list[str]]:
        """Each flagging critic's reason and every evidence span."""
        return reasons_and_spans(self.verdict)


class ReviewDesk:
    """Reads the escalation and review topics; publishes reviews."""

    def __init__(self, settings: Settings, idle_s: float = 1.5) -> None:
        self._settings = settings
        self._idle_s = idle_s

    async def escalations(self) -> dict[tuple[str, str], Escalation]:
        """Every escalation with its reviews, keyed by (tenant, request_id)."""
        kafka, cfg = self._settings.kafka, self._settings.review
        await ensure_topics(kafka, [kafka.escalation_topic, cfg.topic])
        found: dict[tuple[str, str], Escalation] = {}
        async for message in read_topic(kafka, kafka.escalation_topic, idle_timeout_s=self._idle_s):
            try:
                doc = orjson.loads(message.value)
                key = (doc["tenant"], doc["request_id"])
            except (orjson.JSONDecodeError, KeyError, TypeError):
                continue
            previous = found.get(key)
            if previous is None or float(doc["evaluated_at"]) >= float(previous.verdict["evaluated_at"]):
                found[key] = Escalation(doc, previous.reviews if previous else [])
        async for message in read_topic(kafka, cfg.topic, idle_timeout_s=self._idle_s):
            try:
                review = decode_review(message.value)
            except DecodeError:
                continue  # the writer sends it to the DLQ
            escalation = found.get((review.tenant, review.request_id))
            if escalation is not None:
                escalation.reviews.append(review)
        return found

    async def open(self) -> list[Escalation]:
        """Open escalations, oldest first."""
        every = await self.escalations()
        still = [e for e in every.values() if e.closed_by is None]
        return sorted(still, key=lambda e: float(e.verdict["evaluated_at"]))

    async def find(self, request_id: str, tenant: str | None = None) -> Escalation:
        """The escalation of ``request_id`` (and ``tenant`` when several tenants share the id)."""
        matches = [e for (t, r), e in (await self.escalations()).items() if r == request_id and tenant in (None, t)]
        if not matches:
            raise EleanorError(f"no escalation for request {request_id!r} on {self._settings.kafka.escalation_topic}")
        if len(matches) > 1:
            raise EleanorError(f"request {request_id!r} is escalated for several tenants: name one with --tenant")
        return matches[0]

    async def request_text(self, escalation: Escalation) -> dict[str, Any] | None:
        """The request document the escalation judged: read back from its topic, else from ``review_queue``
        (when the request topic no longer holds it and ClickHouse can be opened); None when neither has it."""
        src = escalation.verdict.get("source")
        doc: Any = None
        if src:
            coords = (str(src["topic"]), int(src["partition"]), int(src["offset"]))
            found = await fetch_messages(self._settings.kafka, [coords], self._settings.review.lookup_timeout_s)
            raw = found.get(coords)
            try:
                doc = orjson.loads(raw) if raw else None
            except orjson.JSONDecodeError:
                doc = None
        if not isinstance(doc, dict):
            tenant, request_id = escalation.key
            doc = await asyncio.to_thread(self._queued_text, tenant, request_id)
        return doc if isinstance(doc, dict) else None

    def _queued_text(self, tenant: str, request_id: str) -> dict[str, Any] | None:
        try:
            client = connect(self._settings)
        except EleanorError:  # e.g. the embedded engine is held by the running evidence writer
            return None
        try:
            rows = client.query(
                "SELECT prompt, response, context FROM review_queue FINAL"
                " WHERE tenant = {t:String} AND request_id = {r:String} AND text_found",
                parameters={"t": tenant, "r": request_id},
            ).result_rows
        except Exception:  # no review_queue table yet (not migrated)
            return None
        finally:
            client.close()
        if not rows:
            return None
        prompt, response, context = rows[0]
        return {"prompt": prompt, "response": response, "context": orjson.loads(context or "{}")}

    async def publish(self, review: Review) -> None:
        """Send ``review`` to the review topic (keyed by request id) and wait for the broker's ack."""
        producer = make_producer(self._settings.kafka, client_suffix="review-cli")
        await producer.start()
        try:
            await producer.send_and_wait(
                self._settings.review.topic, value=encode_review(review), key=review.request_id.encode()
            )
        finally:
            await producer.stop()


def new_review(
    escalation: Escalation,
    *,
    reviewer: str,
    decision: str,
    rationale: str,
    role: str | None = None,
    severities: dict[str, float] | None = None,
    add_as_precedent: bool = True,
) -> Review:
    """A review of ``escalation`` (validated by round-tripping through the decoder)."""
    verdict = escalation.verdict
    tier = verdict.get("escalation_tier")
    review = Review(
        review_id=str(uuid.uuid4()),
        request_id=verdict["request_id"],
        tenant=verdict["tenant"],
        reviewer_id=reviewer,
        reviewer_role=role,
        decision=decision,
        rationale=rationale,
        reviewed_at=time.time(),
        verdict_tier=tier if tier in ("TIER_2", "TIER_3") else None,
        critic_severities=dict(severities or {}),
        ruleset_version=verdict.get("ruleset_version"),
        add_as_precedent=add_as_precedent,
    )
    return decode_review(encode_review(review))
