"""Exponential back-off, the one used by every retry loop (runner, services start-up, evidence sinks, writer).

Each loop keeps its own policy (what is retried, what is raised at once, what is logged); this only decides
how long to wait: ``initial_s``, doubled after every failed attempt, never more than ``max_s``.
"""

from __future__ import annotations

import asyncio
import contextlib

__all__ = ["Backoff"]


class Backoff:
    """The waits of one retry loop: ``delay`` is the next wait; :meth:`wait` sleeps it and doubles it."""

    __slots__ = ("_initial_s", "_max_s", "delay")

    def __init__(self, initial_s: float, max_s: float) -> None:
        self._initial_s = initial_s
        self._max_s = max_s
        self.delay = initial_s

    async def wait(self, stop: asyncio.Event | None = None) -> None:
        """Sleep the current delay (returning early once ``stop`` is set), then double it up to ``max_s``.

        ``asyncio.timeout``, not ``wait_for``: on Python 3.11 ``wait_for`` can swallow a cancellation that
        arrives as the event is set, and a retry loop that cannot be cancelled hangs its shutdown.
        """
        if stop is None:
            await asyncio.sleep(self.delay)
        else:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.delay):
                    await stop.wait()
        self.delay = min(self._max_s, self.delay * 2)

    def reset(self) -> None:
        """Start again from ``initial_s`` (after a success)."""
        self.delay = self._initial_s
