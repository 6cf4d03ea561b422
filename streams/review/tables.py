"""Rows of the review loop's tables (migration 004_reviews.sql): review_queue, reviews, review_log, replays.

Built from the messages the evidence writer reads (an escalated verdict and its request, a review, a replay
record), so the tables fill the same way whoever writes them.
"""

from __future__ import annotations

import time
from typing import Any

import orjson

from streams.models.request import JUDGED_CONTEXT_FIELDS
from streams.review.model import Review
from streams.sinks.rows import Row, TableSpec, to_ms

__all__ = [
    "REPLAYS",
    "REVIEWS",
    "REVIEW_LOG",
    "REVIEW_QUEUE",
    "REVIEW_TABLES",
    "QueueEntry",
    "queue_row",
    "reasons_and_spans",
    "replay_row",
    "review_log_row",
    "review_row",
]

REVIEW_QUEUE = TableSpec(
    "review_queue",
    (
        "tenant",
        "request_id",
        "light",
        "decision",
        "escalation_tier",
        "max_severity",
        "reasons",
        "spans",
        "prompt",
        "response",
        "context",
        "text_found",
        "ruleset_version",
        "source_topic",
        "source_partition",
        "source_offset",
        "escalated_at",
    ),
    ("tenant", "request_id"),
)
REVIEWS = TableSpec(
    "reviews",
    (
        "tenant",
        "request_id",
        "review_id",
        "reviewer",
        "reviewer_role",
        "decision",
        "machine_decision",
        "rationale",
        "critic_severities",
        "verdict_tier",
        "ruleset_version",
        "add_as_precedent",
        "promoted",
        "reviewed_at",
        "recorded_at",
    ),
    ("tenant", "request_id", "review_id"),
)
REVIEW_LOG = TableSpec(
    "review_log",
    ("tenant", "request_id", "review_id", "reviewer", "decision", "machine_decision", "rationale", "reviewed_at"),
    ("tenant", "request_id", "review_id"),
)
REPLAYS = TableSpec(
    "replays",
    (
        "replay_id",
        "tenant",
        "request_id",
        "light_then",
        "light_now",
        "decision_then",
        "decision_now",
        "ruleset_then",
        "ruleset_now",
        "max_severity_now",
        "replayed_at",
    ),
    ("replay_id", "request_id"),
)
REVIEW_TABLES = {spec.name: spec for spec in (REVIEW_QUEUE, REVIEWS, REVIEW_LOG, REPLAYS)}

QueueEntry = dict[str, Any]  # a review_queue row as a mapping (what promotion reads)


def reasons_and_spans(verdict: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Why the machine escalated: each flagging critic's rationale, and every evidence span it cited."""
    reasons: list[str] = []
    spans: list[str] = []
    for finding in verdict.get("findings") or ():
        if finding.get("label") in ("VIOLATION", "CRITICAL") or finding.get("errored"):
            reasons.append(f"{finding['critic']} {finding.get('severity', 0):.2f}: {finding.get('rationale', '')}")
        for violation in finding.get("violations") or ():
            span = violation.get("span")
            if span:
                spans.append(f"{finding['critic']}/{violation.get('category', '?')}: {span}")
    return reasons, spans


def queue_row(verdict: dict[str, Any], request: dict[str, Any] | None) -> Row:
    """The ``review_queue`` row of an escalated verdict and its request document (None: not found)."""
    reasons, spans = reasons_and_spans(verdict)
    src = verdict.get("source") or {}
    request = request or {}
    raw_context = request.get("context")
    context: dict[str, Any] = raw_context if isinstance(raw_context, dict) else {}
    judged = {k: context[k] for k in JUDGED_CONTEXT_FIELDS if k in context}
    prompt = request.get("prompt")
    response = request.get("response")
    return (
        verdict["tenant"],
        verdict["request_id"],
        verdict["light"],
        verdict["decision"],
        verdict["escalation_tier"],
        float(verdict["max_severity"]),
        reasons,
        spans[:20],
        prompt if isinstance(prompt, str) else "",
        response if isinstance(response, str) else "",
        orjson.dumps(judged, option=orjson.OPT_SORT_KEYS).decode(),
        isinstance(prompt, str),
        verdict["ruleset_version"],
        src.get("topic", ""),
        int(src.get("partition", -1)),
        int(src.get("offset", -1)),
        to_ms(float(verdict["evaluated_at"])),
    )


def review_row(review: Review, machine_decision: str, promoted: bool) -> Row:
    """The ``reviews`` row of a review (``machine_decision``: what the verdict said, '' when unknown)."""
    return (
        review.tenant,
        review.request_id,
        review.review_id,
        review.reviewer_id,
        review.reviewer_role or "",
        review.decision,
        machine_decision,
        review.rationale,
        dict(review.critic_severities),
        review.verdict_tier or "",
        review.ruleset_version or "",
        review.add_as_precedent,
        promoted,
        to_ms(review.reviewed_at),
        to_ms(time.time()),
    )


def review_log_row(review: Review, machine_decision: str) -> Row:
    """The ``review_log`` row: every revision of every review, kept for good."""
    return (
        review.tenant,
        review.request_id,
        review.review_id,
        review.reviewer_id,
        review.decision,
        machine_decision,
        review.rationale,
        to_ms(review.reviewed_at),
    )


def replay_row(doc: dict[str, Any]) -> Row:
    """The ``replays`` row of one shadow-topic replay record (streams.replay)."""
    then = doc.get("then") or {}
    now = doc["now"]
    return (
        doc["replay_id"],
        now["tenant"],
        now["request_id"],
        then.get("light", ""),
        now["light"],
        then.get("decision", ""),
        now["decision"],
        then.get("ruleset_version", ""),
        now["ruleset_version"],
        float(now["max_severity"]),
        to_ms(float(doc["replayed_at"])),
    )
