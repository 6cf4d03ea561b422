"""Ack windows strictly in order, each only after its outputs and evidence are acknowledged.

Waiting for the acknowledgements inside the window loop would cut every insert down to one window; instead the
loop hands each window's events and its evidence ticket to :class:`OrderedAcker` and moves on, while the
evidence buffer (``ELEANOR_EVIDENCE_BUFFER_SIZE``) bounds how far consumption may run ahead. One task acks,
window after window, event after event, so offsets never pass unflushed evidence (faust commits only the
unbroken run of acked offsets, and only in-order acks keep its #606 off-by-one harmless).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from streams.logs import kv

__all__ = ["OrderedAcker"]

log = logging.getLogger(__name__)


class OrderedAcker:
    """Acks each submitted window's events once its ``done`` awaitable completes, in submission order.

    ``ack`` is called once per event (faust's ``stream.ack``). If a ``done`` awaitable fails (or is
    cancelled from elsewhere) or an ``ack`` call raises, the acker stops for good (nothing after it is ever
    acked), sets :attr:`failed` and calls ``on_fatal``: the outside restarts the worker and the unacked
    windows are replayed.
    """

    def __init__(
        self,
        ack: Callable[[Any], Awaitable[Any]],
        max_pending: int = 256,
        on_fatal: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._ack = ack
        self._queue: asyncio.Queue[tuple[Sequence[Any], Awaitable[None], float | None, int]] = asyncio.Queue(
            max_pending
        )
        self._on_fatal = on_fatal
        self._task: asyncio.Task[None] | None = None
        self.failed: BaseException | None = None
        self.acked = 0
        # Seconds from a window's start to its last ack (judge + publish + evidence), most recent last.
        self.window_latencies: deque[float] = deque(maxlen=100_000)

    def start(self) -> None:
        """Start the ack task (idempotent)."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="eleanor-acker")

    async def add(
        self, events: Sequence[Any], done: Awaitable[None], started: float | None = None, count: int | None = None
    ) -> None:
        """Queue a window (``started``: its ``perf_counter`` start); waits when ``max_pending`` are waiting.

        ``ack`` is called once per item of ``events``; ``count`` is how many input messages they stand for
        (default one each: a consumer that acks a whole window with one call passes the window's size).
        """
        if self.failed is not None:
            if inspect.iscoroutine(done):
                done.close()
            return  # halted: these events stay unacked and are replayed after the restart
        self.start()
        await self._queue.put((events, done, started, len(events) if count is None else count))

    def halt(self, exc: BaseException) -> None:
        """Stop acking for good: windows queued now or later are never acked (they will be replayed)."""
        self.failed = exc
        if self._task is not None:
            self._task.cancel()
        self._release_queued()

    def _release_queued(self) -> None:
        while not self._queue.empty():  # windows that will never be acked: release their waits
            _, done, _, _ = self._queue.get_nowait()
            if inspect.iscoroutine(done):
                done.close()
            self._queue.task_done()

    async def drain(self) -> None:
        """Wait until every queued window is acked (or the acker failed)."""
        if self._task is None or self._task.done():
            return
        join = asyncio.ensure_future(self._queue.join())
        await asyncio.wait([join, self._task], return_when=asyncio.FIRST_COMPLETED)
        join.cancel()

    async def stop(self) -> None:
        """Drain, then stop the task."""
        await self.drain()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            events, done, started, count = await self._queue.get()
            try:
                await done
            except BaseException as exc:
                if not self._is_failure(exc):
                    raise
                # ``done`` waits for the publish and the evidence ticket: either one failing (or the publish
                # task being cancelled) means the window was never delivered, so nothing from here is acked.
                self._fail(exc, "window not delivered (publish or evidence failed), acking stops", len(events))
                return
            try:
                for event in events:
                    await self._ack(event)
            except BaseException as exc:
                if not self._is_failure(exc):
                    raise
                self._fail(exc, "ack call failed, acking stops", len(events))
                return
            self.acked += count
            if started is not None:
                self.window_latencies.append(time.perf_counter() - started)
            self._queue.task_done()

    @staticmethod
    def _is_failure(exc: BaseException) -> bool:
        """Whether ``exc`` must stop acking: any ``Exception``, and a ``CancelledError`` that is not the
        acker task's own cancellation (e.g. re-raised from a cancelled publish task)."""
        if isinstance(exc, asyncio.CancelledError):
            task = asyncio.current_task()
            return task is None or task.cancelling() == 0
        return isinstance(exc, Exception)

    def _fail(self, exc: BaseException, message: str, events: int) -> None:
        # Without this the task would end silently and add() would block for good once the queue is full.
        self.failed = exc
        self._queue.task_done()  # the failed window: drain() must not wait for it
        self._release_queued()  # and add() must not block on a full queue
        log.error("%s %s", message, kv(error=repr(exc), events=events))
        if self._on_fatal is not None:
            self._on_fatal(exc)
