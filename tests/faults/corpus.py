"""Every class of bad input a production stream meets, each with the outcome the contract promises.

A :class:`Case` is one Kafka record (key and value exactly as sent, ``None`` meaning absent) and what must
come of it: one dead letter with a stable reason code, or one verdict when the message is in fact valid by
schemas/request.v1.json. :func:`bad_inputs` builds ``copies`` of every class, each copy with its own ids,
so no two messages of a run share a request_id by accident.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import orjson

__all__ = ["CLASSES", "Case", "bad_inputs"]

VERDICT = "verdict"


@dataclass(frozen=True, slots=True)
class Case:
    """One record to publish and its expected outcome: ``VERDICT`` or a DLQ reason code."""

    cls: str
    key: bytes | None
    value: bytes | None
    expect: str


def _doc(rid: str, **fields: object) -> bytes:
    return orjson.dumps({"request_id": rid, "prompt": "Please help", "response": "Paris is the capital.", **fields})


def _big_text(rng: random.Random) -> bytes:
    # 300-900 KB of prompt: over the 100k-character text limit, under the 1 MB message limit.
    size = rng.randint(300_000, 900_000)
    return b'{"request_id": "%s", "prompt": "' + b"a" * size + b'"}'


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


# class name -> (builder of (key, value) from a unique id and a random source, expected outcome)
Builder = Callable[[str, random.Random], tuple[bytes | None, bytes | None]]


def _k(rid: str) -> bytes:
    return rid.encode()


CLASSES: dict[str, tuple[Builder, str]] = {
    # --- not JSON at all
    "random_bytes": (lambda rid, rng: (None, b"\xfe" + rng.randbytes(rng.randint(1, 300))), "invalid_utf8"),
    "random_ascii": (
        lambda rid, rng: (None, bytes(rng.choice(b"abc{}[]:,\"' 0123") for _ in range(60)) + b"}{"),
        "invalid_json",
    ),
    "truncated_json": (lambda rid, rng: (_k(rid), _doc(rid)[: rng.randint(5, 40)]), "invalid_json"),
    "trailing_garbage": (lambda rid, rng: (_k(rid), _doc(rid) + b" trailing"), "invalid_json"),
    "two_documents": (lambda rid, rng: (_k(rid), _doc(rid) + _doc(rid + "-b")), "invalid_json"),
    "bom": (lambda rid, rng: (_k(rid), b"\xef\xbb\xbf" + _doc(rid)), "invalid_json"),
    "nan_literal": (lambda rid, rng: (_k(rid), _doc(rid)[:-1] + b', "timestamp": NaN}'), "invalid_json"),
    "infinity_literal": (
        lambda rid, rng: (_k(rid), _doc(rid)[:-1] + b', "context": {"x": -Infinity}}'),
        "invalid_json",
    ),
    "number_overflow": (lambda rid, rng: (_k(rid), _doc(rid)[:-1] + b', "context": {"x": 1e999}}'), "invalid_json"),
    "lone_surrogate_value": (
        lambda rid, rng: (_k(rid), _doc(rid)[:-1] + b', "context": {"note": "x\\ud800y"}}'),
        "invalid_json",
    ),
    "lone_surrogate_id": (
        lambda rid, rng: (_k(rid), b'{"request_id": "%s\\udc00", "prompt": "p"}' % rid.encode()),
        "invalid_json",
    ),
    "lone_surrogate_key": (
        lambda rid, rng: (_k(rid), _doc(rid)[:-1] + b', "context": {"\\ud800": 1}}'),
        "invalid_json",
    ),
    # --- bytes that are not UTF-8
    "invalid_utf8_value": (lambda rid, rng: (_k(rid), _doc(rid).replace(b"Paris", b"Par\xc3\x28s")), "invalid_utf8"),
    "invalid_utf8_in_key": (
        lambda rid, rng: (_k(rid), _doc(rid)[:-1] + b', "context": {"k\xff\xfe": 1}}'),
        "invalid_utf8",
    ),
    "utf8_encoded_surrogate": (
        lambda rid, rng: (_k(rid), _doc(rid).replace(b"Paris", b"\xed\xa0\x80")),
        "invalid_utf8",
    ),
    "invalid_utf8_kafka_key": (lambda rid, rng: (b"\xff\xfe" + _k(rid), _doc(rid)), VERDICT),
    # --- not an object
    "array": (lambda rid, rng: (_k(rid), b'[{"request_id": "%s", "prompt": "p"}]' % rid.encode()), "not_an_object"),
    "json_null": (lambda rid, rng: (_k(rid), b"null"), "not_an_object"),
    "json_string": (lambda rid, rng: (_k(rid), b'"just a string"'), "not_an_object"),
    "json_number": (lambda rid, rng: (_k(rid), b"12345"), "not_an_object"),
    "nesting_400_top": (lambda rid, rng: (_k(rid), _nested(400)), "not_an_object"),
    "nesting_2000_top": (lambda rid, rng: (_k(rid), _nested(2000)), "too_deep"),
    "nesting_400_context": (
        lambda rid, rng: (_k(rid), _doc(rid)[:-1] + b', "context": {"x": ' + _nested(400) + b"}}"),
        "too_deep",
    ),
    # --- empty
    "zero_length_value": (lambda rid, rng: (_k(rid), b""), "invalid_json"),
    "tombstone": (lambda rid, rng: (_k(rid), None), "invalid_json"),
    "whitespace_value": (lambda rid, rng: (_k(rid), b"  \n "), "invalid_json"),
    "empty_object": (lambda rid, rng: (_k(rid), b"{}"), "missing_field:request_id"),
    # --- ids
    "id_missing": (lambda rid, rng: (_k(rid), b'{"prompt": "p"}'), "missing_field:request_id"),
    "id_number": (lambda rid, rng: (_k(rid), b'{"request_id": 42, "prompt": "p"}'), "wrong_type:request_id"),
    "id_float": (lambda rid, rng: (_k(rid), b'{"request_id": 4.2, "prompt": "p"}'), "wrong_type:request_id"),
    "id_bool": (lambda rid, rng: (_k(rid), b'{"request_id": true, "prompt": "p"}'), "wrong_type:request_id"),
    "id_object": (lambda rid, rng: (_k(rid), b'{"request_id": {"id": "x"}, "prompt": "p"}'), "wrong_type:request_id"),
    "id_array": (lambda rid, rng: (_k(rid), b'{"request_id": ["x"], "prompt": "p"}'), "wrong_type:request_id"),
    "id_null": (lambda rid, rng: (_k(rid), b'{"request_id": null, "prompt": "p"}'), "wrong_type:request_id"),
    "id_empty": (lambda rid, rng: (_k(rid), b'{"request_id": "", "prompt": "p"}'), "empty_field:request_id"),
    "id_whitespace": (
        lambda rid, rng: (_k(rid), b'{"request_id": " \\t\\n ", "prompt": "p"}'),
        "empty_field:request_id",
    ),
    "id_invisible": (
        lambda rid, rng: (_k(rid), '{"request_id": "\u200b\u00a0\ufeff", "prompt": "p"}'.encode()),
        "empty_field:request_id",
    ),
    "id_control_chars": (
        lambda rid, rng: (_k(rid), b'{"request_id": "%s\\u0000\\u001b", "prompt": "p"}' % rid.encode()),
        "invalid_chars:request_id",
    ),
    "id_too_long": (lambda rid, rng: (_k(rid), _doc(rid + "x" * 300)), "too_long:request_id"),
    "duplicate_id_key": (
        lambda rid, rng: (
            _k(rid),
            b'{"request_id": "%s", "request_id": "%s-b", "prompt": "p"}' % (rid.encode(), rid.encode()),
        ),
        "duplicate_key:request_id",
    ),
    "duplicate_prompt_key": (
        lambda rid, rng: (_k(rid), b'{"request_id": "%s", "prompt": "kill", "prompt": "hello"}' % rid.encode()),
        "duplicate_key:prompt",
    ),
    "duplicate_escaped_key": (
        lambda rid, rng: (_k(rid), b'{"request_id": "%s", "prompt": "kill", "pr\\u006fmpt": "hello"}' % rid.encode()),
        "duplicate_key:prompt",
    ),
    # --- fields
    "prompt_missing": (lambda rid, rng: (_k(rid), b'{"request_id": "%s"}' % rid.encode()), "missing_field:prompt"),
    "prompt_number": (lambda rid, rng: (_k(rid), _doc(rid, prompt=7)), "wrong_type:prompt"),
    "unknown_field": (lambda rid, rng: (_k(rid), _doc(rid, respone="typo")), "unknown_field:respone"),
    "unknown_field_random_name": (
        lambda rid, rng: (_k(rid), _doc(rid, **{f"f{rng.getrandbits(64):x}": 1})),
        "unknown_field",
    ),
    "text_300_900_kb": (lambda rid, rng: (_k(rid), _big_text(rng).replace(b"%s", rid.encode(), 1)), "too_long:prompt"),
    "message_over_1mb": (
        lambda rid, rng: (_k(rid), b'{"request_id": "%s", "prompt": "' % rid.encode() + b"b" * 1_000_100 + b'"}'),
        "too_large",
    ),
    "context_1mb_flat": (
        lambda rid, rng: (_k(rid), _doc(rid)[:-1] + b', "context": {"blob": "' + b"c" * 990_000 + b'"}}'),
        VERDICT,
    ),
    "timestamp_impossible_date": (
        lambda rid, rng: (_k(rid), _doc(rid, timestamp="2024-02-30T10:00:00Z")),
        "invalid_timestamp",
    ),
    "timestamp_negative": (lambda rid, rng: (_k(rid), _doc(rid, timestamp=-1)), "invalid_timestamp"),
    "timestamp_milliseconds": (
        lambda rid, rng: (_k(rid), _doc(rid, timestamp=1_714_000_000_000_000)),
        "invalid_timestamp",
    ),
    "timestamp_year_0": (lambda rid, rng: (_k(rid), _doc(rid, timestamp="0000-01-01T00:00:00Z")), "invalid_timestamp"),
    "timestamp_not_a_date": (lambda rid, rng: (_k(rid), _doc(rid, timestamp="yesterday")), "invalid_timestamp"),
    "timestamp_bool": (lambda rid, rng: (_k(rid), _doc(rid, timestamp=True)), "wrong_type:timestamp"),
    "timestamp_year_9999": (lambda rid, rng: (_k(rid), _doc(rid, timestamp="9999-12-31T23:59:59Z")), VERDICT),
    "timestamp_epoch_max": (lambda rid, rng: (_k(rid), _doc(rid, timestamp=253_402_300_799)), VERDICT),
    "timestamp_year_1800": (lambda rid, rng: (_k(rid), _doc(rid, timestamp="1800-01-01T00:00:00+01:00")), VERDICT),
    "timestamp_leap_second": (lambda rid, rng: (_k(rid), _doc(rid, timestamp="2016-12-31T23:59:60Z")), VERDICT),
    "huge_integer": (
        lambda rid, rng: (_k(rid), _doc(rid)[:-1] + b', "context": {"n": 123456789012345678901234567890}}'),
        VERDICT,
    ),
    "huge_integer_in_params": (
        lambda rid, rng: (
            _k(rid),
            _doc(rid)[:-1] + b', "proposed_action": {"type": "pay", "params": {"n": 99999999999999999999999}}}',
        ),
        VERDICT,
    ),
    # --- valid after all (documented: each yields one verdict)
    "empty_texts": (lambda rid, rng: (_k(rid), _doc(rid, prompt="", response="")), VERDICT),
    "all_optionals_null": (
        lambda rid, rng: (
            _k(rid),
            _doc(rid, tenant=None, timestamp=None, response=None, model=None, context=None, proposed_action=None),
        ),
        VERDICT,
    ),
    "surrogate_pair_escape": (
        lambda rid, rng: (_k(rid), _doc(rid, prompt="\\ud83d\\ude00").replace(b"\\\\", b"\\")),
        VERDICT,
    ),
    "no_kafka_key": (lambda rid, rng: (None, _doc(rid)), VERDICT),
    "nul_in_text": (lambda rid, rng: (_k(rid), _doc(rid, prompt="a\u0000b")), VERDICT),
}


def bad_inputs(copies: int, seed: int, prefix: str) -> list[Case]:
    """``copies`` records of every class (ids ``<prefix>-<class>-<n>``), shuffled with ``seed``."""
    rng = random.Random(seed)
    cases = []
    for name, (build, expect) in CLASSES.items():
        for n in range(copies):
            key, value = build(f"{prefix}-{name}-{n}", rng)
            cases.append(Case(name, key, value, expect))
    rng.shuffle(cases)
    return cases
