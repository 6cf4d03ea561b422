"""Scenario 7: memory at a steady rate — the worker's RSS stays flat within 10 % after warm-up.

The long form (``make soak``) runs 30 minutes at 200 requests/s; the normal suite runs a 60-second sanity
form at 300/s that catches a gross leak, not a slow one. Every request has its own content, so the L1 cache
fills to its bound during warm-up (``l1_size`` here is 5,000 entries, so the warm-up covers the fill; the
bound itself is a setting, not a leak). The curve of RSS samples is printed with the books.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from tests.faults.books import SCALE, audit
from tests.faults.deployment import Deployment, curve
from tests.faults.traffic import Paced, traffic
from tests.integration.pipeline.helpers import collect

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

SOAK = SCALE > 1
RUN_S = 1_800.0 if SOAK else 60.0
WARMUP_S = 300.0 if SOAK else 25.0
RATE = 200 if SOAK else 300  # requests per second
SAMPLE_S = 30.0 if SOAK else 5.0
L1_SIZE = 5_000
FLAT = 0.10


@pytest.mark.timeout(2_700 if SOAK else 240)
def test_rss_is_flat_at_a_steady_rate(make_settings: Any, tmp_path: Path) -> None:
    settings = make_settings(
        create_topics=True,
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
        kafka={"partitions": 2},
        cache={"l1_size": L1_SIZE},
    )
    seed = int.from_bytes(os.urandom(4), "big")
    chunk = RATE // 4
    cases = traffic(int(RATE * RUN_S), "mem", seed)
    samples: list[tuple[float, float]] = []
    with Deployment(settings, tmp_path) as deployment:
        member = deployment.start()
        deployment.wait_ready(member)
        with Paced(settings, cases, chunk, chunk / RATE) as paced:
            began = time.monotonic()
            while not paced.done:
                samples.append((round(time.monotonic() - began, 1), member.rss_mb()))
                paced.wait(SAMPLE_S)  # the next sample in SAMPLE_S, or none once the traffic is through
            paced.join()
            elapsed = time.monotonic() - began
        out = collect(settings, len(paced.sent), timeout_s=300.0 if SOAK else 120.0, settle_s=1.0)
        samples.append((round(time.monotonic() - began, 1), member.rss_mb()))
        code = deployment.stop(member)
    assert code == 0, deployment.logs()[-3000:]

    after = [rss for t, rss in samples if t >= WARMUP_S]
    assert len(after) >= 3, samples
    low, high = min(after), max(after)
    books = audit("memory at a steady rate", settings, paced.sent, out, stores=deployment.evidence_stores())
    books.extra.update(
        seed=seed,
        rate_per_s=round(len(paced.sent) / elapsed),
        run_s=round(elapsed),
        warmup_s=WARMUP_S,
        l1_size=L1_SIZE,
        rss_start_mb=round(samples[0][1]),
        rss_after_warmup_mb=f"{low:.0f}..{high:.0f} ({(high - low) / low:.1%} spread)",
    )
    books.print()
    print("   RSS curve (worker):\n" + curve(samples))
    assert books.problems() == [], "\n".join(books.problems())
    assert (high - low) / low <= FLAT, f"RSS not flat after warm-up: {low:.0f}..{high:.0f} MB"
