"""ClickHouse refuses inserts for a while: consumption pauses, no offset passes unflushed evidence, then the
stream resumes and nothing is lost."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from streams.clickhouse.client import connect
from streams.pipeline.services import build_runner
from streams.pipeline.streaming_io import publish_payloads
from streams.pipeline.worker import EmbeddedWorker
from streams.sinks.evidence import ClickHouseEvidenceSink

from .helpers import committed_offsets, valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

TOTAL = 3_000


class FlakyClient:
    """A real ClickHouse client whose inserts raise while ``failing`` is set."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.failing = True
        self.refused = 0

    def insert(self, *args: Any, **kwargs: Any) -> Any:
        if self.failing:
            self.refused += 1
            raise ConnectionError("injected: ClickHouse unavailable")
        return self._client.insert(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


async def test_sink_outage_pauses_consumption_and_commits_nothing_until_it_heals(
    make_settings: Any, clickhouse_client: Any
) -> None:
    settings = make_settings(
        create_topics=True,
        kafka={"partitions": 2},
        # 8 rows per request (verdict + 7 findings): the buffer holds ~250 requests, far fewer than TOTAL
        evidence={
            "batch_size": 500,
            "buffer_size": 2_000,
            "max_age_s": 0.2,
            "retry_initial_s": 0.05,
            "retry_max_s": 0.2,
        },
        sizer={"initial_window": 100, "max_window": 200, "max_wait_s": 0.2},
    )
    topic = settings.kafka.request_topics[0]
    await publish_payloads(settings.kafka, topic, [valid_request(f"sf-{i}", i) for i in range(TOTAL)])
    flaky = FlakyClient(connect(settings))
    sink = ClickHouseEvidenceSink(flaky, settings.evidence, database=settings.clickhouse.database)

    async with EmbeddedWorker(settings, lambda: build_runner(settings, sink=sink)) as worker:
        await worker.wait_for(lambda r: r.stats.events > 0, what="the first window")
        # consumption stops once the evidence buffer is full
        await worker.wait_for(lambda r: sink.stats().backpressure_waits > 0, what="backpressure")
        paused_at = worker.runner.stats.events
        await asyncio.sleep(2.0)
        assert worker.runner.stats.events == paused_at < TOTAL
        assert flaky.refused > 0
        assert not sink.healthy
        assert worker.runner.acker.acked == 0
        assert await committed_offsets(settings, topic, 2) == [0, 0]

        flaky.failing = False  # ClickHouse is back
        await worker.wait_for(lambda r: r.acker.acked == TOTAL, timeout_s=120, what="every event acked")
        assert sink.healthy

        async def all_committed() -> bool:
            return sum(await committed_offsets(settings, topic, 2)) == TOTAL

        for _ in range(50):
            if await all_committed():
                break
            await asyncio.sleep(0.2)
        assert sum(await committed_offsets(settings, topic, 2)) == TOTAL

    rows = clickhouse_client.query("SELECT count(), uniqExact(request_id) FROM verdicts FINAL").result_rows[0]
    assert rows == (TOTAL, TOTAL)
    findings = clickhouse_client.query("SELECT count() FROM findings FINAL").result_rows[0][0]
    assert findings == TOTAL * 7
