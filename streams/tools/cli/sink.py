"""``eleanor-streams sink``: the evidence writer — the verdict, DLQ and window topics into ClickHouse."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal

from streams.config import Settings

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``sink`` subcommand."""
    sink = sub.add_parser(
        "sink",
        help="run the evidence writer: store verdicts, findings, windows and dead letters in ClickHouse",
        description="Reads the verdict, DLQ and window topics in its own consumer group"
        " (ELEANOR_KAFKA__EVIDENCE_GROUP),"
        " bulk-inserts them into ClickHouse and commits only after ClickHouse acknowledged. Run one next to the"
        " judge workers; SIGTERM stores what it holds, then exits.",
    )
    sink.add_argument(
        "--exit-when-idle",
        type=float,
        metavar="S",
        help="exit once everything read is stored and nothing new arrived for S seconds (catch-up runs)",
    )
    sink.set_defaults(func=_sink)


def _sink(args: argparse.Namespace, settings: Settings) -> int:
    from streams.wiring.services import run_evidence_writer

    async def go() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        writer = await run_evidence_writer(settings, stop, idle_exit_s=args.exit_when_idle)
        rows = ", ".join(f"{table} {count:,}" for table, count in writer.stats.rows.items())
        print(f"evidence writer stored {writer.stats.messages:,} messages in {writer.stats.batches:,} batches: {rows}")
        return 0 if writer.batch.count == 0 else 1

    return asyncio.run(go())
