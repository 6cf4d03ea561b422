"""An evidence writer with a deliberately broken at-least-once path, for the crash test only.

``python -m tests.integration.pipeline.broken_writer sink`` runs the real CLI with one change: the evidence
writer's consumer commits the offsets of every fetch as soon as it has the messages, before ClickHouse
stored their rows — the bug of committing before the insert (what ``enable_auto_commit`` does). A batch the
writer still holds (up to ``ELEANOR_EVIDENCE__MAX_AGE_S``) is then already committed, and a SIGKILL loses its
rows for good: no later writer reads those messages again. The crash test must detect that.
"""

from __future__ import annotations

import sys
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import OffsetAndMetadata

import streams.sinks.writer
from streams.tools.cli.main import main


class _CommitOnFetch(AIOKafkaConsumer):  # type: ignore[misc]  # aiokafka ships no type hints
    """Commits what it fetched right away: the bug."""

    async def getmany(self, *partitions: Any, timeout_ms: int = 0, max_records: int | None = None) -> Any:
        fetched = await super().getmany(*partitions, timeout_ms=timeout_ms, max_records=max_records)
        if fetched:
            await self.commit({tp: OffsetAndMetadata(records[-1].offset + 1, "") for tp, records in fetched.items()})
        return fetched


def _break() -> None:
    streams.sinks.writer.AIOKafkaConsumer = _CommitOnFetch  # type: ignore[misc]


if __name__ == "__main__":
    _break()
    sys.exit(main(sys.argv[1:]))
