"""A stopped evidence writer leaves its consumer group, also when it stops in the group's first generation.

The local broker numbers a group's first generation 0, for which aiokafka sends no LeaveGroup on stop; a writer
that stayed in the group held up the next writer's join until its session expired (the demo's catch-up run
after its writer waited about 10 s for that).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from streams.sinks.writer import EvidenceWriter
from streams.wiring.services import open_evidence_store

pytestmark = [pytest.mark.kafka, pytest.mark.clickhouse]

SESSION_S = 4.0  # a member that stays behind holds up the next join this long (and a join takes half of it)


async def test_the_next_writer_joins_without_waiting_for_the_last_ones_session(
    make_settings: Any, clickhouse_db: str
) -> None:
    settings = make_settings(create_topics=True, kafka={"session_timeout_s": SESSION_S, "heartbeat_interval_s": 0.5})

    async def catch_up() -> float:
        """One catch-up run of the writer (nothing to store); its seconds."""
        began = time.monotonic()
        writer = EvidenceWriter(settings, lambda: open_evidence_store(settings))
        async with asyncio.timeout(120):
            await writer.run(idle_exit_s=1.0)
        return time.monotonic() - began

    first = await catch_up()  # the group's first member: generation 0 on the local broker
    second = await catch_up()
    # the second run takes as long as the first; waiting for the first writer's session would add SESSION_S
    assert second < first + SESSION_S / 2, (first, second)
