"""Smoke: ClickHouse opened through streams.clickhouse.client takes an insert and answers a select."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from streams.clickhouse.client import connect
from streams.config import Settings

pytestmark = pytest.mark.clickhouse


def test_insert_select_replacing_final(clickhouse_client: Any, clickhouse_db: str) -> None:
    assert clickhouse_client.command("SELECT currentDatabase()") == clickhouse_db
    clickhouse_client.command(
        "CREATE TABLE verdicts (id String, version UInt32, label LowCardinality(String), at DateTime64(3, 'UTC'))"
        " ENGINE = ReplacingMergeTree(version) ORDER BY id"
    )
    now = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [[f"r{i}", 1, "allow", now] for i in range(1_000)] + [["r7", 2, "deny", now]]
    clickhouse_client.insert("verdicts", rows, column_names=["id", "version", "label", "at"])
    result = clickhouse_client.query(
        "SELECT count(), countIf(label = 'deny') FROM verdicts FINAL WHERE id LIKE {p:String}",
        parameters={"p": "r%"},
    )
    assert result.result_rows == [(1_000, 1)]


def test_connect_creates_the_configured_database(make_settings: Any) -> None:
    settings: Settings = make_settings()
    client = connect(settings)
    try:
        assert client.command("SELECT currentDatabase()") == settings.clickhouse.database
        names = client.query("SELECT name FROM system.databases").result_columns[0]
        assert settings.clickhouse.database in names
    finally:
        client.command(f"DROP DATABASE {settings.clickhouse.database}")
        client.close()
