"""Getting requests onto the request topic and verdicts off the verdict topic (publish, tail, demo, tests).

Requests are published as the exact bytes given (a malformed line is the worker's business: it goes to the
DLQ there, with its reason), keyed by their request_id when one can be found.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from collections.abc import AsyncIterator, Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from streams.config import KafkaSettings
from streams.errors import SinkError
from streams.kafka.clients import make_producer
from streams.kafka.reader import Received, read_topic
from streams.models.codec import request_id_hint

__all__ = [
    "Coverage",
    "OutputHandler",
    "PublishReport",
    "Received",
    "publish_payloads",
    "read_topic",
    "watch_coverage",
]

# Sends in flight before waiting for their acknowledgements: bounds memory, keeps batches full.
_IN_FLIGHT = 5_000


@dataclass(frozen=True, slots=True)
class PublishReport:
    """How many messages were published and how fast."""

    messages: int
    seconds: float
    first_sent_at: float
    last_acked_at: float

    @property
    def per_s(self) -> float:
        """Messages per second, acknowledged."""
        return self.messages / self.seconds if self.seconds > 0 else float("inf")


async def publish_payloads(
    kafka: KafkaSettings,
    topic: str,
    payloads: Iterable[bytes],
    on_progress: Callable[[int], None] | None = None,
    on_sent: Callable[[bytes, float], None] | None = None,
) -> PublishReport:
    """Publish every payload to ``topic`` and wait for the broker's acknowledgements (acks=all)."""
    producer = make_producer(kafka, linger_ms=20, client_suffix="publish")
    await producer.start()
    count = 0
    started = time.perf_counter()
    first_sent = time.time()
    pending: list[asyncio.Future[object]] = []
    try:
        for payload in payloads:
            hint = request_id_hint(payload)
            key = hint.encode() if hint else None
            if on_sent is not None:
                on_sent(payload, time.time())
            pending.append(await producer.send(topic, value=payload, key=key))
            count += 1
            if len(pending) >= _IN_FLIGHT:
                await asyncio.gather(*pending)
                if on_progress is not None:
                    on_progress(len(pending))
                pending.clear()
        await asyncio.gather(*pending)
        if on_progress is not None and pending:
            on_progress(len(pending))
    except Exception as exc:
        raise SinkError(f"publishing to {topic!r} failed after {count} messages: {exc!r}") from exc
    finally:
        await producer.stop()
    return PublishReport(count, time.perf_counter() - started, first_sent, time.time())


# Called with each output message and its decoded document; returning False keeps it out of the coverage.
OutputHandler = Callable[[Received, dict[str, Any]], bool | None]


class Coverage:
    """The source coordinates (partition, offset) that output documents have covered so far."""

    def __init__(self, covered: set[tuple[int, int]] | None = None) -> None:
        self.covered: set[tuple[int, int]] = covered if covered is not None else set()
        self._expected = sys.maxsize
        self._reached = asyncio.Event()

    def add(self, partition: int, offset: int) -> None:
        """Record one covered source message."""
        self.covered.add((partition, offset))
        if len(self.covered) >= self._expected:
            self._reached.set()

    async def wait(self, expected: int, timeout_s: float) -> bool:
        """Wait until ``expected`` source messages are covered, at most ``timeout_s``; whether they are."""
        self._expected = expected
        if len(self.covered) < expected:
            self._reached.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout_s):
                    await self._reached.wait()
        return len(self.covered) >= expected


@contextlib.asynccontextmanager
async def watch_coverage(
    kafka: KafkaSettings,
    handlers: Mapping[str, OutputHandler],
    *,
    covering: Collection[str] | None = None,
    source_topic: str | None = None,
    covered: set[tuple[int, int]] | None = None,
) -> AsyncIterator[Coverage]:
    """Read each output topic of ``handlers`` from the earliest offset for the block's duration.

    Every document is handed to its topic's handler; the ``source`` of documents on the ``covering`` topics
    (default: the verdict and DLQ topics), from ``source_topic`` when given, counts as covered. The readers
    stop when the block ends.
    """
    coverage = Coverage(covered)
    counting = set(covering) if covering is not None else {kafka.verdict_topic, kafka.dlq_topic}

    async def read(topic: str, handler: OutputHandler) -> None:
        async for msg in read_topic(kafka, topic):
            doc = orjson.loads(msg.value)
            if handler(msg, doc) is False or topic not in counting:
                continue
            source = doc.get("source") or {}
            if "partition" in source and (source_topic is None or source.get("topic") == source_topic):
                coverage.add(int(source["partition"]), int(source["offset"]))

    tasks = [asyncio.create_task(read(topic, handler)) for topic, handler in handlers.items()]
    try:
        yield coverage
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
