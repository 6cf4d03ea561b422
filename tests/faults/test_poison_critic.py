"""Scenario 6: a critic that raises or hangs on specific inputs (a poison pill), plugged into a real worker.

The window holding the pill is judged with that critic errored (the verdicts say which critic and why), a
hung call is abandoned at the critic timeout, windows while it still runs mark it busy, the stream moves on,
and once the critic is back later windows are judged by it again. The books balance throughout.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import orjson
import pytest

from tests.faults.books import SCALE, audit, publish_cases
from tests.faults.corpus import VERDICT, Case
from tests.faults.poison import HANG, HANG_S, RAISE
from tests.integration.pipeline.helpers import Outputs, WorkerProcess, collect

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

TIMEOUT_S = 1.0


def _batch(phase: str, n: int, pill: str | None = None) -> list[Case]:
    cases = []
    for i in range(n):
        rid = f"{phase}-{i}"
        prompt = f"{pill} " if pill is not None and i == n // 2 else ""
        body = {"request_id": rid, "prompt": f"{prompt}Please help with {phase} item {i}", "response": "Sure."}
        cases.append(Case(phase, rid.encode(), orjson.dumps(body), VERDICT))
    return cases


def _poison(verdict: dict[str, Any]) -> dict[str, Any]:
    return next(f for f in verdict["findings"] if f["critic"] == "poison")


@pytest.mark.timeout(180 * SCALE)
def test_a_poison_pill_errors_its_critic_for_that_window_and_the_stream_moves_on(
    make_settings: Any, tmp_path: Path
) -> None:
    settings = make_settings(
        create_topics=True,
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
        kafka={"partitions": 1},
        critics={"plugins": ["tests.faults.poison:PoisonCritic"], "timeout_s": TIMEOUT_S},
        sizer={"max_wait_s": 0.2},
    )
    n = 50 * SCALE
    sent: dict[tuple[int, int], Case] = {}
    out = Outputs()

    def phase(cases: list[Case]) -> Outputs:
        sent.update(publish_cases(settings, cases))
        return collect(settings, len(sent), timeout_s=60.0 * SCALE, settle_s=0.3)

    with WorkerProcess(settings, tmp_path / "worker.log") as worker:
        worker.wait_ready()
        phase(_batch("raise", n, RAISE))
        hang_started = time.monotonic()
        phase(_batch("hang", n, HANG))
        phase(_batch("during", n))  # the hung call still runs: the critic is busy
        time.sleep(max(0.0, HANG_S + 0.5 - (time.monotonic() - hang_started)))
        out = phase(_batch("after", n))
        assert worker.alive(), worker.log_text()[-3000:]
        code = worker.terminate()
    assert code == 0, worker.log_text()[-3000:]

    books = audit("poison-pill critic", settings, sent, out)
    by_phase: dict[str, list[dict[str, Any]]] = {}
    for v in out.verdicts:
        by_phase.setdefault(v["request_id"].split("-")[0], []).append(v)
    errored = {p: sum("poison" in v["errored_critics"] for v in vs) for p, vs in sorted(by_phase.items())}
    books.extra.update(poison_errored=errored, critic_timeout_s=TIMEOUT_S, hang_s=HANG_S)
    books.print()
    assert books.problems() == [], "\n".join(books.problems())

    pill = next(v for v in by_phase["raise"] if v["request_id"] == f"raise-{n // 2}")
    assert "poison" in pill["errored_critics"]
    assert _poison(pill)["errored"] is True
    assert "poison pill swallowed" in _poison(pill)["error"]
    hung = next(v for v in by_phase["hang"] if v["request_id"] == f"hang-{n // 2}")
    assert "poison" in hung["errored_critics"]
    assert _poison(hung)["error"] == f"timed out after {TIMEOUT_S:g} s"
    # the other critics judged the pill windows as usual
    assert all(not f["errored"] for f in pill["findings"] if f["critic"] != "poison")
    # once the critic is back it judges again: the last phase has no errored critic at all
    assert errored["after"] == 0, errored
    assert all(not v["errored_critics"] for v in by_phase["after"])
