"""Logging set-up: one idempotent call at the entry point, key=value context in messages."""

from __future__ import annotations

import logging
import sys

__all__ = ["configure_logging", "kv"]

_HANDLER_NAME = "eleanor-streams"


def configure_logging(level: str = "INFO") -> None:
    """Send eleanor-streams logs to stderr once; later calls only change the level."""
    root = logging.getLogger("streams")
    root.setLevel(level)
    if any(h.get_name() == _HANDLER_NAME for h in root.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    root.propagate = False


def kv(**fields: object) -> str:
    """Render structured context as ``key=value`` pairs for a log line."""
    return " ".join(f"{key}={value}" for key, value in fields.items())
