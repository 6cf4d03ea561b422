"""Run the judge worker: its services, and the source that feeds them windows (the judge's own aiokafka loop, or
faust's stream), until SIGTERM/SIGINT or, embedded, until the caller leaves the context."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Awaitable, Callable

from streams.config import Settings
from streams.faust.worker import FaustJudge
from streams.kafka.clients import ensure_topics
from streams.kafka.consumer import DirectJudge
from streams.logs import kv
from streams.pipeline.runner import WindowRunner
from streams.wiring.process import tune_process
from streams.wiring.services import open_services

__all__ = ["EmbeddedWorker", "output_topics", "run_worker", "starting"]

log = logging.getLogger(__name__)


def output_topics(settings: Settings) -> list[str]:
    """Topics the worker writes to, plus the request topics when given as a list."""
    kafka = settings.kafka
    inputs = [] if kafka.request_pattern else list(kafka.request_topics)
    return [*inputs, kafka.verdict_topic, kafka.escalation_topic, kafka.dlq_topic, kafka.window_topic]


def starting(
    build_runner: Callable[[], Awaitable[WindowRunner]], on_runner: Callable[[WindowRunner], None] | None = None
) -> Callable[[], Awaitable[WindowRunner]]:
    """What a source calls to get its runner: the services opened (waiting while they are unreachable), handed
    to ``on_runner``, then the process tuned (start-up objects exist now: freeze them, pin BLAS)."""

    async def start() -> WindowRunner:
        runner = await open_services(build_runner)
        if on_runner is not None:
            on_runner(runner)
        tune_process()
        return runner

    return start


def run_worker(
    settings: Settings,
    build_runner: Callable[[], Awaitable[WindowRunner]],
    on_runner: Callable[[WindowRunner], None] | None = None,
) -> int:
    """Run until stopped; returns the exit code. ``build_runner`` opens the services inside the worker's loop
    (:func:`streams.wiring.services.build_runner` in production)."""
    asyncio.run(ensure_topics(settings.kafka, output_topics(settings)))
    if settings.kafka.judge_consumer == "aiokafka":
        return _run_direct(settings, starting(build_runner, on_runner))
    return FaustJudge(settings, starting(build_runner, on_runner)).run()


def _run_direct(settings: Settings, start_runner: Callable[[], Awaitable[WindowRunner]]) -> int:
    """The judge on its own aiokafka loop (:mod:`streams.kafka.consumer`) until SIGTERM/SIGINT."""

    async def go() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        log.info(
            "worker starting %s",
            kv(bootstrap=settings.kafka.bootstrap, group=settings.kafka.consumer_group, consumer="aiokafka"),
        )
        return await DirectJudge(settings, start_runner).run(stop)

    return asyncio.run(go())


class EmbeddedWorker:
    """The worker inside the caller's event loop (benchmarks, tests): ``async with EmbeddedWorker(...)``.

    No signal handlers and no faust ``Worker``: the direct loop (or, with ``judge_consumer=faust``, the app)
    starts and stops with the context.
    """

    def __init__(self, settings: Settings, build_runner: Callable[[], Awaitable[WindowRunner]]) -> None:
        self.runner: WindowRunner | None = None

        def keep(runner: WindowRunner) -> None:
            self.runner = runner

        self._start = starting(build_runner, keep)
        self._settings = settings
        self._stop = asyncio.Event()
        self._direct: asyncio.Task[int] | None = None
        self._judge: DirectJudge | None = None
        self._faust: FaustJudge | None = None

    async def __aenter__(self) -> EmbeddedWorker:
        await ensure_topics(self._settings.kafka, output_topics(self._settings))
        if self._settings.kafka.judge_consumer == "aiokafka":
            self._judge = DirectJudge(self._settings, self._start)
            self._direct = asyncio.create_task(self._judge.run(self._stop))
            return self
        self._faust = FaustJudge(self._settings, self._start)
        await self._faust.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._direct is not None:
            self._stop.set()
            await self._direct
            return
        if self._faust is not None:
            await self._faust.stop()

    @property
    def assigned(self) -> bool:
        """Whether the consumer group has assigned partitions to this worker."""
        if self._judge is not None:
            return self._judge.ready
        return self._faust is not None and self._faust.ready

    async def wait_for(
        self, condition: Callable[[WindowRunner], bool], timeout_s: float = 60.0, what: str = "condition"
    ) -> None:
        """Poll ``condition(runner)`` every 50 ms until true; raises TimeoutError naming ``what``."""
        deadline = time.monotonic() + timeout_s
        while self.runner is None or not condition(self.runner):
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out after {timeout_s:.0f} s waiting for {what}")
            await asyncio.sleep(0.05)
