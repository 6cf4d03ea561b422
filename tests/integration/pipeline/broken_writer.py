"""An evidence writer with a deliberately broken at-least-once path, for the crash test only.

``python -m tests.integration.pipeline.broken_writer sink`` runs the real CLI with one change: the evidence
writer's consumer commits the offsets of every fetch as soon as it has the messages, before ClickHouse
stored their rows — the bug of committing before the insert (what ``enable_auto_commit`` does). A batch the
writer still holds (up to ``ELEANOR_EVIDENCE__MAX_AGE_S``) is then already committed, and a SIGKILL loses its
rows for good: no later writer reads those messages again. The crash test must detect that.

When ``HOLDING_FILE`` names a file, the writer keeps in it how many messages it has committed and not stored
yet and since when (``<count> <time.monotonic()>``), so the test can kill it while it holds some: a kill
that lands just after a store would lose nothing, and the broken writer would go unnoticed by chance.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import OffsetAndMetadata

import streams.sinks.writer
from streams.tools.cli.main import main

HOLDING_FILE = "ELEANOR_TEST_HOLDING_FILE"


class _Holding:
    """Messages committed and not stored yet, written to ``$HOLDING_FILE`` on every change."""

    def __init__(self, path: str | None) -> None:
        self.path = Path(path) if path else None
        self.count = 0
        self.since = 0.0

    def add(self, n: int) -> None:
        if not self.count:
            self.since = time.monotonic()
        self.count += n
        self._write()

    def clear(self) -> None:
        self.count = 0
        self._write()

    def _write(self) -> None:
        if self.path is not None:
            part = self.path.with_suffix(".part")
            part.write_text(f"{self.count} {self.since}")
            part.replace(self.path)  # readers never see a half-written file


_holding = _Holding(os.environ.get(HOLDING_FILE))


def holding(path: Path) -> tuple[int, float]:
    """What a broken writer reports in ``path``: messages committed and not stored, and since when (monotonic)."""
    try:
        count, since = path.read_text().split()
    except (FileNotFoundError, ValueError):
        return 0, 0.0
    return int(count), float(since)


class _CommitOnFetch(AIOKafkaConsumer):  # type: ignore[misc]  # aiokafka ships no type hints
    """Commits what it fetched right away: the bug."""

    async def getmany(self, *partitions: Any, timeout_ms: int = 0, max_records: int | None = None) -> Any:
        fetched = await super().getmany(*partitions, timeout_ms=timeout_ms, max_records=max_records)
        if fetched:
            await self.commit({tp: OffsetAndMetadata(records[-1].offset + 1, "") for tp, records in fetched.items()})
            _holding.add(sum(len(records) for records in fetched.values()))
        return fetched


def _break() -> None:
    streams.sinks.writer.AIOKafkaConsumer = _CommitOnFetch  # type: ignore[attr-defined]
    store = streams.sinks.writer.EvidenceWriter.store

    async def store_and_report(self: streams.sinks.writer.EvidenceWriter) -> None:
        await store(self)
        if not self.batch.count:  # everything fetched so far is stored
            _holding.clear()

    streams.sinks.writer.EvidenceWriter.store = store_and_report  # type: ignore[method-assign]


if __name__ == "__main__":
    _break()
    sys.exit(main(sys.argv[1:]))
