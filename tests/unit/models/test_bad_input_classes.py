"""Every bad-input class of the fault suite, decoded directly: one stable outcome per class, no exception
other than DecodeError, and a DLQ record that is bounded and encodable. Then the classes that used to pass
as valid requests (and so could share a request_id with another request), one test each."""

from __future__ import annotations

import random
from typing import Any

import orjson
import pytest

from streams.config import LimitSettings
from streams.errors import DecodeError
from streams.metrics import Metrics
from streams.models import DeadLetter, SourceRef
from streams.models.codec import decode_request, reason_kind, request_id_hint
from streams.models.wire import DLQ_DETAIL_CHARS, encode_dead_letter
from tests.faults.corpus import CLASSES, VERDICT

LIMITS = LimitSettings()


def outcome(raw: bytes | None) -> str:
    try:
        decode_request(raw, LIMITS)
    except DecodeError as exc:
        return exc.reason
    return VERDICT


@pytest.mark.parametrize("cls", sorted(CLASSES))
def test_each_class_has_its_documented_outcome(cls: str) -> None:
    build, expect = CLASSES[cls]
    for seed in range(3):  # random parts must not change the outcome
        _, value = build(f"id-{seed}", random.Random(seed))
        got = outcome(value)
        assert got == expect or (":" not in expect and got.startswith(expect + ":")), (cls, got)


@pytest.mark.parametrize("cls", sorted(c for c, (_, expect) in CLASSES.items() if expect != VERDICT))
def test_each_dead_letter_encodes_bounded_with_a_safe_key(cls: str) -> None:
    build, _ = CLASSES[cls]
    _, value = build("id-0", random.Random(0))
    try:
        decode_request(value, LIMITS)
    except DecodeError as exc:
        hint = request_id_hint(value)
        letter = DeadLetter(value or b"", exc.reason, exc.detail, SourceRef("t", 0, 1), 0.0, hint)
        record = encode_dead_letter(letter, max_payload_bytes=LIMITS.dlq_payload_bytes)
        assert len(record) < 4 * LIMITS.dlq_payload_bytes / 3 + 3 * DLQ_DETAIL_CHARS + 4096
        if hint is not None:
            hint.encode()  # the DLQ message key: never a lone surrogate
    else:
        pytest.fail(f"{cls} decoded")


@pytest.mark.parametrize("cls", sorted(c for c, (_, expect) in CLASSES.items() if expect == VERDICT))
def test_each_valid_class_survives_its_verdict_encoding(cls: str) -> None:
    from streams.cache.keys import canonical_bytes

    build, _ = CLASSES[cls]
    _, value = build("id-0", random.Random(0))
    request = decode_request(value, LIMITS)
    canonical_bytes(request, "r1")  # the cache key of a request that decoded can always be built
    request.request_id.encode()  # the verdict key
    orjson.dumps(request.context)


# --- duplicate member names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"request_id": "a", "request_id": "b", "prompt": "p"}', "duplicate_key:request_id"),
        (b'{"request_id": "a", "prompt": "kill", "prompt": "hi"}', "duplicate_key:prompt"),
        (b'{"request_id": "a", "prompt": "kill", "pr\\u006fmpt": "hi"}', "duplicate_key:prompt"),
        (b'{"request_id": "a", "prompt": "p", "model": {"id": "m", "id": "n"}}', "duplicate_key:id"),
        (b'{"request_id": "a", "prompt": "p", "context": {"domain": "x", "domain": "y"}}', "duplicate_key:domain"),
        (b'{"request_id": "a", "prompt": "p", "context": {"t": [{"k": 1, "k": 2}]}}', "duplicate_key:k"),
        (b'{"request_id": "a", "prompt": "p", "context": {"\\n": 1, "\\n": 2}}', "duplicate_key:?"),
    ],
)
def test_a_repeated_member_name_is_dead_lettered_wherever_it_is(raw: bytes, reason: str) -> None:
    # Before: orjson kept the last member silently, so the message was judged on one prompt while a
    # first-wins consumer read another, and "a" / "b" could collide with another request's id.
    assert outcome(raw) == reason


def test_same_names_in_different_objects_are_not_repeats() -> None:
    raw = b'{"request_id": "a", "prompt": "p", "context": {"id": 1, "x": {"id": 2}}, "model": {"id": "m"}}'
    assert outcome(raw) == VERDICT


def test_another_error_wins_over_a_repeat() -> None:
    # the repeat check runs last, on otherwise valid messages only
    assert outcome(b'{"request_id": "a", "request_id": "b"}') == "missing_field:prompt"


# --- identifiers: blank, invisible, control characters ----------------------------------------------------------


@pytest.mark.parametrize(
    ("request_id", "reason"),
    [
        ("\u200b", "empty_field:request_id"),  # zero-width space
        ("\ufeff\u00a0", "empty_field:request_id"),  # BOM and no-break space
        ("\u2066\u2069", "empty_field:request_id"),  # direction isolates
        (" \t\n", "empty_field:request_id"),
        ("a\u0000b", "invalid_chars:request_id"),
        ("a\u001b[31m", "invalid_chars:request_id"),  # a terminal escape in logs and `tail`
        ("a\u0085", "invalid_chars:request_id"),  # C1 next-line
        ("r\u200b1", VERDICT),  # an invisible character beside visible ones is allowed
        ("caf\u00e9 \U0001f600", VERDICT),
    ],
)
def test_identifier_rules(request_id: str, reason: str) -> None:
    # Before: "\u200b" passed (str.isspace() is False for it) and two such ids looked identical everywhere;
    # two messages with the same invisible id shared one verdicts row under FINAL.
    assert outcome(orjson.dumps({"request_id": request_id, "prompt": "p"})) == reason


@pytest.mark.parametrize("field", ["tenant", "policy_profile"])
def test_other_identifiers_follow_the_same_rule(field: str) -> None:
    doc: dict[str, Any] = {"request_id": "r", "prompt": "p", field: "x\u0000"}
    if field == "tenant":
        assert outcome(orjson.dumps(doc)) == "invalid_chars:tenant"
        doc[field] = "\u200b"
        assert outcome(orjson.dumps(doc)) == "empty_field:tenant"
    else:  # a policy profile is not an identifier in the contract: only its length is limited
        assert outcome(orjson.dumps(doc)) == VERDICT


def test_model_id_and_action_type_follow_the_same_rule() -> None:
    base = {"request_id": "r", "prompt": "p"}
    assert outcome(orjson.dumps({**base, "model": {"id": "\u200b"}})) == "empty_field:model.id"
    assert (
        outcome(orjson.dumps({**base, "proposed_action": {"type": "a\u0007"}})) == "invalid_chars:proposed_action.type"
    )


# --- the DLQ request_id hint -----------------------------------------------------------------------------------


def test_a_number_id_is_not_coerced_into_another_requests_id() -> None:
    # Before: {"request_id": 42} was dead-lettered with request_id "42", the id of a valid request "42"
    # (a consumer joining verdicts and dead letters by request_id then saw one of the two).
    assert request_id_hint(b'{"request_id": 42, "prompt": "p"}') is None
    assert request_id_hint(b'{"request_id": 42, "prompt": "unterminated') is None
    assert request_id_hint(b'{"request_id": "42", "prompt": 1}') == "42"


def test_an_escaped_lone_surrogate_never_becomes_a_hint_that_cannot_be_encoded() -> None:
    hint = request_id_hint(b'{"request_id": "a\\ud800", "prompt": "p"}')
    assert hint is None or hint.encode()


# --- reason codes as metric labels -----------------------------------------------------------------------------


def test_reason_kind_drops_only_producer_chosen_names() -> None:
    assert reason_kind("unknown_field:f00ba4") == "unknown_field"
    assert reason_kind("duplicate_key:prompt") == "duplicate_key"
    assert reason_kind("wrong_type:prompt") == "wrong_type:prompt"
    assert reason_kind("invalid_json") == "invalid_json"


def test_random_unknown_fields_do_not_grow_the_metrics() -> None:
    metrics = Metrics()
    for i in range(500):
        metrics.dead_letter(f"unknown_field:f{i:x}")
    text = metrics.render().decode()
    series = [line for line in text.splitlines() if line.startswith("eleanor_dead_letters_total{")]
    assert series == ['eleanor_dead_letters_total{reason="unknown_field"} 500.0']
