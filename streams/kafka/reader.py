"""Reading a whole topic from its earliest offset, without a consumer group (the review desk, replay, tools)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from streams.config import KafkaSettings
from streams.kafka.clients import make_consumer

__all__ = ["Received", "read_topic"]


@dataclass(frozen=True, slots=True)
class Received:
    """One consumed message: value, key, coordinates and broker timestamp (seconds)."""

    value: bytes
    key: bytes | None
    partition: int
    offset: int
    timestamp_s: float


async def read_topic(
    kafka: KafkaSettings, topic: str, *, idle_timeout_s: float | None = None, max_messages: int | None = None
) -> AsyncIterator[Received]:
    """Messages of ``topic`` from the earliest offset (no consumer group), until ``max_messages`` or idle."""
    consumer = make_consumer(kafka, topic)
    await consumer.start()
    seen = 0
    last = time.monotonic()
    try:
        while max_messages is None or seen < max_messages:
            batch = await consumer.getmany(timeout_ms=200, max_records=10_000)
            if not batch:
                if idle_timeout_s is not None and time.monotonic() - last > idle_timeout_s:
                    return
                continue
            last = time.monotonic()
            for records in batch.values():
                for record in records:
                    yield Received(
                        record.value or b"", record.key, record.partition, record.offset, record.timestamp / 1000.0
                    )
                    seen += 1
                    if max_messages is not None and seen >= max_messages:
                        return
    finally:
        await consumer.stop()
