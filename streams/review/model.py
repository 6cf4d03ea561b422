"""The review contract (schemas/review.v1.json): decode and validate a reviewer's message, encode one.

Pure: no Kafka, no ClickHouse. Every way a message can be wrong raises :class:`ValidationError` (or
:class:`DecodeError` for bytes that are not a JSON object) with a stable DLQ reason code, the same kinds the
request decoder uses (``invalid_json``, ``missing_field:X``, ``invalid_field:X``, ``unknown_field:X``,
``too_large``), so malformed reviews land on the DLQ beside malformed requests.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson

from streams.errors import DecodeError, ValidationError
from streams.models.limits import RFC3339_RE
from streams.models.verdict import DECISION_VALUES

__all__ = ["MAX_REVIEW_BYTES", "Review", "decode_review", "encode_review", "review_to_dict"]

MAX_REVIEW_BYTES = 256 * 1024  # a rationale is prose, not a document
_MAX_ID = 256
_MAX_RATIONALE = 20_000
_FIELDS = frozenset(
    {
        "review_id",
        "request_id",
        "tenant",
        "reviewer",
        "decision",
        "rationale",
        "reviewed_at",
        "verdict_tier",
        "critic_severities",
        "ruleset_version",
        "add_as_precedent",
    }
)
_REQUIRED = ("review_id", "request_id", "tenant", "reviewer", "decision", "rationale", "reviewed_at")
_TIERS = ("TIER_2", "TIER_3")
_MAX_EPOCH = 253402300799


@dataclass(frozen=True, slots=True)
class Review:
    """A human decision on one escalated request."""

    review_id: str
    request_id: str
    tenant: str
    reviewer_id: str
    decision: str
    rationale: str
    reviewed_at: float
    reviewer_role: str | None = None
    verdict_tier: str | None = None
    critic_severities: dict[str, float] = field(default_factory=dict)
    ruleset_version: str | None = None
    add_as_precedent: bool = True

    @property
    def decided(self) -> bool:
        """True when the review settles the case (``escalate`` hands it on and makes no precedent)."""
        return self.decision != "escalate"


def _bad(field_name: str, detail: str) -> ValidationError:
    return ValidationError(f"invalid_field:{field_name}", f"field {field_name!r} {detail}")


def _identifier(doc: dict[str, Any], name: str, where: str = "") -> str:
    value = doc.get(name)
    if not isinstance(value, str) or not value.strip():
        raise _bad(where + name, "must be a non-empty string")
    if len(value) > _MAX_ID:
        raise _bad(where + name, f"is longer than {_MAX_ID} characters")
    return value


def _reviewed_at(value: Any) -> float:
    if isinstance(value, bool):
        raise _bad("reviewed_at", "must be epoch seconds or an RFC 3339 string")
    if isinstance(value, int | float):
        if not math.isfinite(value) or not 0 <= value <= _MAX_EPOCH:
            raise _bad("reviewed_at", f"must be epoch seconds between 0 and {_MAX_EPOCH}")
        return float(value)
    if isinstance(value, str) and RFC3339_RE.fullmatch(value):
        try:
            return datetime.fromisoformat(value.replace("z", "Z").replace("t", "T")).timestamp()
        except (ValueError, OverflowError):
            pass
    raise _bad("reviewed_at", "must be epoch seconds or an RFC 3339 date-time like 2026-12-03T12:00:00Z")


def _severities(value: Any) -> dict[str, float]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _bad("critic_severities", "must be an object of critic -> severity 0-3")
    out: dict[str, float] = {}
    for critic, severity in value.items():
        if isinstance(severity, bool) or not isinstance(severity, int | float) or not 0 <= severity <= 3:
            raise _bad("critic_severities", f"has a severity for {str(critic)[:40]!r} outside 0-3")
        out[str(critic)[:64]] = float(severity)
    return out


def _reviewer(value: Any) -> tuple[str, str | None]:
    if not isinstance(value, dict):
        raise _bad("reviewer", "must be an object with an 'id'")
    unknown = set(value) - {"id", "role"}
    if unknown:
        raise ValidationError(f"unknown_field:reviewer.{sorted(unknown)[0][:40]}", "reviewer takes id and role only")
    role = value.get("role")
    if role is not None and not isinstance(role, str):
        raise _bad("reviewer.role", "must be a string or null")
    return _identifier(value, "id", "reviewer."), (role[:64] if role else None)


def _decision_and_rationale(doc: dict[str, Any]) -> tuple[str, str]:
    decision = doc["decision"]
    if not isinstance(decision, str) or decision not in DECISION_VALUES:
        raise _bad("decision", f"must be one of {', '.join(DECISION_VALUES)}")
    rationale = doc["rationale"]
    if not isinstance(rationale, str) or not rationale.strip():
        raise _bad("rationale", "must be a non-empty string")
    if len(rationale) > _MAX_RATIONALE:
        raise _bad("rationale", f"is longer than {_MAX_RATIONALE} characters")
    return decision, rationale


def decode_review(raw: bytes | None) -> Review:
    """A validated :class:`Review` from message bytes; raises DecodeError/ValidationError with a DLQ reason."""
    if not raw:
        raise DecodeError("empty", "the review message has no value")
    if len(raw) > MAX_REVIEW_BYTES:
        raise ValidationError("too_large", f"a review of {len(raw)} bytes is over {MAX_REVIEW_BYTES}")
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise DecodeError("invalid_json", f"not JSON: {exc}"[:300]) from None
    if not isinstance(doc, dict):
        raise DecodeError("not_an_object", "a review must be a JSON object")
    for name in _REQUIRED:
        if name not in doc:
            raise ValidationError(f"missing_field:{name}", f"review.v1 requires {name!r}")
    unknown = set(doc) - _FIELDS
    if unknown:
        name = sorted(unknown)[0][:40]
        raise ValidationError(f"unknown_field:{name}", f"field {name!r} is not part of review.v1")
    decision, rationale = _decision_and_rationale(doc)
    tier = doc.get("verdict_tier")
    if tier is not None and tier not in _TIERS:
        raise _bad("verdict_tier", "must be TIER_2 or TIER_3")
    ruleset = doc.get("ruleset_version")
    if ruleset is not None and not isinstance(ruleset, str):
        raise _bad("ruleset_version", "must be a string or null")
    add = doc.get("add_as_precedent", True)
    if not isinstance(add, bool):
        raise _bad("add_as_precedent", "must be true or false")
    reviewer_id, role = _reviewer(doc["reviewer"])
    return Review(
        review_id=_identifier(doc, "review_id"),
        request_id=_identifier(doc, "request_id"),
        tenant=_identifier(doc, "tenant"),
        reviewer_id=reviewer_id,
        reviewer_role=role,
        decision=decision,
        rationale=rationale,
        reviewed_at=_reviewed_at(doc["reviewed_at"]),
        verdict_tier=tier,
        critic_severities=_severities(doc.get("critic_severities")),
        ruleset_version=ruleset,
        add_as_precedent=add,
    )


def review_to_dict(review: Review) -> dict[str, Any]:
    """The review.v1 document of ``review``."""
    doc: dict[str, Any] = {
        "review_id": review.review_id,
        "request_id": review.request_id,
        "tenant": review.tenant,
        "reviewer": {"id": review.reviewer_id, "role": review.reviewer_role},
        "decision": review.decision,
        "rationale": review.rationale,
        "reviewed_at": review.reviewed_at or time.time(),
        "add_as_precedent": review.add_as_precedent,
    }
    if review.verdict_tier is not None:
        doc["verdict_tier"] = review.verdict_tier
    if review.critic_severities:
        doc["critic_severities"] = dict(review.critic_severities)
    if review.ruleset_version is not None:
        doc["ruleset_version"] = review.ruleset_version
    return doc


def encode_review(review: Review) -> bytes:
    """The review.v1 message bytes of ``review``."""
    return orjson.dumps(review_to_dict(review))
