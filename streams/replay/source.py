"""Reading a request topic for a time range, by timestamps, without a consumer group.

The start offsets come from the broker's offset-for-time answer (ListOffsets with a timestamp). That answer is
checked, not trusted: the record at the offset must be at or after the start, and the one before it earlier.
When the broker answers wrongly (or not at all) the partition is scanned from the beginning and every record
is filtered by its timestamp instead, and the caller is told so. The range ends at the first record after the
end time on each partition, or when the partition has had nothing new for a moment (the local broker's
"latest offset" answer cannot be trusted either).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.structs import ConsumerRecord

from streams.config import KafkaSettings
from streams.kafka.clients import make_consumer
from streams.logs import kv

__all__ = ["RangeRead", "read_range"]

log = logging.getLogger(__name__)


@dataclass
class RangeRead:
    """How the range was found: per partition, whether offset-for-time was used or a scan."""

    by_time: list[str] = field(default_factory=list)
    scanned: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


async def _timestamp_at(consumer: AIOKafkaConsumer, tp: TopicPartition, offset: int) -> int | None:
    consumer.seek(tp, offset)
    batch = await consumer.getmany(tp, timeout_ms=1_000, max_records=1)
    records = batch.get(tp, [])
    return records[0].timestamp if records and records[0].offset == offset else None


async def _start_offset(consumer: AIOKafkaConsumer, tp: TopicPartition, start_ms: int, how: RangeRead) -> int:
    """Where to begin on ``tp``: the checked offset-for-time answer, else 0 (a scan)."""
    name = f"{tp.topic}[{tp.partition}]"
    try:
        answer = (await consumer.offsets_for_times({tp: start_ms})).get(tp)
    except Exception as exc:  # the broker may not implement it
        how.scanned.append(name)
        how.notes.append(f"{name}: offset-for-time failed ({type(exc).__name__}), scanned from the beginning")
        return 0
    if answer is None:  # nothing at or after the start: a scan finds nothing either, but costs little to confirm
        how.scanned.append(name)
        how.notes.append(f"{name}: offset-for-time found no record after the start, scanned to confirm")
        return 0
    offset = int(answer.offset)
    at = await _timestamp_at(consumer, tp, offset)
    before = await _timestamp_at(consumer, tp, offset - 1) if offset > 0 else None
    if at is None or at < start_ms or (before is not None and before >= start_ms):
        how.scanned.append(name)
        how.notes.append(
            f"{name}: the broker answered offset {offset} for the start time, which is wrong; scanned from the"
            " beginning instead"
        )
        return 0
    how.by_time.append(name)
    return offset


async def _partitions(consumer: AIOKafkaConsumer, topics: Sequence[str]) -> list[TopicPartition]:
    partitions: list[TopicPartition] = []
    for topic in topics:
        ids = consumer.partitions_for_topic(topic)
        if not ids:
            await consumer.force_metadata_update()
            ids = consumer.partitions_for_topic(topic) or set()
        partitions += [TopicPartition(topic, p) for p in sorted(ids)]
    return partitions


async def read_range(
    kafka: KafkaSettings,
    topics: Sequence[str],
    window: tuple[float, float],
    how: RangeRead,
    *,
    idle_s: float = 1.5,
) -> AsyncIterator[ConsumerRecord[bytes, bytes]]:
    """Every record of ``topics`` with a timestamp in ``window`` (start, end seconds), in offset order."""
    start_ms, end_ms = int(window[0] * 1000), int(window[1] * 1000)
    consumer = make_consumer(kafka)
    await consumer.start()
    try:
        partitions = await _partitions(consumer, topics)
        if not partitions:
            return
        consumer.assign(partitions)
        starts = {tp: await _start_offset(consumer, tp, start_ms, how) for tp in partitions}
        for tp, offset in starts.items():
            consumer.seek(tp, offset)
        open_ = set(partitions)
        last_seen = {tp: time.monotonic() for tp in partitions}
        while open_:
            batch = await consumer.getmany(*open_, timeout_ms=200, max_records=5_000)
            now = time.monotonic()
            for tp, records in batch.items():
                last_seen[tp] = now
                for record in records:
                    if record.timestamp > end_ms:
                        open_.discard(tp)
                        break
                    if record.timestamp >= start_ms:
                        yield record
            for tp in list(open_):
                if now - last_seen[tp] > idle_s:
                    open_.discard(tp)
            if len(open_) < len(partitions):
                consumer.pause(*[tp for tp in partitions if tp not in open_])
    finally:
        await consumer.stop()
        if how.scanned:
            log.info("replay range scanned %s", kv(partitions=",".join(how.scanned)))
