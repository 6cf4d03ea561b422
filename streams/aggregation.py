"""Aggregation: the critics' findings and the precedent summary become one judgement (DOMAIN.md).

Pure and deterministic: the same findings, precedent and ruleset give the same judgement; the decision,
light, tier and statistics do not even depend on the order of the findings (only the order of the
findings and dissent lists does). Precedent numbers outside their documented ranges are clamped first
(a non-finite mean severity counts as unknown). The rules, in the order they apply:

1. **Precedent adjustment**, per healthy finding: alignment ``a < 0`` (similar cases were denied) →
   severity * (1 + |a|); ``a > 0`` → severity * (1 - 0.3·a); clamped to 0-3. The critic's own severity
   stays visible as ``Finding.raw_severity`` when the adjustment changed it (None otherwise, so the
   common unadjusted finding is passed through without a copy); ``severity`` is the adjusted value. A
   *novel* case has no match above the similarity threshold, so its alignment and conflict are undefined
   and taken as 0. A severity outside 0-3 is clamped first (a critic bug, not an adjustment).
2. **Uncertainty** (all in 0-1): divergence = population variance of the adjusted severities / 2.25 (the
   largest variance values in 0-3 can have); drift = |mean raw severity - precedent.mean_severity| / 3,
   0 when the case is novel or the precedents' mean severity is unknown (raw, because the adjusted values
   already lean towards the precedent and would hide the very distance drift measures); epistemic =
   0.6·divergence + 0.4·drift; aleatoric = precedent conflict; overall = 0.5·epistemic + 0.4·aleatoric
   + 0.1·novel.
3. **Decision** — the most severe finding decides, never the first in a list:
   deny if any adjusted severity ≥ 2.5; else escalate if a TIER_3 clause was raised, or overall
   uncertainty ≥ 0.6 with mean severity ≥ 1.0, or precedent conflict ≥ 0.75; else constrained_allow if
   mean severity ≥ 1.0 or any severity ≥ 2.0; else allow. Then two floors:
   - **errored critics**: a judgement missing any critic's finding (it raised, timed out, or reported a
     non-finite severity), or with no healthy finding at all, is at least *escalate* unless a healthy
     critic already denies. The missing critic might have denied, so an allow or constrained_allow
     would be a guess; a human acknowledges it (TIER_2) instead. Errored findings are excluded from every
     severity statistic (never counted as 0) and listed in ``errored_critics``. Such a judgement is
     incomplete: callers should not cache it.
   - a **TIER_2 clause** lifts allow to constrained_allow (a critic asks for acknowledgement).
4. **Light**: allow → GREEN; constrained_allow, escalate → AMBER; deny → RED.
5. **Escalation tier**: TIER_3 for deny or a TIER_3 clause; TIER_2 for escalate, a TIER_2 clause, or
   constrained_allow with a VIOLATION-or-CRITICAL finding; none otherwise. requires_human_review = tier
   is not none.
6. **Dissent**: every healthy critic whose own label disagrees with the decision (VIOLATION or CRITICAL
   under allow, INFO under deny), in input order, with its own label, raw severity and rationale verbatim.

**Clause format** (what critics put in ``Finding.clauses``): ``"<TIER>:<code>"`` — a clause starting with
``TIER_3`` (e.g. ``"TIER_3:P4"``) demands human determination, one starting with ``TIER_2`` (e.g.
``"TIER_2:P2"``) demands acknowledgement; any other clause (e.g. ``"P1"``) is informational and carried
in the verdict without effect on the decision.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from streams.models import (
    Decision,
    Dissent,
    Finding,
    Judgement,
    Light,
    PrecedentSummary,
    Tier,
    Uncertainty,
)

__all__ = [
    "CONFLICT_ESCALATE",
    "DENY_SEVERITY",
    "adjust_severity",
    "aggregate",
    "clause_tier",
]

MAX_SEVERITY = 3.0
MAX_VARIANCE = 2.25  # (3 / 2) ** 2: half the values at 0 and half at 3
DENY_SEVERITY = 2.5
CONSTRAIN_SEVERITY = 2.0
CONSTRAIN_MEAN = 1.0
UNCERTAINTY_ESCALATE = 0.6
CONFLICT_ESCALATE = 0.75
LIGHTS: dict[Decision, Light] = {
    "allow": "GREEN",
    "constrained_allow": "AMBER",
    "escalate": "AMBER",
    "deny": "RED",
}
_SERIOUS = ("VIOLATION", "CRITICAL")


def _bounded(value: float | None, low: float, high: float) -> float:
    """Clamp to [low, high]; a missing or non-finite value counts as 0 (no information) before clamping."""
    if value is None or not math.isfinite(value):
        value = 0.0
    return min(high, max(low, value))


def _sanitized(precedent: PrecedentSummary) -> PrecedentSummary:
    """The summary with every number in its documented range (floating-point noise, a buggy store)."""
    mean = precedent.mean_severity
    if (  # the common case, every number already in range (NaN fails each comparison): nothing to clamp
        -1.0 <= precedent.alignment <= 1.0
        and 0.0 <= precedent.conflict <= 1.0
        and (mean is None or 0.0 <= mean <= MAX_SEVERITY)
        and all(-1.0 <= m.similarity <= 1.0 for m in precedent.matches)
    ):
        return precedent
    alignment = _bounded(precedent.alignment, -1.0, 1.0)
    conflict = _bounded(precedent.conflict, 0.0, 1.0)
    mean = precedent.mean_severity
    if mean is not None:
        mean = _bounded(mean, 0.0, MAX_SEVERITY) if math.isfinite(mean) else None
    matches = precedent.matches
    if any(not -1.0 <= m.similarity <= 1.0 for m in matches):
        matches = tuple(replace(m, similarity=_bounded(m.similarity, -1.0, 1.0)) for m in matches)
    if (alignment, conflict, mean, matches) == (
        precedent.alignment,
        precedent.conflict,
        precedent.mean_severity,
        precedent.matches,
    ):
        return precedent
    return replace(precedent, alignment=alignment, conflict=conflict, mean_severity=mean, matches=matches)


def clause_tier(clause: str) -> Tier:
    """The tier a clause demands: ``TIER_3...`` → TIER_3, ``TIER_2...`` → TIER_2, else none."""
    if clause.startswith("TIER_3"):
        return "TIER_3"
    if clause.startswith("TIER_2"):
        return "TIER_2"
    return "none"


def adjust_severity(severity: float, alignment: float) -> float:
    """Precedent adjustment of one severity (DOMAIN.md rule 1), clamped to 0-3."""
    if alignment < 0:
        severity *= 1.0 - alignment
    elif alignment > 0:
        severity *= 1.0 - 0.3 * alignment
    return min(MAX_SEVERITY, max(0.0, severity))


def _split(findings: Sequence[Finding], alignment: float) -> tuple[list[Finding], list[Finding]]:
    """All findings (adjusted, input order) and the healthy ones among them.

    A finding the adjustment leaves unchanged is passed through as is (no copy: this runs for every
    critic of every request); one it changes is copied with the critic's value in ``raw_severity``.
    """
    out: list[Finding] = []
    healthy: list[Finding] = []
    for given in findings:
        finding = given
        severity = finding.severity
        if finding.errored or not math.isfinite(severity):
            if not (finding.errored and finding.label == "ERROR" and severity == 0.0 and finding.raw_severity is None):
                error = finding.error if finding.errored else f"severity {severity!r} is not a finite number"
                finding = replace(finding, severity=0.0, label="ERROR", errored=True, error=error, raw_severity=None)
            out.append(finding)
            continue
        raw = min(MAX_SEVERITY, max(0.0, severity))  # out of range is a critic bug, not a judgement
        adjusted = adjust_severity(raw, alignment)
        if adjusted != severity:  # built directly: dataclasses.replace costs several times more
            finding = Finding(
                critic=finding.critic,
                severity=adjusted,
                score=finding.score,
                label=finding.label,
                violations=finding.violations,
                rationale=finding.rationale,
                confidence=finding.confidence,
                clauses=finding.clauses,
                error=finding.error,
                raw_severity=raw if adjusted != raw else None,
            )
        out.append(finding)
        healthy.append(finding)
    return out, healthy


def _raw(finding: Finding) -> float:
    """The critic's own severity (before the precedent adjustment)."""
    return finding.severity if finding.raw_severity is None else finding.raw_severity


def _uncertainty_of(
    severities: Sequence[float],
    mean: float,
    healthy: Sequence[Finding],
    precedent: PrecedentSummary,
    conflict: float,
) -> Uncertainty:
    """Rule 2; ``severities`` are the healthy findings' (adjusted) severities and ``mean`` their fsum mean."""
    count = len(severities)
    variance = math.fsum([(s - mean) ** 2 for s in severities]) / count if count else 0.0
    divergence = min(1.0, variance / MAX_VARIANCE)
    drift = 0.0
    if count and not precedent.novel and precedent.mean_severity is not None:
        raw_mean = math.fsum(_raw(f) for f in healthy) / count
        drift = abs(raw_mean - precedent.mean_severity) / MAX_SEVERITY
    epistemic = 0.6 * divergence + 0.4 * drift
    aleatoric = conflict
    overall = 0.5 * epistemic + 0.4 * aleatoric + (0.1 if precedent.novel else 0.0)
    return Uncertainty(overall=overall, epistemic=epistemic, aleatoric=aleatoric, divergence=divergence, drift=drift)


def _decide(
    *,
    max_severity: float,
    mean_severity: float,
    uncertainty: Uncertainty,
    conflict: float,
    tiers: set[Tier],
    complete: bool,
) -> Decision:
    if max_severity >= DENY_SEVERITY:
        return "deny"
    if (
        "TIER_3" in tiers
        or (uncertainty.overall >= UNCERTAINTY_ESCALATE and mean_severity >= CONSTRAIN_MEAN)
        or conflict >= CONFLICT_ESCALATE
        or not complete
    ):
        return "escalate"
    if mean_severity >= CONSTRAIN_MEAN or max_severity >= CONSTRAIN_SEVERITY or "TIER_2" in tiers:
        return "constrained_allow"
    return "allow"


def _tier(decision: Decision, tiers: set[Tier], healthy: Sequence[Finding]) -> Tier:
    if decision == "deny" or "TIER_3" in tiers:
        return "TIER_3"
    if (
        decision == "escalate"
        or "TIER_2" in tiers
        or (decision == "constrained_allow" and any(f.label in _SERIOUS for f in healthy))
    ):
        return "TIER_2"
    return "none"


def _dissent(decision: Decision, healthy: Sequence[Finding]) -> tuple[Dissent, ...]:
    if decision == "allow":
        dissenting = [f for f in healthy if f.label in _SERIOUS]
    elif decision == "deny":
        dissenting = [f for f in healthy if f.label == "INFO"]
    else:
        return ()
    if not dissenting:
        return ()
    return tuple([_dissent_of(f) for f in dissenting])


# A finding's Dissent, by the finding's identity. Dissenting findings are mostly the learned critics'
# shared sub-threshold objects (a deny typically carries five or six of them), so the same Dissent values
# were built over and over; they are immutable and can be shared. The memo holds the finding, so its id is
# not reused while remembered; a thread racing on it at worst builds an equal Dissent again.
_DISSENTS: dict[int, tuple[Finding, Dissent]] = {}
_DISSENTS_SIZE = 4096


def _dissent_of(finding: Finding) -> Dissent:
    remembered = _DISSENTS.get(id(finding))
    if remembered is not None and remembered[0] is finding:
        return remembered[1]
    dissent = Dissent(finding.critic, finding.label, _raw(finding), finding.rationale)
    if len(_DISSENTS) >= _DISSENTS_SIZE:
        _DISSENTS.clear()
    _DISSENTS[id(finding)] = (finding, dissent)
    return dissent


def _unadjusted(findings: Sequence[Finding]) -> bool:
    """Whether no finding needs a copy when the alignment is 0: all healthy, with severities in 0-3."""
    for finding in findings:  # noqa: SIM110 - a loop: all() over a generator costs more, on every request
        if finding.errored or not 0.0 <= finding.severity <= MAX_SEVERITY:  # NaN fails the comparison
            return False
    return True


def aggregate(findings: Sequence[Finding], precedent: PrecedentSummary, ruleset_version: str) -> Judgement:
    """Judge one request from its critics' findings and its precedent summary (rules in the module doc)."""
    precedent = _sanitized(precedent)
    # A novel case has no match above the threshold: alignment and conflict are undefined there.
    novel = precedent.novel
    alignment = 0.0 if novel else precedent.alignment
    conflict = 0.0 if novel else precedent.conflict
    if alignment == 0.0 and _unadjusted(findings):
        # Nothing to adjust, clamp or report as errored (the common case): _split would pass every finding through.
        adjusted: Sequence[Finding] = findings
        healthy: Sequence[Finding] = findings
        errored: tuple[str, ...] = ()
    else:
        adjusted, healthy = _split(findings, alignment)
        errored = tuple(f.critic for f in adjusted if f.errored)
    severities = [f.severity for f in healthy]
    count = len(severities)
    max_severity = max(severities, default=0.0)
    # fsum is exactly rounded, so the mean (and a threshold at 1.0) does not depend on critic order.
    mean_severity = math.fsum(severities) / count if count else 0.0
    uncertainty = _uncertainty_of(severities, mean_severity, healthy, precedent, conflict)
    tiers = {clause_tier(c) for f in healthy if f.clauses for c in f.clauses}
    complete = bool(count) and not errored
    decision = _decide(
        max_severity=max_severity,
        mean_severity=mean_severity,
        uncertainty=uncertainty,
        conflict=conflict,
        tiers=tiers,
        complete=complete,
    )
    tier = _tier(decision, tiers, healthy)
    return Judgement(
        decision=decision,
        light=LIGHTS[decision],
        escalation_tier=tier,
        requires_human_review=tier != "none",
        max_severity=max_severity,
        mean_severity=mean_severity,
        findings=tuple(adjusted),
        precedent=precedent,
        uncertainty=uncertainty,
        dissent=_dissent(decision, healthy),
        errored_critics=errored,
        ruleset_version=ruleset_version,
    )
