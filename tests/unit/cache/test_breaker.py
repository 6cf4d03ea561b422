"""The circuit breaker's state machine, driven by a fake clock."""

from __future__ import annotations

import pytest

from streams.cache.breaker import BreakerState, CircuitBreaker, Transition
from streams.errors import ConfigError


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _opened(clock: Clock, failures: int = 3, reset_s: float = 5.0) -> CircuitBreaker:
    breaker = CircuitBreaker(failures, reset_s, clock=clock)
    for _ in range(failures):
        assert breaker.allow()
        breaker.failure()
    assert breaker.state is BreakerState.OPEN
    return breaker


def test_opens_after_consecutive_failures_only() -> None:
    breaker = CircuitBreaker(3, 5.0, clock=Clock())
    assert breaker.failure() is Transition.NONE
    assert breaker.failure() is Transition.NONE
    assert breaker.success() is Transition.NONE  # a success in between resets the count
    assert breaker.failure() is Transition.NONE
    assert breaker.failure() is Transition.NONE
    assert breaker.state is BreakerState.CLOSED
    assert breaker.failure() is Transition.OPENED
    assert breaker.state is BreakerState.OPEN
    assert breaker.times_opened == 1


def test_open_breaker_refuses_until_reset_then_allows_one_probe() -> None:
    clock = Clock()
    breaker = _opened(clock)
    clock.now += 4.9
    assert not breaker.allow()
    clock.now += 0.2
    assert breaker.allow()  # the probe
    assert breaker.state is BreakerState.HALF_OPEN
    assert not breaker.allow()  # nobody else while the probe is out


def test_probe_success_closes() -> None:
    clock = Clock()
    breaker = _opened(clock)
    clock.now += 5.0
    assert breaker.allow()
    assert breaker.success() is Transition.CLOSED
    assert breaker.state is BreakerState.CLOSED
    assert breaker.allow()


def test_probe_failure_reopens_for_another_period_without_counting_a_new_opening() -> None:
    clock = Clock()
    breaker = _opened(clock)
    clock.now += 5.0
    assert breaker.allow()
    assert breaker.failure() is Transition.REOPENED
    assert breaker.state is BreakerState.OPEN
    assert breaker.times_opened == 1
    clock.now += 4.0
    assert not breaker.allow()
    clock.now += 1.0
    assert breaker.allow()


def test_a_silent_probe_stops_blocking_after_reset() -> None:
    clock = Clock()
    breaker = _opened(clock)
    clock.now += 5.0
    assert breaker.allow()
    clock.now += 4.0
    assert not breaker.allow()
    clock.now += 1.0
    assert breaker.allow()


def test_late_failure_while_open_changes_nothing() -> None:
    clock = Clock()
    breaker = _opened(clock)
    assert breaker.failure() is Transition.NONE
    assert breaker.times_opened == 1


@pytest.mark.parametrize(("failures", "reset_s"), [(0, 1.0), (1, 0.0)])
def test_bad_settings_are_refused(failures: int, reset_s: float) -> None:
    with pytest.raises(ConfigError):
        CircuitBreaker(failures, reset_s)
