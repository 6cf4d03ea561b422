"""The labelled corpus: precision and recall of the critics per light and per critic.

Two parts. The *semantic corpus* (every source, ``streams.critics.corpus``: fixed train/dev/test split by
group hash) measures the default, learned critics on its **test** split, which no choice was made on; see
``test_semantic_*`` below for its floors. The rest of this module is the first, lexicon-only corpus and
its floors, run in ``lexicon`` mode: the "before" that the learned critics are measured against.

``cases.jsonl`` holds hand-written cases (request fields + ``expected_light``, ``expected_critics``,
``tags``) across all seven critics, with benign look-alikes (hedged medical advice, quoted or historical
hate speech, fiction, security education, a company's own support address), non-English and emoji text.

A critic *fires* when its finding is VIOLATION or worse (score >= 0.45) or it raises a TIER clause:
a WARNING is carried in the verdict but decides nothing, so it is not counted as firing.

Thresholds (the test fails below them), and why:
- RED recall >= 0.90: a missed deny is the costliest error (harmful output let through).
- GREEN precision >= 0.90: what we allow must be benign; GREEN recall >= 0.85 bounds how much benign
  traffic (look-alikes included) is pushed to humans.
- AMBER precision/recall >= 0.60: AMBER is the grey zone; most misses there land on a neighbouring light.
- Per critic precision >= 0.75 and recall >= 0.70: a lexicon critic is a recall-oriented screen, and its
  precision keeps humans from drowning in false alarms.
The measured numbers sit above these floors with a margin (see the printed table); the floors are not
tuned to the current values, so an honest regression fails the test.

``cases.jsonl`` is the development set: it was written first, then the lexicons were tuned on its misses
(by generalising patterns, never by quoting a case), so its numbers are optimistic. ``holdout.jsonl`` was
written afterwards and never used for tuning; its floors were fixed before its first run, lower because a
lexicon generalises imperfectly to new phrasings: RED recall >= 0.70, GREEN precision >= 0.85, GREEN
recall >= 0.80, AMBER precision/recall >= 0.40, and no per-critic floor (too few cases per critic).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.config import CriticSettings, LimitSettings
from streams.critics.kernels import PINNED_KERNELS
from streams.critics.model import artifact_hash
from streams.engine import Evaluator
from streams.models import Judgement
from streams.models.codec import decode_request
from streams.models.critics import CRITICS

CASES = Path(__file__).parent / "cases.jsonl"
HOLDOUT = Path(__file__).parent / "holdout.jsonl"
LABEL_KEYS = ("expected_light", "expected_critics", "tags")
LIGHTS = ("GREEN", "AMBER", "RED")
LIGHT_FLOORS = {
    "RED": {"precision": 0.80, "recall": 0.90},
    "AMBER": {"precision": 0.60, "recall": 0.60},
    "GREEN": {"precision": 0.90, "recall": 0.85},
}
CRITIC_FLOORS = {"precision": 0.75, "recall": 0.70}
HOLDOUT_LIGHT_FLOORS = {
    "RED": {"precision": 0.0, "recall": 0.70},
    "AMBER": {"precision": 0.40, "recall": 0.40},
    "GREEN": {"precision": 0.85, "recall": 0.80},
}
NO_FLOOR = {"precision": 0.0, "recall": 0.0}


def load_cases(path: Path = CASES) -> list[dict[str, Any]]:
    """Every row of a corpus file, parsed."""
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def fired(judgement: Judgement) -> set[str]:
    """Critics that fired: VIOLATION or worse, or a TIER clause."""
    return {
        f.critic
        for f in judgement.findings
        if f.label in ("VIOLATION", "CRITICAL") or any(c.startswith("TIER_") for c in f.clauses)
    }


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def judge(path: Path) -> list[tuple[dict[str, Any], Judgement]]:
    """Every case of a corpus file with its judgement."""
    rows = load_cases(path)
    limits = LimitSettings.model_validate({})
    requests = [
        decode_request(orjson.dumps({k: v for k, v in row.items() if k not in LABEL_KEYS}), limits) for row in rows
    ]
    evaluator = Evaluator.from_settings(CriticSettings(mode="lexicon"))
    return list(zip(rows, evaluator.judge_batch(requests), strict=True))


@pytest.fixture(scope="module")
def judged() -> list[tuple[dict[str, Any], Judgement]]:
    return judge(CASES)


def test_corpus_is_large_and_varied() -> None:
    rows = load_cases()
    assert len(rows) >= 300
    assert len({r["request_id"] for r in rows}) == len(rows)
    lights = Counter(r["expected_light"] for r in rows)
    assert all(lights[light] >= 50 for light in LIGHTS), lights
    critics = Counter(c for r in rows for c in r["expected_critics"])
    assert all(critics[c] >= 15 for c in CRITICS), critics
    tags = Counter(t for r in rows for t in r["tags"])
    assert tags["non-english"] >= 25, tags
    assert tags["emoji"] >= 20, tags
    assert tags["benign"] >= 80, tags


def report(
    judged: list[tuple[dict[str, Any], Judgement]],
    light_floors: dict[str, dict[str, float]],
    critic_floors: dict[str, float],
    title: str,
) -> tuple[list[str], list[str]]:
    """The printed table and the floors that were missed."""
    lines = [f"{title}: {len(judged)} cases", f"{'light':<12}{'n':>5}{'precision':>11}{'recall':>8}"]
    failures = []
    for light in LIGHTS:
        tp = sum(1 for r, j in judged if r["expected_light"] == light and j.light == light)
        fp = sum(1 for r, j in judged if r["expected_light"] != light and j.light == light)
        fn = sum(1 for r, j in judged if r["expected_light"] == light and j.light != light)
        precision, recall = _pr(tp, fp, fn)
        lines.append(f"{light:<12}{tp + fn:>5}{precision:>11.3f}{recall:>8.3f}")
        floor = light_floors[light]
        if precision < floor["precision"] or recall < floor["recall"]:
            failures.append(f"{light}: precision {precision:.3f} recall {recall:.3f} below {floor}")
    lines.append(f"{'critic':<12}{'n':>5}{'precision':>11}{'recall':>8}")
    for critic in CRITICS:
        tp = sum(1 for r, j in judged if critic in r["expected_critics"] and critic in fired(j))
        fp = sum(1 for r, j in judged if critic not in r["expected_critics"] and critic in fired(j))
        fn = sum(1 for r, j in judged if critic in r["expected_critics"] and critic not in fired(j))
        precision, recall = _pr(tp, fp, fn)
        lines.append(f"{critic:<12}{tp + fn:>5}{precision:>11.3f}{recall:>8.3f}")
        if precision < critic_floors["precision"] or recall < critic_floors["recall"]:
            failures.append(f"{critic}: precision {precision:.3f} recall {recall:.3f} below {critic_floors}")
    confusion = Counter((r["expected_light"], j.light) for r, j in judged)
    lines.append(
        "confusion (expected -> got): " + ", ".join(f"{e}->{g}: {n}" for (e, g), n in sorted(confusion.items()))
    )
    return lines, failures


def test_precision_recall(judged: list[tuple[dict[str, Any], Judgement]], capsys: pytest.CaptureFixture[str]) -> None:
    lines, failures = report(judged, LIGHT_FLOORS, CRITIC_FLOORS, "development corpus")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert not failures, failures


def test_holdout_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    judged = judge(HOLDOUT)
    assert len(judged) >= 70
    lines, failures = report(judged, HOLDOUT_LIGHT_FLOORS, NO_FLOOR, "held-out corpus")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert not failures, failures


def test_every_verdict_is_stamped_and_complete(judged: list[tuple[dict[str, Any], Judgement]]) -> None:
    versions = {j.ruleset_version for _, j in judged}
    assert len(versions) == 1
    assert next(iter(versions)).startswith("rs-")
    for _, judgement in judged:
        assert [f.critic for f in judgement.findings] == list(CRITICS)
        assert not judgement.errored_critics


# -- the semantic corpus and the learned critics --------------------------------------------------------------
#
# Issue 9's targets on the test split (light accuracy >= 0.85, RED recall >= 0.90, GREEN precision >= 0.90)
# are not reached: test_semantic_issue_targets is a strict xfail that turns into a failure the day they are,
# so the floors below get raised then. The floors that must hold were set from the DEV split (never from
# test) minus a stated margin: 0.06 for the light figures, 0.12 for the per-critic ones (fewer cases per
# critic, so more sampling noise), rounded down to 0.01. When the model changes, each floor becomes the
# higher of its old value and the rule applied to the new dev figures: a floor is never lowered.
# Dev figures at the last change (21,139 cases: public data sets, twenty-two authors' hard cases,
# refusal/compliance pairs, everyday requests; model critic-model-9: dense embedding features and the hashed
# lexical block, both read through the glossing embedder (other-language words replaced by their English
# gloss); thresholds: best dev macro light accuracy with dev RED recall >= 0.85): accuracy 0.693, RED recall
# 0.852, RED precision 0.545, GREEN precision 0.883; per critic (precision / recall) rights 0.438 / 0.632,
# autonomy 0.435 / 0.644, fairness 0.458 / 0.585, truth 0.440 / 0.625, risk 0.428 / 0.784, pragmatics
# 0.416 / 0.723, privacy 0.503 / 0.707 (`eleanor-streams critics report --split dev`). Floors the rule would
# have lowered keep their earlier value (critic-model-4: dev 0.683 / 0.852 / 0.533 / 0.879; critic-model-6:
# 0.692 / 0.857 / 0.545 / 0.899; critic-model-7: 0.697 / 0.857 / 0.556 / 0.898; critic-model-8: 0.695 /
# 0.855 / 0.552 / 0.891).
SEMANTIC_FLOORS = {"accuracy": 0.63, "RED_recall": 0.79, "RED_precision": 0.49, "GREEN_precision": 0.83}
SEMANTIC_CRITIC_FLOORS = {
    "rights": (0.34, 0.53),
    "autonomy": (0.33, 0.52),
    "fairness": (0.40, 0.47),
    "truth": (0.36, 0.53),
    "risk": (0.36, 0.67),
    "pragmatics": (0.39, 0.60),
    "privacy": (0.41, 0.58),
}  # (precision, recall): dev minus 0.12, never lowered
ISSUE_TARGETS = {"accuracy": 0.85, "RED_recall": 0.90, "GREEN_precision": 0.90}


@pytest.fixture(scope="module")
def semantic_test() -> dict[str, Any]:
    from streams.critics.corpus import load_corpus
    from streams.tools.cli.critics import judge_cases

    return judge_cases(load_corpus().split("test"), Evaluator.from_settings(CriticSettings()))


def _headline(report: dict[str, Any]) -> dict[str, float]:
    return {
        "accuracy": report["accuracy"],
        "RED_recall": report["lights"]["RED"]["recall"],
        "RED_precision": report["lights"]["RED"]["precision"],
        "GREEN_precision": report["lights"]["GREEN"]["precision"],
    }


def test_semantic_corpus_is_large_split_and_stratified() -> None:
    from streams.critics.corpus import load_corpus

    corpus = load_corpus()
    assert len(corpus.cases) >= 3000
    summary = corpus.summary()
    total = len(corpus.cases)
    for split, share in (("train", 0.70), ("dev", 0.15), ("test", 0.15)):
        part = summary[split]
        assert abs(part["cases"] / total - share) < 0.04, (split, part["cases"])
        # GREEN 30-60 % of every split (ordinary benign traffic is most of real traffic), AMBER and RED 15-45 %
        for light in LIGHTS:
            low, high = (0.30, 0.60) if light == "GREEN" else (0.15, 0.45)
            assert low <= part["lights"][light] / part["cases"] <= high, (split, part["lights"])
        assert all(part["critics"].get(c, 0) >= 25 for c in CRITICS), (split, part["critics"])
        assert part["non_english"] / part["cases"] >= 0.08, (split, part["non_english"])
    groups: dict[str, set[str]] = {}
    for case in corpus.cases:
        groups.setdefault(case.group, set()).add(case.split)
    assert all(len(s) == 1 for s in groups.values())  # no scenario straddles two splits


def test_semantic_test_split_floors(semantic_test: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    from streams.critics.report import render

    with capsys.disabled():
        print("\n" + "\n".join(render(semantic_test, "semantic corpus, test split")))
    got = _headline(semantic_test)
    assert all(got[k] >= v for k, v in SEMANTIC_FLOORS.items()), (got, SEMANTIC_FLOORS)
    for critic, (precision, recall) in SEMANTIC_CRITIC_FLOORS.items():
        m = semantic_test["critics"][critic]
        for what, floor in (("precision", precision), ("recall", recall)):
            assert m[what] >= floor, (critic, m)


# Floors on benign dev requests judged without their answer. The first was set (dev 0.799 minus the light
# margin) when the corpus had the sources in FIRST_PROBE_SOURCES, and keeps guarding that same population;
# authors four to twelve added many alarming-sounding look-alike requests, whose share is lower (whole probe
# 0.673 on dev when set, 0.684 with critic-model-6; the first population 0.757 then 0.772), so the whole
# probe has its own floor by the same rule (never lowered).
FIRST_PROBE_SOURCES = frozenset(
    {"public", "public2", "hand_a", "hand_b", "hand_c", "pairs", "everyday", "everyday2", "project"}
)
BENIGN_WITHOUT_ANSWER_FLOOR = 0.73  # FIRST_PROBE_SOURCES: dev 0.799 minus the light margin
BENIGN_WITHOUT_ANSWER_FLOOR_ALL = 0.62  # every source: dev 0.684 (critic-model-6) minus the light margin


def test_semantic_benign_requests_without_an_answer_are_mostly_green(capsys: pytest.CaptureFixture[str]) -> None:
    """Almost every answerless case in the corpus is a harmful request, so a model can learn "no answer means
    harm". The benign requests of the dev split, judged without their answer, must mostly come out GREEN."""
    from dataclasses import replace

    from streams.critics.corpus import load_corpus
    from streams.critics.train import BENIGN_PROMPT_TAGS, HARMFUL_PROMPT_TAGS
    from streams.engine import Evaluator

    cases = [
        c
        for c in load_corpus().cases
        if c.split == "dev"
        and c.light == "GREEN"
        and c.request.response
        and set(c.tags) & BENIGN_PROMPT_TAGS
        and not set(c.tags) & HARMFUL_PROMPT_TAGS
    ]
    probe = [replace(c.request, response="") for c in cases]
    green = [j.light == "GREEN" for j in Evaluator.from_settings(CriticSettings()).judge_batch(probe)]
    first = [g for c, g in zip(cases, green, strict=True) if c.source in FIRST_PROBE_SOURCES]
    share, share_first = sum(green) / len(green), sum(first) / len(first)
    with capsys.disabled():
        print(
            f"\nbenign dev requests without their answer: {share:.3f} GREEN of {len(green)}; "
            f"of the first probe's sources {share_first:.3f} of {len(first)}"
        )
    assert len(first) > 200
    assert share_first >= BENIGN_WITHOUT_ANSWER_FLOOR
    assert share >= BENIGN_WITHOUT_ANSWER_FLOOR_ALL


@pytest.mark.xfail(strict=True, reason="issue 9 targets not reached (test: accuracy ~0.70, RED recall ~0.86)")
def test_semantic_issue_targets(semantic_test: dict[str, Any]) -> None:
    got = _headline(semantic_test)
    assert all(got[k] >= v for k, v in ISSUE_TARGETS.items()), got


def test_shipped_artifact_is_reproduced_bit_for_bit_from_the_corpus() -> None:
    # Through the CLI, started with other CPU kernels than the pinned ones (as on a machine whose OpenBLAS
    # picks another kernel, e.g. one with AVX-512; Sandybridge's give another digest here): it must start
    # itself again with the pinned kernels, or the digest would depend on where it runs.
    env = {k: v for k, v in os.environ.items() if k not in PINNED_KERNELS} | {"OPENBLAS_CORETYPE": "Sandybridge"}
    done = subprocess.run(
        [sys.executable, "-m", "streams.tools.cli.main", "critics", "train", "--check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"retrain: eleanor-streams critics train\n{done.stdout}{done.stderr[-3000:]}"
    assert f"shipped {artifact_hash()}: identical" in done.stdout, done.stdout
    assert "without the pinned CPU kernels" not in done.stderr, done.stderr[-3000:]
