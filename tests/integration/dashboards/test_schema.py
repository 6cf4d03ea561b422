"""Every panel's SQL runs on the migrated evidence schema; the check catches a missing column or macro."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from streams.clickhouse.migrate import migrate
from tests.integration.dashboards.check import check_dashboards
from tests.integration.dashboards.grafana import TimeRange, load_dashboards, panel_queries

pytestmark = pytest.mark.clickhouse

NOW = datetime.now(UTC).replace(microsecond=0)
LAST_HOUR = TimeRange(NOW - timedelta(hours=1), NOW, interval_s=60)


@pytest.fixture
def migrated(clickhouse_client: Any) -> Any:
    migrate(clickhouse_client)
    return clickhouse_client


def test_every_panel_executes_on_the_migrated_schema(migrated: Any) -> None:
    report = check_dashboards(migrated, LAST_HOUR)
    assert report.failures == [], "\n".join(f"{p.name}: {p.error}" for p in report.failures)
    total = sum(len(panel_queries(board)) for board in load_dashboards().values())
    assert len(report.panels) == total >= 40


def _with_sql(boards: dict[str, dict[str, Any]], board: str, title: str, edit: Any) -> dict[str, dict[str, Any]]:
    changed = copy.deepcopy(boards)
    for panel in changed[board]["panels"]:
        if panel["title"] == title:
            panel["targets"][0]["rawSql"] = edit(panel["targets"][0]["rawSql"])
            return changed
    raise AssertionError(f"no panel {title!r} in {board}")


def test_a_missing_column_fails_that_panel_only(migrated: Any) -> None:
    boards = load_dashboards()
    broken = _with_sql(
        boards, "overview", "Verdicts per second by light", lambda sql: sql.replace("light,", "traffic_light,", 1)
    )
    report = check_dashboards(migrated, LAST_HOUR, dashboards=broken)
    (failure,) = report.failures
    assert failure.name == "eleanor-streams / Overview / Verdicts per second by light / A"
    assert failure.error is not None
    assert failure.error.startswith("clickhouse:")
    assert "traffic_light" in failure.error


def test_a_missing_table_column_in_a_variable_fails_its_dashboard(migrated: Any) -> None:
    boards = copy.deepcopy(load_dashboards())
    boards["tenants"]["templating"]["list"][0]["query"] = "SELECT DISTINCT customer FROM verdicts"
    report = check_dashboards(migrated, LAST_HOUR, dashboards=boards)
    assert [p.name for p in report.failures] == ["eleanor-streams / Tenants / variables"]
    assert "customer" in (report.failures[0].error or "")


def test_an_unknown_macro_or_variable_fails(migrated: Any) -> None:
    boards = load_dashboards()
    for edit, expected in (
        (lambda sql: sql.replace("$__timeFilter(at)", "$__timeGroup(at, '1m')", 1), "unknown macro $__timeGroup"),
        (lambda sql: sql + " AND model = '$model'", "unknown template variable $model"),
    ):
        broken = _with_sql(boards, "sizer", "Window size chosen", edit)
        report = check_dashboards(migrated, LAST_HOUR, dashboards=broken)
        (failure,) = report.failures
        assert failure.error is not None
        assert failure.error.startswith("expansion:")
        assert expected in failure.error
