"""A faust transport whose consumer hands a fetched message to the streams without four tasks per message.

faust's fetch loop delivers every message with ``await self.wait_first(callback(message),
self.suspend_flow.wait())`` so that a rebalance can interrupt a delivery blocked on a full stream buffer.
``Service.wait_first`` wraps each argument (plus the service's *stopped* and *crashed* events) in a task and
runs ``asyncio.wait``: four tasks, a wait and their cancellation for every message, about a third of the
worker's per-event cost. Almost every delivery finishes without suspending (the buffer has room), so
:class:`ImmediateConsumer` first runs the delivery coroutine up to its first suspension: if it finished,
that is the result ``wait_first`` would have returned; if it suspended, the rest of it goes through the
usual ``wait_first`` (with the rebalance interrupt) exactly as before. Offsets, gaps, acks and commits are
untouched: only how the delivery coroutine is awaited changes.
"""

from __future__ import annotations

import inspect
import types
from collections.abc import Coroutine, Generator
from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka
from mode.services import WaitResults

__all__ = ["ImmediateConsumer", "ImmediateTransport"]


@types.coroutine
def _resume(coro: Coroutine[Any, Any, Any], pending: Any) -> Generator[Any, Any, Any]:
    """Finish ``coro``, which already ran up to its first suspension, where it yielded ``pending``.

    Forwards what the awaiting task sends or throws in, as ``await`` would have done from the start.
    """
    while True:
        try:
            sent = yield pending
        except GeneratorExit:
            coro.close()
            raise
        except BaseException as exc:
            try:
                pending = coro.throw(exc)
            except StopIteration as stop:
                return stop.value
        else:
            try:
                pending = coro.send(sent)
            except StopIteration as stop:
                return stop.value


async def _finish(coro: Coroutine[Any, Any, Any], pending: Any) -> Any:
    """A native coroutine (what ``ensure_future`` takes on every Python) finishing ``coro``."""
    return await _resume(coro, pending)


def _close(awaitables: tuple[Any, ...]) -> None:
    for other in awaitables:
        if inspect.iscoroutine(other):
            other.close()  # never started: closing it avoids the "never awaited" warning


class ImmediateConsumer(faust_aiokafka.Consumer):
    """faust's aiokafka consumer with the delivery fast path described in the module docstring."""

    async def wait_first(self, *coros: Any, timeout: Any = None) -> WaitResults:  # noqa: ASYNC109  # faust signature
        """``Service.wait_first``, without tasks when the first coroutine finishes without suspending."""
        first = coros[0] if coros else None
        if timeout is None and inspect.iscoroutine(first) and not (self._stopped.is_set() or self._crashed.is_set()):
            try:
                pending = first.send(None)
            except StopIteration as stop:
                _close(coros[1:])
                return WaitResults([first], [stop.value], False)
            except BaseException:
                _close(coros[1:])
                raise
            coros = (_finish(first, pending), *coros[1:])
        result: WaitResults = await super().wait_first(*coros, timeout=timeout)
        return result


class ImmediateTransport(faust_aiokafka.Transport):
    """faust's aiokafka transport using :class:`ImmediateConsumer`."""

    Consumer = ImmediateConsumer
