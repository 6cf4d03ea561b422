"""Run every dashboard's SQL the way Grafana would, against a ClickHouse database, and report per panel.

Used in-process by the tests, and as ``python -m tests.integration.dashboards.check DSN DATABASE FROM TO``
(epoch seconds) in a child process when the evidence lives in an embedded ClickHouse path that the test
process cannot open (chDB allows one data path per process). The report is JSON on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from tests.integration.dashboards.grafana import (
    ALL,
    ExpansionError,
    TimeRange,
    load_dashboards,
    panel_queries,
    query_variables,
    render,
    variable_sql,
)


@dataclass
class PanelResult:
    """Outcome of one panel query: rows returned, or the error."""

    name: str
    sql: str
    rows: int = 0
    nonzero_rows: int = 0  # rows with at least one non-zero number: data, not an empty aggregate
    columns: list[str] = field(default_factory=list)
    sample: list[list[Any]] = field(default_factory=list)  # the first rows, as JSON-friendly values
    error: str | None = None

    def column(self, name: str) -> list[Any]:
        """One column of the sampled rows."""
        index = self.columns.index(name)
        return [row[index] for row in self.sample]


@dataclass
class Report:
    """All panels of all dashboards for one selection of variables."""

    selection: dict[str, list[str]]
    panels: list[PanelResult] = field(default_factory=list)
    variables: dict[str, list[str]] = field(default_factory=dict)

    @property
    def failures(self) -> list[PanelResult]:
        """Panels whose query did not expand or did not execute."""
        return [p for p in self.panels if p.error is not None]

    def by_name(self) -> dict[str, PanelResult]:
        """Results keyed by ``dashboard / panel / refId``."""
        return {p.name: p for p in self.panels}


def _is_nonzero(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value and value != 0


_SAMPLE_ROWS = 200


def _rows(client: Any, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in client.query(sql).result_rows]


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return str(value)


def variable_options(client: Any, dashboard: dict[str, Any], time_range: TimeRange) -> dict[str, list[str]]:
    """Run each query variable like Grafana does when the time range changes; first column = option."""
    options: dict[str, list[str]] = {}
    for variable in query_variables(dashboard):
        sql = render(variable_sql(variable), {}, time_range)
        options[variable["name"]] = [str(row[0]) for row in _rows(client, sql)]
    return options


def check_dashboards(
    client: Any,
    time_range: TimeRange,
    selection: dict[str, list[str]] | None = None,
    dashboards: dict[str, dict[str, Any]] | None = None,
) -> Report:
    """Expand and run every panel query. ``selection`` picks variable values; a variable not in it is All."""
    boards = dashboards if dashboards is not None else load_dashboards()
    report = Report(selection=dict(selection or {}))
    for board in boards.values():
        try:
            options = variable_options(client, board, time_range)
        except Exception as exc:  # the variable query itself is broken: every panel depends on it
            report.panels.append(PanelResult(f"{board['title']} / variables", "", error=str(exc)))
            continue
        report.variables.update(options)
        chosen = {name: report.selection.get(name) or [ALL] for name in options}
        for query in panel_queries(board):
            result = PanelResult(query.name, query.sql)
            try:
                result.sql = render(query.sql, chosen, time_range, options)
                answer = client.query(result.sql)
                rows = [tuple(row) for row in answer.result_rows]
            except ExpansionError as exc:
                result.error = f"expansion: {exc}"
            except Exception as exc:  # ClickHouse rejects the query: unknown column, bad function, ...
                result.error = f"clickhouse: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
            else:
                result.rows = len(rows)
                result.nonzero_rows = sum(1 for row in rows if any(_is_nonzero(v) for v in row))
                result.columns = list(answer.column_names)
                result.sample = [[_jsonable(v) for v in row] for row in rows[:_SAMPLE_ROWS]]
            report.panels.append(result)
    return report


def main(argv: list[str] | None = None) -> int:
    """Child-process entry point: open the DSN, check, print the report as JSON."""
    import clickhouse_connect

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dsn")
    parser.add_argument("database")
    parser.add_argument("start", type=float, help="epoch seconds")
    parser.add_argument("end", type=float, help="epoch seconds")
    parser.add_argument("--interval", type=float, default=60.0)
    parser.add_argument("--select", action="append", default=[], help="variable=value (repeatable)")
    args = parser.parse_args(argv)
    selection: dict[str, list[str]] = {}
    for item in args.select:
        name, _, value = item.partition("=")
        selection.setdefault(name, []).append(value)
    client = clickhouse_connect.get_client(dsn=args.dsn)
    client.database = args.database
    time_range = TimeRange(
        datetime.fromtimestamp(args.start, UTC), datetime.fromtimestamp(args.end, UTC), args.interval
    )
    report = check_dashboards(client, time_range, selection)
    json.dump(
        {"selection": report.selection, "variables": report.variables, "panels": [asdict(p) for p in report.panels]},
        sys.stdout,
    )
    client.close()
    return 0


def parse_report(text: str) -> Report:
    """The inverse of :func:`main`'s output."""
    data = json.loads(text)
    report = Report(selection=data["selection"], variables=data["variables"])
    report.panels = [PanelResult(**p) for p in data["panels"]]
    return report


if __name__ == "__main__":
    raise SystemExit(main())
