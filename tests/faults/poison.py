"""A test-only critic that raises or hangs on marked inputs (a poison pill), plugged in by import path:
``ELEANOR_CRITICS__PLUGINS=tests.faults.poison:PoisonCritic``."""

from __future__ import annotations

import time
from collections.abc import Sequence

from streams.models import Finding, Request

__all__ = ["HANG", "HANG_S", "RAISE", "PoisonCritic"]

RAISE = "POISON-RAISE"
HANG = "POISON-HANG"
HANG_S = 4.0  # longer than the scenario's critic timeout, short enough that the critic comes back


class PoisonCritic:
    """Clean findings, except: a window holding ``RAISE`` raises, one holding ``HANG`` sleeps ``HANG_S``."""

    name = "poison"

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        if any(RAISE in r.prompt for r in requests):
            raise RuntimeError("poison pill swallowed")
        if any(HANG in r.prompt for r in requests):
            time.sleep(HANG_S)
        return [Finding(self.name, 0.0, 0.0, "INFO", rationale="nothing to say") for _ in requests]
