"""The window publisher against a real broker whose producer refuses large records.

A dead letter refused for its size goes out without its payload (the window still completes); a verdict
refused for its size is an UndeliverableError, which the runner treats as fatal instead of retrying forever.
"""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from streams.config import Settings
from streams.errors import UndeliverableError
from streams.models import DeadLetter, SourceRef
from streams.models.wire import encode_dead_letter, encode_verdict
from streams.security import aiokafka_kwargs
from streams.sinks.publishers import WindowPublisher
from streams.tools.bench.evidence import sample_verdicts
from streams.tools.topic_io import read_topic

pytestmark = [pytest.mark.kafka]

# The producer refuses records over this size before sending, as a broker with a small message.max.bytes would.
LIMIT = 100_000


async def _publish(settings: Settings, encode: Any, letters: list[DeadLetter], verdicts: int = 1) -> None:
    producer = AIOKafkaProducer(acks="all", max_request_size=LIMIT, **aiokafka_kwargs(settings.kafka))
    await producer.start()
    try:
        publisher = WindowPublisher(settings.kafka, encode, encode_dead_letter, producer=producer)
        await publisher.publish(sample_verdicts(verdicts), [], letters)
        assert publisher.sent == {"verdicts": verdicts, "escalations": 0, "dead_letters": len(letters)}
    finally:
        await producer.stop()


async def _read(settings: Settings, topic: str, count: int) -> list[dict[str, Any]]:
    docs = []
    async with asyncio.timeout(60):
        async for msg in read_topic(settings.kafka, topic, max_messages=count):
            docs.append(orjson.loads(msg.value))
    return docs


async def test_a_dead_letter_too_large_for_the_broker_goes_out_without_its_payload(make_settings: Any) -> None:
    settings = make_settings(create_topics=True)
    big = DeadLetter(b"\x01" * 400_000, "invalid_json", "not JSON", SourceRef("req", 0, 7), 1.0, "big")
    small = DeadLetter(b"{oops", "invalid_json", "not JSON", SourceRef("req", 0, 8), 1.0, "small")
    await _publish(settings, encode_verdict, [big, small])

    by_id = {doc["request_id"]: doc for doc in await _read(settings, settings.kafka.dlq_topic, 2)}
    assert (by_id["big"]["payload"], by_id["big"]["payload_bytes"], by_id["big"]["payload_truncated"]) == (
        "",
        400_000,
        True,
    )
    assert by_id["big"]["source"] == {"topic": "req", "partition": 0, "offset": 7}
    assert base64.b64decode(by_id["small"]["payload"]) == b"{oops"
    assert by_id["small"]["payload_truncated"] is False
    assert len(await _read(settings, settings.kafka.verdict_topic, 1)) == 1


async def test_a_verdict_too_large_for_the_broker_is_undeliverable(make_settings: Any) -> None:
    settings = make_settings(create_topics=True)
    with pytest.raises(UndeliverableError, match="larger than the broker or producer accepts"):
        await _publish(settings, lambda verdict: b"x" * (LIMIT + 1), [])
