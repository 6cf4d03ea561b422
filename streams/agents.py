"""The thin Faust agent: take adaptive windows without acking, hand them to the runner, ack in order.

``noack_take`` never acks; :class:`~streams.pipeline.runner.WindowRunner` acks each window's events in
offset order once its verdicts are acknowledged by the broker and its evidence by ClickHouse. One actor
(``concurrency=1``): faust's commit of acked offsets is only safe with in-order acks. The loop never
raises: the runner retries broker and ClickHouse failures itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, cast

import faust
from faust.types import EventT, StreamT, TopicT

from streams.logs import kv
from streams.models import SourceRef
from streams.pipeline.base import WindowSizer
from streams.pipeline.runner import WindowRunner

__all__ = ["LiveSize", "register_window_agent"]

log = logging.getLogger(__name__)


class LiveSize:
    """A window size that follows the sizer while ``noack_take`` runs.

    faust reads ``max_`` once when the generator starts and only ever evaluates ``len(buffer) >= max_``.
    ``int >= LiveSize`` falls back to ``LiveSize.__le__``, so each check sees the sizer's current size.
    """

    def __init__(self, sizer: WindowSizer) -> None:
        self._sizer = sizer

    def __le__(self, other: int) -> bool:
        return self._sizer.next_size <= other

    def __gt__(self, other: int) -> bool:
        return self._sizer.next_size > other

    def __int__(self) -> int:
        return self._sizer.next_size


def register_window_agent(
    app: faust.App,
    topic: TopicT,
    build_runner: Callable[[], Awaitable[WindowRunner]],
    on_runner: Callable[[WindowRunner], None] | None = None,
) -> Any:
    """Register the window agent on ``app``; ``build_runner`` opens the services inside the worker's loop."""

    async def judge_windows(stream: StreamT[Any]) -> None:
        runner = await build_runner()
        if on_runner is not None:
            on_runner(runner)

        crashes: list[asyncio.Future[None]] = []

        def fatal(exc: BaseException) -> None:
            # Evidence that can never be written: stop on purpose so an outside restart replays the window.
            log.critical("stopping the worker: %s", kv(error=repr(exc)))
            crashes.append(asyncio.ensure_future(app.crash(exc)))

        runner.bind_acker(stream.ack, fatal)
        size = cast(int, LiveSize(runner.sizer))
        try:
            # noack_take is typed as yielding values; it yields the events themselves (that is its point).
            take = cast(Any, stream).noack_take
            async for window in take(size, within=runner.sizer.max_wait_s):
                events = cast(list[EventT[Any]], window)
                items = [
                    (cast(bytes, e.message.value), SourceRef(e.message.topic, e.message.partition, e.message.offset))
                    for e in events
                ]
                await runner.handle(events, items)
        finally:
            # Reached on SIGTERM and on rebalance: flush evidence, let the acker finish, close clients.
            log.info("window agent stopping %s", kv(windows=runner.stats.windows, events=runner.stats.events))
            await runner.close()

    return app.agent(topic, name="eleanor.windows", concurrency=1)(judge_windows)
