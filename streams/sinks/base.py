"""The output seam: every output of a window goes through one of these two.

:class:`Publisher` sends the verdicts, escalations and dead letters
(:class:`~streams.sinks.publishers.WindowPublisher`);
:class:`EvidenceSink` takes the window's evidence and issues the :class:`Ticket` the acks wait on (the judge's
:class:`~streams.sinks.kafka_evidence.KafkaEvidenceSink`, the in-process
:class:`~streams.sinks.evidence.ClickHouseEvidenceSink`). The evidence writer (:mod:`streams.sinks.writer`) is the
second hop: the published topics into ClickHouse.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from streams.models import DeadLetter, Verdict
from streams.windowing import WindowDecision

__all__ = ["EvidenceSink", "Publisher", "SinkStats", "Ticket"]


class Ticket:
    """Completes when every evidence row added up to and including its ``add`` is stored.

    Tickets complete in the order they were issued (a later ticket never completes before an earlier one),
    so a pipeline may ack a window's offsets as soon as that window's ticket is done.
    """

    __slots__ = ("_future", "seq")

    def __init__(self, seq: int, future: asyncio.Future[None]) -> None:
        self.seq = seq
        self._future = future

    @property
    def done(self) -> bool:
        """True once the rows are acknowledged by the store (or the sink failed for good)."""
        return self._future.done()

    async def wait(self) -> None:
        """Wait until the rows are stored (bound it with ``asyncio.timeout``; the rows stay queued).

        Raises :class:`~streams.errors.SinkError` only if the sink stopped for good with rows unstored.
        Cancelling the waiter does not cancel the ticket.
        """
        await asyncio.shield(self._future)


@dataclass(frozen=True, slots=True)
class SinkStats:
    """Counters for metrics: a snapshot, cumulative since the sink started."""

    rows_added: int = 0
    rows_flushed: dict[str, int] = field(default_factory=dict)
    batches_flushed: int = 0
    flush_seconds_total: float = 0.0
    last_flush_seconds: float = 0.0
    failures: int = 0
    pending_rows: int = 0
    backpressure_waits: int = 0
    healthy: bool = True
    last_error: str | None = None


@runtime_checkable
class EvidenceSink(Protocol):
    """Takes evidence from the pipeline and stores it durably; ``add`` waits when the buffer is full."""

    async def add(
        self,
        verdicts: Sequence[Verdict] = (),
        dead_letters: Sequence[DeadLetter] = (),
        windows: Sequence[WindowDecision] = (),
    ) -> Ticket:
        """Buffer the evidence of one window; the ticket completes when it is stored."""
        ...

    async def flush(self) -> None:
        """Return when everything added so far is stored (forces a flush of partial batches)."""
        ...

    async def close(self) -> None:
        """Flush everything, then stop."""
        ...

    @property
    def healthy(self) -> bool:
        """False while the last store attempt failed."""
        ...

    @property
    def last_error(self) -> str | None:
        """The most recent store error, if any."""
        ...

    def stats(self) -> SinkStats:
        """Counters for metrics."""
        ...


class Publisher(Protocol):
    """Sends a window's verdicts, escalations and dead letters; returns once the broker acknowledged all."""

    async def publish(
        self, verdicts: Sequence[Verdict], escalations: Sequence[Verdict], dead_letters: Sequence[DeadLetter]
    ) -> None:
        """Send and wait for the acknowledgements; raises on failure (the caller retries)."""
        ...

    async def stop(self) -> None:
        """Flush and close."""
        ...
