"""One window, start to finish, without ever raising: judge, then delivery, then after-effects.

The source only adapts its messages to (raw bytes, SourceRef) and calls :meth:`WindowRunner.submit`: one
window is handled (by :meth:`WindowRunner.handle`, in a task of its own) while the next one fills. Handling
is three steps, each behind a narrow submit/drain/close interface:

1. the :class:`~streams.pipeline.processor.WindowProcessor` judges the window (a window the core cannot judge
   even event by event becomes dead letters with reason ``internal_error``);
2. :class:`~streams.pipeline.delivery.Delivery` publishes it, hands its evidence to the sink and queues its
   events for acking (broker and sink failures are retried with back-off while consumption pauses);
3. :class:`~streams.pipeline.aftereffects.AfterEffects` writes the judgements back to the cache, tells the
   sizer and updates the metrics; the sizer's decision goes out with the next window's evidence.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from streams.cache.base import BatchCache
from streams.logs import kv
from streams.metrics import Metrics
from streams.models import DeadLetter, SourceRef
from streams.pipeline.acking import OrderedAcker
from streams.pipeline.aftereffects import AfterEffects
from streams.pipeline.base import WindowSizer
from streams.pipeline.delivery import Delivery
from streams.pipeline.processor import WindowProcessor, WindowResult
from streams.pipeline.stats import WindowStats
from streams.sinks.base import EvidenceSink, Publisher

__all__ = ["WindowRunner", "WindowStats"]

log = logging.getLogger(__name__)

Item = tuple[bytes, SourceRef]


class WindowRunner:
    """Runs windows through the processor, the delivery (publish, evidence, acks) and the after-effects."""

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
        self.stats = WindowStats()
        self.delivery = Delivery(publisher, sink, self.stats, retry_initial_s=retry_initial_s, retry_max_s=retry_max_s)
        self.effects = AfterEffects(sizer, self.stats, cache=cache, metrics=metrics)
        self._on_close = on_close
        self._on_fatal: Callable[[BaseException], None] = lambda exc: None
        # Sizer decisions travel with the next window's evidence (the decision follows its window).
        self._decisions: list[Any] = []
        # One window is handled while the next one fills (the source only submits); order is kept.
        self._windows: asyncio.Queue[tuple[Sequence[Any], Sequence[Item], int | None]] = asyncio.Queue(maxsize=1)
        self._worker: asyncio.Task[None] | None = None
        # Held from submit until the window is handled: the next window fills meanwhile, the one after
        # waits, so each window is taken with the size decided after the one before it.
        self._in_hand = asyncio.Semaphore(1)

    @property
    def sizer(self) -> WindowSizer:
        """The adaptive sizer (sources read the next window's size and wait from it)."""
        return self.effects.sizer

    @property
    def metrics(self) -> Metrics | None:
        """The metrics, when served (sources report consumer lag to them)."""
        return self.effects.metrics

    @property
    def draining(self) -> bool:
        """True while the source waits for every taken event to be acked: evidence is flushed at once."""
        return self.delivery.draining

    @draining.setter
    def draining(self, value: bool) -> None:
        self.delivery.draining = value

    @property
    def acker(self) -> OrderedAcker:
        """The acker (bound by the source)."""
        return self.delivery.acker

    def bind_acker(self, ack: Callable[[Any], Awaitable[Any]], on_fatal: Callable[[BaseException], None]) -> None:
        """Set how events are acked (faust's ``stream.ack``) and what happens if evidence is lost for good."""
        self.delivery.bind_acker(ack, on_fatal)
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
        await self.delivery.drain()

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

    async def handle(self, events: Sequence[Any], items: Sequence[Item], size: int | None = None) -> WindowResult:
        """Process one window of ``events`` (payloads and coordinates in ``items``), taken with ``size``."""
        started = time.perf_counter()
        if self.stats.first_window_at is None:
            self.stats.first_window_at = started
        if size is None:
            size = self.sizer.next_size
        result = await self._judge(items)
        # The broker acknowledges this window's verdicts while the next window is judged; the acker acks the
        # window only after both acknowledgements (the publish, and the evidence sink's ticket).
        decisions, self._decisions = self._decisions, []
        handed = await self.delivery.submit(events, result, decisions, started=started, count=len(items))
        self._decisions.append(await self.effects.submit(result, handed - started, size))
        return result

    async def flush_evidence(self) -> None:
        """Deliver every buffered evidence record now (retrying until the sink takes them)."""
        await self.delivery.flush()

    async def close(self) -> None:
        """Flush the evidence buffer, wait until every handled window is acked, then close the clients."""
        await self.idle()
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
        await self.effects.drain()
        decisions, self._decisions = self._decisions, []
        await self.delivery.close(decisions)
        await self.effects.close()
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
