"""Run the stream processor: the Faust app, the window agent and the services, until SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import faust

from streams.agents import register_window_agent
from streams.app import create_app, request_topic
from streams.config import Settings
from streams.logs import kv
from streams.pipeline.runner import WindowRunner
from streams.pipeline.streaming_io import ensure_topics

__all__ = ["output_topics", "run_worker"]

log = logging.getLogger(__name__)


def output_topics(settings: Settings) -> list[str]:
    """Topics the worker writes to, plus the request topics when given as a list."""
    kafka = settings.kafka
    inputs = [] if kafka.request_pattern else list(kafka.request_topics)
    return [*inputs, kafka.verdict_topic, kafka.escalation_topic, kafka.dlq_topic]


def run_worker(
    settings: Settings,
    build_runner: Callable[[], Awaitable[WindowRunner]],
    on_runner: Callable[[WindowRunner], None] | None = None,
) -> int:
    """Run until stopped; returns the exit code. ``build_runner`` opens the services inside the worker's loop
    (:func:`streams.pipeline.services.build_runner` in production)."""
    asyncio.run(ensure_topics(settings.kafka, output_topics(settings)))
    app = create_app(settings)
    register_window_agent(app, request_topic(app, settings.kafka), build_runner, on_runner)
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
            topics=settings.kafka.request_pattern or ",".join(settings.kafka.request_topics),
            group=settings.kafka.consumer_group,
        ),
    )
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int | None) else 1
    return 0
