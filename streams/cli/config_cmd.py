"""``eleanor-streams config``: print the effective settings, secrets redacted."""

from __future__ import annotations

import argparse

import orjson

from streams.config import Settings

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``config`` subcommand."""
    parser = sub.add_parser("config", help="print the effective settings (secrets redacted)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the settings as indented JSON."""
    print(orjson.dumps(settings.redacted(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode())
    return 0
