"""``bench sizer``: the adaptive sizer vs fixed window sizes when critic latency jumps 10x halfway.

A deterministic simulation (no I/O, simulated time). The stream has a backlog, so every window fills. A
window of ``n`` events takes ``overhead_ms + n * per_event_ms`` times a log-normal jitter: the fixed part
is the per-window round trips (publish the verdicts, insert the evidence, commit), so small windows pay it
often; the per-event part is the critics, which become ``jump``x slower halfway through the run, so large
windows break the latency target afterwards. Every strategy sees the same jitter sequence.

It is a model of the pipeline, not a measurement of it: the costs are chosen, and the ratio says how the
sizer's rule fares against fixed sizes under them.

``ratio`` = adaptive throughput / throughput of the best fixed size, over the same work: every strategy
judges the same events, half before the jump and half after. "Best fixed size" = the fastest fixed size
whose p95 window latency meets the target (``settings.sizer.target_p95_ms``) in both phases, found by a
fine sweep (every ~5 % from the smallest to the largest window, then every size around the best), so the
baseline is the size hindsight would pick. Beside it (details): the reading against the coarse ladder of
sizes the earlier version tried (``coarse_ladder``: 250 then 500, skipping the best size in between), the
reading when the jump comes after half the simulated *time* (``jump_by_time``), and a smaller x3 jump
(``small_jump``). ``count`` = events judged by each side.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from streams.config import Settings
from streams.errors import EleanorError
from streams.tools.bench import BenchResult, Measured
from streams.windowing import AdaptiveSizer, SizerPolicy, p95

__all__ = ["FIXED_SIZES", "CostModel", "SimRun", "run", "simulate"]

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
    judges exactly ``phase_events`` events (the window that would cross a phase's end is cut at it), so
    every strategy does the same work. ``observe(events, latency_s, now_s)`` feeds the strategy.
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
        if jump_by == "events":  # every strategy judges exactly phase_events events in each phase
            size = min(size, (2 if slow else 1) * phase_events - done)
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


def _holds(run: SimRun, target: float) -> bool:
    return run.p95_ms(False) <= target and run.p95_ms(True) <= target


def _best_of(runs: list[SimRun], target: float) -> SimRun:
    """The fastest run that holds the target in both phases (the fastest of all if none holds)."""
    holding = [r for r in runs if _holds(r, target)]
    return max(holding or runs, key=_per_s)


def _fine_sweep(policy: SizerPolicy, cost: CostModel, **kw: Any) -> tuple[SimRun, int]:
    """The best fixed size that holds the target, and how many sizes were tried.

    Every size on a ~5 % geometric ladder from the smallest to the largest window, then every single size
    within one ladder step of the best one: no fixed size the sizer could pick is skipped by a coarse jump.
    """
    target = policy.target_p95_ms
    low, high = policy.min_window, policy.max_window
    ladder: list[int] = []
    size = float(low)
    while size < high:
        if not ladder or int(size) != ladder[-1]:
            ladder.append(int(size))
        size *= 1.05
    ladder.append(high)
    tried = {n: _fixed(n, cost, **kw) for n in ladder}
    best = _best_of(list(tried.values()), target)
    centre = int(best.label.split()[-1])
    for n in range(max(low, int(centre / 1.05)), min(high, int(centre * 1.05) + 1) + 1):
        if n not in tried:
            tried[n] = _fixed(n, cost, **kw)
    return _best_of(list(tried.values()), target), len(tried)


def _per_s(run: SimRun) -> float:
    return run.events / run.seconds


def _reading(policy: SizerPolicy, cost: CostModel, **kw: Any) -> dict[str, Any]:
    """Adaptive vs the best fixed size of the fine sweep, in one scenario."""
    adaptive = _adaptive(policy, cost, **kw)
    best, tried = _fine_sweep(policy, cost, **kw)
    return {"adaptive": adaptive, "best": best, "tried": tried, "ratio": _per_s(adaptive) / _per_s(best)}


def _phase_rates(run: SimRun) -> list[int]:
    return [round(run.rate(False)), round(run.rate(True))]


def run(settings: Settings, quick: bool) -> BenchResult:
    """Adaptive vs the best fixed window size at the same p95 target, critic latency x10 after half the events."""
    policy = SizerPolicy.from_settings(settings.sizer)
    cost = CostModel()
    target = policy.target_p95_ms
    phase_s = 15.0 if quick else 120.0
    phase_events = 40_000 if quick else 300_000
    common = {"phase_s": phase_s, "phase_events": phase_events}
    main = _reading(policy, cost, jump_by="events", **common)
    adaptive: SimRun = main["adaptive"]
    best: SimRun = main["best"]
    if adaptive.events != best.events:
        raise EleanorError(f"bench sizer: adaptive judged {adaptive.events} events, {best.label} {best.events}")

    ladder = tuple(s for s in FIXED_SIZES if policy.min_window <= s <= policy.max_window)
    coarse = [_fixed(n, cost, jump_by="events", **common) for n in ladder]
    coarse_best = _best_of(coarse, target)
    by_time = _reading(policy, cost, jump_by="time", **common)
    small = CostModel(jump=3.0)
    small_jump = _reading(policy, small, jump_by="events", **common)

    windows, seconds, settled = _settle(adaptive, target)
    slow_phase = adaptive.phase(True)
    return BenchResult(
        benchmark="sizer",
        candidate=Measured("adaptive sizer (AIMD), simulated", _per_s(adaptive), adaptive.events),
        baseline=Measured(f"best fixed window of a fine sweep ({best.label})", _per_s(best), best.events),
        details={
            "ratio_measures": (
                "events/s over the same events (half before, half after a x10 critic slowdown), adaptive vs the"
                " fastest fixed size whose p95 holds the target in both phases, from a fine sweep"
            ),
            "simulation": "simulated time and chosen costs, not a measurement of the pipeline",
            "target_p95_ms": target,
            "cost_model": (
                f"{cost.overhead_ms} ms per window + {cost.per_event_ms} ms per event, x{cost.jump} per event"
                f" after the jump, log-normal jitter sigma {cost.jitter_sigma}"
            ),
            "run": f"2 phases of {phase_events:,} events each, backlog (windows always full)",
            "best_fixed": best.label,
            "best_fixed_holds_target": _holds(best, target),
            "fixed_sizes_tried": main["tried"],
            "adaptive_p95_ms": {"before": round(adaptive.p95_ms(False), 1), "after": round(adaptive.p95_ms(True), 1)},
            "best_fixed_p95_ms": {"before": round(best.p95_ms(False), 1), "after": round(best.p95_ms(True), 1)},
            "adaptive_windows_over_target": sum(1 for w in adaptive.windows if w[2] > target),
            "adaptive_windows": len(adaptive.windows),
            "adaptive_median_size": {
                "before": int(statistics.median(w[1] for w in adaptive.phase(False))),
                "after": int(statistics.median(w[1] for w in slow_phase)),
            },
            "per_phase_events_per_s": {"adaptive": _phase_rates(adaptive), best.label: _phase_rates(best)},
            "settle_after_jump": {"windows": windows, "seconds": round(seconds, 2), "size": settled},
            "coarse_ladder": {
                "sizes": list(ladder),
                "best": coarse_best.label,
                "ratio": round(_per_s(adaptive) / _per_s(coarse_best), 3),
                "fixed": {
                    f.label: {"per_s": round(_per_s(f)), "p95_ms": [round(f.p95_ms(False)), round(f.p95_ms(True))]}
                    for f in coarse
                },
            },
            "jump_by_time": {
                "ratio": round(by_time["ratio"], 3),
                "best_fixed": by_time["best"].label,
                "note": f"each phase {phase_s} simulated s; the strategies judge different numbers of events",
            },
            "small_jump": {
                "jump": small.jump,
                "ratio": round(small_jump["ratio"], 3),
                "best_fixed": small_jump["best"].label,
            },
        },
    )
