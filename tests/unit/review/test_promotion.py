"""A decided review becomes a precedent; the precedent topic's message round-trips."""

from __future__ import annotations

import numpy as np
import pytest

from streams.errors import PrecedentError
from streams.precedents import HashingEmbedder
from streams.precedents.store import reembed
from streams.review.model import Review
from streams.review.promotion import case_id_for, decode_case, encode_case, precedent_from

REVIEW = Review("r1", "req-9", "acme", "alice", "deny", "scam pattern", 1_780_000_000.0, critic_severities={"truth": 3})


def test_a_decided_review_is_a_review_precedent_with_the_reviewers_words() -> None:
    case = precedent_from(REVIEW, "Is it safe?", "100% guaranteed.")
    assert case.case_id == case_id_for("acme", "req-9") == "review:acme:req-9"
    assert case.decision == "deny"
    assert case.source == "review"
    assert "scam pattern" in case.rationale
    assert "alice" in case.rationale
    assert "Is it safe?" in case.text
    assert "100% guaranteed." in case.text
    assert case.created_at == REVIEW.reviewed_at


def test_escalating_further_is_no_precedent() -> None:
    with pytest.raises(PrecedentError):
        precedent_from(Review("r2", "q", "t", "bob", "escalate", "legal must decide", 1.0), "a", "b")


def test_the_announcement_round_trips_with_its_embedding() -> None:
    (case,) = reembed([precedent_from(REVIEW, "p", "r")], HashingEmbedder(dim=64))[0]
    back = decode_case(encode_case(case))
    assert back.case_id == case.case_id
    assert back.decision == "deny"
    assert back.embedder_id == case.embedder_id
    assert back.embedding is not None
    assert case.embedding is not None
    assert np.allclose(back.embedding, case.embedding)
    assert dict(back.severities) == {"truth": 3.0}


@pytest.mark.parametrize("raw", [b"", b"{}", b'{"case_id": "x", "text": "t", "decision": "maybe", "created_at": 1}'])
def test_a_broken_announcement_is_a_precedent_error(raw: bytes) -> None:
    with pytest.raises(PrecedentError):
        decode_case(raw)
