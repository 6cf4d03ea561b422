"""The ClickHouse evidence sink: buffered, columnar, deduplicated bulk inserts off the event loop.

Rows are buffered per table. A table's buffer becomes a batch when it holds ``batch_size`` rows
(``ELEANOR_DB_BATCH_SIZE``), when its oldest row is ``max_age_s`` old, on :meth:`flush`, under backpressure
and on :meth:`close`. Batches are inserted one at a time, in the order they were cut, by a single worker
thread (the ClickHouse client is synchronous; chDB has no async client), each as one column-oriented insert
with a deterministic ``insert_deduplication_token``. A failed insert is retried with exponential backoff,
the same batch with the same token, forever: rows are never dropped and a ticket never completes before its
rows are stored. ``add`` waits while ``buffer_size`` rows (``ELEANOR_EVIDENCE_BUFFER_SIZE``) or ``buffer_bytes``
bytes (``ELEANOR_EVIDENCE__BUFFER_BYTES``; a dead letter counts its stored payload) are unstored, so a ClickHouse
outage stops consumption instead of growing memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from streams.backoff import Backoff
from streams.config import EvidenceSettings
from streams.errors import SinkError
from streams.models import DeadLetter, Verdict
from streams.models.wire import DLQ_PAYLOAD_BYTES
from streams.sinks.base import SinkStats, Ticket
from streams.sinks.rows import (
    DEAD_LETTERS,
    FINDINGS,
    TABLES,
    VERDICTS,
    WINDOWS,
    Row,
    TableSpec,
    columns_of,
    dead_letter_row,
    dedup_token,
    finding_rows,
    row_bytes,
    verdict_row,
    window_row,
)
from streams.windowing import WindowDecision

__all__ = ["ClickHouseEvidenceSink"]

log = logging.getLogger(__name__)

# A window with at least this many events has its rows built in a worker thread (the event loop keeps
# fetching and publishing meanwhile); below it the thread hand-off costs more than it frees.
_OFF_LOOP_ROWS = 64
# Bytes a verdict, finding or window row is counted at in the byte budget (their size varies little;
# measuring each would cost the event loop more than it tells). Dead-letter rows are measured.
_TYPICAL_ROW_BYTES = 512


@dataclass(slots=True)
class _Open:
    """Rows of one table not yet cut into a batch."""

    rows: list[Row] = field(default_factory=list)
    first_seq: int = 0
    since: float = 0.0
    size: int = 0  # bytes, as the buffer's byte budget counts them


@dataclass(slots=True)
class _Batch:
    table: str
    rows: list[Row]
    first_seq: int
    size: int
    # Derived from the rows in the insert thread, once, and reused by every retry of this batch.
    token: str | None = None


def _rows_by_table(
    verdicts: Sequence[Verdict],
    dead_letters: Sequence[DeadLetter],
    windows: Sequence[WindowDecision],
    dlq_payload_bytes: int = DLQ_PAYLOAD_BYTES,
) -> dict[str, list[Row]]:
    """The rows of one window's evidence, per table (dead-letter payloads cut to ``dlq_payload_bytes``)."""
    return {
        VERDICTS.name: [verdict_row(v) for v in verdicts],
        FINDINGS.name: [row for v in verdicts for row in finding_rows(v)],
        WINDOWS.name: [window_row(w) for w in windows],
        DEAD_LETTERS.name: [dead_letter_row(d, dlq_payload_bytes) for d in dead_letters],
    }


class ClickHouseEvidenceSink:
    """Evidence sink over a clickhouse-connect client (server or embedded chDB).

    ``client`` needs only ``insert(table, data, column_names=..., database=..., column_oriented=True,
    settings=...)``. The tables must exist (``eleanor-streams db migrate``). Use ``async with sink`` or call
    :meth:`close`; the worker starts on the first ``add`` or ``flush``. ``on_flushed(rows_by_table,
    seconds)`` is called after each stored batch and ``on_failed()`` after each failed attempt (e.g. the
    metrics' ``evidence_flushed`` / ``evidence_flush_failed``); an exception there is logged, never raised.
    A dead letter's stored payload is cut to ``dlq_payload_bytes`` (``ELEANOR_LIMITS__DLQ_PAYLOAD_BYTES``).
    """

    def __init__(
        self,
        client: Any,
        settings: EvidenceSettings,
        *,
        database: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_flushed: Callable[[dict[str, int], float], None] | None = None,
        on_failed: Callable[[], None] | None = None,
        dlq_payload_bytes: int = DLQ_PAYLOAD_BYTES,
    ) -> None:
        self._client = client
        self._dlq_payload_bytes = dlq_payload_bytes
        self._on_flushed = on_flushed
        self._on_failed = on_failed
        self._cfg = settings
        self._database = database
        self._clock = clock
        self._open: dict[str, _Open] = {name: _Open() for name in TABLES}
        self._queue: deque[_Batch] = deque()
        self._tickets: deque[tuple[int, asyncio.Future[None]]] = deque()
        self._seq = 0
        self._pending = 0
        self._pending_bytes = 0
        self._wake = asyncio.Event()
        self._space = asyncio.Event()
        self._space.set()
        self._task: asyncio.Task[None] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evidence-insert")
        self._contexts: dict[str, Any] = {}
        self._adding = asyncio.Lock()
        self._closing = False
        self._fatal: BaseException | None = None
        self._healthy = True
        self._last_error: str | None = None
        self._rows_added = 0
        self._rows_flushed: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._batches = 0
        self._flush_total = 0.0
        self._flush_last = 0.0
        self._failures = 0
        self._backpressure_waits = 0

    async def __aenter__(self) -> ClickHouseEvidenceSink:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------------ public API

    @property
    def healthy(self) -> bool:
        """False while the last insert attempt failed (the sink keeps retrying)."""
        return self._healthy

    @property
    def last_error(self) -> str | None:
        """The most recent insert error (kept after recovery, for diagnosis)."""
        return self._last_error

    @property
    def pending_rows(self) -> int:
        """Rows added but not yet stored."""
        return self._pending

    def stats(self) -> SinkStats:
        """Counters for metrics."""
        return SinkStats(
            rows_added=self._rows_added,
            rows_flushed=dict(self._rows_flushed),
            batches_flushed=self._batches,
            flush_seconds_total=self._flush_total,
            last_flush_seconds=self._flush_last,
            failures=self._failures,
            pending_rows=self._pending,
            backpressure_waits=self._backpressure_waits,
            healthy=self._healthy,
            last_error=self._last_error,
        )

    async def add(
        self,
        verdicts: Sequence[Verdict] = (),
        dead_letters: Sequence[DeadLetter] = (),
        windows: Sequence[WindowDecision] = (),
    ) -> Ticket:
        """Buffer the evidence of one window and return its ticket.

        Waits first while ``buffer_size`` rows or ``buffer_bytes`` bytes are unstored (backpressure). The
        ticket completes once these rows and every row added before them are stored.
        """
        self._check_open()
        self._ensure_started()
        # One add at a time, so windows enter the buffers (and get their sequence numbers) in call order
        # even though the rows are built off the event loop.
        async with self._adding:
            if self._full():
                self._backpressure_waits += 1
                self._cut_all()  # nothing gains from waiting for age now
                self._wake.set()
                while self._full():
                    self._space.clear()
                    await self._space.wait()
                    self._check_open()
            if len(verdicts) + len(dead_letters) >= _OFF_LOOP_ROWS:
                by_table = await asyncio.to_thread(
                    _rows_by_table, verdicts, dead_letters, windows, self._dlq_payload_bytes
                )
                self._check_open()
            else:
                by_table = _rows_by_table(verdicts, dead_letters, windows, self._dlq_payload_bytes)
            return self._buffer(by_table)

    def _buffer(self, by_table: dict[str, list[Row]]) -> Ticket:
        """Append one window's rows to the open buffers (cutting full ones) and issue its ticket."""
        self._seq += 1
        now = self._clock()
        for table, rows in by_table.items():
            if not rows:
                continue
            buf = self._open[table]
            if not buf.rows:
                buf.first_seq, buf.since = self._seq, now
            buf.rows.extend(rows)
            size = sum(map(row_bytes, rows)) if table == DEAD_LETTERS.name else len(rows) * _TYPICAL_ROW_BYTES
            buf.size += size
            self._pending_bytes += size
            self._pending += len(rows)
            self._rows_added += len(rows)
            if len(buf.rows) >= self._cfg.batch_size:
                self._cut(table)
        ticket = self._ticket(self._seq)
        self._wake.set()
        return ticket

    async def flush(self) -> None:
        """Return when everything added so far is stored; partial batches are inserted now."""
        self._check_open()
        self._ensure_started()
        self._cut_all()
        ticket = self._ticket(self._seq)
        self._wake.set()
        await ticket.wait()

    async def close(self) -> None:
        """Store everything, then stop the worker.

        Waits as long as ClickHouse needs (retrying). Bound it with ``asyncio.timeout``: cancelling ``close``
        stops the worker and abandons the unstored rows, whose offsets were never committed.
        """
        if self._closing:
            return
        self._closing = True
        self._cut_all()
        self._wake.set()
        try:
            if self._task is not None and not self._task.done():
                await self._task
        finally:
            self._executor.shutdown(wait=False)
            self._space.set()
        if self._fatal is not None:
            raise SinkError(f"evidence sink stopped with rows unstored: {self._fatal!r}") from self._fatal

    # ------------------------------------------------------------------ buffering

    def _full(self) -> bool:
        """Over either bound: ``buffer_size`` rows or ``buffer_bytes`` bytes unstored."""
        return self._pending >= self._cfg.buffer_size or self._pending_bytes >= self._cfg.buffer_bytes

    def _check_open(self) -> None:
        if self._fatal is not None:
            raise SinkError(f"evidence sink stopped: {self._fatal!r}") from self._fatal
        if self._closing:
            raise SinkError("evidence sink is closed")

    def _ensure_started(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="evidence-sink")
            self._task.add_done_callback(self._on_worker_done)

    def _ticket(self, seq: int) -> Ticket:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._tickets.append((seq, future))
        self._resolve()
        return Ticket(seq, future)

    def _cut(self, table: str) -> None:
        buf = self._open[table]
        if not buf.rows:
            return
        rows = buf.rows
        self._queue.append(_Batch(table, rows, buf.first_seq, buf.size))
        self._open[table] = _Open()

    def _cut_all(self) -> None:
        for table in TABLES:
            self._cut(table)

    def _cut_aged(self) -> float | None:
        """Cut buffers older than max_age_s; return seconds until the next one ages (None if all empty)."""
        now = self._clock()
        wait: float | None = None
        for table, buf in self._open.items():
            if not buf.rows:
                continue
            left = buf.since + self._cfg.max_age_s - now
            if left <= 0:
                self._cut(table)
            else:
                wait = left if wait is None else min(wait, left)
        return wait

    def _resolve(self) -> None:
        """Complete every ticket whose rows, and all rows before them, are stored."""
        oldest = min(
            [b.first_seq for b in self._queue] + [o.first_seq for o in self._open.values() if o.rows],
            default=math.inf,
        )
        while self._tickets and self._tickets[0][0] < oldest:
            _, future = self._tickets.popleft()
            if not future.done():
                future.set_result(None)

    # ------------------------------------------------------------------ the worker

    async def _run(self) -> None:
        while True:
            wait = self._cut_aged()
            if self._queue:
                batch = self._queue[0]
                await self._insert(batch)
                self._queue.popleft()
                self._pending -= len(batch.rows)
                self._pending_bytes -= batch.size
                self._resolve()
                if not self._full():
                    self._space.set()
                continue
            if self._closing:
                return
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait):
                    await self._wake.wait()

    async def _insert(self, batch: _Batch) -> None:
        loop = asyncio.get_running_loop()
        backoff = Backoff(self._cfg.retry_initial_s, self._cfg.retry_max_s)
        while True:
            began = time.perf_counter()
            try:
                await loop.run_in_executor(self._executor, self._insert_sync, batch)
            except Exception as exc:  # any client or engine error: keep the batch, back off, retry
                self._failures += 1
                self._notify(self._on_failed)
                self._healthy = False
                self._last_error = f"{type(exc).__name__}: {exc}"[:2000]
                log.warning(
                    "evidence insert failed table=%s rows=%d retry_in_s=%.2f error=%s",
                    batch.table,
                    len(batch.rows),
                    backoff.delay,
                    self._last_error,
                )
                await backoff.wait()
                continue
            took = time.perf_counter() - began
            if not self._healthy:
                log.info("evidence insert recovered table=%s rows=%d", batch.table, len(batch.rows))
            self._healthy = True
            self._batches += 1
            self._rows_flushed[batch.table] += len(batch.rows)
            self._flush_total += took
            self._flush_last = took
            self._notify(self._on_flushed, {batch.table: len(batch.rows)}, took)
            return

    @staticmethod
    def _notify(hook: Callable[..., None] | None, *args: Any) -> None:
        if hook is None:
            return
        try:
            hook(*args)
        except Exception:  # a metrics hook must never stop evidence from flowing
            log.exception("evidence sink hook %r failed", hook)

    def _insert_sync(self, batch: _Batch) -> None:
        spec = TABLES[batch.table]
        if batch.token is None:
            batch.token = dedup_token(spec, batch.rows)
        context = self._insert_context(spec)
        if context is None:  # a client without insert contexts (a test double): the plain call
            kwargs: dict[str, Any] = {
                "column_names": list(spec.columns),
                "column_oriented": True,
                "settings": {"insert_deduplication_token": batch.token},
            }
            if self._database:
                kwargs["database"] = self._database
            self._client.insert(spec.name, columns_of(batch.rows, spec), **kwargs)
            return
        context.settings["insert_deduplication_token"] = batch.token
        context.data = columns_of(batch.rows, spec)
        try:
            self._client.insert(context=context)
        finally:
            context.data = None

    def _insert_context(self, spec: TableSpec) -> Any:
        """The table's insert context, made once: its column types are looked up once, not per insert (only the
        insert thread uses it)."""
        context = self._contexts.get(spec.name)
        if context is None and hasattr(self._client, "create_insert_context"):
            context = self._client.create_insert_context(
                spec.name, column_names=list(spec.columns), database=self._database, column_oriented=True
            )
            self._contexts[spec.name] = context
        return context

    def _on_worker_done(self, task: asyncio.Task[None]) -> None:
        if task.cancelled() or task.exception() is None:
            return
        self._fatal = task.exception()
        self._healthy = False
        self._last_error = repr(self._fatal)
        log.error("evidence sink worker stopped: %r", self._fatal)
        error = SinkError(f"evidence sink stopped with rows unstored: {self._fatal!r}")
        while self._tickets:
            _, future = self._tickets.popleft()
            if not future.done():
                future.set_exception(error)
        self._space.set()
