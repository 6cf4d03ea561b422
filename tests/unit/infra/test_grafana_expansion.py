"""The Grafana expansion used by the panel-SQL test matches the ClickHouse plugin's macros and Grafana's formats."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.integration.dashboards.grafana import (
    ALL,
    ExpansionError,
    TimeRange,
    expand_conditional_all,
    expand_macros,
    expand_variables,
    load_dashboards,
    panel_queries,
    render,
)

RANGE = TimeRange(
    start=datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=UTC),
    end=datetime(2026, 1, 2, 4, 4, 5, 900000, tzinfo=UTC),
    interval_s=30,
)
FROM_S, TO_S = 1767323045, 1767326645


@pytest.mark.parametrize(
    ("macro", "expected"),
    [
        ("$__timeFilter(evaluated_at)", f"evaluated_at >= toDateTime({FROM_S}) AND evaluated_at <= toDateTime({TO_S})"),
        (
            "$__timeFilter_ms(at)",
            f"at >= fromUnixTimestamp64Milli({FROM_S}678) AND at <= fromUnixTimestamp64Milli({TO_S}900)",
        ),
        ("$__fromTime", f"toDateTime({FROM_S})"),
        ("$__toTime", f"toDateTime({TO_S})"),
        ("$__fromTime_ms", f"fromUnixTimestamp64Milli({FROM_S}678)"),
        ("$__toTime_ms", f"fromUnixTimestamp64Milli({TO_S}900)"),
        ("$__dateFilter(d)", "d >= toDate('2026-01-02') AND d <= toDate('2026-01-02')"),
        (
            "$__dt(d, t)",
            f"(d >= toDate('2026-01-02') AND d <= toDate('2026-01-02')) AND"
            f" (t >= toDateTime({FROM_S}) AND t <= toDateTime({TO_S}))",
        ),
        ("$__timeInterval(at)", "toStartOfInterval(toDateTime(at), INTERVAL 30 second)"),
        ("$__timeInterval_ms(at)", "toStartOfInterval(toDateTime64(at, 3), INTERVAL 30000 millisecond)"),
        ("$__interval_s", "30"),
    ],
)
def test_macros_expand_like_the_plugin(macro: str, expected: str) -> None:
    assert expand_macros(macro, RANGE) == expected


def test_macro_arguments_may_nest_parentheses() -> None:
    sql = "SELECT $__timeInterval(coalesce(request_ts, evaluated_at)) AS t FROM v WHERE $__timeFilter(evaluated_at)"
    out = expand_macros(sql, RANGE)
    assert "toDateTime(coalesce(request_ts, evaluated_at))" in out
    assert "$" not in out


def test_interval_never_below_one_second() -> None:
    tiny = TimeRange(RANGE.start, RANGE.end, interval_s=0.2)
    assert expand_macros("$__interval_s", tiny) == "1"


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("$__timeFilter(a, b)", "expected 1 argument, received 2"),
        ("$__timeFilter", "expected 1 argument, received 0"),
        ("$__dt(a)", "expected 2 arguments"),
        ("$__timeGroup(at, '1m')", "unknown macro"),
        ("$__interval", "unknown macro"),  # Grafana's global, not this plugin's macro
        ("$__timeFilter(at", "unbalanced"),
    ],
)
def test_bad_macros_are_errors(sql: str, message: str) -> None:
    with pytest.raises(ExpansionError, match=message):
        expand_macros(sql, RANGE)


def test_variable_formats() -> None:
    values = {"tenant": ["acme", "o'brien"]}
    assert expand_variables("IN (${tenant:singlequote})", values) == "IN ('acme','o\\'brien')"
    assert expand_variables("IN (${tenant:sqlstring})", values) == "IN ('acme','o''brien')"
    assert expand_variables("${tenant:csv}", values) == "acme,o'brien"
    assert expand_variables("= '$tenant'", {"tenant": ["acme"]}) == "= 'acme'"
    assert expand_variables("= '[[tenant]]'", {"tenant": ["acme"]}) == "= 'acme'"
    # Macros pass through untouched for the backend step.
    assert expand_variables("$__timeFilter(at)", values) == "$__timeFilter(at)"


def test_bad_variables_are_errors() -> None:
    with pytest.raises(ExpansionError, match="unknown template variable"):
        expand_variables("$model", {"tenant": ["a"]})
    with pytest.raises(ExpansionError, match="has 2 values"):
        expand_variables("= '$tenant'", {"tenant": ["a", "b"]})
    with pytest.raises(ExpansionError, match="unsupported variable format"):
        expand_variables("${tenant:json}", {"tenant": ["a"]})


def test_render_rejects_leftovers() -> None:
    with pytest.raises(ExpansionError, match="unexpanded"):
        render("SELECT '$' || x", {}, RANGE)


CONDITION = "WHERE $__conditionalAll(tenant IN (${tenant:singlequote}), $tenant) AND x = 1"


def test_conditional_all_drops_the_condition_for_all() -> None:
    assert expand_conditional_all(CONDITION, {"tenant": [ALL]}) == "WHERE 1=1 AND x = 1"
    picked = expand_conditional_all(CONDITION, {"tenant": ["acme"]})
    assert picked == "WHERE tenant IN (${tenant:singlequote}) AND x = 1"
    assert render(CONDITION, {"tenant": ["acme", "globex"]}, RANGE) == "WHERE tenant IN ('acme','globex') AND x = 1"
    # ${tenant} braces are a plain reference too.
    assert expand_conditional_all("$__conditionalAll(t = 1, ${tenant})", {"tenant": [ALL]}) == "1=1"


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("$__conditionalAll(t IN (${tenant:singlequote}), ${tenant:singlequote})", "plain \\$variable"),
        ("$__conditionalAll(t = 1)", "expected 2 arguments"),
        ("$__conditionalAll(t = 1, $model)", "unknown template variable \\$model"),
    ],
)
def test_bad_conditional_all_is_an_error(sql: str, message: str) -> None:
    with pytest.raises(ExpansionError, match=message):
        expand_conditional_all(sql, {"tenant": [ALL]})


def test_all_outside_conditional_all_means_every_option() -> None:
    sql = "tenant IN (${tenant:singlequote})"
    assert render(sql, {"tenant": [ALL]}, RANGE, {"tenant": ["a", "b"]}) == "tenant IN ('a','b')"
    with pytest.raises(ExpansionError, match="has no value"):
        render(sql, {"tenant": [ALL]}, RANGE, {"tenant": []})


def test_every_dashboard_query_renders_without_leftovers() -> None:
    boards = load_dashboards()
    assert set(boards) == {"overview", "critics", "sizer", "precedent", "tenants", "review"}
    for selection in ({"tenant": ["acme", "globex"]}, {"tenant": [ALL]}):
        for board in boards.values():
            for query in panel_queries(board):
                sql = render(query.sql, selection, RANGE)
                assert "toDateTime(" in sql or "FROM precedents" in sql, query.name
