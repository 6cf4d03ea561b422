"""``bench sizer`` in quick mode: runs, and the simulated sizer does what the benchmark claims."""

from __future__ import annotations

from streams.bench.sizer import CostModel, run, simulate
from streams.config import load_settings


def test_bench_sizer_quick() -> None:
    result = run(load_settings(env={}), quick=True)
    data = result.as_dict()
    assert data["benchmark"] == "sizer"
    details = data["details"]
    assert details["best_fixed_holds_target"] is True
    best = details["fixed"][details["best_fixed"]]
    assert best["holds"] is True
    assert max(best["p95_ms"]) <= details["target_p95_ms"]
    # Every fixed size that holds the target is no faster than the one reported as best.
    assert all(f["per_s"] <= best["per_s"] for f in details["fixed"].values() if f["holds"])
    # The sizer grows large windows while critics are fast and shrinks them after the jump.
    assert details["adaptive_median_size"]["before"] > 4 * details["adaptive_median_size"]["after"]
    assert result.ratio > 1.0
    assert data["ratio"] == round(result.candidate.per_s / result.baseline.per_s, 3)


def test_simulation_is_deterministic_and_switches_phase() -> None:
    cost = CostModel(jitter_sigma=0.0)
    sim = simulate("fixed 100", lambda: 100, lambda *_: None, cost, phase_s=1.0, phase_events=0, jump_by="time")
    fast, slow = sim.phase(False), sim.phase(True)
    assert fast[0][2] == 40.0 + 100 * 0.08
    assert slow[0][2] == 40.0 + 100 * 0.8
    again = simulate("fixed 100", lambda: 100, lambda *_: None, cost, phase_s=1.0, phase_events=0, jump_by="time")
    assert again.windows == sim.windows
