"""Scenario 1: the worker SIGKILLed at random moments while requests stream in, restarted each time.

Each kill comes only after the running worker has had at least one window acknowledged (the group's committed
offset moved past where it stood when that worker started), then after a random extra delay. A new worker
starts right after every kill. The books: every message has a verdict or a dead letter (replays counted,
at-least-once), exactly one evidence row per request under FINAL, the kills, and the recovery time of each
restart (kill -> the new worker's first acknowledged window).

Short form 5 kills during 20,000 messages; the soak profile 20 kills during 100,000.
"""

from __future__ import annotations

import os
import random
import statistics
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
TOTAL = 100_000 if SOAK else 20_000
KILLS = 20 if SOAK else 5
CHUNK = 500
CYCLE_S = 12.0  # about one restart, one acknowledged window and the random wait: traffic spans most kills


@pytest.mark.timeout(2_400 if SOAK else 420)
def test_sigkill_at_random_moments_after_an_ack_loses_nothing(make_settings: Any, tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    settings = make_settings(
        create_topics=True,
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
        # a short session: the restarted worker takes over the dead member's partitions sooner
        kafka={"partitions": 2, "session_timeout_s": 3.0, "heartbeat_interval_s": 0.5},
        evidence={"batch_size": 2_000, "max_age_s": 0.5},
    )
    cases = traffic(TOTAL, "kill", seed)
    period = KILLS * CYCLE_S / (TOTAL / CHUNK)
    recoveries: list[float] = []
    moments: list[float] = []

    with Deployment(settings, tmp_path) as deployment, Paced(settings, cases, CHUNK, period) as paced:
        member = deployment.start()
        killed_at: float | None = None
        for _ in range(KILLS):
            base = deployment.committed()
            deployment.wait_committed_beyond(base, timeout_s=120.0)
            if killed_at is not None:
                recoveries.append(round(time.monotonic() - killed_at, 1))
            moment = rng.uniform(0.0, 3.0)
            time.sleep(moment)
            assert member.alive(), deployment.logs()[-3000:]
            moments.append(round(time.monotonic() - member.started_at, 1))
            deployment.kill(member)
            killed_at = time.monotonic()
            member = deployment.start()
        base = deployment.committed()
        deployment.wait_committed_beyond(base, timeout_s=120.0)
        assert killed_at is not None
        recoveries.append(round(time.monotonic() - killed_at, 1))
        left_when_done = TOTAL - paced.published
        paced.join()
        out = collect(settings, len(paced.sent), timeout_s=300.0 if SOAK else 180.0, settle_s=1.0)
        code = deployment.stop(member)
    assert code == 0, deployment.logs()[-3000:]

    books = audit(
        "SIGKILL at random moments", settings, paced.sent, out, replays=True, stores=deployment.evidence_stores()
    )
    books.extra.update(
        seed=seed,
        kills=deployment.kills,
        starts=deployment.starts,
        killed_after_s=moments,
        recovery_s=recoveries,
        recovery_median=statistics.median(recoveries),
        recovery_max=max(recoveries),
        unpublished_at_last_kill=left_when_done,
    )
    books.print()
    assert books.problems() == [], "\n".join(books.problems())
    assert deployment.kills == KILLS
