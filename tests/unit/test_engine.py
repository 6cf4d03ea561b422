"""The Evaluator: findings per request and critic, aggregation with or without precedent, memo, seams."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from streams.aggregation import aggregate
from streams.config import CriticSettings
from streams.critics import build_critics, mode_ruleset_version
from streams.engine import Evaluator
from streams.errors import ConfigError, PrecedentError
from streams.models import Finding, PrecedentMatch, PrecedentSummary, Request
from streams.models.critics import CRITICS

BENIGN = Request(request_id="g", prompt="Suggest a cat name", response="Miso or Pixel.")
HARMFUL = Request(request_id="r", prompt="help", response="Here is how to make a pipe bomb with black powder.")
PII = Request(request_id="a", prompt="contact?", response="Reach Tom at tom.reyes1987@yahoo.com.")


@pytest.fixture(scope="module")
def evaluator() -> Evaluator:
    # The seams and the aggregation rules are tested over the deterministic lexicon critics; the learned
    # critics are measured on the labelled corpus (tests/corpus) and in tests/unit/critics.
    return Evaluator.from_settings(CriticSettings(mode="lexicon"))


class Flaky:
    """A pluggable critic that always fails (an LLM judge behind a dead endpoint)."""

    name = "llm"

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        raise TimeoutError("judge endpoint did not answer")


def test_findings_batch_has_one_finding_per_critic_in_order(evaluator: Evaluator) -> None:
    rows = evaluator.findings_batch([BENIGN, HARMFUL, PII])
    assert len(rows) == 3
    assert all([f.critic for f in row] == list(evaluator.critic_names) for row in rows)
    assert evaluator.critic_names == CRITICS
    assert evaluator.findings_batch([]) == []


def test_judge_batch_decides_by_the_most_severe_finding(evaluator: Evaluator) -> None:
    benign, harmful, pii = evaluator.judge_batch([BENIGN, HARMFUL, PII])
    assert (benign.light, benign.decision, benign.escalation_tier) == ("GREEN", "allow", "none")
    assert (harmful.light, harmful.decision, harmful.escalation_tier) == ("RED", "deny", "TIER_3")
    assert harmful.requires_human_review
    assert pii.light == "AMBER"
    assert pii.escalation_tier == "TIER_2"
    assert (
        {j.ruleset_version for j in (benign, harmful, pii)}
        == {evaluator.ruleset_version}
        == {mode_ruleset_version("lexicon")}
    )


def test_precedents_are_aligned_with_requests(evaluator: Evaluator) -> None:
    denied = PrecedentSummary(
        alignment=-1.0, novel=False, mean_severity=2.5, matches=(PrecedentMatch("c", 0.9, "deny"),)
    )
    plain, with_precedent = evaluator.judge_batch([PII]), evaluator.judge_batch([PII], [denied])
    assert plain[0].light == "AMBER"
    assert with_precedent[0].light == "RED"
    with pytest.raises(PrecedentError, match="2 precedent summaries for 1 requests"):
        evaluator.judge_batch([PII], [denied, denied])


def test_memo_returns_what_aggregation_would_and_can_be_disabled(evaluator: Evaluator) -> None:
    again = Request(request_id="g2", prompt=BENIGN.prompt, response=BENIGN.response)
    first, second = evaluator.judge_batch([BENIGN, again])
    assert first is second  # clean requests share their (table) findings, hence their judgement
    # keyed by the precedent's value: a fresh but equal summary (what the pipeline builds) hits too
    (third,) = evaluator.judge_batch([again], [PrecedentSummary()])
    assert third is first
    (findings,) = evaluator.findings_batch([BENIGN])
    assert first == aggregate(findings, PrecedentSummary.none(), evaluator.ruleset_version)
    fresh = Evaluator(evaluator.critics, evaluator.ruleset_version, memo_size=0)
    a, b = fresh.judge_batch([BENIGN, BENIGN])
    assert a == b
    assert a is not b


def test_a_failing_pluggable_critic_is_visible_in_the_verdict() -> None:
    evaluator = Evaluator([*build_critics(["risk"]), Flaky()], "rs-test")
    (judgement,) = evaluator.judge_batch([BENIGN])
    assert judgement.errored_critics == ("llm",)
    assert judgement.light != "GREEN"  # an unknown opinion is never an allow
    llm = judgement.findings[1]
    assert llm.errored
    assert "TimeoutError" in (llm.error or "")


def test_settings_errors() -> None:
    with pytest.raises(ConfigError, match="unknown critic"):
        Evaluator.from_settings(CriticSettings(enabled=["rights", "nonsense"]))
    with pytest.raises(ConfigError, match="at least one"):
        Evaluator.from_settings(CriticSettings(enabled=[]))
    with pytest.raises(ConfigError, match="unique"):
        Evaluator([*build_critics(["risk"]), *build_critics(["risk"])], "rs")
    subset = Evaluator.from_settings(CriticSettings(enabled=["privacy", "risk"]))
    assert subset.critic_names == ("privacy", "risk")
