"""What Grafana and the ClickHouse data source do to a panel's SQL before ClickHouse sees it.

Three steps, in Grafana's order. The plugin's frontend replaces ``$__conditionalAll(condition, $var)`` by
``1=1`` when *All* is selected for ``$var`` and by the condition otherwise; Grafana interpolates template
variables (``$tenant``, ``${tenant:singlequote}``; *All* without a custom all-value means every option);
then the plugin's backend expands its macros (``$__timeFilter(col)``, ...).
The macro table mirrors grafana-clickhouse-datasource (pkg/macros): ``fromTime``, ``toTime``,
``fromTime_ms``, ``toTime_ms``, ``timeFilter``, ``timeFilter_ms``, ``dateFilter``, ``dateTimeFilter``/``dt``,
``timeInterval``, ``timeInterval_ms`` and ``interval_s``, with the same expansions. Anything left that
starts with ``$`` is an error: Grafana would send it to ClickHouse verbatim and the panel would break.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ALL = "$__all"  # the value Grafana stores when "All" is selected
DASHBOARDS_DIR = Path(__file__).resolve().parents[3] / "infra" / "grafana" / "dashboards"
PLUGIN_TYPE = "grafana-clickhouse-datasource"


class ExpansionError(ValueError):
    """A macro or variable Grafana could not expand (unknown name, wrong arguments, leftovers)."""


@dataclass(frozen=True)
class TimeRange:
    """The dashboard's time picker and the interval Grafana derived for a panel."""

    start: datetime
    end: datetime
    interval_s: float = 60.0

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("time range bounds must be timezone-aware")


@dataclass(frozen=True)
class PanelQuery:
    """One target of one panel."""

    dashboard: str
    panel: str
    ref_id: str
    sql: str
    format: int

    @property
    def name(self) -> str:
        """``dashboard / panel / refId``, for messages and test ids."""
        return f"{self.dashboard} / {self.panel} / {self.ref_id}"


# -- macros (backend) -----------------------------------------------------------------------------


def _date_time(t: datetime) -> str:
    return f"toDateTime({int(t.timestamp())})"


def _date_time64(t: datetime) -> str:
    return f"fromUnixTimestamp64Milli({int(t.timestamp()) * 1000 + t.microsecond // 1000})"


def _date(t: datetime) -> str:
    return f"toDate('{t.astimezone(UTC):%Y-%m-%d}')"


def _one(args: list[str]) -> str:
    if len(args) != 1:
        raise ExpansionError(f"expected 1 argument, received {len(args)}")
    return args[0]


def _between(column: str, low: str, high: str) -> str:
    return f"{column} >= {low} AND {column} <= {high}"


def _date_time_filter(args: list[str], r: TimeRange) -> str:
    if len(args) != 2:
        raise ExpansionError(f"expected 2 arguments, received {len(args)}")
    dates = _between(args[0], _date(r.start), _date(r.end))
    times = _between(args[1], _date_time(r.start), _date_time(r.end))
    return f"({dates}) AND ({times})"


_MACROS: dict[str, Callable[[list[str], TimeRange], str]] = {
    "fromTime": lambda a, r: _date_time(r.start),
    "toTime": lambda a, r: _date_time(r.end),
    "fromTime_ms": lambda a, r: _date_time64(r.start),
    "toTime_ms": lambda a, r: _date_time64(r.end),
    "timeFilter": lambda a, r: _between(_one(a), _date_time(r.start), _date_time(r.end)),
    "timeFilter_ms": lambda a, r: _between(_one(a), _date_time64(r.start), _date_time64(r.end)),
    "dateFilter": lambda a, r: _between(_one(a), _date(r.start), _date(r.end)),
    "dateTimeFilter": _date_time_filter,
    "dt": _date_time_filter,
    "timeInterval": lambda a, r: (
        f"toStartOfInterval(toDateTime({_one(a)}), INTERVAL {max(int(r.interval_s), 1)} second)"
    ),
    "timeInterval_ms": lambda a, r: (
        f"toStartOfInterval(toDateTime64({_one(a)}, 3), INTERVAL {max(int(r.interval_s * 1000), 1)} millisecond)"
    ),
    "interval_s": lambda a, r: str(max(int(r.interval_s), 1)),
}
_MACRO = re.compile(r"\$__([A-Za-z_]+)")


def _arguments(sql: str, open_at: int) -> tuple[list[str], int]:
    """Split ``(a, f(b, c))`` at top-level commas; returns the arguments and the index after ``)``."""
    depth, current, args = 0, [], []
    for i in range(open_at, len(sql)):
        ch = sql[i]
        if ch == "(":
            depth += 1
            if depth == 1:
                continue
        elif ch == ")":
            depth -= 1
            if depth == 0:
                args.append("".join(current).strip())
                return [a for a in args if a], i + 1
        elif ch == "," and depth == 1:
            args.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    raise ExpansionError(f"unbalanced parentheses after position {open_at}")


def expand_macros(sql: str, time_range: TimeRange) -> str:
    """Expand every plugin macro; an unknown ``$__name`` is an error."""
    out: list[str] = []
    pos = 0
    while (match := _MACRO.search(sql, pos)) is not None:
        name = match.group(1)  # the whole word: $__timeFilter_ms is not $__timeFilter followed by _ms
        if name not in _MACROS:
            raise ExpansionError(f"unknown macro $__{name}")
        end = match.end()
        args: list[str] = []
        if end < len(sql) and sql[end] == "(":
            args, end = _arguments(sql, end)
        try:
            expansion = _MACROS[name](args, time_range)
        except ExpansionError as exc:
            raise ExpansionError(f"$__{name}: {exc}") from exc
        out.append(sql[pos : match.start()])
        out.append(expansion)
        pos = end
    out.append(sql[pos:])
    return "".join(out)


# -- template variables (frontend) ----------------------------------------------------------------

_VARIABLE = re.compile(r"\$\{([A-Za-z_]\w*)(?::(\w+))?\}|\$([A-Za-z_]\w*)|\[\[([A-Za-z_]\w*)\]\]")


def _format(values: Sequence[str], fmt: str | None, name: str) -> str:
    if fmt == "singlequote":
        return ",".join("'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'" for v in values)
    if fmt == "sqlstring":
        return ",".join("'" + v.replace("'", "''") + "'" for v in values)
    if fmt == "csv":
        return ",".join(values)
    if fmt in (None, "raw"):
        if len(values) != 1:
            raise ExpansionError(f"${name} has {len(values)} values: use a format such as ${{{name}:singlequote}}")
        return values[0]
    raise ExpansionError(f"unsupported variable format {fmt!r} for ${name}")


def expand_variables(sql: str, values: Mapping[str, Sequence[str]]) -> str:
    """Interpolate dashboard variables; ``$__macros`` are left for :func:`expand_macros`."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(3) or match.group(4)
        if name.startswith("__"):
            return match.group(0)
        if name not in values:
            raise ExpansionError(f"unknown template variable ${name}")
        chosen = values[name]
        if not chosen:
            raise ExpansionError(f"template variable ${name} has no value")
        return _format(chosen, match.group(2), name)

    return _VARIABLE.sub(replace, sql)


_CONDITIONAL_ALL = "$__conditionalAll"
_PLAIN_VARIABLE = re.compile(r"^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$")


def expand_conditional_all(sql: str, selection: Mapping[str, Sequence[str]]) -> str:
    """``$__conditionalAll(condition, $var)``: ``1=1`` when ``$var`` is All, else the condition."""
    out: list[str] = []
    pos = 0
    while (start := sql.find(_CONDITIONAL_ALL + "(", pos)) != -1:
        args, end = _arguments(sql, start + len(_CONDITIONAL_ALL))
        if len(args) != 2:
            raise ExpansionError(f"$__conditionalAll: expected 2 arguments, received {len(args)}")
        plain = _PLAIN_VARIABLE.match(args[1])
        if plain is None:
            raise ExpansionError(f"$__conditionalAll: second argument must be a plain $variable, got {args[1]!r}")
        name = plain.group(1) or plain.group(2)
        if name not in selection:
            raise ExpansionError(f"unknown template variable ${name}")
        out.append(sql[pos:start])
        out.append("1=1" if list(selection[name]) == [ALL] else args[0])
        pos = end
    out.append(sql[pos:])
    return "".join(out)


def render(
    sql: str,
    selection: Mapping[str, Sequence[str]],
    time_range: TimeRange,
    options: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """Conditional-all, variables, macros, then a check that nothing Grafana-specific is left.

    ``selection`` maps each variable to its selected values or ``[ALL]``; ``options`` are the variable's
    options (what *All* stands for where a variable is used outside ``$__conditionalAll``).
    """
    values = {
        name: list((options or {}).get(name, [])) if list(chosen) == [ALL] else list(chosen)
        for name, chosen in selection.items()
    }
    expanded = expand_macros(expand_variables(expand_conditional_all(sql, selection), values), time_range)
    if "$" in expanded or "[[" in expanded:
        raise ExpansionError(f"unexpanded placeholder left in query: {expanded}")
    return expanded


# -- dashboards -----------------------------------------------------------------------------------


def load_dashboards(directory: Path = DASHBOARDS_DIR) -> dict[str, dict[str, Any]]:
    """Every ``*.json`` dashboard in ``directory`` by file stem."""
    boards = {path.stem: json.loads(path.read_text()) for path in sorted(directory.glob("*.json"))}
    if not boards:
        raise FileNotFoundError(f"no dashboards in {directory}")
    return boards


def _panels(panels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for panel in panels:
        yield panel
        yield from _panels(panel.get("panels", []))  # collapsed rows hold their panels inside


def panel_queries(dashboard: dict[str, Any]) -> list[PanelQuery]:
    """Every SQL target of every panel (rows included)."""
    queries = []
    for panel in _panels(dashboard.get("panels", [])):
        for target in panel.get("targets", []):
            if "rawSql" in target:
                queries.append(
                    PanelQuery(dashboard["title"], panel["title"], target["refId"], target["rawSql"], target["format"])
                )
    return queries


def query_variables(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    """The dashboard's query-type template variables."""
    return [v for v in dashboard.get("templating", {}).get("list", []) if v.get("type") == "query"]


def variable_sql(variable: dict[str, Any]) -> str:
    """The SQL of a query variable (a plain string or the plugin's object form)."""
    query = variable["query"]
    return str(query["rawSql"] if isinstance(query, dict) else query)
