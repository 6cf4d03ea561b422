"""The evaluation core's entry point: critics over a window, then aggregation per request.

``Evaluator`` is pure: plain requests in, findings or judgements out. The pipeline calls
:meth:`Evaluator.findings_batch` in a worker thread while precedent retrieval runs, then aggregates each
request with its precedent summary; :meth:`Evaluator.judge_batch` does both in one call (offline judging,
benchmarks) and takes the precedent summaries when a caller has them.

Most traffic is clean: every critic returns its one shared "no signals" finding, so the findings of clean
requests are the *same objects*. :meth:`Evaluator.aggregate` remembers judgements by the identity of the
finding and precedent objects (holding references, so an identity cannot be reused while remembered):
aggregation is deterministic, so a clean request costs a dictionary lookup instead of a full aggregation.
"""

from __future__ import annotations

from collections.abc import Sequence

from streams.aggregation import aggregate
from streams.config import CriticSettings
from streams.critics import Critic, build_critics, ruleset_version, run_critics
from streams.critics.plugins import load_plugins, plugin_ruleset_version
from streams.errors import ConfigError, PrecedentError
from streams.models import Finding, Judgement, PrecedentSummary, Request

__all__ = ["Evaluator"]

_NO_PRECEDENT = PrecedentSummary.none()
MEMO_SIZE = 512


class Evaluator:
    """Runs a fixed list of critics and aggregates their findings, stamping ``ruleset_version``.

    ``memo_size`` bounds the judgement memo (0 disables it); ``timeout_s`` bounds each non-inline critic
    per window (a critic over the limit is reported as errored for that window).
    """

    def __init__(
        self,
        critics: Sequence[Critic],
        ruleset_version: str,
        memo_size: int = MEMO_SIZE,
        timeout_s: float | None = None,
    ) -> None:
        names = [c.name for c in critics]
        if len(set(names)) != len(names):
            raise ConfigError(f"critic names must be unique, got {names}")
        self.critics: tuple[Critic, ...] = tuple(critics)
        self.ruleset_version = ruleset_version
        self._memo_size = memo_size
        self.timeout_s = timeout_s
        self._memo: dict[tuple[int, ...], tuple[tuple[Finding, ...], PrecedentSummary, Judgement]] = {}

    @classmethod
    def from_settings(cls, settings: CriticSettings) -> Evaluator:
        """The built-in critics named in ``settings.enabled``, with the lexicons' ruleset version."""
        if not settings.enabled:
            raise ConfigError("ELEANOR_CRITICS__ENABLED: at least one critic must be enabled")
        critics = [*build_critics(settings.enabled), *load_plugins(settings.plugins)]
        version = plugin_ruleset_version(ruleset_version(), settings.plugins)
        return cls(critics, version, timeout_s=settings.timeout_s)

    @property
    def critic_names(self) -> tuple[str, ...]:
        """Names of the critics, in the order their findings appear."""
        return tuple(c.name for c in self.critics)

    def findings_batch(self, requests: Sequence[Request]) -> list[tuple[Finding, ...]]:
        """Per request, one finding per critic (errored findings for a critic that failed)."""
        if not requests:
            return []
        return run_critics(self.critics, requests, self.timeout_s)

    def judge_batch(
        self, requests: Sequence[Request], precedents: Sequence[PrecedentSummary] | None = None
    ) -> list[Judgement]:
        """Findings and aggregation for a window; ``precedents`` aligned with ``requests`` (default: none)."""
        if precedents is not None and len(precedents) != len(requests):
            raise PrecedentError(f"{len(precedents)} precedent summaries for {len(requests)} requests")
        findings = self.findings_batch(requests)
        if precedents is None:
            return [self.aggregate(f, _NO_PRECEDENT) for f in findings]
        return [self.aggregate(f, p) for f, p in zip(findings, precedents, strict=True)]

    def aggregate(self, findings: tuple[Finding, ...], precedent: PrecedentSummary) -> Judgement:
        """``aggregation.aggregate`` stamped with this ruleset, remembered for recurring finding objects."""
        key = (*map(id, findings), id(precedent))
        hit = self._memo.get(key)
        if hit is not None:
            return hit[2]
        judgement = aggregate(findings, precedent, self.ruleset_version)
        if not self._memo_size:
            return judgement
        if len(self._memo) >= self._memo_size:
            self._memo.clear()
        self._memo[key] = (findings, precedent, judgement)  # the references keep the ids unique
        return judgement
