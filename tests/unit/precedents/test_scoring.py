"""Alignment, conflict, novelty and drift baseline from matches (DOMAIN.md)."""

from __future__ import annotations

import numpy as np
import pytest

from streams.precedents.scoring import score_batch


def _score(sims: list[float], values: list[float], sev: list[float] | None = None, threshold: float = 0.5):  # type: ignore[no-untyped-def]
    return score_batch(
        np.array([sims], dtype=np.float32),
        np.array([values], dtype=np.float64),
        np.array([sev or [0.0] * len(sims)], dtype=np.float64),
        threshold,
    )


def test_weighted_mean_of_decisions() -> None:
    got = _score([0.9, 0.6], [-1.0, 1.0])
    assert got.alignment[0] == pytest.approx((0.9 * -1 + 0.6 * 1) / 1.5)
    assert not got.novel[0]


def test_conflict_is_weighted_variance() -> None:
    even = _score([0.8, 0.8], [-1.0, 1.0])
    assert even.alignment[0] == pytest.approx(0.0)
    assert even.conflict[0] == pytest.approx(1.0)
    agree = _score([0.8, 0.7], [-1.0, -1.0])
    assert agree.conflict[0] == pytest.approx(0.0)
    assert agree.alignment[0] == pytest.approx(-1.0)


def test_below_threshold_does_not_count_and_none_is_novel() -> None:
    got = _score([0.9, 0.4], [1.0, -1.0], [1.0, 3.0])
    assert got.alignment[0] == pytest.approx(1.0)
    assert got.mean_severity[0] == pytest.approx(1.0)
    assert list(got.counted[0]) == [True, False]
    novel = _score([0.4, 0.3], [1.0, -1.0])
    assert novel.novel[0]
    assert novel.alignment[0] == 0.0
    assert novel.conflict[0] == 0.0
    assert np.isnan(novel.mean_severity[0])


def test_padding_never_counts() -> None:
    got = _score([0.7, float("-inf")], [0.5, -1.0])
    assert got.alignment[0] == pytest.approx(0.5)
    assert list(got.counted[0]) == [True, False]


def test_mean_severity_is_similarity_weighted() -> None:
    got = _score([1.0, 0.5], [0.0, 0.0], [3.0, 0.0])
    assert got.mean_severity[0] == pytest.approx(2.0)
