"""Migration 005 on a database that already holds verdicts: old rows read a fixed stored_at (their evaluated_at),
new rows the moment they reached ClickHouse."""

from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from streams.clickhouse.migrate import MIGRATIONS_DIR, migrate
from streams.config import EvidenceSettings
from streams.sinks import ClickHouseEvidenceSink
from streams.tools.bench.evidence import sample_verdicts

pytestmark = pytest.mark.clickhouse


def _rows(client: Any) -> list[tuple[int, float, float]]:
    return [
        (int(r[0]), float(r[1]), float(r[2]))
        for r in client.query(
            "SELECT source_offset, toUnixTimestamp64Milli(evaluated_at) / 1000,"
            " toUnixTimestamp64Milli(stored_at) / 1000 FROM verdicts FINAL ORDER BY source_offset"
        ).result_rows
    ]


async def test_old_verdicts_keep_a_fixed_stored_at_and_new_ones_get_their_arrival(
    clickhouse_client: Any, tmp_path: Path
) -> None:
    before = tmp_path / "before"
    before.mkdir()
    for name in ("001_evidence.sql", "002_precedents.sql", "003_dead_letter_size.sql", "004_reviews.sql"):
        shutil.copy(MIGRATIONS_DIR / name, before / name)
    migrate(clickhouse_client, before)
    settings = EvidenceSettings(batch_size=1, buffer_size=100)
    old = ClickHouseEvidenceSink(clickhouse_client, settings)
    await old.add(sample_verdicts(1, partitions=1, first_offset=0))
    await old.close()

    assert migrate(clickhouse_client)[0] == "005_evidence_stored_at.sql"
    new = ClickHouseEvidenceSink(clickhouse_client, settings)
    stored_from = time.time()
    await new.add(sample_verdicts(1, partitions=1, first_offset=1))
    await new.close()

    first = _rows(clickhouse_client)
    await asyncio.sleep(1.1)
    assert _rows(clickhouse_client) == first  # stored_at is written, not computed at each read
    (old_offset, old_evaluated, old_stored), (new_offset, _new_evaluated, new_stored) = first
    assert (old_offset, new_offset) == (0, 1)
    assert old_stored == old_evaluated
    assert stored_from - 1.0 <= new_stored <= time.time() + 1.0
