"""The window runner: publish, evidence, in-order acks only after the evidence flush, retries."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

import orjson
import pytest

from streams.errors import CacheError, UndeliverableError
from streams.models import SourceRef
from streams.pipeline.processor import WindowProcessor
from streams.pipeline.runner import WindowRunner

from .fakes import FakeCache, FakeEvaluator, FakePublisher, FakeSink, FixedSizer


def window(start: int, n: int, bad: tuple[int, ...] = ()) -> tuple[list[int], list[tuple[bytes, SourceRef]]]:
    events = list(range(start, start + n))
    payloads = [
        b"garbage" if i in bad else orjson.dumps({"request_id": f"r{i}", "prompt": "bad" if i % 2 else "ok"})
        for i in events
    ]
    return events, [(p, SourceRef("req", 0, i)) for p, i in zip(payloads, events, strict=True)]


def make_runner(
    core: FakeEvaluator | None = None,
) -> tuple[WindowRunner, FakePublisher, FakeSink, FixedSizer, list[int]]:
    publisher, sink, sizer = FakePublisher(), FakeSink(), FixedSizer()
    runner = WindowRunner(
        WindowProcessor(core or FakeEvaluator()), publisher, sink, sizer, cache=FakeCache(), retry_initial_s=0.001
    )
    acked: list[int] = []

    async def ack(event: int) -> bool:
        acked.append(event)
        return True

    runner.bind_acker(ack, lambda exc: None)
    return runner, publisher, sink, sizer, acked


async def test_acks_wait_for_the_evidence_flush_and_follow_offset_order() -> None:
    runner, publisher, sink, sizer, acked = make_runner()
    for start in (0, 5, 10):
        await runner.handle(*window(start, 5, bad=(7,)))
    await asyncio.sleep(0.01)
    assert acked == []  # evidence not acknowledged yet: nothing may be acked
    assert len(publisher.verdicts) == 14
    assert [d.source.offset for d in publisher.dead_letters if d.source] == [7]
    assert {v.request_id for v in publisher.escalations} == {f"r{i}" for i in range(15) if i % 2 and i != 7}
    await sink.flush()
    await runner.acker.drain()
    assert acked == list(range(15))
    assert len(sizer.observed) == 3
    # each decision rides with the next window's evidence; close() stores the last one
    assert len(sink.windows) == 2
    await runner.close()
    assert len(sink.windows) == 3


async def test_publish_and_sink_failures_are_retried_not_raised() -> None:
    runner, publisher, sink, _, acked = make_runner()
    publisher.fail = 2
    sink.fail_adds = 3
    await runner.handle(*window(0, 4))
    await runner.close()
    assert acked == [0, 1, 2, 3]
    assert len(sink.rows) == 4
    assert runner.stats.retries == 5
    assert sink.closed


async def test_a_window_the_core_cannot_judge_is_split_and_the_poison_dead_lettered() -> None:
    core = FakeEvaluator()
    core.fail_on = "bad"
    runner, publisher, _, _, acked = make_runner(core)
    await runner.handle(*window(0, 4))
    await runner.close()
    assert sorted(v.request_id for v in publisher.verdicts) == ["r0", "r2"]
    assert [(d.reason, d.source.offset if d.source else -1) for d in publisher.dead_letters] == [
        ("internal_error", 1),
        ("internal_error", 3),
    ]
    assert acked == [0, 1, 2, 3]


async def test_close_flushes_the_open_evidence_and_acks_everything() -> None:
    runner, _, sink, _, acked = make_runner()
    await runner.handle(*window(0, 3))
    assert acked == []
    await runner.close()
    assert acked == [0, 1, 2]
    assert [v.request_id for v in sink.rows] == ["r0", "r1", "r2"]


async def test_submitted_windows_are_handled_in_order_and_idle_waits_for_them() -> None:
    runner, publisher, sink, _, acked = make_runner()
    for start in (0, 3, 6, 9):
        await runner.submit(*window(start, 3))
    await runner.idle()
    assert [v.request_id for v in publisher.verdicts] == [f"r{i}" for i in range(12)]
    await sink.flush()
    await runner.close()
    assert acked == list(range(12))


async def test_a_bug_in_handling_halts_acking_and_reports_it() -> None:
    runner, _, sink, _, acked = make_runner()
    fatal: list[BaseException] = []
    runner._on_fatal = fatal.append

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("bug")

    await runner.submit(*window(0, 3))
    await runner.idle()
    await sink.flush()
    await runner.acker.drain()
    assert acked == [0, 1, 2]
    runner.sizer.observe = broken  # type: ignore[method-assign]
    await runner.submit(*window(3, 3))
    await runner.idle()
    await sink.flush()
    await asyncio.sleep(0.01)
    assert [type(e) for e in fatal] == [RuntimeError]
    assert runner.acker.failed is not None
    assert acked == [0, 1, 2]  # the first window only: nothing from the failed window (or later)


async def test_each_window_is_reported_to_the_metrics() -> None:
    from streams.metrics import Metrics
    from streams.windowing import AdaptiveSizer, SizerPolicy

    metrics = Metrics()
    publisher, sink, sizer = FakePublisher(), FakeSink(), AdaptiveSizer(SizerPolicy())
    runner = WindowRunner(WindowProcessor(FakeEvaluator()), publisher, sink, sizer, metrics=metrics)

    async def ack(event: int) -> bool:
        return True

    runner.bind_acker(ack, lambda exc: None)
    await runner.handle(*window(0, 6, bad=(5,)))
    await runner.close()
    text = metrics.render().decode()
    assert 'eleanor_verdicts_total{light="RED"} 2.0' in text
    assert 'eleanor_verdicts_total{light="GREEN"} 3.0' in text
    assert "eleanor_dead_letters_total" in text
    assert "eleanor_window_latency_seconds_count 1.0" in text


async def test_the_next_window_is_judged_while_the_broker_acknowledges_the_previous_one() -> None:
    runner, publisher, sink, _, acked = make_runner()
    release = asyncio.Event()
    published: list[str] = []
    original = publisher.publish

    async def slow_publish(*args: Any) -> None:
        await release.wait()  # the broker has not acknowledged yet
        await original(*args)
        published.append(args[0][0].request_id)

    publisher.publish = slow_publish  # type: ignore[method-assign]
    await runner.handle(*window(0, 3))
    await runner.handle(*window(3, 3))  # not held up by the first window's publish
    assert runner.stats.windows == 2
    await sink.flush()
    await asyncio.sleep(0.01)
    assert acked == []  # evidence stored, but the verdicts are not acknowledged: nothing may be acked
    release.set()
    await runner.idle()
    assert published == ["r0", "r3"]  # sends keep window order
    await runner.close()
    assert acked == list(range(6))


async def test_close_after_a_publish_that_can_never_succeed_still_stores_the_evidence() -> None:
    runner, publisher, sink, _, acked = make_runner()
    fatal: list[BaseException] = []
    runner.bind_acker(runner.acker._ack, fatal.append)

    async def refused(*args: Any) -> None:
        raise UndeliverableError("larger than the broker accepts")

    publisher.publish = refused  # type: ignore[method-assign]
    await runner.handle(*window(0, 3))
    await runner.close()  # does not raise: the acker reports the failure
    assert [type(e) for e in fatal] == [UndeliverableError]
    assert acked == []
    assert [v.request_id for v in sink.rows] == ["r0", "r1", "r2"]
    assert sink.closed


async def test_a_failing_cache_write_or_metrics_update_neither_stops_acking_nor_the_worker(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from streams.metrics import Metrics

    class BrokenCache(FakeCache):
        async def set_batch(self, items: Sequence[tuple[str, bytes]]) -> None:
            raise CacheError("redis write refused")

    class BrokenMetrics(Metrics):
        def observe_window(self, *args: Any, **kwargs: Any) -> None:
            raise ValueError("success_rate must be within [0, 1], got 1.5")

    publisher, sink, sizer = FakePublisher(), FakeSink(), FixedSizer()
    runner = WindowRunner(
        WindowProcessor(FakeEvaluator()), publisher, sink, sizer, cache=BrokenCache(), metrics=BrokenMetrics()
    )
    acked: list[int] = []
    fatal: list[BaseException] = []

    async def ack(event: int) -> bool:
        acked.append(event)
        return True

    runner.bind_acker(ack, fatal.append)
    with caplog.at_level(logging.WARNING, logger="streams.pipeline.runner"):
        for start in (0, 3, 6):
            await runner.submit(*window(start, 3))  # through the worker task, as the agent does
        await runner.idle()
        await runner.close()  # awaits the last cache write: does not raise either
    assert fatal == []
    assert runner.acker.failed is None
    assert acked == list(range(9))
    assert runner.stats.windows == 3
    assert runner.stats.cache_write_failures == 3
    assert runner.stats.metrics_failures == 3
    assert "cache write-back failed" in caplog.text
    assert "metrics not updated" in caplog.text
