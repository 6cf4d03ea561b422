"""Benchmarks: each measures a candidate against a baseline side by side in one run.

Output contract of one benchmark (:meth:`BenchResult.as_dict`)::

    {"benchmark", "ratio",
     "candidate": {"label", "per_s", "count"}, "baseline": {"label", "per_s", "count"},
     "details"}

``ratio`` = candidate speed / baseline speed, both measured in the same run. ``count`` is how many outputs
(keys, entries read back, summaries, rows stored, verdicts published...) each side produced in the
measured work: equal counts show that both sides did the same work. A side whose rate comes from a
time-boxed sample reports the sample's count and says so in ``details``.

``eleanor-streams bench NAME --json`` adds where and how the figure was made (:mod:`streams.tools.bench.record`):
``commit``, ``machine``, ``settings``, ``timestamp``, ``seconds`` and ``quick``.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BENCHMARKS", "E2E_PARTITIONS", "BenchResult", "Measured", "load"]

# name -> module under streams.tools.bench exposing ``run(settings, quick, **options) -> BenchResult`` (options:
# the benchmark's own keyword arguments, e.g. e2e's ``workers``)
BENCHMARKS: dict[str, str] = {
    "critics": "streams.tools.bench.critics",
    "keys": "streams.tools.bench.keys",
    "cache": "streams.tools.bench.cache",
    "precedents": "streams.tools.bench.precedents",
    "evidence": "streams.tools.bench.evidence",
    "sizer": "streams.tools.bench.sizer",
    "e2e": "streams.tools.bench.e2e",
}

# Partitions of the e2e benchmark's request topic: the most judge workers of one group that all get work.
E2E_PARTITIONS = 4


@dataclass(frozen=True, slots=True)
class Measured:
    """One side of a comparison: what ran, how many units per second, and how many outputs it produced."""

    label: str
    per_s: float
    count: int | None = None


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
            "ratio": _rounded_ratio(self.ratio),
            "candidate": _side(self.candidate),
            "baseline": _side(self.baseline),
            "details": self.details,
        }


def _rounded_ratio(value: float) -> float:
    """Three decimals, or three significant figures when that is finer: a ratio of 0.0436 keeps its precision
    (three decimals would make it 0.044, a 1 % error)."""
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, max(3, 2 - math.floor(math.log10(abs(value)))))


def _side(side: Measured) -> dict[str, Any]:
    return {"label": side.label, "per_s": round(side.per_s, 1), "count": side.count}


def load(name: str) -> Callable[..., BenchResult]:
    """The ``run`` function of benchmark ``name``: ``run(settings, quick, **options)``."""
    module = importlib.import_module(BENCHMARKS[name])
    runner: Callable[..., BenchResult] = module.run
    return runner
