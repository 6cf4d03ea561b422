"""Crash test: SIGKILL the worker at random moments while 20,000 requests stream through; nothing is lost.

After each kill a new worker starts (same consumer group) and resumes from the last committed offset;
windows whose evidence was not yet acknowledged were never acked, so they are judged again. Afterwards
every request has at least one verdict message and exactly one row in ``verdicts`` FINAL.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path
from typing import Any

import pytest

from .helpers import StreamIn, WorkerProcess, collect, query, valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

TOTAL = 20_000
KILLS = 3


@pytest.mark.timeout(300)
def test_sigkill_at_random_moments_loses_nothing_and_duplicates_no_evidence(make_settings: Any, tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    settings = make_settings(
        create_topics=True,
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
        # A short session lets the restarted worker take over the dead member's partitions sooner.
        kafka={"partitions": 2, "session_timeout_s": 3.0, "heartbeat_interval_s": 0.5},
        evidence={"batch_size": 2_000, "max_age_s": 0.5},
    )
    payloads = [valid_request(f"crash-{i}", i) for i in range(TOTAL)]

    log = tmp_path / "workers.log"
    kills: list[float] = []
    # requests keep arriving while workers die
    with StreamIn(settings, payloads, chunk=1_000, pause_s=0.4) as stream_in:
        for _ in range(KILLS):
            with WorkerProcess(settings, log) as worker:
                moment = rng.uniform(4.0, 9.0)  # group join takes a few seconds; kill mid-stream
                time.sleep(moment)
                assert worker.alive(), log.read_text(errors="replace")[-3000:]
                worker.kill()
            kills.append(round(moment, 2))
        stream_in.join()

    with WorkerProcess(settings, log) as final:
        out = collect(settings, TOTAL, timeout_s=150.0, settle_s=0.5)
        code = final.terminate()
    assert code == 0, log.read_text(errors="replace")[-3000:]

    replayed = len(out.verdicts) - len({v["request_id"] for v in out.verdicts})
    context = f"seed={seed} kills_after_s={kills} replayed_verdicts={replayed}"
    print(context)
    ids = {v["request_id"] for v in out.verdicts}
    missing = {f"crash-{i}" for i in range(TOTAL)} - ids
    assert not missing, f"{len(missing)} requests without a verdict message ({context})"
    assert out.dead_letters == []
    rows = query(settings, "SELECT request_id, count() AS n FROM verdicts FINAL GROUP BY request_id HAVING n != 1")
    assert rows == [], context
    stored = query(settings, "SELECT count(), uniqExact(request_id) FROM verdicts FINAL")[0]
    assert stored == (TOTAL, TOTAL), context
    # replays happened (at-least-once) but evidence stayed one row per request and critic
    assert query(settings, "SELECT count() FROM findings FINAL")[0][0] == TOTAL * 7, context
