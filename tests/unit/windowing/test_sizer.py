"""The AIMD sizer: growth, shrink on latency and on errors, bounds, partial windows."""

from __future__ import annotations

import pydantic
import pytest

from streams.config import SizerSettings
from streams.errors import ConfigError
from streams.windowing import AdaptiveSizer, SizerPolicy, WindowDecision, p95

POLICY = SizerPolicy(
    min_window=10,
    max_window=1_000,
    initial_window=100,
    target_p95_ms=500.0,
    target_success=0.95,
    max_wait_s=0.5,
    increase_step=50,
    decrease_factor=0.5,
    history=4,
)


def cost_s(events: int, per_event_ms: float = 0.2, overhead_ms: float = 20.0) -> float:
    """A window's latency in a linear cost model: fixed overhead plus a per-event cost."""
    return (overhead_ms + per_event_ms * events) / 1000.0


def run_full(sizer: AdaptiveSizer, windows: int, per_event_ms: float) -> list[WindowDecision]:
    out = []
    for _ in range(windows):
        n = sizer.next_size
        out.append(sizer.observe(n, cost_s(n, per_event_ms), 1.0))
    return out


def test_policy_from_settings_and_validation() -> None:
    settings = SizerSettings(min_window=5, max_window=50, initial_window=20, history=3)
    policy = SizerPolicy.from_settings(settings)
    assert (policy.min_window, policy.max_window, policy.initial_window, policy.history) == (5, 50, 20, 3)
    with pytest.raises(pydantic.ValidationError, match="frozen"):
        policy.min_window = 1  # type: ignore[misc]
    with pytest.raises(ConfigError, match="initial_window"):
        SizerPolicy(min_window=10, max_window=100, initial_window=500)
    with pytest.raises(ConfigError, match="decrease_factor"):
        SizerPolicy(decrease_factor=1.0)


def test_policy_defaults_are_the_settings_defaults() -> None:
    assert SizerPolicy() == SizerPolicy.from_settings(SizerSettings())
    assert SizerPolicy().model_dump() == SizerSettings().model_dump()


def test_grows_additively_while_under_target() -> None:
    sizer = AdaptiveSizer(POLICY, clock=lambda: 1234.5)
    decisions = run_full(sizer, 5, per_event_ms=0.2)
    assert [d.size_chosen for d in decisions] == [100, 150, 200, 250, 300]
    assert all(d.reason == "grow" for d in decisions)
    assert decisions[-1].next_size == 350
    assert decisions[0].at == 1234.5
    assert decisions[0].latency_ms == pytest.approx(40.0)


def test_growth_stops_below_target_and_holds() -> None:
    # 20 ms + 1 ms/event: a 480-event window takes 500 ms, the target.
    sizer = AdaptiveSizer(POLICY)
    decisions = run_full(sizer, 40, per_event_ms=1.0)
    sizes = [d.size_chosen for d in decisions]
    assert max(sizes) <= 480
    assert all(d.latency_ms <= POLICY.target_p95_ms for d in decisions)
    assert decisions[-1].reason == "hold_target"
    assert decisions[-1].next_size == decisions[-2].next_size


def test_stops_at_max_window() -> None:
    sizer = AdaptiveSizer(POLICY)
    decisions = run_full(sizer, 30, per_event_ms=0.01)
    assert sizer.next_size == POLICY.max_window
    assert decisions[-1].reason == "at_max"


def test_latency_jump_shrinks_multiplicatively_in_one_window() -> None:
    sizer = AdaptiveSizer(POLICY)
    run_full(sizer, 30, per_event_ms=0.2)
    big = sizer.next_size
    assert big == POLICY.max_window
    # The critic becomes 10x slower: 1,000 events now take 2,020 ms.
    decision = sizer.observe(big, cost_s(big, per_event_ms=2.0), 1.0)
    assert decision.reason == "shrink_latency"
    assert decision.p95_ms > POLICY.target_p95_ms
    # 1000 -> 500 -> 250 -> 125 (projected 252 ms); every step a halving.
    assert decision.next_size == 125
    # The next, smaller window meets the target and the sizer grows again from there.
    after = sizer.observe(sizer.next_size, cost_s(sizer.next_size, per_event_ms=2.0), 1.0)
    assert after.latency_ms <= POLICY.target_p95_ms


def test_shrinks_on_errors_even_when_fast() -> None:
    sizer = AdaptiveSizer(POLICY)
    decision = sizer.observe(100, cost_s(100), success_rate=0.80)
    assert decision.reason == "shrink_errors"
    assert decision.next_size == 50
    again = sizer.observe(50, cost_s(50), success_rate=0.5)
    assert again.next_size == 25


def test_never_below_min_window() -> None:
    sizer = AdaptiveSizer(POLICY)
    for _ in range(10):
        decision = sizer.observe(sizer.next_size, 5.0, 0.0)
    assert decision.next_size == POLICY.min_window
    assert sizer.next_size == POLICY.min_window


def test_partial_window_is_not_counted_as_too_big() -> None:
    # 5 events in a window of 100 (max_wait expired), 30 ms: 6 ms per event would project a full window to
    # 600 ms, over target, but the window was short because the stream was quiet.
    sizer = AdaptiveSizer(POLICY)
    decision = sizer.observe(5, 0.030, 1.0)
    assert not decision.full
    assert decision.reason == "hold_partial"
    assert decision.next_size == 100
    assert decision.p95_ms == pytest.approx(30.0)


def test_partial_window_over_target_still_shrinks() -> None:
    sizer = AdaptiveSizer(POLICY)
    decision = sizer.observe(60, 0.900, 1.0)
    assert decision.reason == "shrink_latency"
    assert decision.next_size < 100


def test_partial_windows_do_not_grow() -> None:
    sizer = AdaptiveSizer(POLICY)
    for _ in range(5):
        decision = sizer.observe(40, 0.010, 1.0)
    assert decision.reason == "hold_partial"
    assert sizer.next_size == 100


def test_explicit_size_and_window_id_are_recorded() -> None:
    sizer = AdaptiveSizer(POLICY)
    decision = sizer.observe(200, cost_s(200), 1.0, window_id="w-7", size=200)
    assert decision.window_id == "w-7"
    assert decision.size_chosen == 200
    assert decision.next_size == 250


def test_empty_window_holds() -> None:
    sizer = AdaptiveSizer(POLICY)
    decision = sizer.observe(0, 0.0, 1.0)
    assert decision.reason == "hold_empty"
    assert sizer.next_size == 100


def test_rejects_nonsense() -> None:
    sizer = AdaptiveSizer(POLICY)
    with pytest.raises(ValueError, match="success_rate"):
        sizer.observe(10, 0.1, 1.5)


def test_p95_nearest_rank() -> None:
    assert p95([]) == 0.0
    assert p95([3.0]) == 3.0
    assert p95(float(i) for i in range(1, 101)) == 95.0
    assert p95([1.0, 2.0, 3.0, 100.0]) == 100.0
