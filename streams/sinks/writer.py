"""The evidence writer (``eleanor-streams sink``): the verdict, DLQ and window topics, stored in ClickHouse.

Its own consumer group reads the three topics the judge workers publish, turns each message into evidence
rows (:mod:`streams.sinks.messages`), and stores a batch once it holds ``ELEANOR_DB_BATCH_SIZE`` rows or its
oldest message is ``max_age_s`` old: one column-oriented insert per table, each with an
``insert_deduplication_token`` derived from the topic-partition-offset ranges the batch was read from (a
batch re-sent after an uncertain failure is dropped by ClickHouse). Only after ClickHouse acknowledged every
table's insert are the batch's offsets committed; a kill at any moment replays from the last commit, and the
ReplacingMergeTree tables collapse the replayed rows under ``FINAL``.

While ClickHouse is down the writer retries the insert with exponential back-off and fetches nothing more:
memory stays bounded by one batch, the messages wait in Kafka, and the judge workers — which never wait
for ClickHouse — keep publishing verdicts. Evidence lag (messages not yet stored, and the age of the oldest
one held) is reported to the metrics and the log.

A message that is not evidence (not JSON, not the expected shape) is logged, counted and skipped: a stray
message on a verdict topic must not stop the evidence of everything after it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import orjson
import xxhash
from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.structs import ConsumerRecord, OffsetAndMetadata

from streams.backoff import Backoff
from streams.config import Settings
from streams.errors import ConfigError, SchemaError
from streams.logs import kv
from streams.metrics import Metrics
from streams.review.metrics import watch_recorder
from streams.review.recorder import ReviewRecorder
from streams.security import aiokafka_kwargs
from streams.sinks.messages import dead_letter_row_from, finding_rows_from, verdict_row_from, window_row_from
from streams.sinks.rows import DEAD_LETTERS, FINDINGS, TABLES, VERDICTS, WINDOWS, Row, TableSpec, columns_of

__all__ = ["EvidenceWriter", "WriterStats", "range_token"]

log = logging.getLogger(__name__)

Ranges = dict[tuple[str, int], tuple[int, int]]


def range_token(table: str, rows: int, ranges: Ranges) -> str:
    """The deduplication token of a batch: its table, row count and the offset ranges it was read from.

    The same messages read again (a retry, or a replay that cuts the batch at the same offsets) give the
    same token, whatever the rows contain.
    """
    digest = xxhash.xxh3_128()
    for (topic, partition), (first, last) in sorted(ranges.items()):
        digest.update(f"{topic}\x1f{partition}\x1f{first}\x1f{last}\x1e".encode())
    return f"{table}:{rows}:{digest.hexdigest()}"


@dataclass
class WriterStats:
    """What the writer has done (for logs, the demo and tests)."""

    messages: int = 0
    skipped: int = 0  # messages that were not evidence
    batches: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    insert_failures: int = 0
    commits: int = 0
    healthy: bool = True
    last_error: str | None = None


@dataclass
class _Batch:
    """Rows read but not yet stored, per table, and the offsets they came from."""

    rows: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in TABLES})
    ranges: dict[str, Ranges] = field(default_factory=lambda: {name: {} for name in TABLES})
    next_offsets: dict[TopicPartition, int] = field(default_factory=dict)
    oldest: float | None = None  # monotonic time the oldest message was read
    oldest_ts: float | None = None  # broker timestamp (s) of the oldest message
    count: int = 0

    @property
    def size(self) -> int:
        return sum(len(r) for r in self.rows.values())

    def cover(self, table: str, topic: str, partition: int, offset: int) -> None:
        ranges = self.ranges[table]
        first, _ = ranges.get((topic, partition), (offset, offset))
        ranges[(topic, partition)] = (first, offset)


class _Revoked(ConsumerRebalanceListener):  # type: ignore[misc]  # aiokafka ships no type hints
    """Stores and commits the batch before partitions are given away.

    Dropping it instead would be wrong: the fetch position of a partition that stays assigned does not move
    back, so the dropped messages would be skipped and a later commit would pass them.
    """

    def __init__(self, writer: EvidenceWriter) -> None:
        self._writer = writer

    async def on_partitions_revoked(self, revoked: Any) -> None:
        if self._writer.batch.count:
            log.info("partitions revoked: storing the batch first %s", kv(messages=self._writer.batch.count))
            await self._writer.store()

    async def on_partitions_assigned(self, assigned: Any) -> None:
        log.info("evidence partitions assigned %s", kv(partitions=len(assigned)))


class EvidenceWriter:
    """Reads the evidence topics in its own consumer group and stores them in ClickHouse, commit after insert.

    ``open_client`` returns a migrated clickhouse-connect client (called in a worker thread, retried with
    back-off while it fails). Run it with :meth:`run` until ``stop`` is set; ``idle_exit_s`` makes it return
    once it has stored everything and read nothing new for that long (catch-up runs in the demo and tests).
    """

    def __init__(
        self,
        settings: Settings,
        open_client: Callable[[], Any],
        *,
        metrics: Metrics | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._kafka = settings.kafka
        self._cfg = settings.evidence
        self._open_client = open_client
        self._metrics = metrics
        self._clock = clock
        self._database = settings.clickhouse.database
        self._contexts: dict[str, Any] = {}
        self._client: Any = None
        self._consumer: AIOKafkaConsumer | None = None
        self.batch = _Batch()
        self.stats = WriterStats()
        self._stopping = False
        self._stop = asyncio.Event()
        self._storing = asyncio.Lock()
        self._committed: dict[TopicPartition, int] = {}
        self._table_of = {
            self._kafka.verdict_topic: VERDICTS.name,
            self._kafka.dlq_topic: DEAD_LETTERS.name,
            self._kafka.window_topic: WINDOWS.name,
        }
        # the review loop's hook: escalations queued for review, reviews, replay records (streams.review)
        self.review = ReviewRecorder(settings) if settings.review.enabled else None
        if self.review is not None and metrics is not None:
            watch_recorder(metrics.registry, self.review.stats)

    @property
    def topics(self) -> list[str]:
        """The topics this writer stores."""
        return list(self._table_of) + (self.review.topics if self.review is not None else [])

    # ------------------------------------------------------------------ lifecycle

    async def run(self, stop: asyncio.Event | None = None, *, idle_exit_s: float | None = None) -> None:
        """Consume, store and commit until ``stop`` is set (then store what is held) or the stream is idle."""
        stop = stop if stop is not None else asyncio.Event()
        self._stop = stop
        self._client = await self._retrying("open ClickHouse", self._open_client, stop)
        if self._client is None:
            return
        consumer = AIOKafkaConsumer(
            client_id=f"{self._kafka.client_id}-evidence",
            group_id=self._kafka.evidence_group,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            session_timeout_ms=int(self._kafka.session_timeout_s * 1000),
            heartbeat_interval_ms=int(self._kafka.heartbeat_interval_s * 1000),
            max_poll_interval_ms=int(self._cfg.max_stall_s * 1000),
            # a batch worth of messages per fetch at most (a verdict makes 8 rows)
            max_poll_records=max(100, self._cfg.batch_size),
            **aiokafka_kwargs(self._kafka),
        )
        self._consumer = consumer
        consumer.subscribe(self.topics, listener=_Revoked(self))
        await consumer.start()
        log.info("evidence writer started %s", kv(topics=",".join(self.topics), group=self._kafka.evidence_group))
        idle_since = self._clock()
        try:
            while not stop.is_set():
                fetched = await consumer.getmany(timeout_ms=200, max_records=self._cfg.batch_size)
                for tp, records in fetched.items():
                    self._take(tp, records)
                if fetched or not consumer.assignment():
                    idle_since = self._clock()  # idle counts only once partitions are assigned
                self._report_lag()
                if self._due():
                    await self.store()
                elif idle_exit_s is not None and self._clock() - idle_since >= idle_exit_s:
                    break  # caught up: what is held is stored below, without waiting for it to age
            if self.batch.count:
                await self.store()
        finally:
            self._stopping = True
            await consumer.stop()
            self._consumer = None
            if self.review is not None:
                await self.review.stop()
            await asyncio.to_thread(self._client.close)
            log.info(
                "evidence writer stopped %s",
                kv(messages=self.stats.messages, batches=self.stats.batches, skipped=self.stats.skipped),
            )

    # ------------------------------------------------------------------ reading

    def _take(self, tp: TopicPartition, records: list[ConsumerRecord[bytes, bytes]]) -> None:
        batch = self.batch
        table = self._table_of.get(tp.topic)
        for record in records:
            self.stats.messages += 1
            batch.count += 1
            if batch.oldest is None:
                batch.oldest = self._clock()
                batch.oldest_ts = record.timestamp / 1000.0
            batch.next_offsets[tp] = record.offset + 1
            if table is None:
                if self.review is not None:
                    self.review.take(record)  # never raises: a malformed review goes to the DLQ
                continue
            try:
                self._rows_of(table, record)
            except Exception as exc:  # not evidence: skip it (its offset is still covered)
                self.stats.skipped += 1
                log.warning(
                    "message on an evidence topic is not evidence, skipped %s",
                    kv(topic=tp.topic, partition=tp.partition, offset=record.offset, error=repr(exc)[:200]),
                )

    def _rows_of(self, table: str, record: ConsumerRecord[bytes, bytes]) -> None:
        doc = orjson.loads(record.value or b"")
        rows, batch = self.batch.rows, self.batch
        topic, partition, offset = record.topic, record.partition, record.offset
        if table == VERDICTS.name:
            verdict = verdict_row_from(doc)
            findings = finding_rows_from(doc)
            if self.review is not None:
                self.review.on_verdict(doc)
            rows[VERDICTS.name].append(verdict)
            rows[FINDINGS.name].extend(findings)
            batch.cover(VERDICTS.name, topic, partition, offset)
            batch.cover(FINDINGS.name, topic, partition, offset)
        elif table == DEAD_LETTERS.name:
            rows[table].append(dead_letter_row_from(doc, record.headers))
            batch.cover(table, topic, partition, offset)
        else:
            rows[table].append(window_row_from(doc, topic, partition, offset))
            batch.cover(table, topic, partition, offset)

    def _due(self) -> bool:
        batch = self.batch
        if not batch.count:
            return False
        if batch.size >= self._cfg.batch_size:
            return True
        return batch.oldest is not None and self._clock() - batch.oldest >= self._cfg.max_age_s

    def _report_lag(self) -> None:
        metrics, consumer = self._metrics, self._consumer
        if metrics is None or consumer is None:
            return
        try:
            for tp in consumer.assignment():
                mark = consumer.highwater(tp)
                if mark is not None:
                    metrics.evidence_lag(tp.topic, tp.partition, mark - self._committed.get(tp, 0))
            oldest = self.batch.oldest_ts
            metrics.evidence_lag_seconds(time.time() - oldest if oldest is not None else 0.0)
        except Exception as exc:  # a metric never stops the writer
            log.debug("evidence lag not reported %s", kv(error=repr(exc)))

    # ------------------------------------------------------------------ storing

    async def store(self) -> None:
        """Insert every table's rows of the batch (retrying), then commit its offsets; one store at a time."""
        async with self._storing:
            if self.batch.count:
                await self._store(self._stop)

    async def _store(self, stop: asyncio.Event) -> None:
        batch = self.batch
        for spec in TABLES.values():
            rows = batch.rows[spec.name]
            if not rows:
                continue
            token = range_token(spec.name, len(rows), batch.ranges[spec.name])
            began = time.perf_counter()
            done = await self._retrying(f"insert {spec.name}", partial(self._insert, spec, rows, token), stop)
            if done is None:  # stopping while ClickHouse refuses: leave the batch uncommitted
                return
            self.stats.rows[spec.name] += len(rows)
            if self._metrics is not None:
                self._metrics.evidence_flushed({spec.name: len(rows)}, time.perf_counter() - began)
        if self.review is not None and not await self.review.flush(self._client, stop, self._retrying):
            return  # stopping before the review loop's work was stored: leave the batch uncommitted
        consumer = self._consumer
        if consumer is not None and batch.next_offsets:
            offsets = {tp: OffsetAndMetadata(offset, "") for tp, offset in batch.next_offsets.items()}
            try:
                await consumer.commit(offsets)
            except Exception as exc:  # e.g. partitions revoked meanwhile: the rows are stored, a replay collapses
                log.warning("evidence offsets not committed %s", kv(error=repr(exc)[:300]))
            else:
                self._committed.update(batch.next_offsets)
                self.stats.commits += 1
        self.stats.batches += 1
        self.batch = _Batch()

    def _insert(self, spec: TableSpec, rows: list[Row], token: str) -> bool:
        """One column-oriented insert; the column types are looked up once per table, not per insert."""
        context = self._contexts.get(spec.name)
        if context is None:
            context = self._client.create_insert_context(
                spec.name, column_names=list(spec.columns), database=self._database, column_oriented=True
            )
            self._contexts[spec.name] = context
        context.settings["insert_deduplication_token"] = token
        context.data = columns_of(rows, spec)
        try:
            self._client.insert(context=context)
        finally:
            context.data = None
        return True

    async def _retrying(self, what: str, call: Callable[[], Any], stop: asyncio.Event) -> Any:
        """``call()`` in a thread until it succeeds, backing off; None if ``stop`` is set while it fails.

        What no wait can clear is raised at once: invalid settings (ConfigError) and a schema that differs
        from the migrations (SchemaError, e.g. an edited applied migration) stop the writer.
        """
        backoff = Backoff(self._cfg.retry_initial_s, self._cfg.retry_max_s)
        while True:
            try:
                result = await asyncio.to_thread(call)
            except (ConfigError, SchemaError) as exc:
                log.critical("%s cannot succeed, not retrying %s", what, kv(error=str(exc)[:300]))
                raise
            except Exception as exc:
                self.stats.insert_failures += 1
                self.stats.healthy = False
                self.stats.last_error = f"{type(exc).__name__}: {exc}"[:2000]
                if self._metrics is not None:
                    self._metrics.evidence_flush_failed()
                if stop.is_set():
                    log.warning(
                        "%s failed while stopping: left for the next run %s", what, kv(error=self.stats.last_error)
                    )
                    return None
                log.warning(
                    "%s failed, retrying %s", what, kv(delay_s=round(backoff.delay, 2), error=self.stats.last_error)
                )
                self._report_lag()
                await backoff.wait(stop)
                continue
            if not self.stats.healthy:
                log.info("%s recovered", what)
            self.stats.healthy = True
            return result
