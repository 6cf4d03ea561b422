"""Entry point of the ``eleanor-streams`` command: builds Settings once and dispatches subcommands.

Each subcommand lives in its own module under ``streams/tools/cli/`` and exposes ``register(subparsers)``;
the parser it adds sets ``func(args, settings) -> exit code``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from streams import __version__
from streams.config import load_settings
from streams.errors import ConfigError, EleanorError
from streams.logs import configure_logging

__all__ = ["DefaultsHelpFormatter", "build_parser", "main"]

COMMAND_MODULES = (
    "streams.tools.cli.config_cmd",
    "streams.tools.cli.stack",
    "streams.tools.cli.evaluate",
    "streams.tools.cli.critics",
    "streams.tools.cli.precedents",
    "streams.tools.cli.db",
    "streams.tools.cli.pipeline",
    "streams.tools.cli.sink",
    "streams.tools.cli.bench",
    "streams.tools.cli.review",
    "streams.tools.cli.replay",
)


class DefaultsHelpFormatter(argparse.HelpFormatter):
    """Appends ``(default: X)`` to an option's help when it has a real default the help does not state."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        if text is None or "default" in text or not action.option_strings:
            return text
        if action.default in (None, False, argparse.SUPPRESS):
            return text
        return f"{text} (default: %(default)s)"


class _Parser(argparse.ArgumentParser):
    """Every (sub)command parser shows option defaults in its help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DefaultsHelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every subcommand registered."""
    parser = _Parser(
        prog="eleanor-streams",
        description="Govern AI traffic on Kafka: critics and precedent judge every interaction.",
    )
    parser.add_argument("--version", action="version", version=f"eleanor-streams {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # not built yet in this checkout
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; returns the process exit code (2 for usage or settings errors)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"eleanor-streams: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    try:
        code: int = args.func(args, settings)
    except EleanorError as exc:
        print(f"eleanor-streams {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
