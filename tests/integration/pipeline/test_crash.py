"""Crash test: SIGKILL workers mid-stream, each after it acknowledged work; nothing is lost, replays happen.

The scenario (``crash_scenario.py``) kills three workers in turn, each only after the group's commit moved
past where it started and while verdicts exist above the committed offsets; after every kill it requires
those judged, uncommitted offsets to be judged again by a later worker, and in the end every request to
have a verdict and exactly one evidence row per request (and per critic) under FINAL.

The evidence is flushed less often than offsets are committed (``max_age_s`` 3 s, commit every 1 s, a batch
larger than what arrives in that time), as in production where ClickHouse wants about one insert per
second or fewer: commits must wait for the flush. The second test runs the same scenario with a worker
that acks a window once its verdicts are published, without waiting for its evidence
(``broken_worker.py``), and requires the scenario's checks to find the lost evidence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.config import Settings

from .crash_scenario import describe, run_crash_scenario

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

TOTAL = 15_000
KILLS = 3


def _settings(make_settings: Any, tmp_path: Path) -> Settings:
    settings: Settings = make_settings(
        create_topics=True,
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
        # A short session lets the restarted worker take over the dead member's partitions sooner.
        kafka={"partitions": 2, "session_timeout_s": 3.0, "heartbeat_interval_s": 0.5, "commit_interval_s": 1.0},
        evidence={"batch_size": 50_000, "buffer_size": 100_000, "max_age_s": 3.0},
    )
    return settings


@pytest.mark.timeout(420)
def test_sigkill_after_acknowledged_work_replays_and_loses_nothing(make_settings: Any, tmp_path: Path) -> None:
    report = run_crash_scenario(_settings(make_settings, tmp_path), tmp_path, total=TOTAL, kills=KILLS)
    account = describe(report)
    print(account)
    assert report.failures() == [], f"{account}\n{report.log_tail}"
    assert len(report.kills) == KILLS
    # Every kill interrupted judged work the commit did not cover, and all of it was judged again.
    assert all(kill.uncommitted and kill.replayed == kill.uncommitted for kill in report.kills), account


@pytest.mark.timeout(420)
def test_acking_before_the_evidence_is_stored_is_caught(make_settings: Any, tmp_path: Path) -> None:
    broken = "tests.integration.pipeline.broken_worker"
    report = run_crash_scenario(_settings(make_settings, tmp_path), tmp_path, total=TOTAL, kills=KILLS, module=broken)
    account = describe(report)
    print(account)
    failures = report.failures()
    print(failures)
    # The kills still came after acknowledged work, and the lost evidence is found.
    assert len(report.kills) == KILLS
    assert report.verdict_rows[1] < TOTAL, account
    assert any("verdicts FINAL holds" in failure for failure in failures), failures
