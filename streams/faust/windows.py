"""Adaptive, never-acking windows over a faust stream, with a drain that hands over the open window now.

faust's ``Stream.noack_take(max_, within)`` is the right primitive (it yields the events themselves and
never acks them), but it reads ``max_`` and ``within`` once, and an open window is only handed over when
``within`` expires. :class:`WindowTaker` follows the same protocol (a stream processor collects events; the
consumer is paused while a window is being handled) with the size and wait read from the sizer for every
window, and :meth:`WindowTaker.drain` for shutdown and partition revocation: the open window is handed over
immediately instead of after ``within``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from faust.types import EventT, StreamT

from streams.pipeline.base import WindowSizer

__all__ = ["WindowTaker"]


class WindowTaker:
    """Yields lists of faust events (never acked here) sized by the sizer; see module docstring."""

    def __init__(self, stream: StreamT[Any], sizer: WindowSizer) -> None:
        self._stream = stream
        self._sizer = sizer
        self._drain = asyncio.Event()
        # The size the last yielded window was taken with (what the sizer must be told it chose).
        self.window_size = sizer.next_size

    def drain(self) -> None:
        """Hand over the open window now (no new event is waited for)."""
        self._drain.set()

    async def windows(self) -> AsyncIterator[list[EventT[Any]]]:
        """Windows until the stream stops."""
        stream: Any = self._stream
        events: list[EventT[Any]] = []
        full = asyncio.Event()
        consumed = asyncio.Event()
        gate: asyncio.Future[None] | None = None

        async def collect(value: Any) -> Any:
            nonlocal gate
            if gate is not None:  # a window is being handled: hold the stream until it is done
                try:
                    await gate
                finally:
                    gate = None
            event = stream.current_event
            if event is None:
                raise RuntimeError("window collector found no current event")
            events.append(event)
            size = self._sizer.next_size
            if len(events) >= size:
                self.window_size = size
                full.set()
                consumed.clear()
                await stream.wait(consumed)  # never hand out more than the size asked for
            return value

        saved_acks = stream.enable_acks
        stream.enable_acks = False  # the caller acks, after the flush
        stream.add_processor(collect)
        stream._enable_passive(aiter(stream.channel))
        try:
            while not stream.should_stop:
                await stream.wait_first(full, self._drain, timeout=self._sizer.max_wait_s)
                self._drain.clear()
                if not events:
                    continue
                if not full.is_set():  # handed over by time or drain: it was taken with the current size
                    self.window_size = self._sizer.next_size
                gate = asyncio.get_running_loop().create_future()
                try:
                    yield list(events)
                finally:
                    events.clear()
                    if not gate.done():
                        gate.set_result(None)
                    full.clear()
                    consumed.set()
        finally:
            stream.enable_acks = saved_acks
            stream._processors.remove(collect)
