"""``bench evidence`` in quick mode against the test ClickHouse: both sides store every row."""

from __future__ import annotations

import pytest

from streams.config import load_settings
from streams.tools.bench.evidence import run

pytestmark = pytest.mark.clickhouse


def test_bench_evidence_quick_stores_every_row_on_both_sides(clickhouse_dsn: str) -> None:
    settings = load_settings(env={}, clickhouse={"dsn": clickhouse_dsn})
    result = run(settings, quick=True)
    data = result.as_dict()
    assert data["benchmark"] == "evidence"
    details = data["details"]
    assert details["rows"] == details["verdicts"] * 8
    # Counted by ClickHouse on each side's own database: the baseline is not a sample.
    assert data["candidate"]["count"] == data["baseline"]["count"] == details["rows"]
    assert data["ratio"] == pytest.approx(details["row_at_a_time_seconds"] / details["bulk_seconds"], rel=0.05)
