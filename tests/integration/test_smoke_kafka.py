"""Smoke: the test broker creates topics, takes produced records and serves them to a consumer group
whose committed offsets survive a restart of the consumer; clients are configured from Settings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from streams.config import Settings
from streams.security import aiokafka_kwargs

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


async def _drain(consumer: AIOKafkaConsumer, want: int) -> list[bytes]:
    got: list[bytes] = []
    while len(got) < want:
        batch = await consumer.getmany(timeout_ms=10_000, max_records=want - len(got))
        if not batch:
            break
        for records in batch.values():
            got.extend(r.value for r in records if r.value is not None)
    return got


def _consumer(settings: Settings, topic: str) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        topic,
        **aiokafka_kwargs(settings.kafka),
        group_id=settings.kafka.consumer_group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=int(settings.kafka.session_timeout_s * 1000),
        heartbeat_interval_ms=int(settings.kafka.heartbeat_interval_s * 1000),
    )


async def test_produce_consume_commit_resume(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(create_topics=True, kafka={"partitions": 2})
    topic = settings.kafka.request_topics[0]
    producer = AIOKafkaProducer(
        **aiokafka_kwargs(settings.kafka), acks="all", enable_idempotence=settings.kafka.idempotent_producer
    )
    await producer.start()
    try:
        for i in range(20):
            await producer.send_and_wait(topic, f"m{i}".encode(), key=str(i % 4).encode())
    finally:
        await producer.stop()

    first = _consumer(settings, topic)
    await first.start()
    try:
        got = await _drain(first, 12)
        await first.commit()
        committed = {p: await first.committed(TopicPartition(topic, p)) for p in range(2)}
    finally:
        await first.stop()
    assert len(got) == 12
    assert sum(v or 0 for v in committed.values()) == 12

    second = _consumer(settings, topic)
    await second.start()
    try:
        rest = await _drain(second, 8)
    finally:
        await second.stop()
    assert sorted(got + rest) == sorted(f"m{i}".encode() for i in range(20))
