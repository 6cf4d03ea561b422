"""The naive baseline of the critics benchmark: the same critics, computed the slow, obvious way.

Lexicon matching: every pattern of every critic and cue is a separate compiled ``re`` pattern, one
``re.search`` per pattern per text. Hits feed the very same scoring code as the real critics, so the
lexicon findings are identical (a unit test checks it) and only the matching strategy differs.

Learned critics (:meth:`NaiveCritics.judge_each_semantic`): each request alone — embedded alone, scanned
naively, its feature row built and multiplied alone, its findings and judgement made alone — with the
same model, so the findings match the batched path's (the benchmark checks it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from streams.aggregation import aggregate
from streams.critics.builtin import BUILTIN_CRITICS
from streams.critics.lexicon import Lexicons, load_lexicons, ruleset_version
from streams.critics.matcher import RequestScan, Scanner, finish_scan, request_texts
from streams.critics.privacy import PrivacyCritic
from streams.critics.scoring import LexiconCritic
from streams.models import Finding, Judgement, PrecedentSummary, Request

__all__ = ["NaiveCritics"]


class _NaiveLexicon:
    """One lexicon critic judged through the naive scan (for the learned critics' per-event baseline)."""

    inline = True

    def __init__(self, owner: NaiveCritics, index: int) -> None:
        self.name = owner.critics[index].name
        self._owner, self._index = owner, index

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        return [self._owner.findings(r)[self._index] for r in requests]


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
        self._last: tuple[Request, tuple[Finding, ...]] | None = None

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
        """One lexicon finding per critic for one request (the last request's are remembered)."""
        last = self._last
        if last is not None and last[0] is request:
            return last[1]
        scan = self.scan(request)
        out = tuple(critic.judge_scan(request, scan) for critic in self.critics)
        self._last = (request, out)
        return out

    def judge_each(self, requests: Sequence[Request]) -> list[Judgement]:
        """Judge requests one at a time with the lexicon critics (no batching, no memo)."""
        none = PrecedentSummary.none()
        return [aggregate(self.findings(r), none, self.ruleset_version) for r in requests]

    def semantic_judge(self, model: Any, embedder: Any) -> Any:
        """A learned-critic judge whose lexicon features come from this naive scan."""
        from streams.critics.semantic import SemanticJudge  # noqa: PLC0415 - the lexicon baseline needs no model

        return SemanticJudge(model, [_NaiveLexicon(self, i) for i in range(len(self.critics))], embedder)

    def judge_each_semantic(self, requests: Sequence[Request], judge: Any, ruleset: str) -> list[Judgement]:
        """Judge requests one at a time with the learned critics: embed, scan, features, model, aggregate."""
        none = PrecedentSummary.none()
        out = []
        for request in requests:
            one = [request]
            findings = tuple(judge.findings(k, one, None)[0] for k in range(len(self.critics)))
            out.append(aggregate(findings, none, ruleset))
        return out
