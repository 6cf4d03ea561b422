"""An error no retry can clear stops the worker through the fatal path instead of being retried forever."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import orjson

from streams.errors import SinkError, UndeliverableError
from streams.models import DeadLetter, SourceRef, Verdict
from streams.pipeline.processor import WindowProcessor
from streams.pipeline.runner import WindowRunner

from .fakes import FakeCache, FakeEvaluator, FakeSink, FixedSizer


class RefusingPublisher:
    """Fails the first ``times`` publishes (all when None) with ``error`` and counts the attempts."""

    def __init__(self, error: Exception, times: int | None = None) -> None:
        self.error = error
        self.times = times
        self.attempts = 0

    async def publish(
        self, verdicts: Sequence[Verdict], escalations: Sequence[Verdict], dead_letters: Sequence[DeadLetter]
    ) -> None:
        self.attempts += 1
        if self.times is None or self.attempts <= self.times:
            raise self.error

    async def stop(self) -> None:
        return None


async def run_one_window(publisher: RefusingPublisher) -> tuple[WindowRunner, list[BaseException], list[int]]:
    runner = WindowRunner(
        WindowProcessor(FakeEvaluator()), publisher, FakeSink(), FixedSizer(), cache=FakeCache(), retry_initial_s=0.001
    )
    fatal: list[BaseException] = []
    stopped = asyncio.Event()
    acked: list[int] = []

    async def ack(event: int) -> bool:
        acked.append(event)
        return True

    def on_fatal(exc: BaseException) -> None:
        fatal.append(exc)
        stopped.set()

    runner.bind_acker(ack, on_fatal)
    items = [(orjson.dumps({"request_id": f"r{i}", "prompt": "ok"}), SourceRef("req", 0, i)) for i in range(3)]
    await runner.submit([0, 1, 2], items)
    await asyncio.wait_for(stopped.wait(), 10)
    return runner, fatal, acked


async def test_an_undeliverable_window_is_fatal_at_once() -> None:
    publisher = RefusingPublisher(UndeliverableError("a message is larger than the broker accepts"))
    runner, fatal, acked = await run_one_window(publisher)
    assert publisher.attempts == 1
    assert runner.stats.retries == 0
    assert [type(e) for e in fatal] == [UndeliverableError]
    assert acked == []  # the window is replayed after the restart
    assert runner.acker.failed is not None


async def test_a_broker_outage_is_still_retried() -> None:
    publisher = RefusingPublisher(SinkError("broker down"), times=4)
    runner = WindowRunner(
        WindowProcessor(FakeEvaluator()), publisher, FakeSink(), FixedSizer(), cache=FakeCache(), retry_initial_s=0.001
    )
    acked: list[int] = []

    async def ack(event: int) -> bool:
        acked.append(event)
        return True

    runner.bind_acker(ack, lambda exc: None)
    items = [(orjson.dumps({"request_id": "r0", "prompt": "ok"}), SourceRef("req", 0, 0))]
    await runner.submit([0], items)
    await runner.close()
    assert (publisher.attempts, runner.stats.retries) == (5, 4)
    assert runner.acker.failed is None
    assert acked == [0]
