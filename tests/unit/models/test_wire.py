"""Judgement round-trips (cache values), verdict and dead-letter encodings."""

from __future__ import annotations

import base64

import orjson
import pytest

from streams.aggregation import aggregate
from streams.errors import DecodeError
from streams.models import (
    DeadLetter,
    Finding,
    Judgement,
    PrecedentMatch,
    PrecedentSummary,
    SourceRef,
    Verdict,
    Violation,
)
from streams.models.wire import (
    DLQ_DETAIL_CHARS,
    DLQ_TEXT_BYTES,
    decode_judgement,
    encode_dead_letter,
    encode_judgement,
    encode_verdict,
    judgement_from_dict,
    judgement_to_dict,
    verdict_to_dict,
)


def sample_judgement() -> Judgement:
    findings = [
        Finding(
            "rights",
            2.0,
            0.67,
            "VIOLATION",
            (Violation("dehumanisation", "vermin \U0001f400", "response"),),
            "Dehumanises a group.",
            0.8,
        ),
        Finding("risk", 3.0, 1.0, "CRITICAL", (), "Incites violence.", 0.9, ("TIER_3:R1", "P1")),
        Finding("truth", 0.1 + 0.2, 0.1, "INFO", (), "No claims.", 1 / 3),
        Finding.failed("privacy", "timed out"),
    ]
    summary = PrecedentSummary(
        alignment=-0.25,
        conflict=0.1,
        novel=False,
        mean_severity=2.2,
        matches=(PrecedentMatch("case-1", 0.93, "deny"), PrecedentMatch("case-2", 0.71, "escalate")),
    )
    return aggregate(findings, summary, "rs-1")


def test_judgement_round_trips_exactly_through_dict_and_bytes() -> None:
    judgement = sample_judgement()
    assert judgement_from_dict(judgement_to_dict(judgement)) == judgement
    assert decode_judgement(encode_judgement(judgement)) == judgement
    assert judgement.findings[2].severity == (0.1 + 0.2) * 1.25  # floats survive bit for bit


def test_a_judgement_without_precedent_round_trips() -> None:
    judgement = aggregate([], PrecedentSummary.none(), "rs-1")
    assert decode_judgement(encode_judgement(judgement)) == judgement


@pytest.mark.parametrize("raw", [b"", b"not json", b"[]", b"{}", b'{"decision": "allow"}'])
def test_bytes_that_are_not_a_judgement_raise_invalid_judgement(raw: bytes) -> None:
    with pytest.raises(DecodeError) as caught:
        decode_judgement(raw)
    assert caught.value.reason == "invalid_judgement"


def test_verdict_dict_carries_identity_judgement_and_provenance() -> None:
    judgement = sample_judgement()
    verdict = Verdict(
        request_id="req-1",
        tenant="acme",
        judgement=judgement,
        engine_version="0.1.0",
        window_id="w-7",
        source=SourceRef("eleanor.requests", 3, 99),
        latency_ms=4.5,
        evaluated_at=1795671000.5,
        request_timestamp=1795671000.25,
        cache_hit=True,
        extra={"worker": "w1"},
    )
    body = verdict_to_dict(verdict)
    assert body["request_id"] == "req-1"
    assert body["tenant"] == "acme"
    assert body["decision"] == "deny"
    assert body["light"] == "RED"
    assert body["escalation_tier"] == "TIER_3"
    assert body["requires_human_review"] is True
    assert body["source"] == {"topic": "eleanor.requests", "partition": 3, "offset": 99}
    assert (body["window_id"], body["cache_hit"], body["latency_ms"]) == ("w-7", True, 4.5)
    assert (body["evaluated_at"], body["request_timestamp"], body["extra"]) == (
        1795671000.5,
        1795671000.25,
        {"worker": "w1"},
    )
    assert body["errored_critics"] == ["privacy"]
    assert body["findings"][0]["violations"] == [
        {"category": "dehumanisation", "span": "vermin \U0001f400", "where": "response"}
    ]
    assert body["findings"][1]["clauses"] == ["TIER_3:R1", "P1"]
    assert body["findings"][3]["raw_severity"] is None
    assert body["precedent"]["matches"][0] == {"case_id": "case-1", "similarity": 0.93, "decision": "deny"}
    assert [d["critic"] for d in body["dissent"]] == ["truth"]
    assert orjson.loads(encode_verdict(verdict)) == body


@pytest.mark.parametrize("source", [SourceRef("eleanor.requests", 3, 99), None])
def test_a_verdict_is_encoded_byte_for_byte_as_its_dict_reusing_the_judgements_cache_bytes(
    source: SourceRef | None,
) -> None:
    judgement = sample_judgement()
    cached = encode_judgement(judgement)
    assert encode_judgement(judgement) is cached  # encoded once
    verdict = Verdict("req-\u00e9", "acme", judgement, "0.1.0", "w-7", source, 4.5, 1795671000.5, None, False)
    encoded = encode_verdict(verdict)
    assert encoded == orjson.dumps(verdict_to_dict(verdict))
    assert cached[1:-1] in encoded


def test_a_verdict_without_source_has_null_source() -> None:
    verdict = Verdict("r", "t", sample_judgement(), "0.1.0", "offline", None, 1.0, 2.0)
    assert orjson.loads(encode_verdict(verdict))["source"] is None


@pytest.mark.parametrize(
    ("payload", "text"),
    [
        (b'{"prompt": "caf\xc3\xa9"}', '{"prompt": "caf\u00e9"}'),
        (b"caf\xe9", None),
        (b"", ""),
    ],
)
def test_dead_letter_keeps_the_original_bytes_and_text_when_utf8(payload: bytes, text: str | None) -> None:
    letter = DeadLetter(payload, "invalid_json", "detail", SourceRef("t", 0, 5), 10.5, "req-3")
    body = orjson.loads(encode_dead_letter(letter))
    assert base64.b64decode(body["payload"]) == payload
    assert body["payload_text"] == text
    assert (body["payload_bytes"], body["payload_truncated"]) == (len(payload), False)
    assert (body["reason"], body["detail"], body["received_at"], body["request_id"]) == (
        "invalid_json",
        "detail",
        10.5,
        "req-3",
    )
    assert body["source"] == {"topic": "t", "partition": 0, "offset": 5}


def test_dead_letter_payload_can_be_cut_to_a_limit() -> None:
    letter = DeadLetter(b"x" * 100, "too_large", "detail", None, 1.0)
    body = orjson.loads(encode_dead_letter(letter, max_payload_bytes=10))
    assert base64.b64decode(body["payload"]) == b"x" * 10
    # a cut payload is never repeated as text: the text would not be the message
    assert (body["payload_text"], body["payload_bytes"], body["payload_truncated"]) == (None, 100, True)
    assert body["source"] is None
    untouched = orjson.loads(encode_dead_letter(letter, max_payload_bytes=100))
    assert (untouched["payload_text"], untouched["payload_truncated"]) == ("x" * 100, False)
    dropped = orjson.loads(encode_dead_letter(letter, max_payload_bytes=0))
    assert (dropped["payload"], dropped["payload_text"], dropped["payload_bytes"], dropped["payload_truncated"]) == (
        "",
        None,
        100,
        True,
    )


# Everything in a dead-letter record but its payload: reason, detail, source, times, keys.
RECORD_OVERHEAD = DLQ_DETAIL_CHARS * 6 + 2_048


@pytest.mark.parametrize(
    "payload",
    [b"\x01" * 1_000_000, b"a" * 1_000_000, b'"\\\n' * 250_000, bytes(range(256)) * 4_000],
    ids=["control", "ascii", "escapes", "binary"],
)
def test_a_large_dead_letter_record_stays_within_the_cap(payload: bytes) -> None:
    letter = DeadLetter(payload, "invalid_json", "message is not valid JSON", SourceRef("t", 0, 1), 1.0, "r")
    cap = 300_000
    record = encode_dead_letter(letter, max_payload_bytes=cap)
    assert len(record) <= cap * 4 // 3 + 4 + RECORD_OVERHEAD
    body = orjson.loads(record)
    assert base64.b64decode(body["payload"]) == payload[:cap]
    assert (body["payload_text"], body["payload_bytes"], body["payload_truncated"]) == (None, len(payload), True)
    # the default cap keeps the record under Kafka's default message.max.bytes (1,048,588)
    assert len(encode_dead_letter(letter)) < 1_000_000
    assert len(encode_dead_letter(letter, max_payload_bytes=700_000)) < 1_000_000


def test_payload_text_only_for_small_whole_payloads() -> None:
    small = b"\x01" * DLQ_TEXT_BYTES  # the worst case for text: every byte escapes to six characters
    body = orjson.loads(encode_dead_letter(DeadLetter(small, "invalid_json", "d", None, 1.0)))
    assert body["payload_text"] == small.decode()
    assert body["payload_truncated"] is False
    over = small + b"\x01"  # whole, valid UTF-8, but larger: base64 only
    body = orjson.loads(encode_dead_letter(DeadLetter(over, "invalid_json", "d", None, 1.0)))
    assert (body["payload_text"], body["payload_truncated"]) == (None, False)
    assert base64.b64decode(body["payload"]) == over
    assert len(encode_dead_letter(DeadLetter(over, "invalid_json", "d", None, 1.0))) < len(over) * 4 // 3 + 1_024


def test_dead_letter_detail_is_bounded() -> None:
    letter = DeadLetter(b"{}", "internal_error", "x" * 100_000, None, 1.0)
    assert orjson.loads(encode_dead_letter(letter))["detail"] == "x" * DLQ_DETAIL_CHARS
