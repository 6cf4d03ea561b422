"""review.v1 decoding: valid reviews round-trip and agree with the schema; anything else is a DecodeError with a
stable reason, never another exception (fuzzed like requests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.errors import DecodeError
from streams.review.model import Review, decode_review, encode_review, review_to_dict

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "schemas" / "review.v1.json").read_text())
VALID: dict[str, Any] = {
    "review_id": "r-1",
    "request_id": "req-1",
    "tenant": "acme",
    "reviewer": {"id": "alice", "role": "trust_and_safety"},
    "decision": "deny",
    "rationale": "Guaranteed returns are a scam pattern.",
    "reviewed_at": "2026-12-03T12:00:00Z",
    "verdict_tier": "TIER_2",
    "critic_severities": {"truth": 2.8},
}


def test_a_valid_review_decodes_and_round_trips_within_the_schema() -> None:
    review = decode_review(orjson.dumps(VALID))
    assert review.decision == "deny"
    assert review.reviewer_id == "alice"
    assert review.decided
    assert review.critic_severities == {"truth": 2.8}
    jsonschema.validate(review_to_dict(review), SCHEMA)
    assert decode_review(encode_review(review)) == review


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda d: d.pop("rationale"), "missing_field:rationale"),
        (lambda d: d.update(decision="maybe"), "invalid_field:decision"),
        (lambda d: d.update(decision=["deny"]), "invalid_field:decision"),
        (lambda d: d.update(rationale="  "), "invalid_field:rationale"),
        (lambda d: d.update(reviewer="alice"), "invalid_field:reviewer"),
        (lambda d: d.update(reviewer={"id": "a", "name": "Alice"}), "unknown_field:reviewer.name"),
        (lambda d: d.update(reviewed_at=-1), "invalid_field:reviewed_at"),
        (lambda d: d.update(reviewed_at="yesterday"), "invalid_field:reviewed_at"),
        (lambda d: d.update(critic_severities={"truth": 4}), "invalid_field:critic_severities"),
        (lambda d: d.update(verdict_tier="TIER_9"), "invalid_field:verdict_tier"),
        (lambda d: d.update(extra=1), "unknown_field:extra"),
        (lambda d: d.update(add_as_precedent="yes"), "invalid_field:add_as_precedent"),
    ],
)
def test_each_broken_field_has_its_reason(mutate: Any, reason: str) -> None:
    doc = json.loads(json.dumps(VALID))
    mutate(doc)
    with pytest.raises(DecodeError) as caught:
        decode_review(orjson.dumps(doc))
    assert caught.value.reason == reason


@pytest.mark.parametrize(("raw", "reason"), [(b"", "empty"), (b"{nope", "invalid_json"), (b"[1]", "not_an_object")])
def test_not_a_review_at_all(raw: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode_review(raw)
    assert caught.value.reason == reason


def test_escalate_decides_nothing() -> None:
    review = decode_review(orjson.dumps({**VALID, "decision": "escalate"}))
    assert isinstance(review, Review)
    assert not review.decided


def _outcome(raw: bytes) -> Review | str:
    """The review, or the DLQ reason (any other exception fails the test)."""
    try:
        return decode_review(raw)
    except DecodeError as exc:
        return exc.reason


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_bytes_never_crash(raw: bytes) -> None:
    outcome = _outcome(raw)
    assert isinstance(outcome, Review) or outcome


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(VALID)), _JSON)
def test_fuzz_one_field_replaced_never_crashes(name: str, value: Any) -> None:
    raw = json.dumps({**VALID, name: value}).encode()  # json: integers beyond 64 bits too
    outcome = _outcome(raw)
    if isinstance(outcome, Review):
        jsonschema.validate(review_to_dict(outcome), SCHEMA)
    else:
        assert outcome.split(":")[0] in {"invalid_field", "unknown_field", "missing_field", "invalid_json"}


EXAMPLES = Path(__file__).resolve().parents[3] / "schemas" / "examples" / "review"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*-*.json")), ids=lambda p: p.name)
def test_the_decoder_agrees_with_the_schema_examples(path: Path) -> None:
    outcome = _outcome(path.read_bytes())
    if path.name.startswith("valid-"):
        assert isinstance(outcome, Review)
    else:
        assert isinstance(outcome, str)
        assert outcome.startswith(("invalid_field:", "missing_field:"))
