"""The critics benchmark runs end to end at a tiny size and honours the shared output contract."""

from __future__ import annotations

from streams.config import load_settings
from streams.tools.bench import load


def test_bench_critics_quick_contract() -> None:
    result = load("critics")(load_settings(env={}), True)
    data = result.as_dict()
    assert data["benchmark"] == "critics"
    assert set(data) == {"benchmark", "ratio", "candidate", "baseline", "details"}
    assert data["candidate"]["per_s"] > 0
    assert data["baseline"]["per_s"] > 0
    assert data["ratio"] == round(result.candidate.per_s / result.baseline.per_s, 3)
    details = data["details"]
    assert set(details["windows"]) == {"1", "10", "100"}
    assert details["identical_findings_to_baseline"] is True
    assert details["quick"] is True
    assert set(details["lights"]) == {"GREEN", "AMBER", "RED"}
    # Equal work: both sides judged every request of the run and say so.
    assert data["candidate"]["count"] == data["baseline"]["count"] == details["events"] == details["baseline_events"]
