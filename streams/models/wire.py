"""Wire formats out: judgements (the cache value), verdicts and dead letters (orjson).

Contracts: ``schemas/verdict.v1.json`` and ``schemas/dlq.v1.json``; tests check that this module and the schemas
agree on every example. A verdict message is its judgement's fields between the request's identity and the
window's stamps, so a judgement is turned into JSON once: :func:`encode_judgement` remembers the bytes of the
judgements it encoded last (by identity; judgements are immutable) and :func:`encode_verdict` splices them in.
"""

from __future__ import annotations

import base64
from typing import Any

import orjson

from streams.config import LimitSettings
from streams.errors import DecodeError
from streams.models.dlq import DeadLetter
from streams.models.finding import Finding, Violation
from streams.models.request import SourceRef
from streams.models.verdict import (
    Dissent,
    Judgement,
    PrecedentMatch,
    PrecedentSummary,
    Uncertainty,
    Verdict,
)

__all__ = [
    "DLQ_DETAIL_CHARS",
    "DLQ_PAYLOAD_BYTES",
    "DLQ_TEXT_BYTES",
    "dead_letter_to_dict",
    "decode_judgement",
    "encode_dead_letter",
    "encode_judgement",
    "encode_verdict",
    "judgement_from_dict",
    "judgement_to_dict",
    "verdict_to_dict",
]


# --- judgements (cache values) and verdicts (schemas/verdict.v1.json) ---------------------------------------


def _finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "critic": finding.critic,
        "severity": finding.severity,
        "raw_severity": finding.raw_severity,
        "score": finding.score,
        "label": finding.label,
        "violations": [{"category": v.category, "span": v.span, "where": v.where} for v in finding.violations],
        "rationale": finding.rationale,
        "confidence": finding.confidence,
        "clauses": list(finding.clauses),
        "errored": finding.errored,
        "error": finding.error,
    }


def _finding_from_dict(data: dict[str, Any]) -> Finding:
    violations = data["violations"]
    return Finding(
        critic=data["critic"],
        severity=data["severity"],
        score=data["score"],
        label=data["label"],
        violations=tuple(Violation(v["category"], v["span"], v["where"]) for v in violations) if violations else (),
        rationale=data["rationale"],
        confidence=data["confidence"],
        clauses=tuple(data["clauses"]),
        errored=data["errored"],
        error=data["error"],
        raw_severity=data["raw_severity"],
    )


def _precedent_to_dict(precedent: PrecedentSummary) -> dict[str, Any]:
    return {
        "alignment": precedent.alignment,
        "conflict": precedent.conflict,
        "novel": precedent.novel,
        "mean_severity": precedent.mean_severity,
        "matches": [
            {"case_id": m.case_id, "similarity": m.similarity, "decision": m.decision} for m in precedent.matches
        ],
    }


def judgement_to_dict(judgement: Judgement) -> dict[str, Any]:
    """A judgement as plain JSON-ready data (the judgement part of a verdict); inverse of judgement_from_dict."""
    u = judgement.uncertainty
    return {
        "decision": judgement.decision,
        "light": judgement.light,
        "escalation_tier": judgement.escalation_tier,
        "requires_human_review": judgement.requires_human_review,
        "max_severity": judgement.max_severity,
        "mean_severity": judgement.mean_severity,
        "findings": [_finding_to_dict(f) for f in judgement.findings],
        "precedent": _precedent_to_dict(judgement.precedent),
        "uncertainty": {
            "overall": u.overall,
            "epistemic": u.epistemic,
            "aleatoric": u.aleatoric,
            "divergence": u.divergence,
            "drift": u.drift,
        },
        "dissent": [
            {"critic": d.critic, "label": d.label, "severity": d.severity, "rationale": d.rationale}
            for d in judgement.dissent
        ],
        "errored_critics": list(judgement.errored_critics),
        "ruleset_version": judgement.ruleset_version,
    }


def judgement_from_dict(data: dict[str, Any]) -> Judgement:
    """Rebuild a judgement from :func:`judgement_to_dict` output; raises KeyError/TypeError on other data."""
    p = data["precedent"]
    return Judgement(
        decision=data["decision"],
        light=data["light"],
        escalation_tier=data["escalation_tier"],
        requires_human_review=data["requires_human_review"],
        max_severity=data["max_severity"],
        mean_severity=data["mean_severity"],
        findings=tuple(_finding_from_dict(f) for f in data["findings"]),
        precedent=PrecedentSummary(
            alignment=p["alignment"],
            conflict=p["conflict"],
            novel=p["novel"],
            mean_severity=p["mean_severity"],
            matches=tuple(PrecedentMatch(m["case_id"], m["similarity"], m["decision"]) for m in p["matches"]),
        ),
        uncertainty=Uncertainty(**data["uncertainty"]),
        dissent=tuple(Dissent(d["critic"], d["label"], d["severity"], d["rationale"]) for d in data["dissent"]),
        errored_critics=tuple(data["errored_critics"]),
        ruleset_version=data["ruleset_version"],
    )


# Bytes of the judgements encoded last, by identity; the entry holds the judgement, so its id stays unique.
_ENCODED: dict[int, tuple[Judgement, bytes]] = {}
_ENCODED_MAX = 4_096


def encode_judgement(judgement: Judgement) -> bytes:
    """Judgement → orjson bytes (the cache value; also the judgement part of its verdict message)."""
    hit = _ENCODED.get(id(judgement))
    if hit is not None and hit[0] is judgement:
        return hit[1]
    data = orjson.dumps(judgement_to_dict(judgement))
    if len(_ENCODED) >= _ENCODED_MAX:
        _ENCODED.clear()
    _ENCODED[id(judgement)] = (judgement, data)
    return data


def decode_judgement(raw: bytes) -> Judgement:
    """Cache bytes → judgement. Raises DecodeError(``invalid_judgement``) when they are not one."""
    try:
        return judgement_from_dict(orjson.loads(raw))
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise DecodeError("invalid_judgement", f"bytes are not an encoded judgement: {exc!r}") from exc


def _source_to_dict(source: SourceRef | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {"topic": source.topic, "partition": source.partition, "offset": source.offset}


def _verdict_stamps(verdict: Verdict) -> dict[str, Any]:
    """The fields of a verdict message after its judgement's."""
    return {
        "engine_version": verdict.engine_version,
        "latency_ms": verdict.latency_ms,
        "window_id": verdict.window_id,
        "cache_hit": verdict.cache_hit,
        "source": _source_to_dict(verdict.source),
        "evaluated_at": verdict.evaluated_at,
        "request_timestamp": verdict.request_timestamp,
        "extra": dict(verdict.extra),
    }


def verdict_to_dict(verdict: Verdict) -> dict[str, Any]:
    """A verdict as plain data matching schemas/verdict.v1.json (times are epoch seconds)."""
    body: dict[str, Any] = {"request_id": verdict.request_id, "tenant": verdict.tenant}
    body.update(judgement_to_dict(verdict.judgement))
    body.update(_verdict_stamps(verdict))
    return body


def encode_verdict(verdict: Verdict) -> bytes:
    """Verdict → orjson bytes for the verdict and escalation topics: ``orjson.dumps(verdict_to_dict(verdict))``,
    byte for byte, with the judgement's bytes from :func:`encode_judgement` (compact JSON objects splice)."""
    head = orjson.dumps({"request_id": verdict.request_id, "tenant": verdict.tenant})
    judged = encode_judgement(verdict.judgement)
    stamps = orjson.dumps(_verdict_stamps(verdict))
    return b"".join((head[:-1], b",", judged[1:-1], b",", stamps[1:]))


# --- dead letters (schemas/dlq.v1.json) ---------------------------------------------------------------------

# Most payload bytes a dead letter keeps by default (the setting's default; the worker passes the setting).
DLQ_PAYLOAD_BYTES: int = LimitSettings.model_fields["dlq_payload_bytes"].default
# A payload up to this size is repeated as text (when valid UTF-8); larger ones are in base64 only.
DLQ_TEXT_BYTES = 64 * 1024
# A detail is one sentence; an exception's repr in it must not grow the record without bound.
DLQ_DETAIL_CHARS = 4_096


def dead_letter_to_dict(letter: DeadLetter, max_payload_bytes: int | None = None) -> dict[str, Any]:
    """A dead letter as plain data matching schemas/dlq.v1.json, bounded in size whatever the payload.

    ``payload`` is the original bytes in base64, cut to ``max_payload_bytes`` (default
    :data:`DLQ_PAYLOAD_BYTES`, the ``ELEANOR_LIMITS__DLQ_PAYLOAD_BYTES`` default); ``payload_truncated``
    says when it was cut and ``payload_bytes`` is always the original size. ``payload_text`` repeats the
    bytes as text only when they are whole, valid UTF-8 and at most :data:`DLQ_TEXT_BYTES`: JSON escapes a
    control byte as six characters, so text of a large payload could make the record several times its
    size (base64 alone recovers the bytes). ``detail`` is cut to :data:`DLQ_DETAIL_CHARS` characters. So
    the record stays under ``4/3 * max_payload_bytes`` plus a few KB, whatever the message held.
    """
    cap = DLQ_PAYLOAD_BYTES if max_payload_bytes is None else max_payload_bytes
    payload = letter.payload
    truncated = len(payload) > cap
    kept = payload[:cap] if truncated else payload
    text: str | None = None
    if not truncated and len(kept) <= DLQ_TEXT_BYTES:
        try:
            text = kept.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    return {
        "payload": base64.b64encode(kept).decode("ascii"),
        "payload_text": text,
        "payload_bytes": len(payload),
        "payload_truncated": truncated,
        "reason": letter.reason,
        "detail": letter.detail[:DLQ_DETAIL_CHARS],
        "source": _source_to_dict(letter.source),
        "received_at": letter.received_at,
        "request_id": letter.request_id,
    }


def encode_dead_letter(letter: DeadLetter, max_payload_bytes: int | None = None) -> bytes:
    """Dead letter → orjson bytes for the DLQ topic (see :func:`dead_letter_to_dict`)."""
    return orjson.dumps(dead_letter_to_dict(letter, max_payload_bytes))
