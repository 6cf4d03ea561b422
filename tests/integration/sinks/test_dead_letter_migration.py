"""Migration 003 on a database that already holds dead letters: old rows get their size, new rows their cut."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from streams.clickhouse.migrate import MIGRATIONS_DIR, migrate
from streams.config import EvidenceSettings
from streams.models import DeadLetter, SourceRef
from streams.sinks import ClickHouseEvidenceSink

pytestmark = pytest.mark.clickhouse


async def test_existing_dead_letters_keep_their_size_after_the_upgrade(clickhouse_client: Any, tmp_path: Path) -> None:
    before = tmp_path / "before"
    before.mkdir()
    for name in ("001_evidence.sql", "002_precedents.sql"):
        shutil.copy(MIGRATIONS_DIR / name, before / name)
    assert migrate(clickhouse_client, before) == ["001_evidence.sql", "002_precedents.sql"]
    clickhouse_client.command(
        "INSERT INTO dead_letters (reason, detail, payload, payload_hash, source_topic, source_partition,"
        " source_offset, request_id, received_at) VALUES ('invalid_json', 'd', 'old payload', 1, 'req', 0, 1, '',"
        " now64(3))"
    )

    assert migrate(clickhouse_client)[0] == "003_dead_letter_size.sql"
    sink = ClickHouseEvidenceSink(
        clickhouse_client, EvidenceSettings(batch_size=1, buffer_size=10), dlq_payload_bytes=4
    )
    await sink.add(dead_letters=[DeadLetter(b"new payload", "invalid_json", "d", SourceRef("req", 0, 2), 1.0)])
    await sink.close()

    rows = clickhouse_client.query(
        "SELECT source_offset, payload, payload_bytes, payload_truncated FROM dead_letters FINAL ORDER BY source_offset"
    ).result_rows
    assert [tuple(r) for r in rows] == [(1, "old payload", 11, False), (2, "new ", 11, True)]
