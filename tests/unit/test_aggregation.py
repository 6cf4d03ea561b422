"""Golden tests for every aggregation rule (DOMAIN.md, Aggregation) and properties that hold for any input."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.aggregation import adjust_severity, aggregate, clause_tier
from streams.models import Dissent, Finding, Judgement, Label, PrecedentMatch, PrecedentSummary, label_for
from streams.models.critics import CRITICS
from streams.models.wire import decode_judgement, encode_judgement

RS = "rs-golden"
NONE = PrecedentSummary.none()


def finding(
    critic: str, severity: float, label: Label | None = None, clauses: tuple[str, ...] = (), rationale: str = ""
) -> Finding:
    """A healthy finding; the label follows the severity (score = severity / 3) unless given."""
    score = severity / 3
    return Finding(
        critic=critic,
        severity=severity,
        score=score,
        label=label or label_for(score),
        rationale=rationale or f"{critic} rationale",
        confidence=0.8,
        clauses=clauses,
    )


def quiet(*critics: str) -> list[Finding]:
    return [finding(c, 0.0, rationale=f"{c}: nothing found") for c in critics]


def precedent(alignment: float = 0.0, conflict: float = 0.0, mean_severity: float | None = None) -> PrecedentSummary:
    return PrecedentSummary(
        alignment=alignment,
        conflict=conflict,
        novel=False,
        mean_severity=mean_severity,
        matches=(PrecedentMatch("case-1", 0.9, "deny" if alignment < 0 else "allow"),),
    )


# --- decision: the most severe finding decides ------------------------------------------------------------------


@pytest.mark.parametrize("order", ["rights_first", "risk_first"])
def test_deny_is_decided_by_the_most_severe_critic_whatever_the_order(order: str) -> None:
    rights, risk = finding("rights", 2.0), finding("risk", 3.0)
    pair = [rights, risk] if order == "rights_first" else [risk, rights]
    j = aggregate([*pair, *quiet("truth", "privacy")], NONE, RS)
    assert (j.decision, j.light, j.escalation_tier, j.requires_human_review) == ("deny", "RED", "TIER_3", True)
    assert j.max_severity == 3.0
    assert j.mean_severity == pytest.approx(5.0 / 4)


@pytest.mark.parametrize(
    ("severity", "decision"), [(2.5, "deny"), (2.4999, "constrained_allow"), (2.0, "constrained_allow")]
)
def test_deny_threshold_is_2_5_and_constrained_allow_starts_at_2_0(severity: float, decision: str) -> None:
    j = aggregate([finding("risk", severity), *quiet("rights", "truth")], NONE, RS)
    assert j.decision == decision


def test_constrained_allow_with_a_violation_needs_acknowledgement() -> None:
    j = aggregate([finding("fairness", 2.1, "VIOLATION"), *quiet("rights", "risk")], NONE, RS)
    assert (j.decision, j.light, j.escalation_tier, j.requires_human_review) == (
        "constrained_allow",
        "AMBER",
        "TIER_2",
        True,
    )


def test_constrained_allow_by_mean_severity_with_only_warnings_needs_no_human() -> None:
    found = [finding("truth", 1.2, "WARNING"), finding("pragmatics", 1.0, "WARNING"), finding("risk", 0.9, "WARNING")]
    j = aggregate(found, NONE, RS)
    assert j.mean_severity == pytest.approx(3.1 / 3)
    assert (j.decision, j.light, j.escalation_tier, j.requires_human_review) == (
        "constrained_allow",
        "AMBER",
        "none",
        False,
    )


def test_low_severities_allow() -> None:
    j = aggregate([finding("truth", 0.9), finding("privacy", 0.5), *quiet("rights")], NONE, RS)
    assert (j.decision, j.light, j.escalation_tier, j.requires_human_review) == ("allow", "GREEN", "none", False)
    assert j.dissent == ()


# --- clauses and tiers --------------------------------------------------------------------------------------------


def test_a_tier_3_clause_escalates_to_human_determination() -> None:
    j = aggregate([finding("privacy", 1.0, clauses=("TIER_3:P4",)), *quiet("rights", "risk")], NONE, RS)
    assert (j.decision, j.light, j.escalation_tier, j.requires_human_review) == ("escalate", "AMBER", "TIER_3", True)


def test_a_tier_2_clause_lifts_allow_to_constrained_allow_with_acknowledgement() -> None:
    j = aggregate([finding("privacy", 0.3, clauses=("TIER_2:P2",)), *quiet("rights")], NONE, RS)
    assert (j.decision, j.escalation_tier, j.requires_human_review) == ("constrained_allow", "TIER_2", True)


def test_an_informational_clause_changes_nothing() -> None:
    j = aggregate([finding("privacy", 0.3, clauses=("P1",)), *quiet("rights")], NONE, RS)
    assert (j.decision, j.escalation_tier) == ("allow", "none")


def test_a_tier_3_clause_under_deny_keeps_deny() -> None:
    j = aggregate([finding("risk", 2.9, clauses=("TIER_3:R1",)), finding("privacy", 0.2)], NONE, RS)
    assert (j.decision, j.escalation_tier) == ("deny", "TIER_3")


@pytest.mark.parametrize(
    ("clause", "tier"), [("TIER_3:P4", "TIER_3"), ("TIER_3", "TIER_3"), ("TIER_2:P1", "TIER_2"), ("P3", "none")]
)
def test_clause_format(clause: str, tier: str) -> None:
    assert clause_tier(clause) == tier


# --- precedent: adjustment, conflict, uncertainty ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("severity", "alignment", "adjusted"),
    [
        (1.0, -0.5, 1.5),  # similar cases denied: x (1 + |a|)
        (1.0, 0.5, 0.85),  # similar cases allowed: x (1 - 0.3 a)
        (2.0, -1.0, 3.0),  # 4.0 clamped to 3
        (2.8, 1.0, 1.96),
        (0.0, -1.0, 0.0),
        (3.0, 0.0, 3.0),
    ],
)
def test_adjust_severity(severity: float, alignment: float, adjusted: float) -> None:
    assert adjust_severity(severity, alignment) == pytest.approx(adjusted)


def test_denied_precedents_push_a_case_to_deny_and_keep_the_raw_severity() -> None:
    j = aggregate([finding("rights", 1.0), finding("risk", 2.0), finding("truth", 0.0)], precedent(-0.5, 0.2, 0.5), RS)
    assert [f.severity for f in j.findings] == pytest.approx([1.5, 3.0, 0.0])
    assert [f.raw_severity for f in j.findings] == [1.0, 2.0, None]  # 0 x 1.5 is unchanged
    assert j.decision == "deny"
    # Uncertainty by hand: adjusted [1.5, 3.0, 0.0], mean 1.5, variance (0 + 2.25 + 2.25) / 3 = 1.5;
    # divergence 1.5 / 2.25; raw mean 1.0, drift |1.0 - 0.5| / 3; epistemic 0.6 div + 0.4 drift;
    # aleatoric = conflict 0.2; overall = 0.5 ep + 0.4 * 0.2 (not novel).
    u = j.uncertainty
    assert u.divergence == pytest.approx(2 / 3)
    assert u.drift == pytest.approx(1 / 6)
    assert u.epistemic == pytest.approx(0.6 * 2 / 3 + 0.4 / 6)
    assert u.aleatoric == pytest.approx(0.2)
    assert u.overall == pytest.approx(0.5 * (0.4 + 0.4 / 6) + 0.08)


def test_allowed_precedents_pull_a_case_below_deny() -> None:
    j = aggregate([finding("risk", 2.6), *quiet("rights")], precedent(alignment=0.5), RS)
    assert j.findings[0].severity == pytest.approx(2.6 * 0.85)
    assert j.findings[0].raw_severity == 2.6
    assert j.findings[0].label == "CRITICAL"  # the critic's own label is never rewritten
    assert j.decision == "constrained_allow"


def test_severity_is_clamped_to_3_both_raw_and_adjusted() -> None:
    j = aggregate([finding("risk", 3.5, "CRITICAL"), finding("rights", 2.0)], precedent(alignment=-1.0), RS)
    assert [f.severity for f in j.findings] == [3.0, 3.0]
    assert [f.raw_severity for f in j.findings] == [None, 2.0]  # 3.5 is clamped (a critic bug), not adjusted
    assert j.max_severity == 3.0


def test_unadjusted_findings_pass_through_unchanged() -> None:
    found = [finding("risk", 1.5), Finding.failed("truth", "boom"), *quiet("rights")]
    j = aggregate(found, PrecedentSummary(alignment=0.0, novel=False), RS)
    assert all(out is original for out, original in zip(j.findings, found, strict=True))
    assert j.findings[0].raw_severity is None


def test_a_novel_case_ignores_alignment_and_conflict() -> None:
    summary = PrecedentSummary(alignment=-1.0, conflict=0.9, novel=True, mean_severity=3.0)
    j = aggregate([finding("risk", 1.5), *quiet("rights")], summary, RS)
    assert j.findings[0].severity == 1.5
    assert j.findings[0].raw_severity is None
    assert j.decision == "allow"
    # novel: drift 0, aleatoric 0; divergence = var(1.5, 0) / 2.25 = 0.5625 / 2.25 = 0.25
    assert j.uncertainty.drift == 0.0
    assert j.uncertainty.aleatoric == 0.0
    assert j.uncertainty.overall == pytest.approx(0.5 * 0.6 * 0.25 + 0.1)


@pytest.mark.parametrize(("conflict", "decision", "tier"), [(0.75, "escalate", "TIER_2"), (0.7499, "allow", "none")])
def test_precedent_conflict_at_0_75_escalates(conflict: float, decision: str, tier: str) -> None:
    j = aggregate([finding("truth", 0.3), *quiet("rights")], precedent(0.0, conflict), RS)
    assert (j.decision, j.escalation_tier) == (decision, tier)


@pytest.mark.parametrize(("conflict", "decision"), [(0.74, "escalate"), (0.70, "constrained_allow")])
def test_high_uncertainty_with_mean_severity_1_escalates(conflict: float, decision: str) -> None:
    # adjusted = raw = [0, 2.4]: mean 1.2, variance 1.44, divergence 0.64; drift |1.2 - 3| / 3 = 0.6;
    # epistemic 0.6 * 0.64 + 0.4 * 0.6 = 0.624; overall = 0.312 + 0.4 * conflict -> 0.608 or 0.592.
    j = aggregate([finding("rights", 0.0), finding("risk", 2.4)], precedent(0.0, conflict, 3.0), RS)
    assert j.uncertainty.epistemic == pytest.approx(0.624)
    assert j.uncertainty.overall == pytest.approx(0.312 + 0.4 * conflict)
    assert j.decision == decision


def test_high_uncertainty_with_low_mean_severity_does_not_escalate() -> None:
    found = [finding("rights", 0.0), finding("truth", 0.0), finding("risk", 2.4)]
    j = aggregate(found, precedent(0.0, 0.74, 3.0), RS)
    assert j.uncertainty.overall >= 0.6
    assert j.mean_severity < 1.0
    assert j.decision == "constrained_allow"


# --- dissent ----------------------------------------------------------------------------------------------------


def test_a_violation_under_allow_is_dissent_kept_verbatim() -> None:
    rationale = "The reply names a private person's  home address\n(\u00e9\u00e8 \U0001f3e0) - flagged."
    found = [*quiet("rights", "autonomy"), finding("privacy", 1.5, "VIOLATION", rationale=rationale), *quiet("risk")]
    j = aggregate(found, NONE, RS)
    assert j.decision == "allow"
    assert len(j.dissent) == 1
    d = j.dissent[0]
    assert (d.critic, d.label, d.severity, d.rationale) == ("privacy", "VIOLATION", 1.5, rationale)


def test_info_critics_under_deny_are_dissent_in_input_order_with_raw_severity() -> None:
    found = [
        finding("truth", 0.1, "INFO", rationale="No claims."),
        finding("risk", 2.2, "CRITICAL"),
        finding("privacy", 0.0, "INFO", rationale="No personal data."),
        finding("rights", 1.0, "WARNING"),
    ]
    j = aggregate(found, precedent(alignment=-0.5), RS)  # risk 2.2 -> 3.0: deny
    assert j.decision == "deny"
    assert [(d.critic, d.severity, d.rationale) for d in j.dissent] == [
        ("truth", 0.1, "No claims."),
        ("privacy", 0.0, "No personal data."),
    ]


def test_dissent_of_a_shared_finding_is_shared_and_equal_to_a_fresh_one() -> None:
    shared = quiet("truth", "privacy")  # as the learned critics hand out their sub-threshold findings
    first = aggregate([*shared, finding("risk", 2.9, "CRITICAL")], NONE, RS)
    second = aggregate([finding("rights", 2.7, "CRITICAL"), *shared], NONE, RS)
    assert (
        first.dissent
        == second.dissent
        == (
            Dissent("truth", "INFO", 0.0, "truth: nothing found"),
            Dissent("privacy", "INFO", 0.0, "privacy: nothing found"),
        )
    )
    assert all(a is b for a, b in zip(first.dissent, second.dissent, strict=True))
    adjusted = aggregate([*shared, finding("risk", 2.9, "CRITICAL")], precedent(alignment=-0.5), RS)
    assert adjusted.dissent == first.dissent  # severity 0 is not adjusted: the same findings dissent


def test_no_dissent_under_escalate_or_constrained_allow() -> None:
    escalated = aggregate([finding("privacy", 0.3, clauses=("TIER_3:P4",)), finding("risk", 0.0)], NONE, RS)
    constrained = aggregate([finding("fairness", 2.1, "VIOLATION"), finding("risk", 0.0)], NONE, RS)
    assert (escalated.decision, escalated.dissent) == ("escalate", ())
    assert (constrained.decision, constrained.dissent) == ("constrained_allow", ())


# --- errored critics ----------------------------------------------------------------------------------------------


def test_an_errored_critic_is_visible_excluded_from_statistics_and_escalates() -> None:
    found = [finding("rights", 1.2, "WARNING"), Finding.failed("risk", "timed out after 5.0 s")]
    j = aggregate(found, NONE, RS)
    assert j.errored_critics == ("risk",)
    assert j.mean_severity == 1.2  # not (1.2 + 0) / 2: the failure is not a severity
    assert j.findings[1].errored
    assert j.findings[1].label == "ERROR"
    assert j.findings[1].error == "timed out after 5.0 s"
    assert j.findings[1].raw_severity is None
    assert (j.decision, j.light, j.escalation_tier, j.requires_human_review) == ("escalate", "AMBER", "TIER_2", True)


def test_an_errored_critic_does_not_undo_a_deny() -> None:
    j = aggregate([finding("risk", 2.7), Finding.failed("privacy", "boom")], NONE, RS)
    assert (j.decision, j.errored_critics) == ("deny", ("privacy",))


@pytest.mark.parametrize("found", [[], [Finding.failed("rights", "a"), Finding.failed("risk", "b")]])
def test_no_healthy_finding_escalates(found: list[Finding]) -> None:
    j = aggregate(found, NONE, RS)
    assert (j.decision, j.max_severity, j.mean_severity, j.escalation_tier) == ("escalate", 0.0, 0.0, "TIER_2")


def test_a_non_finite_severity_is_an_errored_finding() -> None:
    j = aggregate([finding("truth", float("nan")), finding("rights", 0.2)], NONE, RS)
    assert j.errored_critics == ("truth",)
    assert j.findings[0].label == "ERROR"
    assert "not a finite number" in (j.findings[0].error or "")
    assert j.decision == "escalate"


def test_out_of_range_precedent_numbers_are_clamped() -> None:
    summary = PrecedentSummary(alignment=-1.0000001, conflict=1.2, novel=False, mean_severity=float("inf"))
    j = aggregate([finding("risk", 1.0)], summary, RS)
    assert (j.precedent.alignment, j.precedent.conflict, j.precedent.mean_severity) == (-1.0, 1.0, None)
    assert j.findings[0].severity == 2.0
    assert j.uncertainty.aleatoric == 1.0


# --- properties ---------------------------------------------------------------------------------------------------


@st.composite
def any_findings(draw: st.DrawFn) -> list[Finding]:
    out = []
    for critic in draw(st.lists(st.sampled_from(CRITICS), unique=True, max_size=7)):
        if draw(st.integers(0, 5)) == 0:
            out.append(Finding.failed(critic, "error"))
            continue
        severity = draw(st.floats(0, 3) | st.sampled_from((0.0, 1.0, 2.0, 2.5, 3.0)))
        label = draw(st.sampled_from(("INFO", "WARNING", "VIOLATION", "CRITICAL")))
        clauses = tuple(draw(st.lists(st.sampled_from(("TIER_3:P4", "TIER_2:P2", "P1")), max_size=2)))
        out.append(finding(critic, severity, label, clauses))
    return out


any_precedent = st.builds(
    PrecedentSummary,
    alignment=st.floats(-1, 1),
    conflict=st.floats(0, 1),
    novel=st.booleans(),
    mean_severity=st.none() | st.floats(0, 3),
)

LIGHT_OF = {"allow": "GREEN", "constrained_allow": "AMBER", "escalate": "AMBER", "deny": "RED"}
TIERS_OF = {
    "allow": {"none"},
    "constrained_allow": {"none", "TIER_2"},
    "escalate": {"TIER_2", "TIER_3"},
    "deny": {"TIER_3"},
}


def decisive(j: Judgement) -> tuple[object, ...]:
    return (j.decision, j.light, j.escalation_tier, j.max_severity, j.mean_severity, j.uncertainty)


@settings(max_examples=400, deadline=None)
@given(any_findings(), any_precedent, st.randoms(use_true_random=False))
def test_properties_hold_for_any_findings(found: list[Finding], summary: PrecedentSummary, rnd: random.Random) -> None:
    j = aggregate(found, summary, RS)
    assert j.light == LIGHT_OF[j.decision]
    assert j.escalation_tier in TIERS_OF[j.decision]
    assert j.requires_human_review == (j.escalation_tier != "none")
    assert (j.decision == "deny") == (j.max_severity >= 2.5)
    assert j.errored_critics == tuple(f.critic for f in found if f.errored)
    if j.errored_critics or not found:
        assert j.decision in {"escalate", "deny"}
    assert all(0.0 <= f.severity <= 3.0 for f in j.findings)
    alignment = 0.0 if summary.novel else summary.alignment
    for out, original in zip(j.findings, found, strict=True):
        if not out.errored:
            raw = min(3.0, max(0.0, original.severity))
            assert out.severity == adjust_severity(raw, alignment)
            assert out.raw_severity in (None, raw)
            assert (out.raw_severity is None) == (out.severity == raw)
    for value in (j.uncertainty.overall, j.uncertainty.epistemic, j.uncertainty.divergence, j.uncertainty.drift):
        assert 0.0 <= value <= 1.0
    # dissent: a subsequence of the healthy findings in input order
    critics = [f.critic for f in found if not f.errored]
    positions = [critics.index(d.critic) for d in j.dissent]
    assert positions == sorted(positions)
    # deterministic, independent of critic order, and stable through the cache codec
    assert aggregate(found, summary, RS) == j
    shuffled = list(found)
    rnd.shuffle(shuffled)
    assert decisive(aggregate(shuffled, summary, RS)) == decisive(j)
    assert decode_judgement(encode_judgement(j)) == j


def test_the_unadjusted_fast_path_equals_the_general_rules() -> None:
    from dataclasses import replace

    from streams.aggregation import _split

    findings = (
        Finding("a", 0.3, 0.1, "INFO", rationale="x"),
        Finding("b", 2.6, 0.87, "CRITICAL", clauses=("TIER_3:P4",), rationale="y"),
        Finding("c", 0.0, 0.0, "INFO", raw_severity=1.2),
    )
    novel = PrecedentSummary(novel=True)
    judged = aggregate(findings, novel, "rs-x")
    adjusted, _ = _split(findings, 0.0)
    assert judged.findings == tuple(adjusted) == findings
    assert judged.max_severity == 2.6
    assert judged.decision == "deny"
    # alignment exactly 0 on a non-novel precedent takes the same path and gives the same numbers
    flat = replace(novel, novel=False, mean_severity=1.0)
    assert aggregate(findings, flat, "rs-x").uncertainty.drift == pytest.approx(abs((0.3 + 2.6 + 1.2) / 3 - 1.0) / 3)
