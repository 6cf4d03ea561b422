"""A decided review becomes a precedent; precedents travel to the judge workers on the precedent topic.

Pure apart from the embedder call: :func:`precedent_from` builds the case from the review and the judged
text kept in ``review_queue``; :func:`encode_case` / :func:`decode_case` are the precedent topic's message
format (one case per message, key = case_id, the embedding included with the embedder that made it, so a
worker with the same embedder indexes it as it is and any other re-embeds the text).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import orjson

from streams.errors import PrecedentError
from streams.models.verdict import DECISION_VALUES
from streams.precedents.base import PrecedentCase, case_text
from streams.review.model import Review

__all__ = ["case_id_for", "decode_case", "encode_case", "precedent_from"]


def case_id_for(tenant: str, request_id: str) -> str:
    """The precedent id of a reviewed request: a later review of the same request replaces the case."""
    return f"review:{tenant}:{request_id}"


def precedent_from(review: Review, prompt: str, response: str) -> PrecedentCase:
    """The precedent of a decided review over the request's judged text (not yet embedded)."""
    if not review.decided:
        raise PrecedentError(f"review {review.review_id!r} escalates further: it decides nothing")
    return PrecedentCase(
        case_id=case_id_for(review.tenant, review.request_id),
        text=case_text(prompt, response),
        decision=review.decision,  # type: ignore[arg-type]  # validated against DECISION_VALUES on decode
        severities=dict(review.critic_severities),
        rationale=f"{review.rationale} (reviewed by {review.reviewer_id})",
        source="review",
        created_at=review.reviewed_at,
    )


def encode_case(case: PrecedentCase) -> bytes:
    """One precedent as the precedent topic's message value."""
    return orjson.dumps(
        {
            "case_id": case.case_id,
            "text": case.text,
            "decision": case.decision,
            "severities": dict(case.severities),
            "rationale": case.rationale,
            "source": case.source,
            "created_at": case.created_at,
            "embedder_id": case.embedder_id,
            "embedding": None if case.embedding is None else np.asarray(case.embedding, dtype=np.float32).tolist(),
        },
        option=orjson.OPT_SERIALIZE_NUMPY,
    )


def decode_case(raw: bytes) -> PrecedentCase:
    """A precedent from its message; PrecedentError for anything else."""
    try:
        doc: dict[str, Any] = orjson.loads(raw)
        embedding = doc.get("embedding")
        decision = doc["decision"]
        if decision not in DECISION_VALUES:
            raise PrecedentError(f"unknown decision {decision!r}")
        return PrecedentCase(
            case_id=str(doc["case_id"]),
            text=str(doc["text"]),
            decision=decision,
            severities={str(k): float(v) for k, v in dict(doc.get("severities") or {}).items()},
            rationale=str(doc.get("rationale", "")),
            source=str(doc.get("source", "review")),
            created_at=float(doc["created_at"]),
            embedding=None if embedding is None else np.asarray(embedding, dtype=np.float32),
            embedder_id=str(doc.get("embedder_id", "")) if embedding is not None else "",
        )
    except PrecedentError:
        raise
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PrecedentError(f"not a precedent message: {exc!r}"[:300]) from exc
