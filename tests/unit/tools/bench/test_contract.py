from __future__ import annotations

import pytest

from streams.tools.bench import BenchResult, Measured


@pytest.mark.parametrize(("candidate", "baseline"), [(669.0, 15357.0), (1.0, 3.0), (59_800.0, 1_000.0), (5.0, 5.0)])
def test_the_reported_ratio_is_within_half_a_percent_of_the_reported_speeds(candidate: float, baseline: float) -> None:
    data = BenchResult("x", Measured("new", candidate, 1), Measured("old", baseline, 1)).as_dict()

    assert data["ratio"] == pytest.approx(data["candidate"]["per_s"] / data["baseline"]["per_s"], rel=0.005)


def test_a_small_ratio_keeps_three_significant_figures() -> None:
    data = BenchResult("x", Measured("new", 669.0, 1), Measured("old", 15357.0, 1)).as_dict()

    assert data["ratio"] == 0.0436
