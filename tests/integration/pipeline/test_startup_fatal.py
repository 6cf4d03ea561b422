"""An evidence writer whose database schema differs from the migrations stops at once instead of retrying
for ever (the judge workers never migrate: the writer owns the evidence schema)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from .helpers import REPO, WorkerProcess

pytestmark = [pytest.mark.kafka, pytest.mark.clickhouse, pytest.mark.slow]

# Runs in a child process: the worker's chDB path must never be open in the test process.
_EDIT_MIGRATION = """
import sys
from streams.clickhouse.client import connect
from streams.clickhouse.migrate import discover, migrate
from streams.config import load_settings

settings = load_settings(env={}, clickhouse={"dsn": sys.argv[1], "database": sys.argv[2]})
client = connect(settings)
migrate(client)
first = discover()[0]
client.command("TRUNCATE TABLE schema_migrations")
client.insert(
    "schema_migrations", [[first.version, first.name, "edited" + first.checksum[6:]]],
    column_names=["version", "name", "checksum"],
)
client.close()
"""


def test_an_edited_migration_stops_the_evidence_writer_instead_of_waiting(make_settings: Any, tmp_path: Path) -> None:
    settings = make_settings(create_topics=True, clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"})
    subprocess.run(
        [sys.executable, "-c", _EDIT_MIGRATION, settings.clickhouse_dsn, settings.clickhouse.database],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=120,
    )
    with WorkerProcess(settings, tmp_path / "sink.log", command=("sink",)) as worker:
        deadline = time.monotonic() + 120
        while worker.alive() and time.monotonic() < deadline:
            time.sleep(0.2)
        log = worker.log_text()
        assert not worker.alive(), "the writer kept running: " + log[-3000:]
    assert worker.returncode not in (0, None), log[-3000:]
    assert "never edit an applied migration" in log
    assert "open ClickHouse cannot succeed, not retrying" in log
    assert "open ClickHouse failed, retrying" not in log
