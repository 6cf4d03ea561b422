"""The seed corpus and the JSONL reader: every case valid, bad lines named precisely."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from streams.errors import PrecedentError
from streams.models.critics import CRITICS
from streams.models.verdict import DECISION_VALUES
from streams.precedents.store import parse_cases, read_jsonl


def test_seed_corpus_is_large_valid_and_balanced() -> None:
    cases = read_jsonl()
    assert len(cases) >= 200
    assert len({c.case_id for c in cases}) == len(cases)
    assert len({c.digest for c in cases}) == len(cases)
    decisions = Counter(c.decision for c in cases)
    assert set(decisions) == set(DECISION_VALUES)
    assert min(decisions.values()) >= 30
    areas = Counter(max(c.severities, key=lambda k: c.severities[k]) for c in cases)
    assert set(areas) == set(CRITICS)
    for case in cases:
        assert case.source == "seed"
        assert case.rationale
        assert set(case.severities) <= set(CRITICS)
        top = max(case.severities.values())
        # Decisions follow severity the way the aggregation rules do.
        if case.decision == "deny":
            assert top >= 2.5, case.case_id
        if case.decision == "allow":
            assert top < 1.0, case.case_id


def test_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"case_id": "a", "prompt": "p", "response": "r", "decision": "deny", "severities": {"risk": 2.5}}\n'
        "\n"
        '{"case_id": "b", "text": "whole text", "decision": "allow"}\n'
    )
    a, b = read_jsonl(path)
    assert (a.text, a.decision, a.source, a.mean_severity) == ("p\n\nr", "deny", "review", 2.5)
    assert (b.text, b.decision) == ("whole text", "allow")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "x.jsonl:2: invalid JSON"),
        ('{"case_id": "b", "prompt": "p", "decision": "maybe"}', "x.jsonl:2: decision 'maybe'"),
        ('{"case_id": "b", "prompt": "p"}', "x.jsonl:2: missing decision"),
        ('{"case_id": "b", "decision": "deny"}', r"x.jsonl:2: missing prompt \(or text\)"),
        ('{"case_id": "b", "prompt": "p", "decision": "deny", "severities": {"mood": 1}}', "unknown critic area"),
        ('{"case_id": "b", "prompt": "p", "decision": "deny", "severities": {"risk": 9}}', "outside 0-3"),
        ('{"case_id": "a", "prompt": "p", "decision": "deny"}', "duplicate case_id 'a'"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_lines_are_named(line: str, message: str) -> None:
    lines = ['{"case_id": "a", "prompt": "ok", "decision": "allow"}', line]
    with pytest.raises(PrecedentError, match=message):
        list(parse_cases(lines, "x.jsonl"))


def test_missing_file_is_a_precedent_error(tmp_path: Path) -> None:
    with pytest.raises(PrecedentError, match="cannot read"):
        read_jsonl(tmp_path / "nope.jsonl")
