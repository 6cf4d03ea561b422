"""``bench sizer`` (a simulation): same work on both sides, baseline from a fine sweep, readings beside it."""

from __future__ import annotations

from streams.config import load_settings
from streams.tools.bench.sizer import FIXED_SIZES, CostModel, run, simulate


def test_quick_run_compares_with_the_best_size_of_a_fine_sweep_over_the_same_events() -> None:
    result = run(load_settings(env={}), quick=True)
    data = result.as_dict()
    details = data["details"]
    assert data["candidate"]["count"] == data["baseline"]["count"] == 2 * 40_000
    assert details["best_fixed_holds_target"] is True
    assert max(details["best_fixed_p95_ms"].values()) <= details["target_p95_ms"]
    best_size = int(details["best_fixed"].split()[-1])
    # The fine sweep tries many more sizes than the coarse ladder, including sizes the ladder jumps over.
    assert details["fixed_sizes_tried"] > 3 * len(FIXED_SIZES)
    assert best_size not in FIXED_SIZES
    # Its best is at least as fast as the coarse ladder's best, so the headline is the lower ratio.
    assert data["ratio"] <= details["coarse_ladder"]["ratio"]
    coarse_holding = [
        f for f in details["coarse_ladder"]["fixed"].values() if max(f["p95_ms"]) <= details["target_p95_ms"]
    ]
    assert result.baseline.per_s >= max(f["per_s"] for f in coarse_holding) - 1
    for reading in ("jump_by_time", "small_jump"):
        assert details[reading]["ratio"] > 0
    assert details["adaptive_median_size"]["before"] > 4 * details["adaptive_median_size"]["after"]


def test_phases_by_events_cut_windows_so_every_strategy_judges_the_same_events() -> None:
    cost = CostModel(jitter_sigma=0.0)
    for size in (7, 100, 333):
        sim = simulate(
            f"fixed {size}", lambda s=size: s, lambda *_: None, cost, phase_s=0, phase_events=1_000, jump_by="events"
        )
        assert sum(w[1] for w in sim.phase(False)) == 1_000
        assert sum(w[1] for w in sim.phase(True)) == 1_000


def test_simulation_is_deterministic_and_switches_phase() -> None:
    cost = CostModel(jitter_sigma=0.0)
    sim = simulate("fixed 100", lambda: 100, lambda *_: None, cost, phase_s=1.0, phase_events=0, jump_by="time")
    fast, slow = sim.phase(False), sim.phase(True)
    assert fast[0][2] == 40.0 + 100 * 0.08
    assert slow[0][2] == 40.0 + 100 * 0.8
    again = simulate("fixed 100", lambda: 100, lambda *_: None, cost, phase_s=1.0, phase_events=0, jump_by="time")
    assert again.windows == sim.windows
