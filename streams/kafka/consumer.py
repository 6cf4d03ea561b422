"""The judge's own consumer loop: windows straight from aiokafka ``getmany``, one ack per window.

faust delivers, iterates and acks every message on its own (the profile in the README puts that at ~24 µs of
CPU per event, more than a raw consume loop spends in all). With ``ELEANOR_KAFKA__JUDGE_CONSUMER=aiokafka`` the
judge worker takes its windows itself, with the same guarantees:

- **At-least-once.** A window's offsets become committable only when the runner's acker acks it — after
  the broker acknowledged everything the window produced — and windows are acked in order. A commit task
  commits the acked offsets every ``commit_interval_s`` and once more on the way out.
- **Rebalance.** When partitions are revoked, the windows already handed over are judged, published and
  acked, and the acked offsets are committed before the partitions are given away. The window being
  collected is never dropped: the fetch position of a partition that stays assigned may not move back, so
  dropping fetched records would leave a hole that a later commit passes. It is judged like any other
  window; its records of partitions now owned elsewhere are judged twice (at-least-once), and their offsets
  are not committed here (only assigned partitions are).
- **Graceful shutdown.** On stop, the window being collected is handed over at once, then everything is
  flushed, acked and committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, cast

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from streams.config import Settings
from streams.kafka.broker_watch import BrokerWatch
from streams.logs import kv
from streams.models import SourceRef
from streams.pipeline.runner import WindowRunner
from streams.security import aiokafka_kwargs

__all__ = ["READY_LINE", "DirectJudge"]

log = logging.getLogger(__name__)

# Logged once the group has assigned partitions for the first time (tests and the demo wait for it).
READY_LINE = "judge worker ready"


class _Listener(ConsumerRebalanceListener):  # type: ignore[misc]  # aiokafka ships no type hints
    def __init__(self, judge: DirectJudge) -> None:
        self._judge = judge

    async def on_partitions_revoked(self, revoked: Any) -> None:
        await self._judge.revoked()

    async def on_partitions_assigned(self, assigned: Any) -> None:
        self._judge.assigned(len(assigned))


class DirectJudge:
    """Runs the window runner on windows taken with aiokafka ``getmany`` (see the module docstring).

    ``start_runner`` opens the services and returns the runner (see :func:`streams.wiring.worker.starting`).
    """

    def __init__(self, settings: Settings, start_runner: Callable[[], Awaitable[WindowRunner]]) -> None:
        self._settings = settings
        self._kafka = settings.kafka
        self._start_runner = start_runner
        self.runner: WindowRunner | None = None
        self._consumer: AIOKafkaConsumer | None = None
        self._acked: dict[TopicPartition, int] = {}  # next offset to commit, per partition
        self._committed: dict[TopicPartition, int] = {}
        self._ready = False
        self.failed: BaseException | None = None

    @property
    def ready(self) -> bool:
        """True once the group has assigned partitions."""
        return self._ready

    # ------------------------------------------------------------------ callbacks

    def assigned(self, partitions: int) -> None:
        """Partitions assigned (log the readiness line once)."""
        if not self._ready:
            self._ready = True
            log.info("%s %s", READY_LINE, kv(partitions=partitions, group=self._kafka.consumer_group))
        else:
            log.info("partitions assigned %s", kv(partitions=partitions))

    async def revoked(self) -> None:
        """Finish and commit every handed-over window before the partitions go to another worker."""
        runner = self.runner
        if runner is not None:
            await runner.idle()
            await runner.acker.drain()
        await self.commit()
        self._acked.clear()
        self._committed.clear()

    async def _ack(self, offsets: dict[TopicPartition, int]) -> None:
        for tp, offset in offsets.items():
            if offset > self._acked.get(tp, -1):
                self._acked[tp] = offset

    def _fatal(self, exc: BaseException) -> None:
        log.critical("stopping the worker: %s", kv(error=repr(exc)))
        self.failed = exc

    async def commit(self) -> None:
        """Commit the acked offsets of the partitions still assigned (errors are logged: acks are kept)."""
        consumer = self._consumer
        if consumer is None:
            return
        assigned = consumer.assignment()
        due = {
            tp: OffsetAndMetadata(offset, "")
            for tp, offset in self._acked.items()
            if tp in assigned and self._committed.get(tp) != offset
        }
        if not due:
            return
        try:
            await consumer.commit(due)
        except Exception as exc:
            log.warning("offset commit failed, retried at the next interval %s", kv(error=repr(exc)[:300]))
            return
        for tp, meta in due.items():
            self._committed[tp] = meta.offset

    async def _commit_every(self, interval_s: float) -> None:
        while True:
            await asyncio.sleep(interval_s)
            await self.commit()

    # ------------------------------------------------------------------ the loop

    async def run(self, stop: asyncio.Event) -> int:
        """Judge windows until ``stop`` is set; returns the exit code (1 after a fatal failure)."""
        runner = await self._start_runner()
        self.runner = runner
        runner.bind_acker(self._ack, self._fatal)
        kafka = self._kafka
        consumer = AIOKafkaConsumer(
            client_id=f"{kafka.client_id}-judge",
            group_id=kafka.consumer_group,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            session_timeout_ms=int(kafka.session_timeout_s * 1000),
            heartbeat_interval_ms=int(kafka.heartbeat_interval_s * 1000),
            # a window's publish may stall while the broker refuses: stay in the group meanwhile
            max_poll_interval_ms=1_000_000,
            max_poll_records=runner.sizer.next_size,
            **aiokafka_kwargs(kafka),
        )
        self._consumer = consumer
        listener = _Listener(self)
        if kafka.request_pattern:
            consumer.subscribe(pattern=f"^(?:{kafka.request_pattern})$", listener=listener)
        else:
            consumer.subscribe(list(kafka.request_topics), listener=listener)
        await consumer.start()
        committer = asyncio.create_task(self._commit_every(kafka.commit_interval_s), name="eleanor-commit")
        watch = self._watch(consumer, runner)
        try:
            while not stop.is_set() and self.failed is None:
                size = runner.sizer.next_size
                records = await self._take(consumer, size, runner.sizer.max_wait_s, stop)
                if not records:
                    continue
                # a tombstone (no value) goes to the decoder as it came, like faust hands it over
                items = [(cast(bytes, r.value), SourceRef(r.topic, r.partition, r.offset)) for r in records]
                offsets: dict[TopicPartition, int] = {}
                for r in records:
                    offsets[TopicPartition(r.topic, r.partition)] = r.offset + 1
                self._report_lag(runner, consumer, items)
                await runner.submit([offsets], items, size)
        finally:
            log.info("window agent stopping %s", kv(windows=runner.stats.windows, events=runner.stats.events))
            for task in (committer, watch):
                if task is not None:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
            await runner.close()
            if self.failed is None:
                await self.commit()
            await consumer.stop()
            self._consumer = None
        return 0 if self.failed is None else 1

    def _watch(self, consumer: AIOKafkaConsumer, runner: WindowRunner) -> asyncio.Task[None] | None:
        """Start the broker watchdog (``kafka.broker_probe_s``; None when it is off)."""
        interval = self._kafka.broker_probe_s
        if interval <= 0:
            return None
        metrics = runner.metrics
        watch = BrokerWatch(
            consumer.topics,  # a metadata request: answered by a live broker whatever the traffic
            interval_s=interval,
            timeout_s=interval,
            report=metrics.broker_up if metrics is not None else None,
        )
        return asyncio.create_task(watch.run(), name="eleanor-broker-watch")

    @staticmethod
    def _report_lag(runner: WindowRunner, consumer: AIOKafkaConsumer, items: list[tuple[bytes, SourceRef]]) -> None:
        """``eleanor_consumer_lag`` of the window's partitions from the consumer's high watermarks."""
        metrics = runner.metrics
        if metrics is None:
            return
        try:
            metrics.lag_after((s for _, s in items), lambda t, p: consumer.highwater(TopicPartition(t, p)))
        except Exception as exc:  # a metric never stops consumption
            log.warning("consumer lag not reported %s", kv(error=repr(exc)))

    async def _take(self, consumer: AIOKafkaConsumer, size: int, max_wait_s: float, stop: asyncio.Event) -> list[Any]:
        """Up to ``size`` records, waiting at most ``max_wait_s`` once the first one arrived.

        Returns the partial window at once when ``stop`` is set.
        """
        out: list[Any] = []
        deadline: float | None = None
        while len(out) < size and not stop.is_set() and self.failed is None:
            if deadline is None:
                timeout_ms = 200
            else:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                timeout_ms = max(1, min(200, int(left * 1000)))  # short slices: a stop is seen at once
            fetched = await consumer.getmany(timeout_ms=timeout_ms, max_records=size - len(out))
            for records in fetched.values():
                out.extend(records)
            if out and deadline is None:
                deadline = time.monotonic() + max_wait_s
        return out
