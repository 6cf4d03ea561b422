"""The migration runner and `eleanor-streams db migrate | query` against real ClickHouse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from streams.clickhouse.migrate import MIGRATIONS_DIR, discover, migrate, pending
from streams.errors import SchemaError, SinkError
from streams.tools.cli.main import main

pytestmark = pytest.mark.clickhouse

FIRST = """CREATE TABLE IF NOT EXISTS {db}.events (id String, n UInt32)
ENGINE = ReplacingMergeTree ORDER BY id;
INSERT INTO {db}.events VALUES ('a', 1), ('b', 2);
"""
SECOND = "ALTER TABLE {db}.events ADD COLUMN IF NOT EXISTS tag LowCardinality(String) DEFAULT 'x';\n"


def _tables(client: Any) -> list[str]:
    return sorted(client.query("SELECT name FROM system.tables WHERE database = currentDatabase()").result_columns[0])


def test_applies_in_order_once_and_records_checksums(clickhouse_client: Any, tmp_path: Path) -> None:
    (tmp_path / "002_tag.sql").write_text(SECOND)
    (tmp_path / "001_events.sql").write_text(FIRST)
    assert migrate(clickhouse_client, tmp_path) == ["001_events.sql", "002_tag.sql"]
    assert _tables(clickhouse_client) == ["events", "schema_migrations"]
    assert clickhouse_client.query("SELECT id, n, tag FROM events ORDER BY id").result_rows == [
        ("a", 1, "x"),
        ("b", 2, "x"),
    ]
    # a second run applies nothing: the INSERT in 001 did not run twice
    assert migrate(clickhouse_client, tmp_path) == []
    assert clickhouse_client.command("SELECT count() FROM events") == 2
    recorded = clickhouse_client.query("SELECT version, name, checksum FROM schema_migrations ORDER BY version")
    assert recorded.result_rows == [(m.version, m.name, m.checksum) for m in discover(tmp_path)]

    (tmp_path / "003_more.sql").write_text("INSERT INTO {db}.events (id, n) VALUES ('c', 3);")
    assert [m.name for m in pending(clickhouse_client, tmp_path)] == ["003_more.sql"]
    assert migrate(clickhouse_client, tmp_path) == ["003_more.sql"]
    assert clickhouse_client.command("SELECT count() FROM events") == 3


def test_an_edited_applied_migration_is_refused(clickhouse_client: Any, tmp_path: Path) -> None:
    (tmp_path / "001_events.sql").write_text(FIRST)
    migrate(clickhouse_client, tmp_path)
    (tmp_path / "001_events.sql").write_text(FIRST.replace("UInt32", "UInt64"))
    with pytest.raises(SchemaError, match="never edit an applied migration"):
        migrate(clickhouse_client, tmp_path)


def test_a_failing_statement_names_file_and_statement_and_is_not_recorded(
    clickhouse_client: Any, tmp_path: Path
) -> None:
    (tmp_path / "001_events.sql").write_text(FIRST)
    (tmp_path / "002_broken.sql").write_text("SELECT 1;\nALTER TABLE {db}.events ADD COLUMN broken NoSuchType;\n")
    with pytest.raises(SinkError, match=r"002_broken.sql statement 2 failed") as info:
        migrate(clickhouse_client, tmp_path)
    assert "NoSuchType" in str(info.value)
    assert [m.name for m in pending(clickhouse_client, tmp_path)] == ["002_broken.sql"]
    # fixing the file lets the next run apply it
    (tmp_path / "002_broken.sql").write_text(SECOND)
    assert migrate(clickhouse_client, tmp_path) == ["002_broken.sql"]


def _configure(monkeypatch: pytest.MonkeyPatch, dsn: str, database: str) -> None:
    monkeypatch.setenv("ELEANOR_CLICKHOUSE__DSN", dsn)
    monkeypatch.setenv("ELEANOR_CLICKHOUSE__DATABASE", database)


def test_cli_migrate_then_query(
    clickhouse_dsn: str, clickhouse_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # in-process on purpose: the embedded engine's path is open in this process already
    _configure(monkeypatch, clickhouse_dsn, clickhouse_db)
    shipped = [m.name for m in discover(MIGRATIONS_DIR)]
    assert main(["db", "migrate"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"applied {name}" for name in shipped]
    assert main(["db", "migrate"]) == 0
    assert capsys.readouterr().out.strip() == f"database {clickhouse_db} is up to date"

    assert (
        main(["db", "query", "SELECT name, version FROM schema_migrations ORDER BY version", "--format", "json"]) == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"name": name, "version": i} for i, name in enumerate(shipped, start=1)]

    assert main(["db", "query", "SELECT 'a\tb' AS s, NULL AS n, 7 AS x"]) == 0
    assert capsys.readouterr().out == "s\tn\tx\na\\tb\t\\N\t7\n"


def test_cli_query_error_is_reported(
    clickhouse_dsn: str, clickhouse_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _configure(monkeypatch, clickhouse_dsn, clickhouse_db)
    assert main(["db", "query", "SELECT * FROM no_such_table"]) == 1
    err = capsys.readouterr().err
    assert "eleanor-streams db: query failed" in err
    assert "no_such_table" in err
