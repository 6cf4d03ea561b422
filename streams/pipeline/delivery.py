"""Delivery: a judged window's messages published, its evidence handed to the sink, its events acked in order.

:meth:`Delivery.submit` starts the window's publish (each publish waits for the one before it, so sends stay in
window order), hands its evidence to the sink (whose ticket completes when the evidence is acknowledged) and
queues its events on the :class:`~streams.pipeline.acking.OrderedAcker`, which acks them only after both the
publish and the ticket. Broker and sink failures are retried with back-off (consumption waits meanwhile); an
:class:`~streams.errors.UndeliverableError` is raised at once and the fatal path stops the worker.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from streams.backoff import Backoff
from streams.errors import UndeliverableError
from streams.logs import kv
from streams.pipeline.acking import OrderedAcker
from streams.pipeline.processor import WindowResult
from streams.pipeline.stats import WindowStats
from streams.sinks.base import EvidenceSink, Publisher, Ticket

__all__ = ["Delivery"]

log = logging.getLogger(__name__)
T = TypeVar("T")


class Delivery:
    """Publishes windows, hands their evidence to the sink and acks their events (see the module docstring)."""

    def __init__(
        self,
        publisher: Publisher,
        sink: EvidenceSink,
        stats: WindowStats,
        *,
        retry_initial_s: float = 0.2,
        retry_max_s: float = 10.0,
    ) -> None:
        self.publisher = publisher
        self.sink = sink
        self._stats = stats
        self._retry_initial_s = retry_initial_s
        self._retry_max_s = retry_max_s
        self._acker: OrderedAcker | None = None
        # Set while the source waits for every taken event to be acked: flush evidence right away.
        self.draining = False
        # The last window's publish (each publish waits for the one before it).
        self._publishing: asyncio.Task[None] | None = None

    def bind_acker(self, ack: Callable[[Any], Awaitable[Any]], on_fatal: Callable[[BaseException], None]) -> None:
        """Set how events are acked (e.g. faust's ``stream.ack``) and what happens when delivery fails for good."""
        self._acker = OrderedAcker(ack, on_fatal=on_fatal)
        self._acker.start()

    @property
    def acker(self) -> OrderedAcker:
        """The acker (bound by the source)."""
        if self._acker is None:
            raise RuntimeError("bind_acker was not called")
        return self._acker

    async def submit(
        self, events: Sequence[Any], result: WindowResult, windows: Sequence[Any], *, started: float, count: int
    ) -> float:
        """Deliver one window: publish it, hand its evidence (with ``windows``, earlier sizer decisions) to the
        sink, and queue its ``events`` (standing for ``count`` messages, taken at ``started``) for acking.

        Returns when the sink took the evidence (``perf_counter``): the window's busy time ends there.
        """
        publishing = asyncio.create_task(self._publish(result, self._publishing))
        self._publishing = publishing
        ticket = await self.retrying(
            "evidence", lambda: self.sink.add(result.verdicts, result.dead_letters, windows=windows)
        )
        handed = time.perf_counter()
        await self.acker.add(events, self._delivered(publishing, ticket), started, count=count)
        if self.draining:
            await self.flush()
        return handed

    async def drain(self) -> None:
        """Wait for the last window's publish. A failure is not raised here: the acker, which awaits every
        publish before it acks, stops acking and stops the worker (see :meth:`_delivered`)."""
        if self._publishing is not None:
            with contextlib.suppress(Exception):
                await self._publishing

    async def flush(self) -> None:
        """Deliver every buffered evidence record now (retrying until the sink takes them)."""
        await self.retrying("evidence flush", self.sink.flush)

    async def close(self, windows: Sequence[Any] = ()) -> None:
        """Publish what is in flight, hand over the last sizer ``windows``, flush the evidence, wait until every
        window is acked, then close the sink and the publisher."""
        await self.drain()
        if windows:
            await self.retrying("evidence", lambda: self.sink.add(windows=windows))
        await self.flush()
        if self._acker is not None:
            await self._acker.stop()
        await self.sink.close()
        await self.publisher.stop()

    async def _publish(self, result: WindowResult, previous: asyncio.Task[None] | None) -> None:
        """Publish one window's messages once the previous window's are acknowledged (retrying)."""
        if previous is not None:
            await previous
        await self.retrying(
            "publish", lambda: self.publisher.publish(result.verdicts, result.escalations, result.dead_letters)
        )

    @staticmethod
    async def _delivered(publishing: asyncio.Task[None], ticket: Ticket) -> None:
        """Done when the broker acknowledged the window's messages and the evidence sink its evidence."""
        await publishing
        await ticket.wait()

    async def retrying(self, what: str, call: Callable[[], Awaitable[T]]) -> T:
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
                self._stats.retries += 1
                log.warning("%s failed, retrying %s", what, kv(delay_s=round(backoff.delay, 2), error=repr(exc)))
                await backoff.wait()
