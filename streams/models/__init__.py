"""Plain data types of eleanor-streams: requests, findings, judgements, verdicts, dead letters."""

from streams.models.critics import CRITICS
from streams.models.dlq import DeadLetter
from streams.models.finding import LABELS, Finding, Label, Violation, label_for
from streams.models.request import JUDGED_CONTEXT_FIELDS, ModelRef, ProposedAction, Request, SourceRef
from streams.models.verdict import (
    DECISION_VALUES,
    Decision,
    Dissent,
    Judgement,
    Light,
    PrecedentMatch,
    PrecedentSummary,
    Tier,
    Uncertainty,
    Verdict,
)

__all__ = [
    "CRITICS",
    "DECISION_VALUES",
    "JUDGED_CONTEXT_FIELDS",
    "LABELS",
    "DeadLetter",
    "Decision",
    "Dissent",
    "Finding",
    "Judgement",
    "Label",
    "Light",
    "ModelRef",
    "PrecedentMatch",
    "PrecedentSummary",
    "ProposedAction",
    "Request",
    "SourceRef",
    "Tier",
    "Uncertainty",
    "Verdict",
    "Violation",
    "label_for",
]
