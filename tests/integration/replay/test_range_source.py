"""Reading a time range of a topic: the broker's offset-for-time answer is checked; a wrong answer falls back to a
scan that filters by timestamp, and the report says so."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import OffsetAndTimestamp

from streams.replay.source import RangeRead, read_range
from streams.tools.topic_io import publish_payloads

pytestmark = [pytest.mark.kafka]


async def _publish_two_batches(settings: Any) -> tuple[str, float]:
    topic = settings.kafka.request_topics[0]
    await publish_payloads(settings.kafka, topic, [f"early-{i}".encode() for i in range(10)])
    await asyncio.sleep(1.2)
    start = time.time()
    await publish_payloads(settings.kafka, topic, [f"late-{i}".encode() for i in range(10)])
    return topic, start


async def _read(settings: Any, topic: str, start: float) -> tuple[list[bytes], RangeRead]:
    how = RangeRead()
    values = [r.value async for r in read_range(settings.kafka, [topic], (start, time.time() + 1), how, idle_s=1.0)]
    return [v for v in values if v is not None], how


async def test_the_range_by_time_or_by_scan_holds_the_same_records(
    make_settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(create_topics=True, kafka={"partitions": 1})
    topic, start = await _publish_two_batches(settings)
    expected = [f"late-{i}".encode() for i in range(10)]

    values, how = await _read(settings, topic, start)
    assert values == expected
    assert how.by_time == [f"{topic}[0]"]  # the local broker (and Kafka) answer offset-for-time correctly
    assert how.scanned == []

    async def wrong_answer(self: AIOKafkaConsumer, timestamps: dict[Any, int]) -> dict[Any, OffsetAndTimestamp]:
        return {tp: OffsetAndTimestamp(0, 0) for tp in timestamps}  # a broker answering offset 0 for any time

    monkeypatch.setattr(AIOKafkaConsumer, "offsets_for_times", wrong_answer)
    values, how = await _read(settings, topic, start)
    assert values == expected
    assert how.scanned == [f"{topic}[0]"]
    assert "wrong" in how.notes[0]
