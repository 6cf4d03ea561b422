"""The thin Faust agent: take adaptive windows without acking, hand them to the runner, ack in order.

:class:`~streams.faust.windows.WindowTaker` (faust's ``noack_take`` with a live size and a drain)
never acks; :class:`~streams.pipeline.runner.WindowRunner` acks each window's events in offset order once its
verdicts, dead letters and window telemetry are acknowledged by the broker (the evidence writer stores them
in ClickHouse later). One actor (``concurrency=1``):
faust's commit of acked offsets is only safe with in-order acks. The loop never raises: the runner retries
broker failures itself. On shutdown and revocation the app's drain hook hands over the open
window and flushes the evidence buffer before faust waits for the acks.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, cast

from faust.types import TP, StreamT, TopicT

from streams.errors import ConfigError, SchemaError
from streams.faust.app import EleanorApp
from streams.faust.windows import WindowTaker
from streams.logs import kv
from streams.models import SourceRef
from streams.pipeline.runner import WindowRunner

__all__ = ["register_window_agent"]

log = logging.getLogger(__name__)


def _report_lag(app: EleanorApp, runner: WindowRunner, items: Sequence[tuple[bytes, SourceRef]]) -> None:
    """Set the consumer lag of the window's partitions from faust's high watermarks (``eleanor_consumer_lag``).

    A metric must never stop consumption: a failure (e.g. a partition revoked meanwhile) is logged.
    """
    metrics = runner.metrics
    if metrics is None:
        return
    try:
        metrics.lag_after((source for _, source in items), lambda t, p: app.consumer.highwater(TP(t, p)))
    except Exception as exc:
        log.warning("consumer lag not reported %s", kv(error=repr(exc)))


def register_window_agent(
    app: EleanorApp,
    topic: TopicT,
    start_runner: Callable[[], Awaitable[WindowRunner]],
    on_runner: Callable[[WindowRunner], None] | None = None,
) -> Any:
    """Register the window agent on ``app``; ``start_runner`` opens the services inside the worker's loop
    (waiting while they are unreachable, see :func:`streams.wiring.worker.starting`)."""

    async def judge_windows(stream: StreamT[Any]) -> None:
        try:
            runner = await start_runner()
        except (ConfigError, SchemaError) as exc:
            # faust would restart the agent, which fails the same way: stop the worker (non-zero exit).
            await app.crash(exc)
            raise
        if on_runner is not None:
            on_runner(runner)

        crashes: list[asyncio.Future[None]] = []

        def fatal(exc: BaseException) -> None:
            # Evidence that can never be written: stop on purpose so an outside restart replays the window.
            log.critical("stopping the worker: %s", kv(error=repr(exc)))
            crashes.append(asyncio.ensure_future(app.crash(exc)))

        runner.bind_acker(stream.ack, fatal)
        taker = WindowTaker(stream, runner.sizer)

        async def drain() -> None:
            # faust is about to wait for every taken event to be acked (shutdown or revocation).
            runner.draining = True
            taker.drain()
            await asyncio.sleep(0)  # let the taker hand over the open window
            await runner.idle()
            await runner.flush_evidence()

        def drained() -> None:
            runner.draining = False

        app.drain_hooks.append((drain, drained))
        try:
            async for events in taker.windows():
                items = [
                    (cast(bytes, e.message.value), SourceRef(e.message.topic, e.message.partition, e.message.offset))
                    for e in events
                ]
                _report_lag(app, runner, items)
                await runner.submit(events, items, taker.window_size)
        finally:
            # The worker is stopping: flush evidence, let the acker finish, close the clients.
            log.info("window agent stopping %s", kv(windows=runner.stats.windows, events=runner.stats.events))
            app.drain_hooks.remove((drain, drained))
            await runner.close()

    return app.agent(topic, name="eleanor.windows", concurrency=1)(judge_windows)
