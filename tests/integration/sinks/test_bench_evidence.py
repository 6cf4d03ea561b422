"""``bench evidence`` in quick mode against the test ClickHouse."""

from __future__ import annotations

import pytest

from streams.bench.evidence import run
from streams.config import load_settings

pytestmark = pytest.mark.clickhouse


def test_bench_evidence_quick(clickhouse_dsn: str) -> None:
    settings = load_settings(env={}, clickhouse={"dsn": clickhouse_dsn})
    result = run(settings, quick=True)
    data = result.as_dict()
    assert data["benchmark"] == "evidence"
    details = data["details"]
    assert details["rows"] == details["verdicts"] * 8
    assert details["row_at_a_time_sample_rows"] > 0
    assert details["row_at_a_time_sample_rows"] < details["rows"]  # time-boxed, then extrapolated
