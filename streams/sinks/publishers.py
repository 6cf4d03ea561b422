"""Verdict, escalation and dead-letter publishers whose sends are awaitable broker acknowledgements."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError, MessageSizeTooLargeError
from aiokafka.partitioner import DefaultPartitioner

from streams.config import KafkaSettings
from streams.errors import SinkError
from streams.kafka.clients import make_producer
from streams.logs import kv
from streams.models import DeadLetter, Verdict
from streams.sinks.undeliverable import publish_error, send_dead_letter

__all__ = ["WindowPublisher"]

log = logging.getLogger(__name__)

# What an AIOKafkaProducer uses unless told otherwise (make_producer never overrides it).
_DEFAULT_PARTITIONER = DefaultPartitioner()


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

    @property
    def producer(self) -> AIOKafkaProducer:
        """The started producer (shared with the worker's other Kafka outputs)."""
        if self._producer is None:
            raise SinkError("publisher not started")
        return self._producer

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

    @staticmethod
    async def _partitioner(producer: AIOKafkaProducer, topic: str) -> Callable[[bytes], int]:
        """Partition of a keyed message, as the producer's default partitioner picks it (murmur2 of the key).

        Looked up once per window instead of once per message (the producer rebuilds the partition lists
        for every message it has to place itself).
        """
        partitions = list(await producer.partitions_for(topic))
        choose = _DEFAULT_PARTITIONER
        return lambda key: int(choose(key, partitions, partitions))

    @staticmethod
    async def _send_batches(
        producer: AIOKafkaProducer, topic: str, partition: int, records: list[tuple[bytes, bytes]]
    ) -> list[Awaitable[object]]:
        """Send ``records`` (key, value) to one partition as whole record batches, in order.

        One batch per ``max_batch_size`` bytes instead of one ``send`` call (a task, a future and a
        partition lookup) per message.
        """
        futures: list[Awaitable[object]] = []
        # send() refuses a record over the producer's max_request_size before sending; send_batch() does not
        # look, so the same limit is checked here (aiokafka keeps it as a private attribute).
        limit = int(getattr(producer, "_max_request_size", 1_048_576))
        builder = producer.create_batch()
        for key, value in records:
            if len(key) + len(value) > limit:
                raise MessageSizeTooLargeError(f"a verdict of {len(value)} bytes is over max_request_size {limit}")
            if builder.append(key=key, value=value, timestamp=None) is None:
                if builder.record_count() == 0:
                    raise MessageSizeTooLargeError(f"a verdict of {len(value)} bytes does not fit in a record batch")
                futures.append(await producer.send_batch(builder, topic, partition=partition))
                builder = producer.create_batch()
                if builder.append(key=key, value=value, timestamp=None) is None:
                    raise MessageSizeTooLargeError(f"a verdict of {len(value)} bytes does not fit in a record batch")
        if builder.record_count():
            futures.append(await producer.send_batch(builder, topic, partition=partition))
        return futures

    async def publish(
        self, verdicts: Sequence[Verdict], escalations: Sequence[Verdict], dead_letters: Sequence[DeadLetter]
    ) -> None:
        """Send everything and wait for the broker's acknowledgements."""
        producer = self._producer
        if producer is None:
            raise SinkError("publisher not started")
        futures: list[Awaitable[object]] = []
        try:
            encoded: dict[int, bytes] = {}  # an escalation is a verdict already encoded for the verdict topic
            for topic, batch in ((self._kafka.verdict_topic, verdicts), (self._kafka.escalation_topic, escalations)):
                if not batch:
                    continue
                partition_of = await self._partitioner(producer, topic)
                by_partition: dict[int, list[tuple[bytes, bytes]]] = {}
                for verdict in batch:
                    key = verdict.request_id.encode()
                    value = encoded.get(id(verdict))
                    if value is None:
                        value = encoded[id(verdict)] = self._encode_verdict(verdict)
                    by_partition.setdefault(partition_of(key), []).append((key, value))
                for partition, records in by_partition.items():
                    futures += await self._send_batches(producer, topic, partition, records)
            for letter in dead_letters:
                dlq_key = letter.request_id.encode() if letter.request_id else None
                value = self._encode_dead_letter(letter)
                futures.append(await send_dead_letter(producer, self._kafka.dlq_topic, letter, value, dlq_key))
            await asyncio.gather(*futures)
        except (KafkaError, TypeError, ValueError) as exc:
            log.warning("publish failed %s", kv(error=repr(exc), messages=len(futures)))
            raise publish_error(exc) from exc
        self.sent["verdicts"] += len(verdicts)
        self.sent["escalations"] += len(escalations)
        self.sent["dead_letters"] += len(dead_letters)
