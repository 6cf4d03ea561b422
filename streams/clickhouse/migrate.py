"""Schema migrations: ``streams/clickhouse/migrations/NNN_name.sql`` applied once each, in order.

A migration file holds statements that each end with ``;`` at the end of a line; ``{db}`` stands for
the target database (the client's current database). Applied versions are recorded with a checksum in
``schema_migrations``; running again applies only what is new, and an applied file that changed is an
error (add a new migration instead). ClickHouse DDL is not transactional, so write statements that are
safe to repeat (``IF NOT EXISTS``): a migration that failed half-way is simply re-run.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from streams.errors import SchemaError, SinkError
from streams.logs import kv

__all__ = ["MIGRATIONS_DIR", "Migration", "discover", "migrate", "pending", "split_statements"]

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_FILE = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
_TABLE = "schema_migrations"


@dataclass(frozen=True)
class Migration:
    """One migration file."""

    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        """SHA-256 of the file's text: an applied migration must never change."""
        return hashlib.sha256(self.sql.encode()).hexdigest()


def discover(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """Every ``NNN_name.sql`` in ``directory`` sorted by version; other ``.sql`` names are an error."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _FILE.match(path.name)
        if match is None:
            raise SchemaError(f"migration {path} is misnamed: expected NNN_lowercase_name.sql, e.g. 003_rollups.sql")
        version = int(match.group(1))
        if version in found:
            raise SchemaError(f"two migrations share version {version:03d}: {found[version].name} and {path.name}")
        found[version] = Migration(version, path.name, path.read_text())
    return [found[v] for v in sorted(found)]


def split_statements(sql: str) -> list[str]:
    """Statements of a migration: text up to each line that ends with ``;``; comment-only lines dropped."""
    statements: list[str] = []
    current: list[str] = []
    for line in sql.splitlines():
        if line.strip().startswith("--"):
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            statement = "\n".join(current).strip().removesuffix(";").strip()
            if statement:
                statements.append(statement)
            current = []
    tail = "\n".join(current).strip()
    if tail:
        statements.append(tail)  # the last statement may omit its semicolon
    return statements


def _ensure_table(client: Any) -> None:
    client.command(
        f"CREATE TABLE IF NOT EXISTS {_TABLE} (version UInt32, name String, checksum String,"
        " applied_at DateTime64(3, 'UTC') DEFAULT now64(3)) ENGINE = MergeTree ORDER BY version"
    )


def _applied(client: Any) -> dict[int, tuple[str, str]]:
    rows = client.query(f"SELECT version, name, checksum FROM {_TABLE} ORDER BY version").result_rows
    return {int(v): (str(n), str(c)) for v, n, c in rows}


def pending(client: Any, directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """Migrations in ``directory`` not yet applied to the client's database (checksums verified)."""
    _ensure_table(client)
    applied = _applied(client)
    out = []
    for migration in discover(directory):
        recorded = applied.get(migration.version)
        if recorded is None:
            out.append(migration)
            continue
        name, checksum = recorded
        if name != migration.name or checksum != migration.checksum:
            raise SchemaError(
                f"migration {migration.name} differs from the applied {name} (checksum {checksum[:12]},"
                f" file {migration.checksum[:12]}): never edit an applied migration, add a new one"
            )
    return out


def migrate(client: Any, directory: Path = MIGRATIONS_DIR) -> list[str]:
    """Apply every pending migration in order to the client's current database; returns their names."""
    database = str(client.database or client.command("SELECT currentDatabase()"))
    done: list[str] = []
    for migration in pending(client, directory):
        for number, statement in enumerate(split_statements(migration.sql), start=1):
            try:
                client.command(statement.replace("{db}", database))
            except Exception as exc:  # driver errors vary; name the file and statement
                raise SinkError(
                    f"migration {migration.name} statement {number} failed in database {database}: {exc}"
                ) from exc
        client.insert(
            _TABLE,
            [[migration.version, migration.name, migration.checksum]],
            column_names=["version", "name", "checksum"],
        )
        log.info("migration applied %s", kv(name=migration.name, database=database))
        done.append(migration.name)
    return done
