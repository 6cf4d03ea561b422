"""The outside authors' set: four authors' cases the critic model is never trained on and no choice looks at.

``tests/corpus/outside/hand_m.jsonl`` … ``hand_p.jsonl`` (2,313 cases, ``OUTSIDE_FILES``; data card in
``tests/corpus/semantic/DATA.md``) were written after the model of twelve authors was trained, by four more
authors, each with a brief unlike the corpus's: worried people in sensitive areas, professionals whose role
decides, casual chat, everyday assistant answers. They are the project's stand-in for text by people outside
it. Judged with the full judging step (no precedent), the same as ``eleanor-streams critics report --split
outside`` and ``evaluate FILE --report --no-precedents``.

The floors are regression guards, not targets: the figures measured when the set was added (accuracy 0.667,
RED recall 0.831, RED precision 0.493, GREEN precision 0.897, AMBER recall 0.508) minus the light margin of
the corpus floors, 0.06, raised (never lowered) by the same rule when a model changes: critic-model-6
measured 0.669, 0.831, 0.505, 0.922 and 0.531; critic-model-7 0.682, 0.839, 0.532, 0.932 and 0.575;
critic-model-8 0.688, 0.847, 0.519, 0.932 and 0.537; critic-model-9 0.692, 0.829, 0.518, 0.926 and 0.532.
No training choice may be made on this set; a retrained model that falls below a floor is worse on text by
unseen authors.
"""

from __future__ import annotations

from typing import Any

import pytest

from streams.config import CriticSettings
from streams.critics.corpus import OUTSIDE_FILES, load_corpus
from streams.engine import Evaluator

OUTSIDE_FLOORS = {
    "accuracy": 0.63,
    "RED_recall": 0.78,
    "RED_precision": 0.47,
    "GREEN_precision": 0.87,
    "AMBER_recall": 0.51,
}


@pytest.fixture(scope="module")
def outside() -> dict[str, Any]:
    from streams.tools.cli.critics import judge_cases

    corpus = load_corpus(files=OUTSIDE_FILES)
    assert not corpus.dropped
    return judge_cases(corpus.cases, Evaluator.from_settings(CriticSettings()))


def test_outside_set_is_four_authors_none_of_them_in_training() -> None:
    outside = load_corpus(files=OUTSIDE_FILES)
    trained = load_corpus()
    assert len(outside.cases) >= 2000
    assert {c.source for c in outside.cases} == {"hand_m", "hand_n", "hand_o", "hand_p"}
    assert not {c.source for c in outside.cases} & {c.source for c in trained.cases}
    texts = {(c.request.prompt, c.request.response) for c in trained.cases}
    assert not [c for c in outside.cases if (c.request.prompt, c.request.response) in texts]


def test_outside_authors_floors(outside: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    from streams.critics.report import render

    with capsys.disabled():
        print("\n" + "\n".join(render(outside, "outside authors (never trained on)")))
    lights = outside["lights"]
    got = {
        "accuracy": outside["accuracy"],
        "RED_recall": lights["RED"]["recall"],
        "RED_precision": lights["RED"]["precision"],
        "GREEN_precision": lights["GREEN"]["precision"],
        "AMBER_recall": lights["AMBER"]["recall"],
    }
    assert all(got[k] >= v for k, v in OUTSIDE_FLOORS.items()), (got, OUTSIDE_FLOORS)
