"""Smoke: the test broker creates topics, takes produced records and serves them to a consumer group
whose committed offsets survive a restart of the consumer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

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


def _consumer(bootstrap: str, topic: str, group: str) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=6_000,
        heartbeat_interval_ms=1_000,
    )


async def test_produce_consume_commit_resume(kafka_bootstrap: str, topic_factory: Callable[..., str]) -> None:
    topic = topic_factory("smoke", partitions=2)
    group = f"{topic}-group"
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all", enable_idempotence=False)
    await producer.start()
    try:
        for i in range(20):
            await producer.send_and_wait(topic, f"m{i}".encode(), key=str(i % 4).encode())
    finally:
        await producer.stop()

    first = _consumer(kafka_bootstrap, topic, group)
    await first.start()
    try:
        got = await _drain(first, 12)
        await first.commit()
        committed = {p: await first.committed(TopicPartition(topic, p)) for p in range(2)}
    finally:
        await first.stop()
    assert len(got) == 12
    assert sum(v or 0 for v in committed.values()) == 12

    second = _consumer(kafka_bootstrap, topic, group)
    await second.start()
    try:
        rest = await _drain(second, 8)
    finally:
        await second.stop()
    assert sorted(got + rest) == sorted(f"m{i}".encode() for i in range(20))
