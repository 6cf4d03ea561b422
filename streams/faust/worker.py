"""The judge on faust's stream: the app and its window agent, under faust's ``Worker`` or in the caller's loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import faust

from streams.config import Settings
from streams.faust.agent import register_window_agent
from streams.faust.app import create_app, request_topic
from streams.kafka.clients import resolve_request_topics
from streams.logs import kv
from streams.pipeline.runner import WindowRunner

__all__ = ["FaustJudge"]

log = logging.getLogger(__name__)


class FaustJudge:
    """The window agent on a faust app (``ELEANOR_KAFKA__JUDGE_CONSUMER=faust``).

    ``start_runner`` opens the services inside the app's loop (waiting while they are unreachable) and returns
    the window runner. :meth:`run` blocks under faust's ``Worker`` (signals, exit code); :meth:`start` and
    :meth:`stop` run the app in the caller's event loop (benchmarks, tests).
    """

    def __init__(
        self,
        settings: Settings,
        start_runner: Callable[[], Awaitable[WindowRunner]],
        on_runner: Callable[[WindowRunner], None] | None = None,
    ) -> None:
        self._settings = settings
        self._start_runner = start_runner
        self._on_runner = on_runner
        self.app = create_app(settings)

    def _register(self, topics: list[str]) -> None:
        topic = request_topic(self.app, self._settings.kafka, topics)
        register_window_agent(self.app, topic, self._start_runner, self._on_runner)

    def run(self) -> int:
        """Run under faust's ``Worker`` until SIGTERM/SIGINT; returns the exit code."""
        kafka = self._settings.kafka
        topics = asyncio.run(resolve_request_topics(kafka))
        self._register(topics)
        worker = faust.Worker(
            self.app,
            loglevel=self._settings.log_level,
            quiet=True,
            redirect_stdouts=False,
            # faust's own console/web extras stay off: nothing may bind a public port.
        )
        log.info(
            "worker starting %s", kv(bootstrap=kafka.bootstrap, topics=",".join(topics), group=kafka.consumer_group)
        )
        try:
            worker.execute_from_commandline()
        except SystemExit as exc:
            return int(exc.code or 0) if isinstance(exc.code, int | None) else 1
        return 0

    async def start(self) -> None:
        """Start the app in the running loop."""
        self._register(await resolve_request_topics(self._settings.kafka))
        await self.app.start()

    async def stop(self) -> None:
        """Stop the app (the agent flushes and acks its windows on the way out)."""
        await self.app.stop()

    @property
    def ready(self) -> bool:
        """Whether the consumer group has assigned partitions to this worker."""
        try:
            return bool(self.app.consumer.assignment())
        except Exception:  # the consumer is not started yet
            return False
