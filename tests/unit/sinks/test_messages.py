"""Rows built from the published messages equal the rows built from the objects, value for value."""

from __future__ import annotations

import orjson

from streams.models import DeadLetter, SourceRef
from streams.models.wire import encode_dead_letter, encode_verdict
from streams.sinks.messages import (
    dead_letter_row_from,
    encode_window,
    finding_rows_from,
    payload_hash_header,
    verdict_row_from,
    window_row_from,
)
from streams.sinks.rows import dead_letter_row, finding_rows, verdict_row, window_row
from streams.sinks.writer import range_token
from streams.tools.bench.evidence import sample_verdicts
from streams.windowing import WindowDecision


def test_verdict_message_gives_the_same_verdict_and_finding_rows() -> None:
    for verdict in sample_verdicts(50):
        doc = orjson.loads(encode_verdict(verdict))
        assert verdict_row_from(doc) == verdict_row(verdict)
        assert finding_rows_from(doc) == finding_rows(verdict)


def test_window_message_gives_the_same_row() -> None:
    decision = WindowDecision("t:0:5+10", 10, 10, 12.5, 0.9, 30.0, 210, "grow", 1_700_000_000.123)
    assert window_row_from(orjson.loads(encode_window(decision)), "w", 0, 3) == window_row(decision)
    anonymous = WindowDecision(None, 10, 10, 12.5, 0.9, 30.0, 210, "grow", 1.0)
    assert window_row_from(orjson.loads(encode_window(anonymous)), "w", 1, 3)[0] == "anon-w:1:3"


def test_dead_letter_message_and_header_give_the_same_row_even_when_cut() -> None:
    letter = DeadLetter(b"\x00{" * 3_000, "invalid_json", "bad", SourceRef("req", 2, 9), 5.5, "r-1")
    doc = orjson.loads(encode_dead_letter(letter, max_payload_bytes=1_000))
    header = payload_hash_header(letter.payload)
    assert dead_letter_row_from(doc, [header]) == dead_letter_row(letter, 1_000)
    # without the header (another producer) the hash is of the bytes at hand
    whole = orjson.loads(encode_dead_letter(letter))
    assert dead_letter_row_from(whole) == dead_letter_row(letter)


def test_range_token_depends_on_table_rows_and_ranges_only() -> None:
    ranges = {("v", 0): (10, 19), ("v", 1): (3, 7)}
    same = {("v", 1): (3, 7), ("v", 0): (10, 19)}
    assert range_token("verdicts", 15, ranges) == range_token("verdicts", 15, same)
    assert range_token("verdicts", 15, ranges) != range_token("findings", 15, ranges)
    assert range_token("verdicts", 15, ranges) != range_token("verdicts", 15, {("v", 0): (10, 20), ("v", 1): (3, 7)})
