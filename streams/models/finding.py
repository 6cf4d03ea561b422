"""What one critic says about one request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["LABELS", "Finding", "Label", "Violation", "label_for"]

Label = Literal["INFO", "WARNING", "VIOLATION", "CRITICAL", "ERROR"]
LABELS: tuple[Label, ...] = ("INFO", "WARNING", "VIOLATION", "CRITICAL")


def label_for(score: float) -> Label:
    """Map a 0-1 score to its label (DOMAIN.md): < 0.2 INFO, < 0.45 WARNING, < 0.75 VIOLATION, else CRITICAL."""
    if score < 0.2:
        return "INFO"
    if score < 0.45:
        return "WARNING"
    if score < 0.75:
        return "VIOLATION"
    return "CRITICAL"


@dataclass(frozen=True, slots=True)
class Violation:
    """One matched category with the evidence span that matched it."""

    category: str
    span: str
    where: Literal["prompt", "response", "context", "action"]


@dataclass(frozen=True, slots=True)
class Finding:
    """A critic's finding: severity 0-3, score 0-1, label, violations, rationale, confidence, clauses.

    An errored finding (the critic raised or timed out) has ``errored=True`` and ``label='ERROR'``; its
    severity is not a judgement and aggregation reports it instead of counting it as zero.
    ``raw_severity`` is set by aggregation when the precedent adjustment changed the severity: the critic's
    own value (``severity`` then holds the adjusted one); ``None`` when unchanged or straight from a critic.
    """

    critic: str
    severity: float
    score: float
    label: Label
    violations: tuple[Violation, ...] = ()
    rationale: str = ""
    confidence: float = 0.0
    clauses: tuple[str, ...] = ()
    errored: bool = False
    error: str | None = None
    raw_severity: float | None = None

    @classmethod
    def failed(cls, critic: str, error: str) -> Finding:
        """The finding of a critic that could not judge the request."""
        return cls(
            critic=critic,
            severity=0.0,
            score=0.0,
            label="ERROR",
            rationale=f"critic failed: {error}",
            errored=True,
            error=error,
        )
