"""Fuzzing: decode_request never raises anything but DecodeError, and agrees with request.v1.json."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from streams.config import LimitSettings
from streams.errors import DecodeError
from streams.models import Request
from streams.models.codec import decode_request, request_id_hint
from streams.models.limits import IDENTIFIER_PATTERN

LIMITS = LimitSettings()
SCHEMA = Draft202012Validator(
    json.loads((Path(__file__).resolve().parents[3] / "schemas" / "request.v1.json").read_text())
)
VALID = orjson.dumps({"request_id": "r-1", "prompt": "hello", "context": {"domain": "health"}})


def outcome(raw: bytes) -> Request | DecodeError:
    try:
        result: Request | DecodeError = decode_request(raw, LIMITS)
    except DecodeError as error:  # anything else fails the test
        result = error
    if isinstance(result, DecodeError):
        assert result.reason
        assert result.detail
    return result


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_only_ever_raise_decode_error(raw: bytes) -> None:
    outcome(raw)
    request_id_hint(raw)


@settings(max_examples=500, deadline=None)
@given(st.integers(0, len(VALID)), st.integers(0, len(VALID)), st.binary(max_size=8))
def test_mutated_valid_messages_only_ever_raise_decode_error(start: int, stop: int, junk: bytes) -> None:
    raw = VALID[:start] + junk + VALID[max(start, stop) :]
    outcome(raw)
    request_id_hint(raw)


scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)


def mostly(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Usually a well-typed value, sometimes any JSON value: both sides of every check get exercised."""
    return st.integers(0, 5).flatmap(lambda pick: values if pick == 5 else good)


timestamps = (
    st.floats(-1e13, 1e13)
    | st.integers(-10, 2**45)
    | st.sampled_from(
        ["2026-11-26T05:30:00Z", "2026-11-26T05:30:00.5+02:00", "2016-12-31T23:59:60Z", "2026-11-26", "soon", ""]
    )
)
identifiers = st.integers(0, 5).flatmap(lambda pick: st.just("") if pick == 5 else st.text(min_size=1, max_size=8))


def nested(levels: int, leaf: Any) -> Any:
    for level in range(levels):
        leaf = [leaf] if level % 3 == 2 else {"k": leaf}
    return leaf


deep = st.builds(nested, st.integers(0, 7), scalars)
shallow = st.dictionaries(st.text(max_size=4), scalars | st.lists(scalars, max_size=2), max_size=3)
contexts = st.fixed_dictionaries(
    {},
    optional={
        "domain": mostly(st.text(max_size=6) | st.none()),
        "jurisdiction": mostly(st.text(max_size=3)),
        "user_role": mostly(st.text(max_size=3)),
        "risk_tier": mostly(st.text(max_size=3)),
        "vulnerable_user": mostly(st.booleans() | st.none()),
        "trace": values | deep,
    },
)
models = st.fixed_dictionaries({}, optional={"id": mostly(identifiers), "version": mostly(identifiers | st.none())})
actions = st.fixed_dictionaries(
    {}, optional={"type": mostly(identifiers), "params": mostly(shallow | st.none() | deep)}
)
mostly_valid = st.fixed_dictionaries(
    {"request_id": mostly(identifiers), "prompt": mostly(st.text(max_size=20))},
    optional={
        "response": mostly(st.text(max_size=20) | st.none()),
        "tenant": mostly(identifiers | st.none()),
        "timestamp": mostly(timestamps | st.none()),
        "model": mostly(models | st.none()),
        "context": mostly(contexts | st.none()),
        "policy_profile": mostly(st.text(max_size=6) | st.none()),
        "proposed_action": mostly(actions | st.none()),
    },
)
anything = st.dictionaries(
    st.sampled_from(["request_id", "prompt", "response", "tenant", "timestamp", "model", "context", "respone"]),
    values,
)
documents = mostly_valid | anything


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_decoder_and_schema_agree_on_any_document(document: dict[str, Any]) -> None:
    result = outcome(json.dumps(document).encode())
    schema_ok = SCHEMA.is_valid(document)
    if isinstance(result, Request):
        assert schema_ok, document
    else:
        assert not schema_ok, (result.reason, document)


@settings(max_examples=300, deadline=None)
@given(
    # a blank id is refused (empty_field), so is one with a control character (invalid_chars)
    st.text(min_size=1, max_size=20).filter(lambda s: re.search(IDENTIFIER_PATTERN, s) is not None),
    st.text(max_size=50),
    st.text(max_size=50),
    st.dictionaries(st.text(max_size=5), scalars, max_size=4),
)
def test_valid_documents_decode_to_the_same_values(
    request_id: str, prompt: str, response: str, extra: dict[str, Any]
) -> None:
    document = {"request_id": request_id, "prompt": prompt, "response": response, "context": extra}
    request = decode_request(orjson.dumps(document), LIMITS)
    assert (request.request_id, request.prompt, request.response, request.context) == (
        request_id,
        prompt,
        response,
        extra,
    )
