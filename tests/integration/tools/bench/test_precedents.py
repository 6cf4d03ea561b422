"""``bench precedents`` runs end to end in quick mode and reports the contract's fields."""

from __future__ import annotations

import os

import pytest

from streams.config import load_settings
from streams.tools.bench import load

pytestmark = pytest.mark.clickhouse


def test_quick_bench_reports_ratio_and_scaling(clickhouse_dsn: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ELEANOR_")}
    settings = load_settings(env=env, clickhouse={"dsn": clickhouse_dsn})
    result = load("precedents")(settings, True)
    data = result.as_dict()
    assert data["benchmark"] == "precedents"
    assert data["candidate"]["per_s"] > 0
    assert data["baseline"]["per_s"] > 0
    details = data["details"]
    assert details["store_cases"] == 500
    assert data["candidate"]["count"] == data["baseline"]["count"] == details["requests"]
    assert 0.2 < details["matched_share"] < 1.0  # near-duplicates match, fresh requests mostly do not
    assert set(details["scaling"]) == {"200", "1,000"}
    for point in details["scaling"].values():
        assert point["p95_ms"] > 0
        assert point["index_mb"] > 0
