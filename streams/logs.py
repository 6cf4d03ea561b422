"""Logging set-up: one idempotent call at the entry point, key=value context in messages."""

from __future__ import annotations

import logging
import sys

__all__ = ["configure_logging", "kv"]

_HANDLER_NAME = "eleanor-streams"


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at emit time (test captures swap it between calls)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


# Libraries whose warnings and errors an operator must see with a time and a level: without a handler of
# their own they reach Python's last-resort handler, which prints the bare message (e.g. the Kafka client's
# "Unable connect to node" while the broker is away, in a process faust does not configure).
_LIBRARIES = ("aiokafka",)


def configure_logging(level: str = "INFO") -> None:
    """Send eleanor-streams logs (and the Kafka client's) to stderr once; later calls only change the level."""
    root = logging.getLogger("streams")
    root.setLevel(level)
    if any(h.get_name() == _HANDLER_NAME for h in root.handlers):
        return
    handler = _StderrHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    root.propagate = False
    for name in _LIBRARIES:
        library = logging.getLogger(name)  # its level stays its own (the root's unless faust sets one)
        library.addHandler(handler)
        library.propagate = False


def kv(**fields: object) -> str:
    """Render structured context as ``key=value`` pairs for a log line."""
    return " ".join(f"{key}={value}" for key, value in fields.items())
