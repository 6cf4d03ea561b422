"""A circuit breaker for the Redis level: closed -> open after N failures -> one probe -> closed.

Pure state over an injectable clock; the cache asks :meth:`allow` before each Redis operation and
reports the outcome. While open, operations are skipped without touching the network.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable

from streams.errors import ConfigError

__all__ = ["BreakerState", "CircuitBreaker", "Transition"]


class BreakerState(enum.StrEnum):
    """Where the breaker is."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class Transition(enum.Enum):
    """What an outcome changed, so the caller can log state changes once rather than per call."""

    NONE = "none"
    OPENED = "opened"  # closed -> open: the backend just became unavailable
    REOPENED = "reopened"  # half_open -> open: a probe failed, still unavailable
    CLOSED = "closed"  # half_open -> closed: the backend is back


class CircuitBreaker:
    """Opens after ``failures`` consecutive failures; after ``reset_s`` lets a single probe through.

    A probe's success closes it, a probe's failure keeps it open for another ``reset_s``. A probe whose
    outcome never arrives (its task was cancelled) stops blocking after ``reset_s`` and another is allowed.
    """

    def __init__(self, failures: int, reset_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        if failures < 1:
            raise ConfigError(f"breaker failures must be >= 1, got {failures}")
        if reset_s <= 0:
            raise ConfigError(f"breaker reset_s must be > 0, got {reset_s}")
        self.threshold = failures
        self.reset_s = reset_s
        self._clock = clock
        self._state = BreakerState.CLOSED
        self._consecutive = 0
        self._since = 0.0  # when the breaker opened, or when the current probe started
        self.times_opened = 0

    @property
    def state(self) -> BreakerState:
        """Current state (an elapsed open period shows as open until the next :meth:`allow`)."""
        return self._state

    def allow(self) -> bool:
        """True if the caller may try the backend now (in half-open: only the one probe)."""
        if self._state is BreakerState.CLOSED:
            return True
        if self._clock() - self._since < self.reset_s:
            return False
        # Open long enough (or the last probe went silent): this caller is the probe.
        self._state = BreakerState.HALF_OPEN
        self._since = self._clock()
        return True

    def success(self) -> Transition:
        """Report a successful backend operation."""
        self._consecutive = 0
        if self._state is BreakerState.CLOSED:
            return Transition.NONE
        self._state = BreakerState.CLOSED
        return Transition.CLOSED

    def failure(self) -> Transition:
        """Report a failed or timed-out backend operation."""
        if self._state is BreakerState.HALF_OPEN:
            self._state = BreakerState.OPEN
            self._since = self._clock()
            return Transition.REOPENED
        if self._state is BreakerState.OPEN:
            # An operation that started before the breaker opened finished late: nothing changes.
            return Transition.NONE
        self._consecutive += 1
        if self._consecutive < self.threshold:
            return Transition.NONE
        self._state = BreakerState.OPEN
        self._since = self._clock()
        self._consecutive = 0
        self.times_opened += 1
        return Transition.OPENED
