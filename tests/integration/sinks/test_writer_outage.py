"""ClickHouse refuses every insert for a while: verdicts keep flowing and their input is committed, the
evidence writer commits nothing it has not stored, then it catches up and the evidence is complete, one row
per request under FINAL."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from typing import Any

import pytest
from aiokafka import TopicPartition

from streams.config import Settings
from streams.kafka.clients import make_consumer
from streams.metrics import Metrics
from streams.sinks.writer import EvidenceWriter
from streams.tools.topic_io import publish_payloads
from streams.wiring.services import build_runner, open_evidence_store
from streams.wiring.worker import EmbeddedWorker
from tests.integration.pipeline.helpers import valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

# ELEANOR_TEST_OUTAGE_TOTAL / ELEANOR_TEST_OUTAGE_S scale the scenario up (e.g. 20000 and 60 for the README).
TOTAL = int(os.environ.get("ELEANOR_TEST_OUTAGE_TOTAL", "4000"))
OUTAGE_S = float(os.environ.get("ELEANOR_TEST_OUTAGE_S", "0"))


class FlakyClient:
    """A real ClickHouse client whose inserts raise while ``failing`` is set."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.failing = False
        self.refused = 0

    def insert(self, *args: Any, **kwargs: Any) -> Any:
        if self.failing:
            self.refused += 1
            raise ConnectionError("injected: ClickHouse unavailable")
        return self._client.insert(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


async def _until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    for _ in range(int(timeout_s / 0.05) + 1):
        if condition():
            return
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


async def _committed(settings: Settings, group: str, topic: str, partitions: int) -> int:
    consumer = make_consumer(settings.kafka, group_id=group, auto_commit=False)
    await consumer.start()
    try:
        total = 0
        for p in range(partitions):
            offset = await consumer.committed(TopicPartition(topic, p))
            total += offset if offset is not None and offset > 0 else 0
        return total
    finally:
        await consumer.stop()


async def test_clickhouse_outage_delays_evidence_never_verdicts(make_settings: Any, clickhouse_client: Any) -> None:
    settings = make_settings(
        create_topics=True,
        kafka={"partitions": 2},
        evidence={
            "batch_size": 2_000,
            "buffer_size": 4_000,
            "max_age_s": 0.5,
            "retry_initial_s": 0.05,
            "retry_max_s": 0.5,
        },
        sizer={"initial_window": 200, "max_window": 1_000, "max_wait_s": 0.2},
    )
    kafka = settings.kafka
    half = TOTAL // 2
    payloads = [valid_request(f"wo-{i}", i) for i in range(TOTAL)]
    flaky: list[FlakyClient] = []

    def open_client() -> FlakyClient:
        flaky.append(FlakyClient(open_evidence_store(settings)))
        return flaky[-1]

    metrics = Metrics()
    writer = EvidenceWriter(settings, open_client, metrics=metrics)
    stop = asyncio.Event()
    writing = asyncio.create_task(writer.run(stop))

    async with EmbeddedWorker(settings, lambda: build_runner(settings)) as worker:
        await _until(lambda: worker.assigned, 60, "partitions assigned")
        # healthy phase: the first half published, judged and stored (both phases are timed the same way:
        # from the start of the publish to the last ack)
        began = time.perf_counter()
        await publish_payloads(kafka, kafka.request_topics[0], payloads[:half])
        await worker.wait_for(lambda r: r.acker.acked >= half, timeout_s=180, what="the first half acked")
        healthy_rate = half / (time.perf_counter() - began)
        await _until(lambda: writer.stats.rows["verdicts"] >= half, 60, "the first half stored")
        assert flaky
        assert writer.stats.healthy

        # ClickHouse goes away; the second half arrives
        flaky[0].failing = True
        outage_began = time.perf_counter()
        await publish_payloads(kafka, kafka.request_topics[0], payloads[half:])
        # an insert already under way when the outage began may still land
        await _until(lambda: flaky[0].refused > 0, 60, "a refused insert")
        stored_before = dict(writer.stats.rows)
        commits_before = writer.stats.commits
        await worker.wait_for(lambda r: r.acker.acked >= TOTAL, timeout_s=180, what="every event acked")
        outage_rate = (TOTAL - half) / (time.perf_counter() - outage_began)
        # every verdict published and every input committed while ClickHouse refuses
        for _ in range(100):
            if await _committed(settings, kafka.consumer_group, kafka.request_topics[0], 2) == TOTAL:
                break
            await asyncio.sleep(0.1)
        assert await _committed(settings, kafka.consumer_group, kafka.request_topics[0], 2) == TOTAL
        await asyncio.sleep(max(0.0, OUTAGE_S - (time.perf_counter() - outage_began)))
        assert not writer.stats.healthy
        assert writer.stats.rows == stored_before
        assert writer.stats.commits == commits_before
        # the writer commits nothing past what ClickHouse stored
        committed_evidence = await _committed(settings, kafka.evidence_group, kafka.verdict_topic, 2)
        assert committed_evidence <= stored_before["verdicts"]
        assert b"eleanor_evidence_lag_seconds" in metrics.render()

        flaky[0].failing = False  # ClickHouse is back
        await _until(lambda: writer.stats.rows["verdicts"] >= TOTAL, 120, "every verdict stored")
        assert writer.stats.healthy
    # the worker's last sizer decision is published as it stops: let the writer store it too
    await asyncio.sleep(2.0)
    await _until(lambda: writer.batch.count == 0, 30, "the last window telemetry stored")
    stop.set()
    await writing
    print(f"verdicts/s healthy {healthy_rate:,.0f}, during the outage {outage_rate:,.0f}")

    rows = clickhouse_client.query("SELECT count(), uniqExact(request_id) FROM verdicts FINAL").result_rows[0]
    assert rows == (TOTAL, TOTAL)
    assert clickhouse_client.query("SELECT count() FROM findings FINAL").result_rows[0][0] == TOTAL * 7
    assert clickhouse_client.query("SELECT sum(events) FROM windows FINAL").result_rows[0][0] == TOTAL
    assert await _committed(settings, kafka.evidence_group, kafka.verdict_topic, 2) >= TOTAL
