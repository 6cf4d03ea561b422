"""Publish failures no retry can clear, and the dead letter that is too large for the broker.

Every dead letter carries the hash of its whole original payload in a header (the evidence writer stores
it in ``dead_letters.payload_hash``). A dead letter carries (part of) a bad message, so its record can be
larger than the broker accepts (``message.max.bytes`` is 1 MB on a default Kafka; the producer's own
``max_request_size`` may be smaller).
Retrying such a send fails the same way every time and would hold its partition for good, so
:func:`send_dead_letter` re-sends the record without its payload (``payload_truncated`` true,
``payload_bytes`` kept): the bytes, up to the DLQ cap, are stored in the ``dead_letters`` table.

:func:`publish_error` sorts every other failure: too large, not serialisable or not authorised become
:class:`~streams.errors.UndeliverableError` (the runner stops the worker instead of retrying forever),
anything else a retriable :class:`~streams.errors.SinkError`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from dataclasses import dataclass

from aiokafka import AIOKafkaProducer
from aiokafka.errors import (
    AuthenticationFailedError,
    ClusterAuthorizationFailedError,
    MessageSizeTooLargeError,
    RecordListTooLargeError,
    RecordTooLargeError,
    SaslAuthenticationFailed,
    TopicAuthorizationFailedError,
    TransactionalIdAuthorizationFailed,
)

from streams.errors import SinkError, UndeliverableError
from streams.logs import kv
from streams.models import DeadLetter
from streams.models.wire import encode_dead_letter
from streams.sinks.messages import payload_hash_header

__all__ = ["NOT_AUTHORISED", "TOO_LARGE", "publish_error", "send_dead_letter"]

log = logging.getLogger(__name__)

# Refused for its size: by the producer before sending (MessageSizeTooLargeError from send()) or by the
# broker (MESSAGE_TOO_LARGE, RECORD_LIST_TOO_LARGE in the produce response).
TOO_LARGE: tuple[type[Exception], ...] = (MessageSizeTooLargeError, RecordListTooLargeError, RecordTooLargeError)
NOT_AUTHORISED: tuple[type[Exception], ...] = (
    TopicAuthorizationFailedError,
    ClusterAuthorizationFailedError,
    TransactionalIdAuthorizationFailed,
    SaslAuthenticationFailed,
    AuthenticationFailedError,
)


def publish_error(exc: Exception) -> SinkError:
    """The error to raise for a failed publish: :class:`UndeliverableError` when retrying cannot help."""
    if isinstance(exc, TOO_LARGE):
        return UndeliverableError(f"a message is larger than the broker or producer accepts: {exc!r}")
    if isinstance(exc, NOT_AUTHORISED):
        return UndeliverableError(f"not authorised to publish (check the Kafka credentials and ACLs): {exc!r}")
    if isinstance(exc, TypeError | ValueError):  # orjson.JSONEncodeError is a TypeError
        return UndeliverableError(f"a message cannot be serialised: {exc!r}")
    return SinkError(f"publishing to Kafka failed: {exc!r}")


async def send_dead_letter(
    producer: AIOKafkaProducer, topic: str, letter: DeadLetter, value: bytes, key: bytes | None
) -> Awaitable[object]:
    """Send an encoded dead letter; return its acknowledgement.

    If the producer or the broker refuses ``value`` for its size, the letter is re-sent without its
    payload and the acknowledgement is that of the re-send. Other errors propagate.
    """
    send = _DeadLetterSend(producer, topic, letter, key, len(value))
    try:
        future: Awaitable[object] = await producer.send(topic, value=value, key=key, headers=send.headers)
    except TOO_LARGE as exc:
        return await send.without_payload(exc)
    return send.acknowledged(future)


@dataclass(frozen=True, slots=True)
class _DeadLetterSend:
    producer: AIOKafkaProducer
    topic: str
    letter: DeadLetter
    key: bytes | None
    record_bytes: int

    @property
    def headers(self) -> list[tuple[str, bytes]]:
        """The hash of the whole original payload, which the record's payload may be cut from."""
        return [payload_hash_header(self.letter.payload)]

    async def acknowledged(self, future: Awaitable[object]) -> object:
        """The broker's acknowledgement; a refusal for size is answered by the re-send's."""
        try:
            return await future
        except TOO_LARGE as exc:
            return await (await self.without_payload(exc))

    async def without_payload(self, exc: Exception) -> Awaitable[object]:
        """Send the letter again with an empty payload (size and hash stay in the record and the table)."""
        source = self.letter.source
        log.warning(
            "dead letter too large for the broker, re-sent without its payload (kept in dead_letters) %s",
            kv(
                record_bytes=self.record_bytes,
                payload_bytes=len(self.letter.payload),
                reason=self.letter.reason,
                source=f"{source.topic}/{source.partition}/{source.offset}" if source else None,
                error=type(exc).__name__,
            ),
        )
        value = encode_dead_letter(self.letter, max_payload_bytes=0)
        future: Awaitable[object] = await self.producer.send(
            self.topic, value=value, key=self.key, headers=self.headers
        )
        return future
