"""The adaptive sizer at run time: observe each window, choose the next window's size (AIMD).

Pure arithmetic over plain numbers: no clock is read except the injectable one that stamps decisions.

How a window's latency is judged. Window latency grows with its events (a fixed per-window overhead plus a
per-event cost), so the history is compared at a common size: a full window's latency is projected linearly
to the size in question (``latency * size / events``). Projecting up also scales the fixed overhead, which
over-estimates, so growth stays on the safe side. A *partial* window (it closed because ``max_wait`` expired,
fewer events than the size it was taken with) is never projected up: its raw latency is a lower bound of what
a full window would take, so it cannot make the window look too big; it only shrinks the window when its own
latency already broke the target. And a partial window never grows the size: the stream, not the window, was
the limit, so it says nothing about whether a larger window would fit.

The decision for each window, in order:
1. success below target: shrink (errors and timeouts grow with window size; a smaller window limits the harm);
2. p95 of the history projected to the current size over target: shrink;
3. partial window: hold;
4. otherwise grow by ``increase_step`` if the history projected to the larger size stays under target.
A shrink multiplies the size by ``decrease_factor`` as many times as needed for the projected p95 to meet the
target (at least once), so a 10x latency jump is answered in one window instead of a cascade of halvings.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from streams.windowing.policy import SizerPolicy

__all__ = ["AdaptiveSizer", "Reason", "WindowDecision", "p95"]

Reason = Literal[
    "grow",
    "at_max",
    "hold_target",
    "hold_partial",
    "hold_empty",
    "shrink_latency",
    "shrink_errors",
]


@dataclass(frozen=True, slots=True)
class WindowDecision:
    """One window's outcome and the size chosen for the next window (a row of the ``windows`` table).

    ``at`` is seconds since the epoch (UTC); ``p95_ms`` is the p95 of the history projected to
    ``size_chosen``.
    """

    window_id: str | None
    size_chosen: int
    events: int
    latency_ms: float
    success_rate: float
    p95_ms: float
    next_size: int
    reason: Reason
    at: float

    @property
    def full(self) -> bool:
        """True when the window filled up to the size it was taken with."""
        return self.events >= self.size_chosen


@dataclass(frozen=True, slots=True)
class _Sample:
    events: int
    latency_ms: float
    full: bool

    def projected_ms(self, size: int) -> float:
        # A partial window is never projected up (see the module docstring).
        if self.full or size < self.events:
            return self.latency_ms * size / self.events
        return self.latency_ms


def p95(values: Iterable[float]) -> float:
    """Nearest-rank 95th percentile (0.0 for no values)."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


class AdaptiveSizer:
    """Chooses window sizes with additive increase / multiplicative decrease under a p95 latency target.

    Usage per window: take up to ``next_size`` events waiting at most ``max_wait_s``, evaluate them, then
    ``observe(events, latency_s, success_rate)``. ``latency_s`` is the evaluation time of the window (from
    the moment it was handed over to the moment its results were ready), not the time spent waiting for it
    to fill. Not thread-safe; one sizer per agent.
    """

    def __init__(self, policy: SizerPolicy, *, clock: Callable[[], float] = time.time) -> None:
        self._policy = policy
        self._clock = clock
        self._size = policy.initial_window
        self._history: deque[_Sample] = deque(maxlen=policy.history)

    @property
    def policy(self) -> SizerPolicy:
        """The frozen policy this sizer runs."""
        return self._policy

    @property
    def next_size(self) -> int:
        """How many events the next window may take."""
        return self._size

    @property
    def max_wait_s(self) -> float:
        """Longest wait for the next window to fill."""
        return self._policy.max_wait_s

    def projected_p95_ms(self, size: int) -> float:
        """p95 of the recent window latencies projected to a window of ``size`` events."""
        return p95(sample.projected_ms(size) for sample in self._history)

    def observe(
        self,
        events: int,
        latency_s: float,
        success_rate: float,
        *,
        window_id: str | None = None,
        size: int | None = None,
    ) -> WindowDecision:
        """Record a finished window and choose the next size.

        ``size`` is the size the window was taken with (default: the current ``next_size``);
        ``success_rate`` is the share of its events judged without an errored critic or timeout.
        """
        if events < 0 or latency_s < 0 or not 0.0 <= success_rate <= 1.0:
            raise ValueError(
                f"observe needs events >= 0, latency_s >= 0, 0 <= success_rate <= 1"
                f" (got {events}, {latency_s}, {success_rate})"
            )
        chosen = size if size is not None else self._size
        latency_ms = latency_s * 1000.0
        full = events >= chosen
        reason: Reason
        if events == 0:
            # An empty window measured nothing: keep the size.
            next_size, reason = chosen, "hold_empty"
        else:
            self._history.append(_Sample(events, latency_ms, full))
            next_size, reason = self._choose(chosen, full, success_rate)
        return self._decide(
            window_id=window_id,
            chosen=chosen,
            events=events,
            latency_ms=latency_ms,
            success_rate=success_rate,
            next_size=next_size,
            reason=reason,
        )

    def _choose(self, chosen: int, full: bool, success_rate: float) -> tuple[int, Reason]:
        policy = self._policy
        reason: Reason
        if success_rate < policy.target_success:
            next_size, reason = self._shrunk(chosen, by_latency=False), "shrink_errors"
        elif self.projected_p95_ms(chosen) > policy.target_p95_ms:
            next_size, reason = self._shrunk(chosen, by_latency=True), "shrink_latency"
        elif not full:
            next_size, reason = chosen, "hold_partial"
        elif chosen >= policy.max_window:
            next_size, reason = policy.max_window, "at_max"
        else:
            candidate = policy.clamp(chosen + policy.increase_step)
            if self.projected_p95_ms(candidate) <= policy.target_p95_ms:
                next_size, reason = candidate, "grow"
            else:
                next_size, reason = chosen, "hold_target"
        return next_size, reason

    def _shrunk(self, size: int, *, by_latency: bool) -> int:
        policy = self._policy
        new = policy.clamp(math.floor(size * policy.decrease_factor))
        if by_latency:
            while new > policy.min_window and self.projected_p95_ms(new) > policy.target_p95_ms:
                new = policy.clamp(math.floor(new * policy.decrease_factor))
        return new

    def _decide(
        self,
        *,
        window_id: str | None,
        chosen: int,
        events: int,
        latency_ms: float,
        success_rate: float,
        next_size: int,
        reason: Reason,
    ) -> WindowDecision:
        self._size = self._policy.clamp(next_size)
        return WindowDecision(
            window_id=window_id,
            size_chosen=chosen,
            events=events,
            latency_ms=latency_ms,
            success_rate=success_rate,
            p95_ms=self.projected_p95_ms(chosen),
            next_size=self._size,
            reason=reason,
            at=self._clock(),
        )
