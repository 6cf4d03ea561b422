"""Migration files: names, ordering, statement splitting, checksums (no database needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.clickhouse.migrate import MIGRATIONS_DIR, Migration, discover, split_statements
from streams.errors import SchemaError


def test_statements_end_at_a_line_ending_with_a_semicolon() -> None:
    sql = """
-- a comment; with a semicolon that does not end anything;
CREATE TABLE IF NOT EXISTS {db}.a (x UInt8, s String DEFAULT 'a;b')
ENGINE = MergeTree ORDER BY x;

ALTER TABLE {db}.a ADD COLUMN IF NOT EXISTS y UInt8
;
SELECT 1"""
    assert split_statements(sql) == [
        "CREATE TABLE IF NOT EXISTS {db}.a (x UInt8, s String DEFAULT 'a;b')\nENGINE = MergeTree ORDER BY x",
        "ALTER TABLE {db}.a ADD COLUMN IF NOT EXISTS y UInt8",
        "SELECT 1",
    ]


def test_empty_and_comment_only_files_have_no_statements() -> None:
    assert split_statements("") == []
    assert split_statements("-- nothing here;\n\n;\n") == []


def test_discover_orders_by_version(tmp_path: Path) -> None:
    (tmp_path / "010_later.sql").write_text("SELECT 10;")
    (tmp_path / "002_second.sql").write_text("SELECT 2;")
    (tmp_path / "001_first.sql").write_text("SELECT 1;")
    (tmp_path / "README.md").write_text("not a migration")
    assert [(m.version, m.name) for m in discover(tmp_path)] == [
        (1, "001_first.sql"),
        (2, "002_second.sql"),
        (10, "010_later.sql"),
    ]


@pytest.mark.parametrize("name", ["1_short.sql", "001-dash.sql", "001_Upper.sql", "abc_x.sql"])
def test_misnamed_files_are_rejected(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("SELECT 1;")
    with pytest.raises(SchemaError, match=r"expected NNN_lowercase_name\.sql"):
        discover(tmp_path)


def test_duplicate_versions_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "001_a.sql").write_text("SELECT 1;")
    (tmp_path / "001_b.sql").write_text("SELECT 2;")
    with pytest.raises(SchemaError, match="share version 001"):
        discover(tmp_path)


def test_checksum_changes_with_the_text() -> None:
    a = Migration(1, "001_a.sql", "SELECT 1;")
    assert a.checksum == Migration(1, "001_a.sql", "SELECT 1;").checksum
    assert a.checksum != Migration(1, "001_a.sql", "SELECT 2;").checksum


def test_shipped_migrations_are_well_formed() -> None:
    shipped = discover(MIGRATIONS_DIR)
    assert [m.version for m in shipped] == list(range(1, len(shipped) + 1))
    for migration in shipped:
        assert split_statements(migration.sql), f"{migration.name} has no statements"
