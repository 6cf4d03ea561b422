"""The JSON Schemas under schemas/ are valid, accept their examples, reject their counter-examples, and
agree with the runtime codec: decode_request on request examples, encode_verdict / encode_dead_letter output
against verdict.v1.json / dlq.v1.json."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from streams.aggregation import aggregate
from streams.config import LimitSettings
from streams.errors import DecodeError
from streams.models import (
    DeadLetter,
    Finding,
    PrecedentMatch,
    PrecedentSummary,
    SourceRef,
    Verdict,
    Violation,
    label_for,
)
from streams.models.codec import decode_request
from streams.models.critics import CRITICS
from streams.models.limits import MAX_ID_CHARS, RFC3339_PATTERN
from streams.models.wire import encode_dead_letter, encode_verdict

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
EXAMPLES = SCHEMAS / "examples"
KINDS = ("request", "verdict", "dlq", "review")


@cache
def validator(kind: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{kind}.v1.json").read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def expected_reasons(kind: str) -> dict[str, str]:
    reasons: dict[str, str] = json.loads((EXAMPLES / kind / "expected-reasons.json").read_text())
    return reasons


def examples(kind: str, prefix: str) -> list[Path]:
    return sorted((EXAMPLES / kind).glob(f"{prefix}-*.json"))


def all_examples(prefix: str) -> list[Any]:
    return [pytest.param(kind, path, id=f"{kind}/{path.name}") for kind in KINDS for path in examples(kind, prefix)]


def load_json(path: Path) -> tuple[bool, Any]:
    """(True, document) when the file is JSON at all, else (False, None)."""
    try:
        return True, json.loads(path.read_bytes())
    except ValueError:  # JSONDecodeError and UnicodeDecodeError are both ValueErrors
        return False, None


@pytest.mark.parametrize("kind", KINDS)
def test_schema_is_valid_2020_12_with_id_and_descriptions(kind: str) -> None:
    schema = json.loads((SCHEMAS / f"{kind}.v1.json").read_text())
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(f"/{kind}.v1.json")
    assert schema["description"]
    assert all("description" in spec or "$ref" in spec for spec in schema["properties"].values()), kind


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_examples_and_counter_examples_with_reasons(kind: str) -> None:
    valid, invalid = examples(kind, "valid"), examples(kind, "invalid")
    assert len(valid) >= 2
    assert len(invalid) >= 3
    assert sorted(expected_reasons(kind)) == [p.name for p in invalid]


@pytest.mark.parametrize(("kind", "path"), all_examples("valid"))
def test_valid_example_validates(kind: str, path: Path) -> None:
    is_json, doc = load_json(path)
    assert is_json
    errors = [e.message for e in validator(kind).iter_errors(doc)]
    assert errors == []


@pytest.mark.parametrize(("kind", "path"), all_examples("invalid"))
def test_counter_example_is_rejected(kind: str, path: Path) -> None:
    is_json, doc = load_json(path)
    if is_json:
        assert not validator(kind).is_valid(doc)
    else:  # not even JSON: only invalid_json / invalid_utf8 request examples may be like this
        assert expected_reasons(kind)[path.name] in {"invalid_json", "invalid_utf8"}


@pytest.mark.parametrize("path", examples("request", "valid"), ids=lambda p: p.name)
def test_decoder_accepts_every_valid_request_example(path: Path) -> None:
    doc = json.loads(path.read_bytes())
    request = decode_request(path.read_bytes(), LimitSettings())
    assert request.request_id == doc["request_id"]
    assert request.prompt == doc["prompt"]
    assert request.response == (doc.get("response") or "")
    assert request.tenant == (doc.get("tenant") or "default")
    assert request.context == (doc.get("context") or {})


@pytest.mark.parametrize("path", examples("request", "invalid"), ids=lambda p: p.name)
def test_decoder_rejects_every_request_counter_example_with_its_reason(path: Path) -> None:
    with pytest.raises(DecodeError) as caught:
        decode_request(path.read_bytes(), LimitSettings())
    assert caught.value.reason == expected_reasons("request")[path.name]
    assert caught.value.detail


def test_schema_limits_match_the_runtime_defaults() -> None:
    schema = json.loads((SCHEMAS / "request.v1.json").read_text())
    props = schema["properties"]
    limits = LimitSettings()
    assert props["prompt"]["maxLength"] == props["response"]["maxLength"] == limits.max_text_chars
    assert schema["$defs"]["identifier"]["maxLength"] == MAX_ID_CHARS
    assert props["timestamp"]["anyOf"][1]["pattern"] == RFC3339_PATTERN
    # The $defs encode the default depth: a context of exactly max depth passes, one more level fails.
    assert limits.max_context_depth == 5
    deep: Any = 1
    for _ in range(limits.max_context_depth):
        deep = {"k": deep}
    assert validator("request").is_valid({"request_id": "r", "prompt": "", "context": deep})
    assert not validator("request").is_valid({"request_id": "r", "prompt": "", "context": {"k": deep}})
    assert not validator("request").is_valid({"request_id": "r", "prompt": "", "context": {"k": [deep]}})


# --- produced messages validate ---------------------------------------------------------------------------------

WHERE = ("prompt", "response", "context", "action")


@st.composite
def findings(draw: st.DrawFn) -> list[Finding]:
    out: list[Finding] = []
    for critic in draw(st.lists(st.sampled_from(CRITICS), unique=True, max_size=7)):
        if draw(st.booleans()) and draw(st.booleans()):
            out.append(Finding.failed(critic, draw(st.text(max_size=20))))
            continue
        score = draw(st.floats(0, 1))
        violations = tuple(
            Violation(draw(st.sampled_from(("hate", "email", "violence"))), draw(st.text(max_size=10)), where)
            for where in draw(st.lists(st.sampled_from(WHERE), max_size=3))
        )
        clauses = tuple(draw(st.lists(st.sampled_from(("TIER_3:P4", "TIER_2:P2", "P1")), max_size=2)))
        out.append(
            Finding(
                critic, 3 * score, score, label_for(score), violations, draw(st.text()), draw(st.floats(0, 1)), clauses
            )
        )
    return out


precedents = st.builds(
    PrecedentSummary,
    alignment=st.floats(-1, 1),
    conflict=st.floats(0, 1),
    novel=st.booleans(),
    mean_severity=st.none() | st.floats(0, 3),
    matches=st.lists(
        st.builds(
            PrecedentMatch, st.text(min_size=1, max_size=8), st.floats(-1, 1), st.sampled_from(("allow", "deny"))
        ),
        max_size=3,
    ).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(
    findings(),
    precedents,
    st.none() | st.builds(SourceRef, st.just("eleanor.requests"), st.integers(0, 64), st.integers(0, 2**40)),
)
def test_encoded_verdicts_validate_against_the_schema(
    found: list[Finding], precedent: PrecedentSummary, source: SourceRef | None
) -> None:
    judgement = aggregate(found, precedent, "rs-test")
    verdict = Verdict("req-1", "acme", judgement, "0.1.0", "w-1", source, 2.5, 1795671000.0, None, False, {"k": "v"})
    errors = [e.message for e in validator("verdict").iter_errors(orjson.loads(encode_verdict(verdict)))]
    assert errors == []


@pytest.mark.parametrize(
    ("payload", "cut"),
    [
        (b'{"request_id": "r"', None),
        (b"\xff\xfe binary \x00", None),
        (b"", None),
        ('{"prompt": "caf\u00e9 \U0001f600"}'.encode(), 8),
        (b"x" * 1000, 100),
        (b"\x01" * 1_000_000, None),
        (b"x" * 1000, 0),
    ],
)
@pytest.mark.parametrize("source", [None, SourceRef("eleanor.requests", 3, 12)])
def test_encoded_dead_letters_validate_against_the_schema(
    payload: bytes, cut: int | None, source: SourceRef | None
) -> None:
    letter = DeadLetter(payload, "missing_field:request_id", "field 'request_id' is required", source, 1795671000.5)
    doc = orjson.loads(encode_dead_letter(letter, max_payload_bytes=cut))
    assert [e.message for e in validator("dlq").iter_errors(doc)] == []


def test_dead_letter_reasons_from_the_decoder_fit_the_reason_pattern() -> None:
    for raw in (
        b"[]",
        b'{"prompt": 1}',
        b'{"request_id": "r", "prompt": "", "\\n": 1}',
        b'{"request_id": "r", "prompt": "", "": 1}',
    ):
        with pytest.raises(DecodeError) as caught:
            decode_request(raw, LimitSettings())
        letter = DeadLetter(raw, caught.value.reason, caught.value.detail, None, 1.0)
        assert validator("dlq").is_valid(orjson.loads(encode_dead_letter(letter))), caught.value.reason
