"""Dead letters too large for the broker are re-sent without payload; errors no retry can clear are sorted out."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import orjson
import pytest
from aiokafka.errors import (
    KafkaConnectionError,
    KafkaTimeoutError,
    MessageSizeTooLargeError,
    RecordListTooLargeError,
    TopicAuthorizationFailedError,
)

from streams.errors import SinkError, UndeliverableError
from streams.models import DeadLetter, SourceRef
from streams.models.wire import encode_dead_letter
from streams.sinks.undeliverable import publish_error, send_dead_letter

LETTER = DeadLetter(b"\x01" * 400_000, "invalid_json", "not JSON", SourceRef("req", 2, 9), 1.0, "r-1")


class RefusingProducer:
    """Records sends; refuses values over ``limit`` bytes before sending or, with ``on_ack``, in the ack."""

    def __init__(self, limit: int, on_ack: bool) -> None:
        self.limit = limit
        self.on_ack = on_ack
        self.sent: list[tuple[str, bytes, bytes | None]] = []

    async def send(
        self, topic: str, value: bytes, key: bytes | None = None, headers: list[tuple[str, bytes]] | None = None
    ) -> asyncio.Future[object]:
        future: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        if len(value) > self.limit:
            if not self.on_ack:
                raise MessageSizeTooLargeError(f"{len(value)} bytes")
            future.set_exception(MessageSizeTooLargeError())
            return future
        self.sent.append((topic, value, key))
        future.set_result(len(self.sent))
        return future


@pytest.mark.parametrize("on_ack", [False, True], ids=["refused-by-producer", "refused-by-broker"])
async def test_a_refused_dead_letter_is_resent_without_its_payload(on_ack: bool) -> None:
    producer = RefusingProducer(limit=10_000, on_ack=on_ack)
    value = encode_dead_letter(LETTER)
    ack = await send_dead_letter(producer, "dlq", LETTER, value, b"r-1")  # type: ignore[arg-type]
    assert await ack == 1
    [(topic, sent, key)] = producer.sent
    assert (topic, key) == ("dlq", b"r-1")
    body = orjson.loads(sent)
    assert (body["payload"], body["payload_text"]) == ("", None)
    assert (body["payload_bytes"], body["payload_truncated"]) == (400_000, True)
    assert (body["reason"], body["source"], body["request_id"]) == (
        "invalid_json",
        {"topic": "req", "partition": 2, "offset": 9},
        "r-1",
    )


async def test_a_dead_letter_the_broker_takes_is_sent_whole() -> None:
    producer = RefusingProducer(limit=10_000_000, on_ack=True)
    value = encode_dead_letter(LETTER)
    assert await (await send_dead_letter(producer, "dlq", LETTER, value, None)) == 1  # type: ignore[arg-type]
    body = orjson.loads(producer.sent[0][1])
    assert base64.b64decode(body["payload"]) == LETTER.payload
    assert producer.sent[0][1] == value


async def test_a_letter_still_refused_without_payload_raises() -> None:
    producer = RefusingProducer(limit=10, on_ack=True)
    ack = await send_dead_letter(producer, "dlq", LETTER, encode_dead_letter(LETTER), None)  # type: ignore[arg-type]
    with pytest.raises(MessageSizeTooLargeError):
        await ack
    assert producer.sent == []


@pytest.mark.parametrize(
    "exc",
    [
        MessageSizeTooLargeError(),
        RecordListTooLargeError(),
        TopicAuthorizationFailedError(),
        TypeError("Type is not JSON serializable: object"),
        ValueError("bad value"),
    ],
)
def test_errors_no_retry_can_clear_are_undeliverable(exc: Exception) -> None:
    error = publish_error(exc)
    assert isinstance(error, UndeliverableError)
    assert repr(exc) in str(error)


@pytest.mark.parametrize("exc", [KafkaConnectionError(), KafkaTimeoutError()])
def test_broker_outages_stay_retriable(exc: Exception) -> None:
    error: Any = publish_error(exc)
    assert type(error) is SinkError
