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


def configure_logging(level: str = "INFO") -> None:
    """Send eleanor-streams logs to stderr once; later calls only change the level."""
    root = logging.getLogger("streams")
    root.setLevel(level)
    if any(h.get_name() == _HANDLER_NAME for h in root.handlers):
        return
    handler = _StderrHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    root.propagate = False


def kv(**fields: object) -> str:
    """Render structured context as ``key=value`` pairs for a log line."""
    return " ".join(f"{key}={value}" for key, value in fields.items())
