"""A test-only critic over a lexicon file (one JSON list of terms): the ruleset change a replay test swaps in,
plugged in by ``ELEANOR_CRITICS__PLUGINS=tests.integration.replay.blocklist:BlocklistCritic``; the file is named
by ``ELEANOR_TEST_BLOCKLIST``."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from streams.models import Finding, Request
from streams.models.finding import Violation

__all__ = ["BLOCKLIST_ENV", "BlocklistCritic"]

BLOCKLIST_ENV = "ELEANOR_TEST_BLOCKLIST"


class BlocklistCritic:
    """CRITICAL (severity 3) when the response names a listed term, INFO otherwise."""

    name = "blocklist"
    inline = True

    def __init__(self) -> None:
        path = os.environ.get(BLOCKLIST_ENV)
        self.terms: list[str] = [t.lower() for t in json.loads(Path(path).read_text())] if path else []

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        out = []
        for request in requests:
            text = request.response.lower()
            hit = next((t for t in self.terms if t in text), None)
            if hit is None:
                out.append(Finding(self.name, 0.0, 0.0, "INFO", rationale="no listed term", confidence=0.9))
            else:
                out.append(
                    Finding(
                        self.name,
                        3.0,
                        1.0,
                        "CRITICAL",
                        violations=(Violation("blocked_term", hit, "response"),),
                        rationale=f"names the blocked term {hit!r}",
                        confidence=0.95,
                    )
                )
        return out
