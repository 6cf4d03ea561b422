"""A worker with a deliberately broken at-least-once path, for the crash test only.

``python -m tests.integration.pipeline.broken_worker worker`` runs the real CLI with one change: a window's
events are acked as soon as the broker acknowledged its verdicts, without waiting for ClickHouse to store
its evidence — the bug of acking before the evidence flush. Offsets can then be committed past evidence
still in the sink's buffer, and a SIGKILL loses it. The crash test must detect that.
"""

from __future__ import annotations

import asyncio
import sys

from streams.cli.main import main
from streams.pipeline.runner import WindowRunner
from streams.sinks.base import Ticket


async def _verdicts_only(publishing: asyncio.Task[None], ticket: Ticket) -> None:
    await publishing  # the evidence ticket is not awaited: the bug


def _break() -> None:
    WindowRunner._delivered = staticmethod(_verdicts_only)  # type: ignore[method-assign]


if __name__ == "__main__":
    _break()
    sys.exit(main(sys.argv[1:]))
