"""``eleanor-streams db migrate | query``: schema migrations and ad-hoc SQL on the configured database."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from streams.config import Settings

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``db`` subcommand group."""
    parser = sub.add_parser("db", help="ClickHouse: apply migrations, run a query")
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION")
    actions.required = True
    mig = actions.add_parser("migrate", help="apply pending schema migrations to the configured database")
    mig.set_defaults(func=run_migrate)
    query = actions.add_parser("query", help="run one SQL statement against the configured database")
    query.add_argument("sql", help='the statement, e.g. "SELECT count() FROM verdicts FINAL"')
    query.add_argument("--format", choices=("tsv", "json"), default="tsv", help="tsv (with header) or json")
    query.set_defaults(func=run_query)


def run_migrate(args: argparse.Namespace, settings: Settings) -> int:
    """Apply pending migrations; print each applied name (or that the schema is current)."""
    from streams.clickhouse.client import connect
    from streams.clickhouse.migrate import migrate

    client = connect(settings)
    try:
        applied = migrate(client)
    finally:
        client.close()
    for name in applied:
        print(f"applied {name}")
    if not applied:
        print(f"database {settings.clickhouse.database} is up to date")
    return 0


def _cell(value: Any) -> str:
    if value is None:
        return "\\N"  # ClickHouse's own TSV spelling of NULL
    text = value if isinstance(value, str) else str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def run_query(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``args.sql`` and print the rows as TSV with a header line or as a JSON array of objects."""
    import orjson

    from streams.clickhouse.client import connect
    from streams.errors import SinkError

    client = connect(settings)
    try:
        try:
            result = client.query(args.sql)
        except Exception as exc:  # the driver's error types vary by backend
            raise SinkError(f"query failed: {exc}") from exc
        names = list(result.column_names)
        rows = result.result_rows
    finally:
        client.close()
    out = sys.stdout
    if args.format == "json":
        records = [dict(zip(names, row, strict=True)) for row in rows]
        out.write(orjson.dumps(records, default=str, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        out.write("\t".join(names) + "\n")
        for row in rows:
            out.write("\t".join(_cell(v) for v in row) + "\n")
    return 0
