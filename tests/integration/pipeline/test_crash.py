"""Crash test: SIGKILL judge workers and the evidence writer mid-stream, each after it acknowledged work;
nothing is lost, replays happen.

The scenario (``crash_scenario.py``) kills three judge workers in turn, each only after the group's commit
moved past where it started and while verdicts exist above the committed offsets; after every kill it
requires those judged, uncommitted offsets to be judged again by a later worker. Meanwhile it kills the
evidence writer (``eleanor-streams sink``) three times, each only after the evidence group committed a
stored batch and while verdict messages sit above that commit. In the end every request must have a verdict
and exactly one evidence row per request (and per critic) under FINAL.

The evidence is stored less often than the judge commits (``max_age_s`` 3 s, commit every 1 s, a batch
larger than what arrives in that time), as in production where ClickHouse wants about one insert per second
or fewer: the writer holds seconds of evidence it has not stored yet when it is killed. The second test runs
the same scenario with an evidence writer that commits what it fetched before ClickHouse stored it
(``broken_writer.py``), and requires the scenario's checks to find the lost evidence. That writer reports
what it has committed and not stored, and each kill waits until it holds some, well before their age makes
it store them: the loss is then certain, not a matter of where the kill happens to land.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from streams.config import Settings

from .broken_writer import HOLDING_FILE, holding
from .crash_scenario import describe, run_crash_scenario

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

TOTAL = 15_000
KILLS = 3
WRITER_KILLS = 3


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
    report = run_crash_scenario(
        _settings(make_settings, tmp_path), tmp_path, total=TOTAL, kills=KILLS, writer_kills=WRITER_KILLS
    )
    account = describe(report)
    print(account)
    assert report.failures() == [], f"{account}\n{report.log_tail}"
    assert len(report.kills) == KILLS
    assert len(report.writer_kills) == WRITER_KILLS
    # Every kill interrupted judged work the commit did not cover, and all of it was judged again.
    assert all(kill.uncommitted and kill.replayed == kill.uncommitted for kill in report.kills), account
    # Every writer kill left evidence unstored, and a later writer stored it: one row per request under FINAL.
    assert all(kill.unstored for kill in report.writer_kills), account
    assert report.verdict_rows == (TOTAL, TOTAL), account


@pytest.mark.timeout(420)
def test_committing_evidence_before_it_is_stored_is_caught(make_settings: Any, tmp_path: Path) -> None:
    settings = _settings(make_settings, tmp_path)
    holding_file = tmp_path / "holding"

    def holds_committed_evidence() -> bool:
        # Kill while the writer holds messages it committed and did not store, well before their age makes
        # it store them: then the kill surely loses them (a kill just after a store would lose nothing).
        count, since = holding(holding_file)
        return count > 0 and time.monotonic() - since < settings.evidence.max_age_s - 1.5

    report = run_crash_scenario(
        settings,
        tmp_path,
        total=TOTAL,
        kills=KILLS,
        writer_kills=WRITER_KILLS,
        writer_module="tests.integration.pipeline.broken_writer",
        writer_env={HOLDING_FILE: str(holding_file)},
        writer_ready=holds_committed_evidence,
    )
    account = describe(report)
    print(account)
    failures = report.failures()
    print(failures)
    # The kills still came after acknowledged work; every verdict was published (the judge is correct), but the
    # evidence the broken writer had committed and not stored when it was killed is lost, and found.
    assert len(report.kills) == KILLS
    assert len(report.writer_kills) == WRITER_KILLS
    assert report.missing_verdicts == 0, account
    assert report.verdict_rows[1] < TOTAL, account
    assert any("verdicts FINAL holds" in failure for failure in failures), failures
