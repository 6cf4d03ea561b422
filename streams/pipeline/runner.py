"""One window, start to finish, without ever raising: judge -> publish -> evidence -> ack (in order) -> sizer.

The agent only adapts faust events to (raw bytes, SourceRef) and calls :meth:`WindowRunner.submit`: one
window is handled (by :meth:`WindowRunner.handle`, in a task of its own) while the next one fills.
Failures of the broker (or of an in-process evidence sink) make the runner wait and retry with back-off
(consumption pauses);
a window the core cannot judge even event by event becomes dead letters with reason ``internal_error``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from streams.backoff import Backoff
from streams.cache.base import BatchCache
from streams.errors import UndeliverableError
from streams.logs import kv
from streams.metrics import Metrics
from streams.models import DeadLetter, SourceRef
from streams.pipeline.acking import OrderedAcker
from streams.pipeline.base import WindowSizer
from streams.pipeline.processor import WindowProcessor, WindowResult
from streams.sinks.base import EvidenceSink, Publisher, Ticket

__all__ = ["WindowRunner", "WindowStats"]

log = logging.getLogger(__name__)
T = TypeVar("T")

Item = tuple[bytes, SourceRef]


class WindowStats:
    """Counters of what the runner has done (for logs, the demo summary and tests)."""

    def __init__(self) -> None:
        self.windows = 0
        self.events = 0
        self.verdicts = 0
        self.dead_letters = 0
        self.escalations = 0
        self.cache_hits = 0
        self.retries = 0
        # Side work that failed without touching acks (logged): cache write-backs, metrics updates.
        self.cache_write_failures = 0
        self.metrics_failures = 0
        self.sizes: list[int] = []
        self.first_window_at: float | None = None  # perf_counter when the first window arrived


class WindowRunner:
    """Runs windows through the processor, the publishers, the evidence sink, the acker and the sizer."""

    def __init__(
        self,
        processor: WindowProcessor,
        publisher: Publisher,
        sink: EvidenceSink,
        sizer: WindowSizer,
        *,
        cache: BatchCache | None = None,
        retry_initial_s: float = 0.2,
        retry_max_s: float = 10.0,
        metrics: Metrics | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.processor = processor
        self.publisher = publisher
        self.sink = sink
        self.sizer = sizer
        self.cache = cache
        self.stats = WindowStats()
        self.metrics = metrics
        self._on_close = on_close
        self._retry_initial_s = retry_initial_s
        self._retry_max_s = retry_max_s
        self._acker: OrderedAcker | None = None
        self._on_fatal: Callable[[BaseException], None] = lambda exc: None
        # Sizer decisions travel with the next window's evidence (the decision follows its window).
        self._decisions: list[Any] = []
        # Set while faust waits for every taken event to be acked: flush evidence right away.
        self.draining = False
        # One window is handled while the next one fills (the agent only submits); order is kept.
        self._windows: asyncio.Queue[tuple[Sequence[Any], Sequence[Item], int | None]] = asyncio.Queue(maxsize=1)
        self._worker: asyncio.Task[None] | None = None
        # Held from submit until the window is handled: the next window fills meanwhile, the one after
        # waits, so each window is taken with the size decided after the one before it.
        self._in_hand = asyncio.Semaphore(1)
        self._cache_write: asyncio.Task[None] | None = None
        # The last window's publish (each publish waits for the one before it).
        self._publishing: asyncio.Task[None] | None = None

    def bind_acker(self, ack: Callable[[Any], Awaitable[Any]], on_fatal: Callable[[BaseException], None]) -> None:
        """Set how events are acked (faust's ``stream.ack``) and what happens if evidence is lost for good."""
        self._acker = OrderedAcker(ack, on_fatal=on_fatal)
        self._acker.start()
        self._on_fatal = on_fatal

    async def submit(self, events: Sequence[Any], items: Sequence[Item], size: int | None = None) -> None:
        """Hand a window (taken with ``size``) to :meth:`handle`; waits while the previous one is handled."""
        if self._worker is None:
            self._worker = asyncio.create_task(self._work(), name="eleanor-windows")
        await self._in_hand.acquire()
        await self._windows.put((events, items, size))

    async def idle(self) -> None:
        """Wait until every submitted window has been handled and published (acks may still wait for evidence)."""
        if self._worker is not None and not self._worker.done():
            await self._windows.join()
        await self._published()

    async def _work(self) -> None:
        while True:
            events, items, size = await self._windows.get()
            try:
                await self.handle(events, items, size)
            except Exception as exc:
                # handle() retries what can fail; reaching here is a bug. Stop acking (nothing after this
                # window may be committed) and stop the worker so a restart replays it.
                log.exception("window handling failed %s", kv(events=len(events)))
                self.acker.halt(exc)
                self._on_fatal(exc)
            finally:
                self._in_hand.release()
                self._windows.task_done()

    @property
    def acker(self) -> OrderedAcker:
        """The acker (bound by the agent)."""
        if self._acker is None:
            raise RuntimeError("WindowRunner.bind_acker was not called")
        return self._acker

    async def handle(self, events: Sequence[Any], items: Sequence[Item], size: int | None = None) -> WindowResult:
        """Process one window of ``events`` (payloads and coordinates in ``items``), taken with ``size``."""
        started = time.perf_counter()
        if self.stats.first_window_at is None:
            self.stats.first_window_at = started
        if size is None:
            size = self.sizer.next_size
        result = await self._judge(items)
        # The broker acknowledges this window's verdicts while the next window is judged; the acker acks the
        # window only after both acknowledgements: the publish, and the evidence sink's ticket (window
        # telemetry acknowledged by the broker, or rows stored by an in-process sink). Sends stay in window
        # order: each publish starts after the previous one ended.
        publishing = asyncio.create_task(self._publish(result, self._publishing))
        self._publishing = publishing
        decisions, self._decisions = self._decisions, []
        ticket = await self._retrying(
            "evidence", lambda: self.sink.add(result.verdicts, result.dead_letters, windows=decisions)
        )
        busy_s = time.perf_counter() - started
        await self.acker.add(events, self._delivered(publishing, ticket), started, count=len(items))
        if self.draining:
            await self.flush_evidence()
        if self.cache is not None and result.cache_writes:
            # Cache writes never block the next window; at most one is in flight.
            if self._cache_write is not None:
                await self._cache_write
            self._cache_write = asyncio.create_task(self._write_cache(self.cache, result.cache_writes))
        decision = self.sizer.observe(
            result.events, busy_s, result.success_rate, window_id=result.window_id, size=max(size, result.events)
        )
        self._decisions.append(decision)
        if self.metrics is not None:
            self._observe(self.metrics, result, decision)
        self._count(result)
        return result

    async def _write_cache(self, cache: BatchCache, writes: list[tuple[str, bytes]]) -> None:
        """Write judgements back; a failure only costs future cache hits, so it never reaches the acks."""
        try:
            await cache.set_batch(writes)
        except Exception as exc:
            self.stats.cache_write_failures += 1
            log.warning("cache write-back failed, skipped %s", kv(entries=len(writes), error=repr(exc)))

    def _observe(self, metrics: Metrics, result: WindowResult, decision: Any) -> None:
        """Update the metrics; like the sink's hooks, a failure is logged and counted, never raised (the window
        is already queued for its acks, and a metrics bug must not stop the worker)."""
        try:
            metrics.observe_window(result, decision, getattr(self.cache, "stats", None))
        except Exception as exc:
            self.stats.metrics_failures += 1
            log.warning("metrics not updated for a window %s", kv(window_id=result.window_id, error=repr(exc)))

    async def _publish(self, result: WindowResult, previous: asyncio.Task[None] | None) -> None:
        """Publish one window's messages once the previous window's are acknowledged (retrying)."""
        if previous is not None:
            await previous
        await self._retrying(
            "publish", lambda: self.publisher.publish(result.verdicts, result.escalations, result.dead_letters)
        )

    async def _published(self) -> None:
        """Wait for the last window's publish. A failure is not raised here: the acker, which awaits every
        publish before it acks, stops acking and stops the worker (see :meth:`_delivered`)."""
        if self._publishing is not None:
            with contextlib.suppress(Exception):
                await self._publishing

    @staticmethod
    async def _delivered(publishing: asyncio.Task[None], ticket: Ticket) -> None:
        """Done when the broker acknowledged the window's messages and the evidence sink its evidence."""
        await publishing
        await ticket.wait()

    async def flush_evidence(self) -> None:
        """Deliver every buffered evidence record now (retrying until the sink takes them)."""
        await self._retrying("evidence flush", self.sink.flush)

    async def close(self) -> None:
        """Flush the evidence buffer, wait until every handled window is acked, then close the clients."""
        await self.idle()
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
        if self._cache_write is not None:
            await self._cache_write
        await self._published()
        if self._decisions:
            decisions, self._decisions = self._decisions, []
            await self._retrying("evidence", lambda: self.sink.add(windows=decisions))
        await self._retrying("evidence flush", self.sink.flush)
        if self._acker is not None:
            await self._acker.stop()
        await self.sink.close()
        await self.publisher.stop()
        if self.cache is not None:
            await self.cache.close()
        if self._on_close is not None:
            self._on_close()

    async def _judge(self, items: Sequence[Item]) -> WindowResult:
        for attempt in range(3):
            try:
                return await self.processor.process(items)
            except Exception as exc:
                log.exception("window failed to judge %s", kv(attempt=attempt + 1, events=len(items), error=repr(exc)))
        # Something in the window breaks the core: judge event by event so one poison message
        # cannot hold the others back, and dead-letter what still fails.
        merged = WindowResult(window_id="", verdicts=[], dead_letters=[])
        for raw, source in items:
            try:
                one = await self.processor.process([(raw, source)])
            except Exception as exc:
                merged.dead_letters.append(
                    DeadLetter(raw, "internal_error", f"the evaluation core failed: {exc!r}", source, time.time())
                )
                continue
            merged.window_id = merged.window_id or one.window_id
            merged.verdicts += one.verdicts
            merged.dead_letters += one.dead_letters
            merged.cache_writes += one.cache_writes
            merged.errored += one.errored
            merged.precedent_degraded += one.precedent_degraded
        return merged

    async def _retrying(self, what: str, call: Callable[[], Awaitable[T]]) -> T:
        """Await ``call()`` until it succeeds, backing off exponentially; consumption waits meanwhile.

        An :class:`UndeliverableError` (too large, not serialisable, not authorised) fails the same way on
        every attempt: it is raised at once, and the fatal path stops the worker instead of the partition.
        """
        backoff = Backoff(self._retry_initial_s, self._retry_max_s)
        while True:
            try:
                return await call()
            except asyncio.CancelledError:
                raise
            except UndeliverableError as exc:
                log.error("%s can never succeed, not retrying: the worker stops %s", what, kv(error=repr(exc)))
                raise
            except Exception as exc:
                self.stats.retries += 1
                log.warning("%s failed, retrying %s", what, kv(delay_s=round(backoff.delay, 2), error=repr(exc)))
                await backoff.wait()

    def _count(self, result: WindowResult) -> None:
        s = self.stats
        s.windows += 1
        s.events += result.events
        s.verdicts += len(result.verdicts)
        s.dead_letters += len(result.dead_letters)
        s.escalations += len(result.escalations)
        s.cache_hits += result.cache_hits
        s.sizes.append(result.events)
        if len(s.sizes) > 10_000:
            del s.sizes[:5_000]
