"""Invariants of the sizer over arbitrary observation sequences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.windowing import AdaptiveSizer, SizerPolicy

POLICY = SizerPolicy(min_window=5, max_window=400, initial_window=50, target_p95_ms=200.0, history=5)

observation = st.tuples(
    st.floats(min_value=0.0, max_value=1.0),  # share of the window that filled
    st.floats(min_value=0.0, max_value=2.0),  # latency, seconds
    st.floats(min_value=0.0, max_value=1.0),  # success rate
)


@settings(max_examples=200, deadline=None)
@given(st.lists(observation, min_size=1, max_size=60))
def test_decisions_respect_bounds_and_direction(observations: list[tuple[float, float, float]]) -> None:
    sizer = AdaptiveSizer(POLICY)
    for fill, latency_s, success in observations:
        size = sizer.next_size
        events = round(size * fill)
        decision = sizer.observe(events, latency_s, success)
        assert POLICY.min_window <= decision.next_size <= POLICY.max_window
        assert decision.next_size == sizer.next_size
        assert decision.size_chosen == size
        if decision.next_size > size:
            # Growth only from a full, successful window whose latency met the target.
            assert decision.reason == "grow"
            assert events >= size
            assert success >= POLICY.target_success
            assert latency_s * 1000 <= POLICY.target_p95_ms
            assert decision.next_size - size <= POLICY.increase_step
        if success < POLICY.target_success and events > 0:
            assert decision.next_size <= max(POLICY.min_window, size)
            assert decision.reason == "shrink_errors"
        if latency_s * 1000 > POLICY.target_p95_ms and events > 0:
            assert decision.next_size <= max(POLICY.min_window, size // 2) or decision.reason == "shrink_errors"
