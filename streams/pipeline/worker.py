"""Run the stream processor: the Faust app, the window agent and the services, until SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Awaitable, Callable

import faust

from streams.config import Settings
from streams.faust.agent import register_window_agent
from streams.faust.app import create_app, request_topic
from streams.kafka.clients import ensure_topics, resolve_request_topics
from streams.kafka.consumer import DirectJudge
from streams.logs import kv
from streams.pipeline.runner import WindowRunner

__all__ = ["EmbeddedWorker", "output_topics", "run_worker"]

log = logging.getLogger(__name__)


def output_topics(settings: Settings) -> list[str]:
    """Topics the worker writes to, plus the request topics when given as a list."""
    kafka = settings.kafka
    inputs = [] if kafka.request_pattern else list(kafka.request_topics)
    return [*inputs, kafka.verdict_topic, kafka.escalation_topic, kafka.dlq_topic, kafka.window_topic]


def run_worker(
    settings: Settings,
    build_runner: Callable[[], Awaitable[WindowRunner]],
    on_runner: Callable[[WindowRunner], None] | None = None,
) -> int:
    """Run until stopped; returns the exit code. ``build_runner`` opens the services inside the worker's loop
    (:func:`streams.pipeline.services.build_runner` in production)."""
    asyncio.run(ensure_topics(settings.kafka, output_topics(settings)))
    if settings.kafka.judge_consumer == "aiokafka":
        return _run_direct(settings, build_runner, on_runner)
    topics = asyncio.run(resolve_request_topics(settings.kafka))
    app = create_app(settings)
    register_window_agent(app, request_topic(app, settings.kafka, topics), build_runner, on_runner)
    worker = faust.Worker(
        app,
        loglevel=settings.log_level,
        quiet=True,
        redirect_stdouts=False,
        # faust's own console/web extras stay off: nothing may bind a public port.
    )
    log.info(
        "worker starting %s",
        kv(
            bootstrap=settings.kafka.bootstrap,
            topics=",".join(topics),
            group=settings.kafka.consumer_group,
        ),
    )
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int | None) else 1
    return 0


def _run_direct(
    settings: Settings,
    build_runner: Callable[[], Awaitable[WindowRunner]],
    on_runner: Callable[[WindowRunner], None] | None,
) -> int:
    """The judge on its own aiokafka loop (:mod:`streams.kafka.consumer`) until SIGTERM/SIGINT."""

    async def build() -> WindowRunner:
        runner = await build_runner()
        if on_runner is not None:
            on_runner(runner)
        return runner

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
        return await DirectJudge(settings, build).run(stop)

    return asyncio.run(go())


class EmbeddedWorker:
    """The worker inside the caller's event loop (benchmarks, tests): ``async with EmbeddedWorker(...)``.

    No signal handlers and no faust ``Worker``: the app (or, with ``judge_consumer=aiokafka``, the direct
    loop) starts and stops with the context.
    """

    def __init__(self, settings: Settings, build_runner: Callable[[], Awaitable[WindowRunner]]) -> None:
        self.runner: WindowRunner | None = None

        async def build_and_keep() -> WindowRunner:
            self.runner = await build_runner()
            return self.runner

        self.app = create_app(settings)
        self._build = build_and_keep
        self._settings = settings
        self._stop = asyncio.Event()
        self._direct: asyncio.Task[int] | None = None
        self._judge: DirectJudge | None = None

    async def __aenter__(self) -> EmbeddedWorker:
        await ensure_topics(self._settings.kafka, output_topics(self._settings))
        if self._settings.kafka.judge_consumer == "aiokafka":
            self._judge = DirectJudge(self._settings, self._build)
            self._direct = asyncio.create_task(self._judge.run(self._stop))
            return self
        topics = await resolve_request_topics(self._settings.kafka)
        register_window_agent(self.app, request_topic(self.app, self._settings.kafka, topics), self._build)
        await self.app.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._direct is not None:
            self._stop.set()
            await self._direct
            return
        await self.app.stop()

    @property
    def assigned(self) -> bool:
        """Whether the consumer group has assigned partitions to this worker."""
        if self._judge is not None:
            return self._judge.ready
        try:
            return bool(self.app.consumer.assignment())
        except Exception:  # the consumer is not started yet
            return False

    async def wait_for(
        self, condition: Callable[[WindowRunner], bool], timeout_s: float = 60.0, what: str = "condition"
    ) -> None:
        """Poll ``condition(runner)`` every 50 ms until true; raises TimeoutError naming ``what``."""
        deadline = time.monotonic() + timeout_s
        while self.runner is None or not condition(self.runner):
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out after {timeout_s:.0f} s waiting for {what}")
            await asyncio.sleep(0.05)
