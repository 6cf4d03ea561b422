"""The naive baseline of the critics benchmark: the same critics, matched the slow, obvious way.

Every pattern of every critic and cue is a separate compiled ``re`` pattern; each request is judged alone,
one ``re.search`` per pattern per text. Hits feed the very same scoring code as the real critics, so the
two produce identical findings (a unit test checks it) and only the matching strategy differs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.aggregation import aggregate
from streams.critics.builtin import BUILTIN_CRITICS
from streams.critics.lexicon import Lexicons, load_lexicons, ruleset_version
from streams.critics.matcher import RequestScan, Scanner, finish_scan, request_texts
from streams.critics.privacy import PrivacyCritic
from streams.critics.scoring import LexiconCritic
from streams.models import Finding, Judgement, PrecedentSummary, Request

__all__ = ["NaiveCritics"]


class NaiveCritics:
    """Seven critics judged one request at a time with one ``re.search`` per pattern."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or load_lexicons()
        scanner = Scanner(lexicons)  # only for the pattern table, spans and validators
        self._refs = scanner.refs
        self._cancels = lexicons.cancels
        self._patterns = [re.compile(ref.source, re.ASCII | re.IGNORECASE) for ref in scanner.refs]
        self.critics: list[LexiconCritic] = [
            (PrivacyCritic if name == "privacy" else LexiconCritic)(lexicons.critics[name], scanner, lexicons.profiles)
            for name in BUILTIN_CRITICS
        ]
        self.ruleset_version = ruleset_version()

    def scan(self, request: Request) -> RequestScan:
        """Every pattern searched in every text of one request."""
        texts = request_texts(request)
        hits: dict[str, list[tuple[int, int, int]]] = {}
        cue_at: dict[str, list[tuple[int, int]]] = {}
        for where, text in enumerate(texts):
            if not text:
                continue
            for pid, pattern in enumerate(self._patterns):
                match = pattern.search(text)
                if match is None:
                    continue
                ref = self._refs[pid]
                if ref.cue:
                    cue_at.setdefault(ref.cue, []).append((where, match.end()))
                else:
                    hits.setdefault(ref.critic, []).append((pid, where, match.end()))
        return finish_scan(texts, hits, cue_at, self._cancels)

    def findings(self, request: Request) -> tuple[Finding, ...]:
        """One finding per critic for one request."""
        scan = self.scan(request)
        return tuple(critic.judge_scan(request, scan) for critic in self.critics)

    def judge_each(self, requests: Sequence[Request]) -> list[Judgement]:
        """Judge requests one at a time (no batching, no memo)."""
        none = PrecedentSummary.none()
        return [aggregate(self.findings(r), none, self.ruleset_version) for r in requests]
