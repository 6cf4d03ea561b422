"""Verdict, escalation and dead-letter publishers whose sends are awaitable broker acknowledgements."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from streams.config import KafkaSettings
from streams.errors import SinkError
from streams.logs import kv
from streams.models import DeadLetter, Verdict
from streams.pipeline.kafka import make_producer

__all__ = ["WindowPublisher"]

log = logging.getLogger(__name__)


class WindowPublisher:
    """Publishes one window's verdicts (key = request_id), escalations and dead letters, then waits.

    :meth:`publish` returns only when the broker has acknowledged every message (acks=all), so the
    caller may ack the window's input offsets afterwards. A failed send raises :class:`SinkError`; the
    agent retries the whole window's sends (duplicates are allowed: consumers dedupe by request_id).
    """

    def __init__(
        self,
        kafka: KafkaSettings,
        encode_verdict: Callable[[Verdict], bytes],
        encode_dead_letter: Callable[[DeadLetter], bytes],
        producer: AIOKafkaProducer | None = None,
    ) -> None:
        self._kafka = kafka
        self._encode_verdict = encode_verdict
        self._encode_dead_letter = encode_dead_letter
        self._producer = producer
        self._owned = producer is None
        self.sent = {"verdicts": 0, "escalations": 0, "dead_letters": 0}

    async def start(self) -> None:
        """Connect the producer (idempotent)."""
        if self._producer is None:
            self._producer = make_producer(self._kafka, client_suffix="verdicts")
        if self._owned:
            await self._producer.start()

    async def stop(self) -> None:
        """Flush and close the producer if this publisher opened it."""
        if self._producer is not None and self._owned:
            await self._producer.stop()
            self._producer = None

    async def publish(
        self, verdicts: Sequence[Verdict], escalations: Sequence[Verdict], dead_letters: Sequence[DeadLetter]
    ) -> None:
        """Send everything and wait for the broker's acknowledgements."""
        producer = self._producer
        if producer is None:
            raise SinkError("publisher not started")
        futures: list[Awaitable[object]] = []
        try:
            for verdict in verdicts:
                value = self._encode_verdict(verdict)
                key = verdict.request_id.encode()
                futures.append(await producer.send(self._kafka.verdict_topic, value=value, key=key))
            for verdict in escalations:
                futures.append(
                    await producer.send(
                        self._kafka.escalation_topic,
                        value=self._encode_verdict(verdict),
                        key=verdict.request_id.encode(),
                    )
                )
            for letter in dead_letters:
                dlq_key = letter.request_id.encode() if letter.request_id else None
                futures.append(
                    await producer.send(self._kafka.dlq_topic, value=self._encode_dead_letter(letter), key=dlq_key)
                )
            await asyncio.gather(*futures)
        except KafkaError as exc:
            log.warning("publish failed %s", kv(error=repr(exc), messages=len(futures)))
            raise SinkError(f"publishing to Kafka failed: {exc!r}") from exc
        self.sent["verdicts"] += len(verdicts)
        self.sent["escalations"] += len(escalations)
        self.sent["dead_letters"] += len(dead_letters)
