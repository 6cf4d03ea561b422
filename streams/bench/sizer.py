"""``bench sizer``: the adaptive sizer vs fixed window sizes when critic latency jumps 10x halfway.

A deterministic simulation (no I/O, simulated time). The stream has a backlog, so every window fills. A
window of ``n`` events takes ``overhead_ms + n * per_event_ms`` times a log-normal jitter: the fixed part
is the per-window round trips (publish the verdicts, insert the evidence, commit), so small windows pay it
often; the per-event part is the critics, which become ``jump``x slower halfway through the run, so large
windows break the latency target afterwards. Every strategy sees the same jitter sequence.

``ratio`` = adaptive throughput / throughput of the best fixed size whose p95 window latency meets the
target in both phases (the p95 target is ``settings.sizer.target_p95_ms`` for everyone). "Halfway" means
half the run's time; the details also give the ratio when the jump comes after half the events, and
per-phase rates, so the comparison can be read either way.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from streams.bench import BenchResult, Measured
from streams.config import Settings
from streams.windowing import AdaptiveSizer, SizerPolicy, p95

__all__ = ["CostModel", "SimRun", "run", "simulate"]

FIXED_SIZES = (10, 50, 100, 250, 500, 1000, 2500, 5000)


@dataclass(frozen=True, slots=True)
class CostModel:
    """Window latency = (overhead_ms + events * per_event_ms * (jump after the switch)) * jitter."""

    overhead_ms: float = 40.0
    per_event_ms: float = 0.08
    jump: float = 10.0
    jitter_sigma: float = 0.08

    def latency_ms(self, events: int, slow: bool, jitter: float) -> float:
        """Latency of one window of ``events`` (``jitter`` is a log-normal factor around 1)."""
        per_event = self.per_event_ms * (self.jump if slow else 1.0)
        return (self.overhead_ms + events * per_event) * jitter


@dataclass(slots=True)
class SimRun:
    """What one strategy did: per window (start s, size, latency ms, slow phase?)."""

    label: str
    windows: list[tuple[float, int, float, bool]] = field(default_factory=list)

    def phase(self, slow: bool) -> list[tuple[float, int, float, bool]]:
        """Windows that ran in one phase."""
        return [w for w in self.windows if w[3] == slow]

    @property
    def events(self) -> int:
        """Events judged in the whole run."""
        return sum(w[1] for w in self.windows)

    @property
    def seconds(self) -> float:
        """Simulated time of the whole run."""
        return sum(w[2] for w in self.windows) / 1000.0

    def rate(self, slow: bool | None = None) -> float:
        """Events per simulated second (whole run or one phase)."""
        windows = self.windows if slow is None else self.phase(slow)
        busy = sum(w[2] for w in windows) / 1000.0
        return sum(w[1] for w in windows) / busy if busy else 0.0

    def p95_ms(self, slow: bool) -> float:
        """p95 window latency in one phase."""
        return p95(w[2] for w in self.phase(slow))


def simulate(
    label: str,
    next_size: Callable[[], int],
    observe: Callable[[int, float, float], None],
    cost: CostModel,
    *,
    phase_s: float,
    phase_events: int,
    jump_by: Literal["time", "events"],
    seed: int = 11,
) -> SimRun:
    """Run one strategy: windows back to back until both phases are done.

    ``jump_by="time"``: each phase lasts ``phase_s`` simulated seconds. ``jump_by="events"``: each phase
    judges ``phase_events`` events. ``observe(events, latency_s, now_s)`` feeds the strategy.
    """
    rng = random.Random(seed)
    out = SimRun(label)
    now, done = 0.0, 0
    while True:
        if jump_by == "time":
            slow = now >= phase_s
            if now >= 2 * phase_s:
                break
        else:
            slow = done >= phase_events
            if done >= 2 * phase_events:
                break
        size = next_size()
        latency = cost.latency_ms(size, slow, math.exp(rng.gauss(0.0, cost.jitter_sigma)))
        out.windows.append((now, size, latency, slow))
        now += latency / 1000.0
        done += size
        observe(size, latency / 1000.0, now)
    return out


def _adaptive(policy: SizerPolicy, cost: CostModel, **kw: Any) -> SimRun:
    clock = [0.0]
    sizer = AdaptiveSizer(policy, clock=lambda: clock[0])

    def observe(events: int, latency_s: float, now: float) -> None:
        clock[0] = now
        sizer.observe(events, latency_s, 1.0)

    return simulate("adaptive", lambda: sizer.next_size, observe, cost, **kw)


def _fixed(size: int, cost: CostModel, **kw: Any) -> SimRun:
    return simulate(f"fixed {size}", lambda: size, lambda *_: None, cost, **kw)


def _settle(adaptive: SimRun, target_ms: float) -> tuple[int, float, int]:
    """(windows, seconds) from the jump until the sizer settles, and the settled size.

    Settled = the first window after the jump that meets the target with a size within 0.5-1.5x of the
    median size over the last half of the slow phase.
    """
    slow = adaptive.phase(True)
    settled_size = int(statistics.median(w[1] for w in slow[len(slow) // 2 :]))
    jump_at = slow[0][0]
    for index, (start, size, latency, _) in enumerate(slow):
        if latency <= target_ms and 0.5 * settled_size <= size <= 1.5 * settled_size:
            return index, start - jump_at, settled_size
    return len(slow), slow[-1][0] - jump_at, settled_size


def _compare(policy: SizerPolicy, cost: CostModel, sizes: tuple[int, ...], **kw: Any) -> dict[str, Any]:
    target = policy.target_p95_ms
    adaptive = _adaptive(policy, cost, **kw)
    fixed = [_fixed(n, cost, **kw) for n in sizes]
    holding = [f for f in fixed if f.p95_ms(False) <= target and f.p95_ms(True) <= target]
    best = max(holding or fixed, key=lambda f: f.events / f.seconds)
    return {"adaptive": adaptive, "fixed": fixed, "holding": holding, "best": best}


def _oracle(policy: SizerPolicy, cost: CostModel, **kw: Any) -> SimRun:
    """The largest fixed size (binary search) whose p95 meets the target in both phases: hindsight's pick."""
    target = policy.target_p95_ms
    low, high = policy.min_window, policy.max_window
    best = _fixed(low, cost, **kw)
    while low <= high:
        mid = (low + high) // 2
        trial = _fixed(mid, cost, **kw)
        if trial.p95_ms(False) <= target and trial.p95_ms(True) <= target:
            best, low = trial, mid + 1
        else:
            high = mid - 1
    return best


def _per_s(run: SimRun) -> float:
    return run.events / run.seconds


def run(settings: Settings, quick: bool) -> BenchResult:
    """Adaptive vs fixed window sizes at the same p95 target, critic latency 10x after half the run."""
    policy = SizerPolicy.from_settings(settings.sizer)
    cost = CostModel()
    target = policy.target_p95_ms
    sizes = tuple(s for s in FIXED_SIZES if policy.min_window <= s <= policy.max_window)
    phase_s = 15.0 if quick else 120.0
    phase_events = 40_000 if quick else 300_000
    common = {"phase_s": phase_s, "phase_events": phase_events}
    by_time = _compare(policy, cost, sizes, jump_by="time", **common)
    by_events = _compare(policy, cost, sizes, jump_by="events", **common)
    adaptive: SimRun = by_time["adaptive"]
    best: SimRun = by_time["best"]
    fixed: list[SimRun] = by_time["fixed"]
    worst = min(fixed, key=lambda f: f.events / f.seconds)
    windows, seconds, settled = _settle(adaptive, target)
    slow_phase = adaptive.phase(True)
    ev_ratio = _per_s(by_events["adaptive"]) / _per_s(by_events["best"])
    oracle = _oracle(policy, cost, jump_by="time", **common)
    oracle_ev = _oracle(policy, cost, jump_by="events", **common)
    return BenchResult(
        benchmark="sizer",
        candidate=Measured("adaptive sizer (AIMD)", adaptive.events / adaptive.seconds),
        baseline=Measured(f"best fixed window holding the target ({best.label})", best.events / best.seconds),
        details={
            "target_p95_ms": target,
            "cost_model": (
                f"{cost.overhead_ms} ms per window + {cost.per_event_ms} ms per event, x{cost.jump} per event"
                f" after the jump, log-normal jitter sigma {cost.jitter_sigma}"
            ),
            "run": f"2 phases of {phase_s} simulated s, backlog (windows always full)",
            "adaptive_p95_ms": {"before": round(adaptive.p95_ms(False), 1), "after": round(adaptive.p95_ms(True), 1)},
            "adaptive_windows_over_target": sum(1 for w in adaptive.windows if w[2] > target),
            "adaptive_windows": len(adaptive.windows),
            "adaptive_median_size": {
                "before": int(statistics.median(w[1] for w in adaptive.phase(False))),
                "after": int(statistics.median(w[1] for w in slow_phase)),
            },
            "per_phase_events_per_s": {
                "adaptive": [round(adaptive.rate(False)), round(adaptive.rate(True))],
                best.label: [round(best.rate(False)), round(best.rate(True))],
            },
            "settle_after_jump": {"windows": windows, "seconds": round(seconds, 2), "size": settled},
            "best_fixed": best.label,
            "best_fixed_holds_target": best in by_time["holding"],
            "worst_fixed": f"{worst.label}: {worst.events / worst.seconds:,.0f}/s",
            "fixed": {
                f.label: {
                    "per_s": round(f.events / f.seconds),
                    "p95_ms": [round(f.p95_ms(False)), round(f.p95_ms(True))],
                    "holds": f in by_time["holding"],
                }
                for f in fixed
            },
            "ratio_if_jump_after_half_the_events": round(ev_ratio, 3),
            # Not a fair baseline (it needs the future's latency), but it bounds what any fixed size could do.
            "hindsight_best_fixed": {
                "jump_by_time": f"{oracle.label}: ratio {adaptive.events / adaptive.seconds / _per_s(oracle):.3f}",
                "jump_by_events": (f"{oracle_ev.label}: ratio {_per_s(by_events['adaptive']) / _per_s(oracle_ev):.3f}"),
            },
        },
    )
