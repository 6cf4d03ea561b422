"""Read request messages back by their coordinates (topic, partition, offset), without a consumer group.

A verdict names the message it judged (``source``). The evidence writer uses this to keep the judged text of
every escalated request in ``review_queue`` while the request topic still holds it, and ``eleanor-streams
review show`` uses it when the queue is out of reach. One consumer, manual assignment, one seek per run of
nearby offsets: a fetch returns a whole batch, so escalations close together cost one round trip.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable

from aiokafka import AIOKafkaConsumer, TopicPartition

from streams.config import KafkaSettings
from streams.kafka.clients import make_consumer
from streams.logs import kv

__all__ = ["Coordinates", "RequestLookup", "fetch_messages"]

log = logging.getLogger(__name__)

Coordinates = tuple[str, int, int]  # topic, partition, offset


class RequestLookup:
    """A started consumer that reads single messages by coordinates; :meth:`fetch` many at once."""

    def __init__(self, kafka: KafkaSettings, timeout_s: float = 10.0) -> None:
        self._kafka = kafka
        self._timeout_s = timeout_s
        self._consumer: AIOKafkaConsumer | None = None

    async def start(self) -> AIOKafkaConsumer:
        """Connect (idempotent); the consumer."""
        if self._consumer is None:
            consumer = make_consumer(self._kafka)
            await consumer.start()
            self._consumer = consumer
        return self._consumer

    async def stop(self) -> None:
        """Disconnect."""
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    async def fetch(self, wanted: Iterable[Coordinates]) -> dict[Coordinates, bytes]:
        """The values of the messages at ``wanted`` that still exist (missing ones are left out, logged)."""
        consumer = await self.start()
        by_tp: dict[TopicPartition, set[int]] = {}
        for topic, partition, offset in wanted:
            if topic and partition >= 0 and offset >= 0:
                by_tp.setdefault(TopicPartition(topic, partition), set()).add(offset)
        found: dict[Coordinates, bytes] = {}
        if not by_tp:
            return found
        consumer.assign(list(by_tp))
        deadline = time.monotonic() + self._timeout_s
        for tp, offsets in by_tp.items():
            pending = sorted(offsets)
            while pending and time.monotonic() < deadline:
                consumer.seek(tp, pending[0])
                batch = await consumer.getmany(tp, timeout_ms=500, max_records=500)
                records = batch.get(tp, [])
                if not records:
                    continue  # not fetched yet: the same seek again until the deadline
                last = records[-1].offset
                for record in records:
                    if record.offset in offsets:
                        found[(tp.topic, tp.partition, record.offset)] = record.value or b""
                # anything at or below the last offset read that did not come back is gone (compacted, deleted)
                pending = [o for o in pending if o > last]
        missing = sum(len(o) for o in by_tp.values()) - len(found)
        if missing:
            log.warning("request messages not found by coordinates %s", kv(missing=missing, found=len(found)))
        return found


async def fetch_messages(
    kafka: KafkaSettings, wanted: Iterable[Coordinates], timeout_s: float = 10.0
) -> dict[Coordinates, bytes]:
    """One-shot :meth:`RequestLookup.fetch` (opens and closes its consumer)."""
    lookup = RequestLookup(kafka, timeout_s)
    try:
        async with asyncio.timeout(timeout_s + 5.0):
            return await lookup.fetch(list(wanted))
    finally:
        await lookup.stop()
