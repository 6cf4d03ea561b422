"""The consumer's delivery fast path: a coroutine started by hand is finished exactly as ``await`` would."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from streams.faust.consumer import ImmediateConsumer, ImmediateTransport, _finish


async def _suspends_then(result: Any, gate: asyncio.Future[Any]) -> Any:
    got = await gate
    await asyncio.sleep(0)
    return (result, got)


async def test_a_coroutine_resumed_after_its_first_suspension_gets_what_the_future_resolves_to() -> None:
    loop = asyncio.get_running_loop()
    gate: asyncio.Future[Any] = loop.create_future()
    coro = _suspends_then("done", gate)
    pending = coro.send(None)  # runs up to `await gate`
    assert pending is gate
    task = asyncio.ensure_future(_finish(coro, pending))
    await asyncio.sleep(0)
    assert not task.done()
    gate.set_result(7)
    assert await task == ("done", 7)


async def test_an_exception_from_the_awaited_future_reaches_the_coroutine() -> None:
    loop = asyncio.get_running_loop()
    gate: asyncio.Future[Any] = loop.create_future()

    async def handles() -> str:
        try:
            await gate
        except KeyError:
            return "handled"
        return "not reached"

    coro = handles()
    task = asyncio.ensure_future(_finish(coro, coro.send(None)))
    gate.set_exception(KeyError("x"))
    assert await task == "handled"


async def test_cancelling_the_resumed_delivery_cancels_the_coroutine() -> None:
    loop = asyncio.get_running_loop()
    gate: asyncio.Future[Any] = loop.create_future()
    seen: list[str] = []

    async def waits() -> None:
        try:
            await gate
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise

    coro = waits()
    task = asyncio.ensure_future(_finish(coro, coro.send(None)))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert seen == ["cancelled"]


def test_the_transport_builds_the_immediate_consumer() -> None:
    assert ImmediateTransport.Consumer is ImmediateConsumer
