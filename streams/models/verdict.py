"""Precedent summaries, judgements and verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from streams.models.finding import Finding, Label
from streams.models.request import SourceRef

__all__ = [
    "DECISION_VALUES",
    "Decision",
    "Dissent",
    "Judgement",
    "Light",
    "PrecedentMatch",
    "PrecedentSummary",
    "Tier",
    "Uncertainty",
    "Verdict",
]

Decision = Literal["allow", "constrained_allow", "escalate", "deny"]
Light = Literal["GREEN", "AMBER", "RED"]
Tier = Literal["none", "TIER_2", "TIER_3"]

# Alignment value of a past decision (DOMAIN.md).
DECISION_VALUES: dict[str, float] = {"allow": 1.0, "constrained_allow": 0.5, "escalate": 0.0, "deny": -1.0}


@dataclass(frozen=True, slots=True)
class PrecedentMatch:
    """One similar past case."""

    case_id: str
    similarity: float
    decision: Decision


@dataclass(frozen=True, slots=True)
class PrecedentSummary:
    """What precedent says about a request.

    ``alignment`` in [-1, 1] (similarity-weighted mean of past decisions), ``conflict`` (weighted variance of
    those values), ``novel`` when no match reached the threshold, ``mean_severity`` of the matches (for
    drift), ``matches`` best first.
    """

    alignment: float = 0.0
    conflict: float = 0.0
    novel: bool = True
    mean_severity: float | None = None
    matches: tuple[PrecedentMatch, ...] = ()

    @classmethod
    def none(cls) -> PrecedentSummary:
        """No precedent available (retrieval disabled or no store)."""
        return cls()


@dataclass(frozen=True, slots=True)
class Uncertainty:
    """Uncertainty split as DOMAIN.md defines it."""

    overall: float
    epistemic: float
    aleatoric: float
    divergence: float
    drift: float


@dataclass(frozen=True, slots=True)
class Dissent:
    """A critic whose own label disagrees with the decision, kept verbatim."""

    critic: str
    label: Label
    severity: float
    rationale: str


@dataclass(frozen=True, slots=True)
class Judgement:
    """Everything decided from a request's content alone (what the cache stores)."""

    decision: Decision
    light: Light
    escalation_tier: Tier
    requires_human_review: bool
    max_severity: float
    mean_severity: float
    findings: tuple[Finding, ...]
    precedent: PrecedentSummary
    uncertainty: Uncertainty
    dissent: tuple[Dissent, ...]
    errored_critics: tuple[str, ...]
    ruleset_version: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """A judgement stamped with the request's identity and how it was produced (schemas/verdict.v1.json)."""

    request_id: str
    tenant: str
    judgement: Judgement
    engine_version: str
    window_id: str
    source: SourceRef | None
    latency_ms: float
    evaluated_at: float
    request_timestamp: float | None = None
    cache_hit: bool = False
    extra: dict[str, str] = field(default_factory=dict)
