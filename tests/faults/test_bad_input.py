"""Scenario 2: every class of bad input mixed into valid traffic through a real worker.

Each bad message yields exactly one dead letter with the reason its class promises (tests/faults/corpus.py),
or exactly one verdict for the classes that are valid by the contract; the valid traffic around them is
judged; the books balance on the topics and in the evidence tables.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from tests.faults.books import SCALE, audit, publish_cases
from tests.faults.corpus import CLASSES, VERDICT, Case, bad_inputs
from tests.integration.pipeline.helpers import WorkerProcess, collect, valid_request

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]


@pytest.mark.timeout(300 * SCALE)
def test_every_bad_input_class_yields_exactly_one_outcome(make_settings: Any, tmp_path: Path) -> None:
    settings = make_settings(
        create_topics=True, clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"}, kafka={"partitions": 2}
    )
    seed = random.randrange(2**32)
    copies = 2 * SCALE
    bad = bad_inputs(copies, seed, prefix="bad")
    valid = [Case("valid", f"ok-{i}".encode(), valid_request(f"ok-{i}", i), VERDICT) for i in range(300 * SCALE)]
    mixed = valid + bad
    random.Random(seed).shuffle(mixed)
    sent = publish_cases(settings, mixed)

    with WorkerProcess(settings, tmp_path / "worker.log") as worker:
        out = collect(settings, len(sent), timeout_s=120.0 * SCALE)
        code = worker.terminate()
    assert code == 0, worker.log_text()[-3000:]

    books = audit("bad input classes", settings, sent, out)
    books.extra.update(seed=seed, classes=len(CLASSES), copies_per_class=copies, valid=len(valid))
    books.print()
    assert books.problems() == [], "\n".join(books.problems())
    # the worker never logged a window it could not judge
    assert "internal_error" not in books.reasons, books.reasons
