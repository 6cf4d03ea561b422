"""Benchmarks: each measures a candidate against a baseline side by side in one run.

Output contract (``eleanor-streams bench NAME --json``): one JSON object
``{"benchmark", "ratio", "candidate": {"label", "per_s"}, "baseline": {"label", "per_s"}, "details"}``
where ``ratio`` = candidate speed / baseline speed measured in the same run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from streams.config import Settings

__all__ = ["BENCHMARKS", "BenchResult", "Measured", "load"]

# name -> module under streams.bench exposing ``run(settings, quick) -> BenchResult``
BENCHMARKS: dict[str, str] = {
    "critics": "streams.bench.critics",
    "keys": "streams.bench.keys",
    "cache": "streams.bench.cache",
    "precedents": "streams.bench.precedents",
    "evidence": "streams.bench.evidence",
    "sizer": "streams.bench.sizer",
    "e2e": "streams.bench.e2e",
}


@dataclass(frozen=True, slots=True)
class Measured:
    """One side of a comparison: what ran and how many units per second it did."""

    label: str
    per_s: float


@dataclass(frozen=True, slots=True)
class BenchResult:
    """A benchmark's result in the shared contract."""

    benchmark: str
    candidate: Measured
    baseline: Measured
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        """Candidate speed over baseline speed."""
        return self.candidate.per_s / self.baseline.per_s if self.baseline.per_s else float("inf")

    def as_dict(self) -> dict[str, Any]:
        """The JSON contract."""
        return {
            "benchmark": self.benchmark,
            "ratio": round(self.ratio, 3),
            "candidate": {"label": self.candidate.label, "per_s": round(self.candidate.per_s, 1)},
            "baseline": {"label": self.baseline.label, "per_s": round(self.baseline.per_s, 1)},
            "details": self.details,
        }


def load(name: str) -> Callable[[Settings, bool], BenchResult]:
    """The ``run`` function of benchmark ``name``."""
    module = importlib.import_module(BENCHMARKS[name])
    runner: Callable[[Settings, bool], BenchResult] = module.run
    return runner
