"""Broker watchdog: a worker notices and says when the broker stops answering, even on a quiet stream.

A consumer that has nothing in flight never learns that its broker froze: fetches simply return nothing.
The watch asks the broker for its metadata every ``interval_s`` (every second while it is away) and gives
each probe ``timeout_s``. After the
first unanswered probe it logs a warning (and again every ``repeat_s`` while the broker stays away), sets
``eleanor_broker_up`` to 0, and logs once more with the outage's length when the broker answers again.
Consumption itself is untouched: the client's own retries carry on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from streams.logs import kv

__all__ = ["BrokerWatch"]

log = logging.getLogger(__name__)


class BrokerWatch:
    """Probes the broker on a timer and reports transitions (see the module docstring)."""

    def __init__(
        self,
        probe: Callable[[], Awaitable[Any]],
        *,
        interval_s: float,
        timeout_s: float,
        repeat_s: float = 30.0,
        report: Callable[[bool], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if interval_s <= 0 or timeout_s <= 0:
            raise ValueError(f"interval_s and timeout_s must be > 0, got {interval_s} and {timeout_s}")
        self._probe = probe
        self._interval_s = interval_s
        self._timeout_s = timeout_s
        self._repeat_s = repeat_s
        self._report = report
        self._clock = clock
        self.down_since: float | None = None
        self._last_warning = 0.0
        self.outages = 0

    @property
    def up(self) -> bool:
        """False while the last probe went unanswered."""
        return self.down_since is None

    async def check(self) -> bool:
        """One probe; updates the state, logs transitions and returns whether the broker answered."""
        started = self._clock()
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation that races the probe
            async with asyncio.timeout(self._timeout_s):
                await self._probe()
        except Exception as exc:  # a timeout, a refused connection, a broker error: all mean "not answering"
            self._down(started, exc)
            return False
        self._up()
        return True

    async def run(self) -> None:
        """Probe every ``interval_s`` (every second at most while the broker is away) until cancelled."""
        while True:
            up = await self.check()
            await asyncio.sleep(self._interval_s if up else min(self._interval_s, 1.0))

    def _down(self, started: float, exc: BaseException) -> None:
        now = self._clock()
        first = self.down_since is None
        if first:
            self.down_since = started
            self.outages += 1
            if self._report is not None:
                self._report(False)
        if first or now - self._last_warning >= self._repeat_s:
            self._last_warning = now
            log.warning(
                "broker not answering %s",
                kv(
                    for_s=round(now - self.down_since if self.down_since is not None else 0.0, 1),
                    probe_timeout_s=self._timeout_s,
                    error=_reason(exc),
                ),
            )

    def _up(self) -> None:
        if self.down_since is None:
            return
        log.warning("broker answering again %s", kv(after_s=round(self._clock() - self.down_since, 1)))
        self.down_since = None
        if self._report is not None:
            self._report(True)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "no answer within the probe timeout"
    return repr(exc)[:200]
