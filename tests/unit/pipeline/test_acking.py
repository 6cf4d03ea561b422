"""The ordered acker: a failing ack call or a cancelled publish stops acking visibly, never silently."""

from __future__ import annotations

import asyncio
import logging

import pytest

from streams.pipeline.acking import OrderedAcker


async def _done() -> None:
    return None


async def test_windows_are_acked_in_order_after_their_done() -> None:
    acked: list[int] = []

    async def ack(event: int) -> None:
        acked.append(event)

    acker = OrderedAcker(ack)
    await acker.add([0, 1], _done())
    await acker.add([2], _done())
    await acker.stop()
    assert acked == [0, 1, 2]
    assert acker.failed is None


async def test_an_ack_call_that_raises_stops_acking_and_reports_it(caplog: pytest.LogCaptureFixture) -> None:
    acked: list[int] = []
    fatal: list[BaseException] = []

    async def ack(event: int) -> None:
        if event == 3:
            raise RuntimeError("consumer gone")
        acked.append(event)

    acker = OrderedAcker(ack, max_pending=2, on_fatal=fatal.append)
    with caplog.at_level(logging.ERROR, logger="streams.pipeline.acking"):
        await acker.add([0, 1, 2], _done())
        await acker.add([3, 4], _done())
        await acker.drain()
        # The queue is small: without the failure being handled these adds would block for good.
        for start in range(5, 20, 2):
            await asyncio.wait_for(acker.add([start, start + 1], _done()), timeout=5)
    assert acked == [0, 1, 2]
    assert isinstance(acker.failed, RuntimeError)
    assert fatal == [acker.failed]
    assert "ack call failed, acking stops" in caplog.text


async def test_a_cancelled_publish_stops_acking_instead_of_ending_the_task_silently(
    caplog: pytest.LogCaptureFixture,
) -> None:
    acked: list[int] = []
    fatal: list[BaseException] = []

    async def ack(event: int) -> None:
        acked.append(event)

    publish = asyncio.create_task(asyncio.sleep(3600))

    async def delivered() -> None:
        await publish  # re-raises the publish task's CancelledError in the acker's task

    acker = OrderedAcker(ack, on_fatal=fatal.append)
    with caplog.at_level(logging.ERROR, logger="streams.pipeline.acking"):
        await acker.add([0], _done())
        await acker.add([1, 2], delivered())
        await acker.add([3], _done())
        await asyncio.sleep(0.01)
        publish.cancel()
        await acker.drain()
    assert acked == [0]
    assert isinstance(acker.failed, asyncio.CancelledError)
    assert len(fatal) == 1
    assert "window not delivered (publish or evidence failed)" in caplog.text
    await acker.stop()


async def test_a_failed_window_is_logged_as_not_delivered(caplog: pytest.LogCaptureFixture) -> None:
    fatal: list[BaseException] = []

    async def ack(event: int) -> None:
        return None

    async def refused() -> None:
        raise ValueError("publish refused")

    acker = OrderedAcker(ack, on_fatal=fatal.append)
    with caplog.at_level(logging.ERROR, logger="streams.pipeline.acking"):
        await acker.add([0], refused())
        await acker.drain()
    assert [type(e) for e in fatal] == [ValueError]
    assert "evidence never acknowledged" not in caplog.text
    assert "window not delivered" in caplog.text


async def test_stopping_the_acker_is_not_reported_as_a_failure() -> None:
    fatal: list[BaseException] = []

    async def ack(event: int) -> None:
        return None

    acker = OrderedAcker(ack, on_fatal=fatal.append)
    await acker.add([0], asyncio.sleep(3600))
    await asyncio.sleep(0.01)
    acker.halt(RuntimeError("window handling failed"))
    await asyncio.sleep(0.01)
    assert fatal == []
    assert isinstance(acker.failed, RuntimeError)
