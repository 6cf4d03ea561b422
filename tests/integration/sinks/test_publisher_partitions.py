"""The publisher places each verdict on the partition the producer itself picks for its key (request_id)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer

from streams.kafka.clients import make_producer
from streams.models.wire import encode_dead_letter, encode_verdict
from streams.security import aiokafka_kwargs
from streams.sinks.publishers import WindowPublisher
from streams.tools.bench.evidence import sample_verdicts

pytestmark = [pytest.mark.kafka]


async def _placement(settings: Any, topic: str, expected: int) -> dict[bytes, int]:
    """Partition of every keyed message on ``topic`` (waits until ``expected`` keys were read)."""
    consumer = AIOKafkaConsumer(topic, auto_offset_reset="earliest", **aiokafka_kwargs(settings.kafka))
    await consumer.start()
    seen: dict[bytes, int] = {}
    try:
        deadline = time.monotonic() + 60
        while len(seen) < expected and time.monotonic() < deadline:
            for tp, records in (await consumer.getmany(timeout_ms=500)).items():
                for record in records:
                    assert record.key is not None
                    seen[record.key] = tp.partition
    finally:
        await consumer.stop()
    return seen


async def test_verdicts_go_where_the_producer_would_put_their_keys(
    make_settings: Callable[..., Any], topic_factory: Callable[..., str]
) -> None:
    settings = make_settings(create_topics=True, kafka={"partitions": 4})
    ours, reference = settings.kafka.verdict_topic, topic_factory("reference", partitions=4)
    verdicts = sample_verdicts(200)
    escalations = [v for v in verdicts if v.judgement.light == "RED"]
    publisher = WindowPublisher(settings.kafka, encode_verdict, encode_dead_letter)
    await publisher.start()
    producer = make_producer(settings.kafka, client_suffix="reference")
    await producer.start()
    try:
        await publisher.publish(verdicts, escalations, [])
        # the producer left to place the same keys by itself
        for verdict in verdicts:
            await producer.send(reference, value=b"x", key=verdict.request_id.encode())
        await producer.flush()
    finally:
        await publisher.stop()
        await producer.stop()
    placed, expected = await _placement(settings, ours, 200), await _placement(settings, reference, 200)
    assert len(placed) == len(expected) == 200
    assert placed == expected
    assert len(set(placed.values())) > 1  # the keys really spread over the partitions
    assert publisher.sent == {"verdicts": 200, "escalations": len(escalations), "dead_letters": 0}
