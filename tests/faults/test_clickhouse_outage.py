"""Scenario 5: ClickHouse unavailable while traffic flows.

The embedded ClickHouse lives inside the evidence writer (chDB: one process per data path), so the outage is
the writer SIGKILLed — ClickHouse and the writer gone together, mid-batch, nothing flushed or committed — and
started again ``OUTAGE_S`` later. Judge workers never wait for ClickHouse: their verdict rate during the
outage must stay within 20 % of the rate the load publishes at meanwhile (steady, under one worker's
capacity; the rate before the outage is printed beside it), and once the writer is back
it catches up from its last commit. The books: every message has a verdict or a dead letter, exactly one
evidence row per request under FINAL, the verdict rates before/during/after and the writer's catch-up time.

Short form 10 s during 8,000 messages; the soak profile 60 s during 20,000 (the throughput issue's figure).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from tests.faults.books import SCALE, audit
from tests.faults.deployment import Deployment, Member
from tests.faults.traffic import Paced, traffic
from tests.integration.pipeline.helpers import collect

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

SOAK = SCALE > 1
OUTAGE_S = 60.0 if SOAK else 10.0
TOTAL = 20_000 if SOAK else 8_000
CHUNK = 50
RATE = 200  # messages per second offered: well under one worker's capacity, so the rate shows any stall


def _rates(member: Member, paced: Paced, seconds: float) -> tuple[float, float]:
    """(verdicts the worker published, messages the load published) per second over the next ``seconds``."""
    verdicts, published = member.total("eleanor_verdicts_total"), paced.published
    began = time.monotonic()
    time.sleep(seconds)
    took = time.monotonic() - began
    return (member.total("eleanor_verdicts_total") - verdicts) / took, (paced.published - published) / took


def _steady(member: Member, timeout_s: float = 120.0) -> None:
    """Wait until the worker keeps up with the offered load (consumer lag at most two seconds of traffic), so
    that the rate measured next is the steady rate, not a start-up backlog draining."""
    began = time.monotonic()
    while time.monotonic() - began < timeout_s:
        lag = [v for k, v in member.metrics().items() if k.startswith("eleanor_consumer_lag{")]
        if lag and sum(lag) <= 2 * RATE:
            return
        time.sleep(0.5)
    raise AssertionError(f"the worker did not reach a steady state within {timeout_s:.0f} s")


def _evidence_caught_up(deployment: Deployment, timeout_s: float) -> float:
    """Seconds until the restarted writer is back to the steady state (messages not yet stored, summed over the
    evidence topics' partitions, at most two seconds of traffic)."""
    writer = deployment.writer
    assert writer is not None
    began = time.monotonic()
    while time.monotonic() - began < timeout_s:
        try:
            samples = writer.metrics(timeout_s=5.0)
        except OSError:  # its /metrics page is not up yet
            samples = {}
        lag = [v for k, v in samples.items() if k.startswith("eleanor_evidence_lag{")]
        if lag and sum(lag) <= 2 * RATE:  # back to the steady state: at most two seconds of traffic behind
            return round(time.monotonic() - began, 1)
        time.sleep(0.5)
    raise AssertionError(f"the writer did not catch up within {timeout_s:.0f} s:\n{deployment.writer_log()[-3000:]}")


@pytest.mark.timeout(900 if SOAK else 300)
def test_clickhouse_gone_verdicts_keep_their_rate_and_evidence_catches_up(make_settings: Any, tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    settings = make_settings(
        create_topics=True,
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
        kafka={"partitions": 2},
        evidence={"batch_size": 2_000, "max_age_s": 0.5},
    )
    cases = traffic(TOTAL, "chdown", seed)
    with Deployment(settings, tmp_path) as deployment, Paced(settings, cases, CHUNK, CHUNK / RATE) as paced:
        member = deployment.start()
        deployment.wait_committed_beyond(0, timeout_s=120.0)
        _steady(member)
        normal, offered_before = _rates(member, paced, 8.0)
        deployment.kill_writer()
        during, offered_during = _rates(member, paced, OUTAGE_S)
        assert member.alive(), deployment.logs()[-3000:]
        deployment.start_writer()
        catch_up = _evidence_caught_up(deployment, timeout_s=120.0)
        paced.hurry()  # the rates and the writer's catch-up are measured: the rest needs no pacing
        paced.join()
        out = collect(settings, len(paced.sent), timeout_s=180.0, settle_s=1.0)
        code = deployment.stop(member)
        assert code == 0, deployment.logs()[-3000:]
        books = audit("ClickHouse gone", settings, paced.sent, out, replays=True, stores=deployment.evidence_stores())
    books.extra.update(
        seed=seed,
        outage_s=OUTAGE_S,
        published_per_s_before=round(offered_before, 1),
        verdicts_per_s_before=round(normal, 1),
        published_per_s_during=round(offered_during, 1),
        verdicts_per_s_during=round(during, 1),
        writer_catch_up_s=catch_up,
        worker_restarts=deployment.starts - 1,
    )
    books.print()
    assert books.problems() == [], "\n".join(books.problems())
    assert deployment.starts == 1  # the judge worker never noticed: no restart
    # the verdict rate follows the offered load while ClickHouse is gone (the load is steady, not a backlog)
    assert during >= 0.8 * offered_during, (
        f"verdicts fell behind while ClickHouse was gone: {during:.0f}/s of {offered_during:.0f}/s offered"
    )
