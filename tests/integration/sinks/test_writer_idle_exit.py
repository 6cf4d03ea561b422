"""A catch-up run (``sink --exit-when-idle``) stores what it holds as soon as the stream is idle: it never
sits out ``max_age_s`` with a part-full batch before it returns."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from streams.sinks.writer import EvidenceWriter
from streams.tools.topic_io import publish_payloads
from streams.wiring.services import build_runner, open_evidence_store
from streams.wiring.worker import EmbeddedWorker
from tests.integration.pipeline.helpers import valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse]

TOTAL = 40


async def test_idle_exit_stores_a_part_full_batch_at_once(make_settings: Any, clickhouse_client: Any) -> None:
    settings = make_settings(
        create_topics=True,
        # the batch would wait an hour to age and never fills: only the idle exit can store it
        evidence={"batch_size": 10_000, "buffer_size": 20_000, "max_age_s": 3_600.0},
        sizer={"initial_window": 10, "max_window": 10, "max_wait_s": 0.2},
    )
    kafka = settings.kafka
    async with EmbeddedWorker(settings, lambda: build_runner(settings)) as worker:
        await publish_payloads(kafka, kafka.request_topics[0], [valid_request(f"ie-{i}", i) for i in range(TOTAL)])
        await worker.wait_for(lambda r: r.acker.acked >= TOTAL, timeout_s=120, what="every event acked")

    writer = EvidenceWriter(settings, lambda: open_evidence_store(settings))
    async with asyncio.timeout(120):  # an hour-long wait for the batch to age would end here, as a failure
        await writer.run(idle_exit_s=1.0)
    assert writer.batch.count == 0
    assert writer.stats.rows["verdicts"] == TOTAL
    rows = clickhouse_client.query("SELECT count(), uniqExact(request_id) FROM verdicts FINAL").result_rows[0]
    assert rows == (TOTAL, TOTAL)
