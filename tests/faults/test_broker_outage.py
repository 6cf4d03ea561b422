"""Scenario 3: the broker frozen (SIGSTOP) for 20 s mid-run, then gone from the network for longer than the
session timeout — the same worker process (and the same evidence writer) recovers by itself both times and
nothing is lost.

The local broker stores everything in memory, so a broker *restart* would lose every topic and offset (a
real broker's would not); "gone" is therefore a relay in front of the broker that resets every connection
and refuses new ones, then listens again (see :mod:`tests.faults.proxy`). The freeze is longer than the
session timeout as well: the coordinator wakes up to a member whose heartbeats stopped 20 s ago.

Producers hold off while the broker is away (their retries are not under test: the books then count only
what the broker acknowledged). Recovery is the time from the broker's return to the group's first new commit.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.faults.books import SCALE, audit
from tests.faults.deployment import Deployment, Member
from tests.faults.proxy import RelayedBroker
from tests.faults.traffic import Paced, traffic
from tests.integration.pipeline.helpers import collect

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

SOAK = SCALE > 1
STALL_S = 60.0 if SOAK else 20.0
GONE_S = 60.0 if SOAK else 15.0  # 2.5 session timeouts
SESSION_S = 6.0
TOTAL = 12_000 * (5 if SOAK else 1)


def _outage(
    deployment: Deployment,
    member: Member,
    paced: Paced,
    away: Callable[[], None],
    back: Callable[[], None],
    seconds: float,
) -> tuple[float, str]:
    """Hold traffic, take the broker away for ``seconds``, bring it back; (recovery seconds, log during it)."""
    log_from = len(deployment.logs())
    paced.pause()
    away()
    time.sleep(seconds)
    assert member.alive(), deployment.logs()[-3000:]
    back()
    returned = time.monotonic()
    paced.resume()
    # the first commit past what the group held when the broker came back: windows are acknowledged again
    deployment.wait_committed_beyond(deployment.committed(), timeout_s=180.0)
    recovery = round(time.monotonic() - returned, 1)
    # the watchdog probes every second while the broker is away: its "again" line follows within a probe or two
    for _ in range(100):
        if "broker answering again" in deployment.logs()[log_from:]:
            break
        time.sleep(0.1)
    return recovery, deployment.logs()[log_from:]


@pytest.mark.timeout(900 if SOAK else 300)
def test_broker_frozen_then_gone_the_worker_recovers_by_itself(make_settings: Any, tmp_path: Path) -> None:
    broker = RelayedBroker(tmp_path / "broker")
    try:
        settings = make_settings(
            create_topics=True,
            clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
            kafka={"bootstrap": broker.address, "partitions": 2, "session_timeout_s": SESSION_S},
        )
        seed = int.from_bytes(os.urandom(4), "big")
        cases = traffic(TOTAL, "broker", seed)
        with Deployment(settings, tmp_path) as deployment, Paced(settings, cases, 500, 1.0) as paced:
            member = deployment.start()
            deployment.wait_committed_beyond(0, timeout_s=120.0)
            time.sleep(2.0)  # mid-run: windows in flight and a backlog
            frozen_recovery, frozen_log = _outage(deployment, member, paced, broker.freeze, broker.thaw, STALL_S)
            time.sleep(3.0)
            gone_recovery, gone_log = _outage(deployment, member, paced, broker.cut, broker.restore, GONE_S)
            paced.hurry()  # both outages are over (and recovered from): the rest needs no pacing
            paced.join()
            out = collect(settings, len(paced.sent), timeout_s=180.0, settle_s=1.0)
            assert member.alive(), deployment.logs()[-3000:]
            code = deployment.stop(member)
        assert code == 0, deployment.logs()[-3000:]
        assert deployment.starts == 1  # the same process throughout: no restart from outside

        assert deployment.writer_starts == 1  # the evidence writer too rode out both outages by itself
        books = audit(
            "broker frozen, then gone", settings, paced.sent, out, replays=True, stores=deployment.evidence_stores()
        )
    finally:
        broker.stop()
    warned = [line for line in gone_log.splitlines() if "WARNING" in line or "ERROR" in line]
    # traffic is held while the broker is frozen: only the watchdog can notice, and it must say so both ways
    frozen_watch = [
        line for line in frozen_log.splitlines() if "broker not answering" in line or "answering again" in line
    ]
    books.extra.update(
        seed=seed,
        session_timeout_s=SESSION_S,
        frozen_s=STALL_S,
        frozen_recovery_s=frozen_recovery,
        gone_s=GONE_S,
        gone_recovery_s=gone_recovery,
        warnings_while_gone=len(warned),
        watchdog_lines_while_frozen=len(frozen_watch),
        restarts=deployment.starts - 1,
    )
    books.print()
    for line in dict.fromkeys(w.split(" ", 3)[-1][:160] for w in warned[:40]):
        print("   ", line)
    assert books.problems() == [], "\n".join(books.problems())
    assert warned, "the worker said nothing while the broker was gone:\n" + gone_log[-3000:]
    assert any("broker not answering" in line for line in frozen_watch), frozen_log[-3000:]
    assert any("broker answering again" in line for line in frozen_watch), frozen_log[-3000:]
