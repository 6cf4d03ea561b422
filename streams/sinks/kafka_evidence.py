"""The judge worker's evidence sink: evidence goes to Kafka, never straight to ClickHouse.

Everything the evidence tables hold is in a message the worker publishes anyway — a verdict carries its
findings, a DLQ record its payload, reason and source — except the adaptive sizer's window decisions, which
this sink publishes to the window topic. A window's ticket completes once the broker acknowledged those
records; the runner acks the window's input only after that and after its verdicts and dead letters are
acknowledged, so the evidence is durable in Kafka before an offset moves. The evidence writer
(:mod:`streams.sinks.writer`, ``eleanor-streams sink``) stores the topics in ClickHouse, which therefore
never holds back a verdict.

Sends that fail are retried with back-off (the ticket, and with it the window's acks, waits); tickets
complete in the order they were issued. A failure no retry can clear (too large, not authorised) fails the
ticket: the acker stops and the worker stops, so a restart replays the window.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from streams.backoff import Backoff
from streams.errors import SinkError, UndeliverableError
from streams.logs import kv
from streams.models import DeadLetter, Verdict
from streams.sinks.base import SinkStats, Ticket
from streams.sinks.messages import encode_window
from streams.sinks.undeliverable import publish_error
from streams.windowing import WindowDecision

__all__ = ["KafkaEvidenceSink"]

log = logging.getLogger(__name__)


class KafkaEvidenceSink:
    """Publishes window telemetry to ``topic`` on a started ``producer`` (owned by the caller).

    Verdicts and dead letters handed to :meth:`add` are not sent again: the window publisher sends them to
    the verdict and DLQ topics, which the evidence writer reads.
    """

    def __init__(
        self,
        producer: AIOKafkaProducer,
        topic: str,
        *,
        retry_initial_s: float = 0.2,
        retry_max_s: float = 10.0,
    ) -> None:
        self._producer = producer
        self._topic = topic
        self._retry_initial_s = retry_initial_s
        self._retry_max_s = retry_max_s
        self._last: asyncio.Task[None] | None = None
        self._seq = 0
        self._healthy = True
        self._last_error: str | None = None
        self._sent = 0
        self._failures = 0
        self._closing = False

    @property
    def healthy(self) -> bool:
        """False while the last send attempt failed (it is being retried)."""
        return self._healthy

    @property
    def last_error(self) -> str | None:
        """The most recent send error."""
        return self._last_error

    def stats(self) -> SinkStats:
        """Counters for metrics (rows = window records acknowledged by the broker)."""
        return SinkStats(
            rows_added=self._sent,
            rows_flushed={"windows": self._sent},
            failures=self._failures,
            healthy=self._healthy,
            last_error=self._last_error,
        )

    async def add(
        self,
        verdicts: Sequence[Verdict] = (),
        dead_letters: Sequence[DeadLetter] = (),
        windows: Sequence[WindowDecision] = (),
    ) -> Ticket:
        """Send the window records; the ticket completes when they and every earlier one are acknowledged."""
        if self._closing:
            raise SinkError("evidence sink is closed")
        self._seq += 1
        messages = [(encode_window(w), (w.window_id or "").encode() or None) for w in windows]
        task = asyncio.create_task(self._deliver(messages, self._last), name=f"evidence-{self._seq}")
        self._last = task
        return Ticket(self._seq, task)

    async def _deliver(self, messages: list[tuple[bytes, bytes | None]], previous: asyncio.Task[None] | None) -> None:
        if previous is not None:
            await asyncio.shield(previous)
        if not messages:
            return
        backoff = Backoff(self._retry_initial_s, self._retry_max_s)
        while True:
            try:
                futures = [await self._producer.send(self._topic, value=v, key=k) for v, k in messages]
                await asyncio.gather(*futures)
            except (KafkaError, OSError) as exc:
                error = publish_error(exc)
                self._healthy = False
                self._failures += 1
                self._last_error = repr(exc)[:2000]
                if isinstance(error, UndeliverableError):
                    log.error("window telemetry can never be sent %s", kv(error=repr(exc)))
                    raise error from exc
                log.warning(
                    "window telemetry send failed, retrying %s", kv(delay_s=round(backoff.delay, 2), error=repr(exc))
                )
                await backoff.wait()
                continue
            self._healthy = True
            self._sent += len(messages)
            return

    async def flush(self) -> None:
        """Return when every record added so far is acknowledged."""
        if self._last is not None:
            await asyncio.shield(self._last)

    async def close(self) -> None:
        """Wait for the records in flight, then refuse new ones (the producer is the caller's to stop)."""
        self._closing = True
        if self._last is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(self._last)
