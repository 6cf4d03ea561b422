"""``eleanor-streams worker | publish | tail | demo``: run the processor, feed it, watch it, try it."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import orjson

from streams.config import Settings
from streams.errors import EleanorError
from streams.tools.workload import DEFAULT_PRECEDENT_SHARE, DEFAULT_REPEAT_SHARE

__all__ = ["register"]

_SEED = 7
_MALFORMED_SHARE = 0.02
_GENERATOR_OPTIONS = ("seed", "malformed", "repeats", "precedent_like")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``worker``, ``publish``, ``tail`` and ``demo`` subcommands."""
    worker = sub.add_parser("worker", help="run the stream processor (settings from ELEANOR_* variables)")
    worker.set_defaults(func=_worker)

    publish = sub.add_parser("publish", help="publish requests (a JSONL file or generated ones)")
    source = publish.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, help="JSON Lines file, one request per line ('-' = stdin)")
    source.add_argument("--generate", type=int, metavar="N", help="publish N realistic generated requests")
    publish.add_argument("--topic", help="target topic (default: the first request topic)")
    # The generator options default to None so that giving one with a FILE can be refused; the help states
    # the value used when they are left out.
    publish.add_argument("--seed", type=int, help=f"generator seed (with --generate; default {_SEED})")
    publish.add_argument(
        "--malformed",
        type=float,
        help=f"share of malformed generated lines (with --generate; default {_MALFORMED_SHARE})",
    )
    publish.add_argument(
        "--repeats",
        type=float,
        help=f"share of generated requests repeating an earlier one (with --generate; default {DEFAULT_REPEAT_SHARE})",
    )
    publish.add_argument(
        "--precedent-like",
        type=float,
        help=f"share of generated requests like seed cases (with --generate; default {DEFAULT_PRECEDENT_SHARE})",
    )
    publish.set_defaults(func=_publish)

    tail = sub.add_parser("tail", help="print verdicts published from now on (--from-beginning: the whole topic)")
    tail.add_argument("--topic", help="topic to read (default: the verdict topic)")
    tail.add_argument(
        "--from-beginning",
        action="store_true",
        help="print the topic's history too, not only messages stamped after tail started",
    )
    tail.add_argument("--max", type=int, dest="max_messages", help="stop after printing N messages")
    tail.add_argument("--timeout", type=float, help="stop after S seconds without a message")
    tail.add_argument("--json", action="store_true", help="print each message as raw JSON")
    tail.set_defaults(func=_tail)

    demo = sub.add_parser("demo", help="start the local stack, run the worker on generated traffic, summarise")
    demo.add_argument("--events", type=int, default=10_000, help="requests to publish")
    demo.add_argument("--keep", action="store_true", help="leave the local stack running afterwards")
    demo.add_argument("--workers", type=int, default=1, help="judge workers in the consumer group (one per core)")
    demo.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        help="give up waiting for the outputs after S seconds (stack start-up, worker warm-up and the"
        " precedent load come on top)",
    )
    demo.set_defaults(func=_demo)


def _worker(args: argparse.Namespace, settings: Settings) -> int:
    from streams.wiring.services import build_runner
    from streams.wiring.worker import run_worker

    return run_worker(settings, lambda: build_runner(settings))


def _lines(path: Path) -> list[bytes]:
    handle = sys.stdin.buffer if str(path) == "-" else path.open("rb")
    with handle:
        return [line.rstrip(b"\r\n") for line in handle if line.strip()]


def _publish(args: argparse.Namespace, settings: Settings) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from streams.kafka.clients import ensure_topics
    from streams.tools.topic_io import publish_payloads

    topic = args.topic or settings.kafka.request_topics[0]
    if args.generate is None:
        given = [f"--{name.replace('_', '-')}" for name in _GENERATOR_OPTIONS if getattr(args, name) is not None]
        if given:
            print(
                f"eleanor-streams publish: {', '.join(given)} apply only with --generate, not with a FILE",
                file=sys.stderr,
            )
            return 2
    if args.generate is not None:
        from streams.tools.workload import generate_requests

        # an out-of-range share raises ConfigError, which main() reports like any other EleanorError
        payloads = generate_requests(
            args.generate,
            seed=_SEED if args.seed is None else args.seed,
            malformed_share=_MALFORMED_SHARE if args.malformed is None else args.malformed,
            repeat_share=DEFAULT_REPEAT_SHARE if args.repeats is None else args.repeats,
            precedent_share=DEFAULT_PRECEDENT_SHARE if args.precedent_like is None else args.precedent_like,
        )
    else:
        try:
            payloads = _lines(args.file)
        except OSError as exc:
            raise EleanorError(f"cannot read {args.file}: {exc.strerror}") from exc
    columns = (TextColumn("publishing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task("publish", total=len(payloads))

        async def go() -> float:
            await ensure_topics(settings.kafka, [topic])
            report = await publish_payloads(
                settings.kafka, topic, payloads, on_progress=lambda n: progress.advance(task, n)
            )
            return report.per_s

        rate = asyncio.run(go())
    print(f"published {len(payloads):,} messages to {topic} at {rate:,.0f} msg/s")
    return 0


def _tail(args: argparse.Namespace, settings: Settings) -> int:
    from streams.tools.topic_io import read_topic

    topic = args.topic or settings.kafka.verdict_topic

    # The topic is read from its earliest offset: seeking to the end needs ListOffsets(latest), which the
    # local broker answers wrongly. Without --from-beginning, messages stamped before tail started are
    # read and skipped (the record timestamp is the producer's clock).
    started = 0.0 if args.from_beginning else time.time()

    async def go() -> int:
        count = 0
        # leaving the loop early is fine: asyncio.run closes the reader, which stops its consumer
        async for message in read_topic(settings.kafka, topic, idle_timeout_s=args.timeout):
            if message.timestamp_s < started:
                continue
            count += 1
            if args.json:
                print(message.value.decode("utf-8", "replace"), flush=True)
            else:
                print(_one_line(message.value, message.partition, message.offset), flush=True)
            if args.max_messages is not None and count >= args.max_messages:
                break
        return count

    try:
        asyncio.run(go())
    except KeyboardInterrupt:
        return 0
    return 0


def _one_line(value: bytes, partition: int, offset: int) -> str:
    try:
        doc = orjson.loads(value)
    except orjson.JSONDecodeError:
        return f"[{partition}:{offset}] (not JSON, {len(value)} bytes)"
    if not isinstance(doc, dict):
        return f"[{partition}:{offset}] {value[:120]!r}"
    if "light" in doc:
        worst = ", ".join(
            f"{f['critic']}={f['label']}" for f in doc.get("findings", []) if f.get("label") not in ("INFO", None)
        )
        return (
            f"[{partition}:{offset}] {doc.get('request_id')} {doc['light']:<5} {doc.get('decision'):<17}"
            f" tier={doc.get('escalation_tier')} {worst}"
        )
    if "reason" in doc:
        return f"[{partition}:{offset}] DLQ {doc.get('request_id')} {doc['reason']}: {doc.get('detail')}"
    return f"[{partition}:{offset}] {value[:160].decode('utf-8', 'replace')}"


def _demo(args: argparse.Namespace, settings: Settings) -> int:
    from streams.tools.demo import run_demo

    if args.workers < 1:
        print("eleanor-streams demo: --workers must be at least 1", file=sys.stderr)
        return 2
    return run_demo(settings, events=args.events, keep=args.keep, timeout_s=args.timeout, workers=args.workers)
