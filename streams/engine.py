"""The evaluation core's entry point: critics over a window, then aggregation per request.

``Evaluator`` is pure: plain requests in, findings or judgements out. The pipeline calls
:meth:`Evaluator.findings_batch` in a worker thread while precedent retrieval runs, then aggregates each
request with its precedent summary; :meth:`Evaluator.judge_batch` does both in one call (offline judging,
benchmarks) and takes the precedent summaries when a caller has them.
"""

from __future__ import annotations

from collections.abc import Sequence

from streams.aggregation import aggregate
from streams.config import CriticSettings
from streams.critics import Critic, build_critics, ruleset_version, run_critics
from streams.errors import ConfigError
from streams.models import Finding, Judgement, PrecedentSummary, Request

__all__ = ["Evaluator"]

_NO_PRECEDENT = PrecedentSummary.none()


class Evaluator:
    """Runs a fixed list of critics and aggregates their findings, stamping ``ruleset_version``."""

    def __init__(self, critics: Sequence[Critic], ruleset_version: str) -> None:
        names = [c.name for c in critics]
        if len(set(names)) != len(names):
            raise ConfigError(f"critic names must be unique, got {names}")
        self.critics: tuple[Critic, ...] = tuple(critics)
        self.ruleset_version = ruleset_version

    @classmethod
    def from_settings(cls, settings: CriticSettings) -> Evaluator:
        """The built-in critics named in ``settings.enabled``, with the lexicons' ruleset version."""
        if not settings.enabled:
            raise ConfigError("ELEANOR_CRITICS__ENABLED: at least one critic must be enabled")
        return cls(build_critics(settings.enabled), ruleset_version())

    @property
    def critic_names(self) -> tuple[str, ...]:
        """Names of the critics, in the order their findings appear."""
        return tuple(c.name for c in self.critics)

    def findings_batch(self, requests: Sequence[Request]) -> list[tuple[Finding, ...]]:
        """Per request, one finding per critic (errored findings for a critic that failed)."""
        if not requests:
            return []
        return run_critics(self.critics, requests)

    def judge_batch(
        self, requests: Sequence[Request], precedents: Sequence[PrecedentSummary] | None = None
    ) -> list[Judgement]:
        """Findings and aggregation for a window; ``precedents`` aligned with ``requests`` (default: none)."""
        if precedents is not None and len(precedents) != len(requests):
            raise ValueError(f"{len(precedents)} precedent summaries for {len(requests)} requests")
        findings = self.findings_batch(requests)
        version = self.ruleset_version
        if precedents is None:
            return [aggregate(f, _NO_PRECEDENT, version) for f in findings]
        return [aggregate(f, p, version) for f, p in zip(findings, precedents, strict=True)]
