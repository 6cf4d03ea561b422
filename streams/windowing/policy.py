"""The adaptive sizer's definition: bounds, targets and steps, frozen and validated."""

from __future__ import annotations

from typing import Any

import pydantic

from streams.config import SizerSettings
from streams.errors import ConfigError

__all__ = ["SizerPolicy"]


class SizerPolicy(SizerSettings):
    """What the sizer aims for and how far it may move in one step.

    The fields, their defaults and their validation are those of the ``sizer`` settings section
    (:class:`~streams.config.SizerSettings`), defined once there: ``min_window``/``max_window`` bound the
    window (events); ``initial_window`` is the first size; ``target_p95_ms`` is the p95 window evaluation
    latency to stay under; ``target_success`` the share of events that must be judged without an errored
    critic; ``max_wait_s`` the longest wait for a window to fill; ``increase_step`` the additive increase per
    healthy window; ``decrease_factor`` the multiplicative decrease on a miss; ``history`` how many recent
    windows the p95 is taken over. Frozen; invalid values raise :class:`ConfigError` naming the fields.
    """

    def __init__(self, **fields: Any) -> None:
        try:
            super().__init__(**fields)
        except pydantic.ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'policy'}: {err['msg']}" for err in exc.errors()
            )
            raise ConfigError(f"invalid sizer policy: {problems}") from exc

    @classmethod
    def from_settings(cls, settings: SizerSettings) -> SizerPolicy:
        """The policy described by the ``sizer`` settings section."""
        return cls(**settings.model_dump())

    def clamp(self, size: int) -> int:
        """``size`` held inside the bounds."""
        return max(self.min_window, min(self.max_window, size))
