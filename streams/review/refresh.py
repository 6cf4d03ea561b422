"""A judge worker's live precedent index: new precedents from the precedent topic, without a restart.

Every ``ELEANOR_PRECEDENTS__REFRESH_S`` the refresher reads what the precedent topic gained (no consumer group:
each worker reads every partition from the beginning, so every worker ends up with every case), adds those
cases to the retriever's index (a known case_id is replaced: a re-decided review wins) and only then moves the
**precedent generation** on. The generation is the number of precedent messages applied, the same number on
every worker that has caught up; it is part of the judgement cache key, so a judgement cached before a
precedent existed is never served after the refresh that brought it (the old keys simply stop matching).
The first read happens in :meth:`PrecedentRefresher.start`, before the worker judges anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from aiokafka import AIOKafkaConsumer, TopicPartition

from streams.config import KafkaSettings
from streams.errors import PrecedentError
from streams.kafka.clients import ensure_topics, make_consumer
from streams.logs import kv
from streams.precedents import PrecedentCase, PrecedentRetriever
from streams.review.promotion import decode_case

__all__ = ["PrecedentRefresher"]

log = logging.getLogger(__name__)


class PrecedentRefresher:
    """Keeps ``retriever`` up to date with ``topic``; :attr:`generation` counts the precedent messages applied."""

    def __init__(self, kafka: KafkaSettings, topic: str, retriever: PrecedentRetriever, refresh_s: float) -> None:
        self._kafka = kafka
        self._topic = topic
        self._retriever = retriever
        self._refresh_s = refresh_s
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._closing: asyncio.Task[None] | None = None
        self.generation = 0
        self.applied = 0
        self.refreshed_at = 0.0

    async def start(self) -> None:
        """Assign every partition of the topic, read what it holds now, then refresh in the background."""
        await ensure_topics(self._kafka, [self._topic])
        consumer = make_consumer(self._kafka)
        await consumer.start()
        self._consumer = consumer
        partitions = consumer.partitions_for_topic(self._topic) or set()
        for _ in range(20):  # metadata may lag right after the topic was created
            if partitions:
                break
            await consumer.force_metadata_update()
            partitions = consumer.partitions_for_topic(self._topic) or set()
            await asyncio.sleep(0.1)
        consumer.assign([TopicPartition(self._topic, p) for p in sorted(partitions)])
        await consumer.seek_to_beginning()
        await self.refresh()
        self._task = asyncio.create_task(self._loop(), name="precedent-refresh")

    async def stop(self) -> None:
        """Stop refreshing and close the consumer."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    def close(self) -> None:
        """Stop from synchronous code (the runner's close hook): the consumer closes in a task of the loop."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            self._closing = asyncio.get_running_loop().create_task(consumer.stop())

    async def refresh(self) -> int:
        """Read everything new, index it, then move the generation on; the number of cases applied."""
        consumer = self._consumer
        if consumer is None:
            return 0
        cases: list[PrecedentCase] = []
        messages = 0
        while True:
            batch = await consumer.getmany(timeout_ms=100, max_records=5_000)
            if not batch:
                break
            for records in batch.values():
                for record in records:
                    messages += 1
                    if record.value is None:
                        continue  # a tombstone: nothing to add
                    try:
                        cases.append(decode_case(record.value))
                    except PrecedentError as exc:
                        log.warning("precedent message skipped %s", kv(offset=record.offset, error=str(exc)[:200]))
        if cases:
            await asyncio.to_thread(self._retriever.index_cases, cases)
        if messages:
            self.generation += messages  # after the index holds them: a new key never meets an old index
            self.applied += len(cases)
            log.info("precedents refreshed %s", kv(cases=len(cases), generation=self.generation))
        self.refreshed_at = time.time()
        return len(cases)

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self._refresh_s)
            try:
                await self.refresh()
            except Exception as exc:  # the broker is away: judge on with the index as it is, try again later
                log.warning("precedent refresh failed %s", kv(error=repr(exc)[:300]))
