"""Scenario 8: consumer-group churn — a second worker joins and leaves (SIGTERM) three times during a run.

Each join and each leave is a rebalance: the first worker hands partitions over (finishing and acknowledging
what it holds) and takes them back. Both workers publish to the same topics and the one evidence writer
stores them: the books balance in its store (a request judged by both across a rebalance is a replay on the
topics and one row under FINAL), the joiner really judged something (its own /metrics, read before each
leave), and every join and leave is timed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from tests.faults.books import SCALE, audit
from tests.faults.deployment import Deployment
from tests.faults.traffic import Paced, traffic
from tests.integration.pipeline.helpers import collect

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

SOAK = SCALE > 1
CYCLES = 10 if SOAK else 3
STAY_S = 20.0 if SOAK else 2.0  # how long the joiner works before it leaves
TOTAL = 40_000 if SOAK else 12_000


@pytest.mark.timeout(1_800 if SOAK else 300)
def test_a_second_worker_joins_and_leaves_three_times(make_settings: Any, tmp_path: Path) -> None:
    settings = make_settings(
        create_topics=True,
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
        kafka={"partitions": 4, "session_timeout_s": 3.0, "heartbeat_interval_s": 0.5},
    )
    seed = int.from_bytes(os.urandom(4), "big")
    cases = traffic(TOTAL, "churn", seed)
    joins: list[float] = []
    leaves: list[float] = []
    joiner_verdicts: list[int] = []  # verdicts each joiner published, from its /metrics just before it left
    with Deployment(settings, tmp_path) as deployment:
        first = deployment.start("a")
        deployment.wait_ready(first)
        # traffic spans every cycle: about (pause + join + first commit + stay + leave) each; a join takes up to
        # ~10 s on a loaded machine, and a join after the last message could never see a new commit
        period = CYCLES * (STAY_S + 20.0) / (TOTAL / 500)
        with Paced(settings, cases, 500, period) as paced:
            for _ in range(CYCLES):
                time.sleep(2.0)
                joiner = deployment.start("b")
                joins.append(round(deployment.wait_ready(joiner), 1))
                deployment.wait_committed_beyond(deployment.committed(), timeout_s=60.0)
                time.sleep(STAY_S)
                joiner_verdicts.append(int(joiner.total("eleanor_verdicts_total")))
                left = time.monotonic()
                code = deployment.stop(joiner)
                assert code == 0, deployment.logs()[-3000:]
                leaves.append(round(time.monotonic() - left, 1))
                assert first.alive(), deployment.logs()[-3000:]
            published_during = paced.published
            paced.hurry()  # the churn is over: what is left of the traffic needs no pacing
            paced.join()
        out = collect(settings, len(paced.sent), timeout_s=240.0 if SOAK else 150.0, settle_s=1.0)
        code = deployment.stop(first)
    assert code == 0, deployment.logs()[-3000:]

    stores = deployment.evidence_stores()
    assert len(stores) == 1  # one evidence writer stores what every worker published
    books = audit("consumer-group churn", settings, paced.sent, out, replays=True, stores=stores)
    books.extra.update(
        seed=seed,
        cycles=CYCLES,
        join_s=joins,
        leave_s=leaves,
        joiner_verdicts=joiner_verdicts,
        published_during_churn=published_during,
    )
    books.print()
    assert books.problems() == [], "\n".join(books.problems())
    assert sum(joiner_verdicts) > 0, "the joining worker never judged anything"
