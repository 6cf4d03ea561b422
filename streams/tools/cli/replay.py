"""``eleanor-streams replay``: re-judge a time range of requests with the current ruleset, print the diff."""

from __future__ import annotations

import argparse
import asyncio
import re
import time
from datetime import datetime

from streams.config import Settings
from streams.errors import ConfigError

__all__ = ["parse_duration", "parse_time", "register"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """``90s``, ``15m``, ``2h``, ``1d`` (or plain seconds) as seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if match is None:
        raise ConfigError(f"--since {text!r}: expected a duration like 90s, 15m, 2h or 1d")
    return float(match.group(1)) * _UNITS[match.group(2) or "s"]


def parse_time(text: str) -> float:
    """Epoch seconds, or an ISO 8601 / RFC 3339 time (UTC when no offset is given)."""
    try:
        return float(text)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f"{text!r}: expected epoch seconds or a time like 2026-12-03T14:00:00Z") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.now().astimezone().tzinfo).astimezone()
    return moment.timestamp()


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``replay`` subcommand."""
    parser = sub.add_parser(
        "replay",
        help="re-judge a time range of the request topics with the current ruleset; print the diff",
        description="Reads the request topics for the range by timestamp (no consumer group: live offsets do not"
        " move), judges with the current critics and precedents, publishes the verdicts to the shadow topic"
        " (ELEANOR_REVIEW__SHADOW_TOPIC; the evidence writer stores them in `replays`) and prints the light"
        " transitions against the verdicts decided then, and the first changed requests.",
    )
    span = parser.add_mutually_exclusive_group(required=True)
    span.add_argument("--since", metavar="DURATION", help="the last DURATION, e.g. 2h")
    span.add_argument("--from", dest="start", metavar="T", help="start time (epoch seconds or ISO 8601)")
    parser.add_argument("--to", dest="end", metavar="T", help="end time with --from (default: now)")
    parser.add_argument(
        "--ruleset", choices=("current",), default="current", help="the ruleset to judge with (the configured one)"
    )
    parser.add_argument("--show", type=int, default=20, help="changed requests listed")
    parser.set_defaults(func=_replay)


def _replay(args: argparse.Namespace, settings: Settings) -> int:
    from streams.replay.runner import run_replay

    now = time.time()
    if args.since:
        start, end = now - parse_duration(args.since), now
    else:
        start, end = parse_time(args.start), parse_time(args.end) if args.end else now
    if end <= start:
        raise ConfigError("replay: the end of the range must come after its start")
    report = asyncio.run(run_replay(settings, start, end, keep=args.show))
    print(report.render())
    return 0
