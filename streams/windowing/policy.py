"""The adaptive sizer's definition: bounds, targets and steps, frozen and validated."""

from __future__ import annotations

from dataclasses import dataclass

from streams.config import SizerSettings
from streams.errors import ConfigError

__all__ = ["SizerPolicy"]


@dataclass(frozen=True, slots=True)
class SizerPolicy:
    """What the sizer aims for and how far it may move in one step.

    ``min_window``/``max_window`` bound the window (events); ``initial_window`` is the first size;
    ``target_p95_ms`` is the p95 window evaluation latency to stay under; ``target_success`` the share of
    events that must be judged without an errored critic; ``max_wait_s`` the longest wait for a window to
    fill; ``increase_step`` the additive increase per healthy window; ``decrease_factor`` the multiplicative
    decrease on a miss; ``history`` how many recent windows the p95 is taken over.
    """

    min_window: int = 10
    max_window: int = 5_000
    initial_window: int = 100
    target_p95_ms: float = 500.0
    target_success: float = 0.95
    max_wait_s: float = 0.5
    increase_step: int = 50
    decrease_factor: float = 0.5
    history: int = 8

    def __post_init__(self) -> None:
        problems: list[str] = []
        if self.min_window < 1:
            problems.append(f"min_window must be >= 1 (got {self.min_window})")
        if not self.min_window <= self.initial_window <= self.max_window:
            problems.append(
                "need min_window <= initial_window <= max_window"
                f" (got {self.min_window}, {self.initial_window}, {self.max_window})"
            )
        if self.target_p95_ms <= 0:
            problems.append(f"target_p95_ms must be > 0 (got {self.target_p95_ms})")
        if not 0 < self.target_success <= 1:
            problems.append(f"target_success must be in (0, 1] (got {self.target_success})")
        if self.max_wait_s <= 0:
            problems.append(f"max_wait_s must be > 0 (got {self.max_wait_s})")
        if self.increase_step < 1:
            problems.append(f"increase_step must be >= 1 (got {self.increase_step})")
        if not 0 < self.decrease_factor < 1:
            problems.append(f"decrease_factor must be in (0, 1) (got {self.decrease_factor})")
        if self.history < 1:
            problems.append(f"history must be >= 1 (got {self.history})")
        if problems:
            raise ConfigError("invalid sizer policy: " + "; ".join(problems))

    @classmethod
    def from_settings(cls, settings: SizerSettings) -> SizerPolicy:
        """The policy described by the ``sizer`` settings section."""
        return cls(
            min_window=settings.min_window,
            max_window=settings.max_window,
            initial_window=settings.initial_window,
            target_p95_ms=settings.target_p95_ms,
            target_success=settings.target_success,
            max_wait_s=settings.max_wait_s,
            increase_step=settings.increase_step,
            decrease_factor=settings.decrease_factor,
            history=settings.history,
        )

    def clamp(self, size: int) -> int:
        """``size`` held inside the bounds."""
        return max(self.min_window, min(self.max_window, size))
