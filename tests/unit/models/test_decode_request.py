"""decode_request: every DLQ reason code, its detail sentence, timestamps, and request_id_hint."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from streams.config import LimitSettings
from streams.errors import DecodeError, ValidationError
from streams.models import ModelRef, ProposedAction, Request
from streams.models.codec import decode_request, request_id_hint
from streams.models.limits import MAX_ID_CHARS, MAX_TIMESTAMP, exceeds_depth

SMALL = LimitSettings(max_message_bytes=400, max_text_chars=10, max_context_depth=2)


def doc(**fields: Any) -> bytes:
    return orjson.dumps({"request_id": "r-1", "prompt": "hi", **fields})


def reason_of(raw: bytes | None, limits: LimitSettings = SMALL) -> DecodeError:
    with pytest.raises(DecodeError) as caught:
        decode_request(raw, limits)
    return caught.value


def test_a_full_request_decodes_into_the_model() -> None:
    raw = doc(
        tenant="acme",
        timestamp="2000-01-01T00:00:00Z",
        response="ok",
        model={"id": "m", "version": "1"},
        context={"domain": "Health", "vulnerable_user": True, "trace": {"id": 1}},
        policy_profile="strict",
        proposed_action={"type": "send", "params": {"to": ["a"]}},
    )
    assert decode_request(raw, SMALL) == Request(
        request_id="r-1",
        prompt="hi",
        response="ok",
        tenant="acme",
        timestamp=946684800.0,
        model=ModelRef("m", "1"),
        context={"domain": "Health", "vulnerable_user": True, "trace": {"id": 1}},
        policy_profile="strict",
        proposed_action=ProposedAction("send", {"to": ["a"]}),
    )


def test_absent_and_null_optional_fields_take_their_defaults() -> None:
    nulls = doc(response=None, tenant=None, timestamp=None, model=None, context=None, policy_profile=None)
    for raw in (doc(), nulls, doc(policy_profile="", proposed_action={"type": "t", "params": None})):
        request = decode_request(raw, SMALL)
        assert (request.response, request.tenant, request.timestamp, request.context) == ("", "default", None, {})
        assert request.policy_profile is None
        assert request.model is None


def test_too_large_is_checked_on_bytes_before_parsing() -> None:
    at_limit = doc(context={"pad": "x" * (400 - len(doc(context={"pad": ""})))})
    assert len(at_limit) == 400
    decode_request(at_limit, SMALL)
    error = reason_of(b"{" * 401)  # not JSON either, but the size is reported first
    assert error.reason == "too_large"
    assert "401 bytes" in error.detail
    assert "400" in error.detail
    assert "max_message_bytes" in error.detail
    assert not isinstance(error, ValidationError)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (None, "invalid_json"),
        (b"", "invalid_json"),
        (b'{"request_id": "r"', "invalid_json"),
        (b"\xef\xbb\xbf{}", "invalid_json"),
        (b'{"request_id": "r", "prompt": "\\ud800"}', "invalid_json"),
        (b"NaN", "invalid_json"),
        (b'{"request_id": "r", "prompt": "caf\xe9"}', "invalid_utf8"),
        (b"\xff\xfe", "invalid_utf8"),
        (b"[]", "not_an_object"),
        (b'"text"', "not_an_object"),
        (b"null", "not_an_object"),
        (b"42", "not_an_object"),
    ],
)
def test_parse_failures_are_decode_errors(raw: bytes | None, reason: str) -> None:
    error = reason_of(raw)
    assert error.reason == reason
    assert not isinstance(error, ValidationError)
    assert error.detail


@pytest.mark.parametrize(
    ("raw", "reason", "words"),
    [
        (b'{"prompt": "hi"}', "missing_field:request_id", ["request_id"]),
        (b'{"request_id": "r"}', "missing_field:prompt", ["prompt"]),
        (doc(model={"version": "1"}), "missing_field:model.id", ["model.id"]),
        (doc(proposed_action={}), "missing_field:proposed_action.type", ["proposed_action.type"]),
        (b'{"request_id": 7, "prompt": "hi"}', "wrong_type:request_id", ["request_id", "string", "number"]),
        (b'{"request_id": null, "prompt": "hi"}', "wrong_type:request_id", ["null"]),
        (b'{"request_id": "r", "prompt": ["hi"]}', "wrong_type:prompt", ["prompt", "array"]),
        (doc(response=True), "wrong_type:response", ["response", "boolean"]),
        (doc(tenant=3), "wrong_type:tenant", ["tenant"]),
        (doc(timestamp=[1]), "wrong_type:timestamp", ["timestamp", "RFC 3339"]),
        (doc(timestamp=False), "wrong_type:timestamp", ["boolean"]),
        (doc(model="m"), "wrong_type:model", ["model", "object"]),
        (doc(model={"id": 1}), "wrong_type:model.id", ["model.id"]),
        (doc(model={"id": "m", "version": 2}), "wrong_type:model.version", ["model.version"]),
        (doc(context=[1]), "wrong_type:context", ["context", "object"]),
        (doc(context={"domain": 1}), "wrong_type:context.domain", ["context.domain"]),
        (doc(context={"jurisdiction": {}}), "wrong_type:context.jurisdiction", ["context.jurisdiction"]),
        (doc(context={"user_role": 1}), "wrong_type:context.user_role", ["context.user_role"]),
        (doc(context={"risk_tier": True}), "wrong_type:context.risk_tier", ["context.risk_tier"]),
        (doc(context={"vulnerable_user": 1}), "wrong_type:context.vulnerable_user", ["boolean"]),
        (doc(policy_profile=1), "wrong_type:policy_profile", ["policy_profile"]),
        (doc(proposed_action="send"), "wrong_type:proposed_action", ["proposed_action"]),
        (doc(proposed_action={"type": 1}), "wrong_type:proposed_action.type", ["proposed_action.type"]),
        (doc(proposed_action={"type": "t", "params": 1}), "wrong_type:proposed_action.params", ["params"]),
        (b'{"request_id": "", "prompt": "hi"}', "empty_field:request_id", ["request_id", "empty"]),
        (b'{"request_id": " \\t ", "prompt": "hi"}', "empty_field:request_id", ["request_id", "whitespace"]),
        (doc(tenant="\u00a0"), "empty_field:tenant", ["tenant"]),
        (doc(tenant=""), "empty_field:tenant", ["tenant"]),
        (doc(model={"id": ""}), "empty_field:model.id", ["model.id"]),
        (doc(proposed_action={"type": ""}), "empty_field:proposed_action.type", ["proposed_action.type"]),
        (doc(respone="typo"), "unknown_field:respone", ["respone", "context"]),
        (doc(model={"id": "m", "vendor": "x"}), "unknown_field:model.vendor", ["model.vendor"]),
        (doc(proposed_action={"type": "t", "args": {}}), "unknown_field:proposed_action.args", ["args"]),
        (doc(**{"bad\nname": 1}), "unknown_field:bad?name", ["bad\\nname"]),
        (doc(**{"": 1}), "unknown_field:?", ["''"]),
    ],
)
def test_contract_failures_are_validation_errors_naming_the_field(raw: bytes, reason: str, words: list[str]) -> None:
    error = reason_of(raw)
    assert isinstance(error, ValidationError)
    assert error.reason == reason
    for word in words:
        assert word in error.detail


@pytest.mark.parametrize("field", ["prompt", "response"])
def test_text_over_max_text_chars_is_too_long_counting_characters_not_bytes(field: str) -> None:
    assert decode_request(doc(**{field: "\u00e9" * 10}), SMALL)  # 20 bytes, 10 characters: fits
    error = reason_of(doc(**{field: "x" * 11}))
    assert error.reason == f"too_long:{field}"
    assert all(word in error.detail for word in (field, "11 characters", "10", "limits.max_text_chars"))


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"request_id": "r" * (MAX_ID_CHARS + 1)}, "too_long:request_id"),
        ({"tenant": "t" * (MAX_ID_CHARS + 1)}, "too_long:tenant"),
        ({"policy_profile": "p" * (MAX_ID_CHARS + 1)}, "too_long:policy_profile"),
        ({"model": {"id": "m" * (MAX_ID_CHARS + 1)}}, "too_long:model.id"),
        ({"model": {"id": "m", "version": "v" * (MAX_ID_CHARS + 1)}}, "too_long:model.version"),
        ({"proposed_action": {"type": "a" * (MAX_ID_CHARS + 1)}}, "too_long:proposed_action.type"),
    ],
)
def test_identifiers_over_256_characters_are_too_long(fields: dict[str, Any], reason: str) -> None:
    raw = orjson.dumps({"request_id": "r", "prompt": "", **fields})
    assert reason_of(raw, LimitSettings()).reason == reason
    exact = {k: v[:MAX_ID_CHARS] if isinstance(v, str) else v for k, v in fields.items()}
    if all(isinstance(v, str) for v in exact.values()):
        decode_request(orjson.dumps({"request_id": "r", "prompt": "", **exact}), LimitSettings())


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"context": {"a": {"b": 1}}}, None),
        ({"context": {"a": [1, 2]}}, None),
        ({"context": {"a": {"b": {"c": 1}}}}, "context"),
        ({"context": {"a": [[1]]}}, "context"),
        ({"context": {"a": {}, "b": [{}]}}, "context"),
        ({"proposed_action": {"type": "t", "params": {"a": {"b": 1}}}}, None),
        ({"proposed_action": {"type": "t", "params": {"a": [{"b": 1}]}}}, "proposed_action.params"),
    ],
)
def test_nesting_deeper_than_max_context_depth_is_too_deep(fields: dict[str, Any], where: str | None) -> None:
    if where is None:
        decode_request(doc(**fields), SMALL)
        return
    error = reason_of(doc(**fields))
    assert error.reason == "too_deep"
    assert where in error.detail
    assert "2 levels" in error.detail


def test_nesting_beyond_the_parser_limit_is_too_deep() -> None:
    raw = b'{"request_id": "r", "prompt": "", "context": {"a": ' + b"[" * 2000 + b"]" * 2000 + b"}}"
    assert reason_of(raw, LimitSettings(max_message_bytes=10_000)).reason == "too_deep"


def test_exceeds_depth_counts_containers() -> None:
    assert not exceeds_depth(1, 0)
    assert exceeds_depth({}, 0)
    assert not exceeds_depth({"a": 1}, 1)
    assert exceeds_depth({"a": []}, 1)
    assert not exceeds_depth([[[]]], 3)
    assert exceeds_depth([[[[]]]], 3)


@pytest.mark.parametrize(
    ("value", "epoch"),
    [
        (0, 0.0),
        (1.5, 1.5),
        (-0.0, 0.0),
        (MAX_TIMESTAMP, float(MAX_TIMESTAMP)),
        ("1970-01-01T00:00:00Z", 0.0),
        ("2000-01-01T00:00:00Z", 946684800.0),
        ("2000-01-01T01:00:00+01:00", 946684800.0),
        ("1999-12-31T19:00:00-05:00", 946684800.0),
        ("2000-01-01T00:00:00.5Z", 946684800.5),
        ("2000-01-01t00:00:00.25z", 946684800.25),
        ("2016-12-31T23:59:60Z", 1483228800.0),  # leap second
        ("9999-12-31T23:59:59Z", float(MAX_TIMESTAMP)),
    ],
)
def test_timestamps_in_epoch_seconds_or_rfc_3339(value: float | str, epoch: float) -> None:
    assert decode_request(doc(timestamp=value), SMALL).timestamp == pytest.approx(epoch, abs=1e-6)


@pytest.mark.parametrize(
    "value",
    [
        -1,
        MAX_TIMESTAMP + 1,
        1764135000123,
        "",
        "yesterday",
        "2000-01-01",
        "2000-01-01T00:00:00",
        "2000-01-01 00:00:00Z",
        "2000-02-30T00:00:00Z",
        "2000-01-01T24:00:00Z",
        "0000-01-01T00:00:00Z",
        "2000-01-01T00:00:00+24:00",
        "2000-01-01T00:00:00Z\n",
        "20000101T000000Z",
    ],
)
def test_invalid_timestamps(value: float | str) -> None:
    error = reason_of(doc(timestamp=value))
    assert error.reason == "invalid_timestamp"
    assert "timestamp" in error.detail


def test_a_millisecond_timestamp_is_called_out() -> None:
    assert "milliseconds" in reason_of(doc(timestamp=1764135000123)).detail


def test_the_first_failure_in_field_order_is_reported() -> None:
    raw = b'{"prompt": 5, "respone": 1, "tenant": ""}'
    assert reason_of(raw).reason == "missing_field:request_id"
    raw = b'{"request_id": "r", "prompt": 5, "respone": 1}'
    assert reason_of(raw).reason == "wrong_type:prompt"


# --- request_id_hint --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "hint"),
    [
        (b'{"request_id": "r-9", "prompt": 5}', "r-9"),
        (b'{"request_id": "r-9", "prompt": "unterminated', "r-9"),
        (b'{"prompt": "x", "request_id" :  "r-\\"q\\"", "tenant"', 'r-"q"'),
        (b'{"request_id": "caf\xc3\xa9", "prompt": "\xff"}', "caf\u00e9"),
        # a number id is not the string id of another request, nor is a blank or control-character id a key
        (b'{"request_id": 123, "prompt": "hi"', None),
        (b'{"request_id": 123}', None),
        (b'{"request_id": " \\t"}', None),
        (b'{"request_id": "\\u200b"}', None),
        (b'{"request_id": "a\\u0000b", "prompt": 1}', None),
        (b'{"request_id": "a\\nb", "prompt": "unterminated', None),
        (b'{"request_id": {"a": 1}}', None),
        (b'{"request_id": ""}', None),
        (b'{"prompt": "no id"', None),
        (b"[1, 2]", None),
        (b"", None),
        (None, None),
        (b"\xff\xfe\x00", None),
    ],
)
def test_request_id_hint(raw: bytes | None, hint: str | None) -> None:
    assert request_id_hint(raw) == hint


def test_request_id_hint_is_bounded() -> None:
    assert request_id_hint(orjson.dumps({"request_id": "r" * 1000})) == "r" * MAX_ID_CHARS
