"""Scenario 4: Redis killed, restarted, then frozen (SIGSTOP) mid-run through the whole worker.

Verdicts keep flowing on L1 alone while Redis is away (the worker's verdict counter grows during each outage),
the worker's /metrics page shows the breaker open during each outage and closed once Redis answers again,
and the books balance. Every request has its own content, so each one asks Redis (L1 never has it) — the
breaker is exercised by real traffic, not by an idle connection.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from streams.metrics import BREAKER_STATES
from streams.tools.devstack import ServiceHandle, free_port, start_redis
from tests.faults.books import SCALE, audit
from tests.faults.deployment import Deployment, Member
from tests.faults.traffic import Paced, traffic
from tests.integration.pipeline.helpers import collect

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

SOAK = SCALE > 1
OUTAGE_S = 60.0 if SOAK else 8.0
TOTAL = 8_000 * (8 if SOAK else 1)  # at 200/s: traffic outlasts both outages
BREAKER = "eleanor_cache_breaker_state"
OPEN, CLOSED = BREAKER_STATES["open"], BREAKER_STATES["closed"]


def _watch(member: Member, seconds: float) -> tuple[float, set[float]]:
    """Scrape /metrics for ``seconds``: (verdicts published meanwhile, breaker states seen)."""
    before = member.total("eleanor_verdicts_total")
    states = set()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        states.add(member.metrics().get(BREAKER, -9.0))
        time.sleep(0.5)
    return member.total("eleanor_verdicts_total") - before, states


def _closed_again(member: Member, timeout_s: float = 60.0) -> float:
    """Seconds until the breaker shows closed (Redis answered a probe and a window reported it)."""
    began = time.monotonic()
    while time.monotonic() - began < timeout_s:
        if member.metrics().get(BREAKER) == CLOSED:
            return round(time.monotonic() - began, 1)
        time.sleep(0.25)
    raise AssertionError("the breaker never closed again")


@pytest.mark.timeout(900 if SOAK else 240)
def test_redis_killed_restarted_and_frozen_verdicts_keep_flowing(make_settings: Any, tmp_path: Path) -> None:
    port = free_port()
    redis: list[ServiceHandle] = [start_redis(tmp_path / "redis", port=port)]
    try:
        settings = make_settings(
            create_topics=True,
            clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
            kafka={"partitions": 2},
            cache={"redis_url": f"redis://127.0.0.1:{port}/0", "breaker_reset_s": 1.0},
        )
        seed = int.from_bytes(os.urandom(4), "big")
        cases = traffic(TOTAL, "redis", seed)
        outages: dict[str, dict[str, Any]] = {}
        with Deployment(settings, tmp_path) as deployment, Paced(settings, cases, 100, 0.5) as paced:
            member = deployment.start()
            deployment.wait_committed_beyond(0, timeout_s=120.0)
            assert member.metrics().get(BREAKER) == CLOSED

            def outage(name: str, away: Callable[[], None], back: Callable[[], None]) -> None:
                away()
                flowed, states = _watch(member, OUTAGE_S)
                back()
                outages[name] = {
                    "verdicts_during": int(flowed),
                    "breaker_seen": sorted(int(s) for s in states),
                    "closed_after_s": _closed_again(member),
                }

            def kill() -> None:
                os.kill(redis[0].pid, signal.SIGKILL)
                redis[0].stop()  # reaps it

            outage("killed", kill, lambda: redis.append(start_redis(tmp_path / "redis", port=port)))
            outage(
                "frozen",
                lambda: os.kill(redis[-1].pid, signal.SIGSTOP),
                lambda: os.kill(redis[-1].pid, signal.SIGCONT),
            )
            paced.hurry()  # both outages are over (and the breaker closed again): the rest needs no pacing
            paced.join()
            out = collect(settings, len(paced.sent), timeout_s=180.0, settle_s=1.0)
            metrics = member.metrics()
            code = deployment.stop(member)
        assert code == 0, deployment.logs()[-3000:]
    finally:
        for handle in redis:
            with contextlib.suppress(ProcessLookupError):
                os.kill(handle.pid, signal.SIGCONT)
            handle.stop()

    books = audit(
        "Redis killed, restarted, frozen",
        settings,
        paced.sent,
        out,
        replays=True,
        stores=deployment.evidence_stores(),
    )
    log = deployment.logs()
    books.extra.update(
        seed=seed,
        outage_s=OUTAGE_S,
        **{f"{name}": figures for name, figures in outages.items()},
        l2_hits=int(metrics.get('eleanor_cache_hits_total{level="l2"}', 0)),
        unavailable_logged=log.count("redis unavailable"),
        back_logged=log.count("redis answers again"),
    )
    books.print()
    assert books.problems() == [], "\n".join(books.problems())
    assert books.duplicates == 0  # no worker restarted: Redis trouble alone replays nothing
    for name, figures in outages.items():
        assert figures["verdicts_during"], f"no verdicts while Redis was {name}"
        assert OPEN in figures["breaker_seen"], f"breaker never shown open while Redis was {name}: {figures}"
    assert metrics.get(BREAKER) == CLOSED
    assert log.count("redis unavailable") >= 2
