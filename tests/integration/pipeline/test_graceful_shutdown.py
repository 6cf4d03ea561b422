"""SIGTERM flushes the half-full open window and the evidence buffer, commits, and exits cleanly."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from .helpers import WorkerProcess, collect, publish, query, valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

COUNT = 300


def test_sigterm_flushes_the_open_window_and_the_evidence_buffer(make_settings: Any, tmp_path: Path) -> None:
    settings = make_settings(
        create_topics=True,
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
        kafka={"partitions": 1},
        # The window would wait 60 s to fill and evidence 60 s to age: only the shutdown can flush them.
        sizer={"initial_window": 1_000, "max_window": 1_000, "max_wait_s": 60.0},
        evidence={"batch_size": 10_000, "buffer_size": 50_000, "max_age_s": 60.0},
    )
    log = tmp_path / "worker.log"
    worker = WorkerProcess(settings, log).start()
    worker.wait_ready()
    publish(settings, [valid_request(f"gs-{i}", i) for i in range(COUNT)])
    time.sleep(3.0)  # the worker holds the requests in its open window
    began = time.monotonic()
    assert worker.terminate(timeout=45) == 0, worker.log_text()[-3000:]
    assert time.monotonic() - began < 45

    out = collect(settings, COUNT, timeout_s=20)
    assert sorted(v["request_id"] for v in out.verdicts) == sorted(f"gs-{i}" for i in range(COUNT))
    assert {v["window_id"] for v in out.verdicts} == {f"{settings.kafka.request_topics[0]}:0:0+{COUNT}"}

    # the offsets were committed: a new worker has nothing to replay
    again = WorkerProcess(settings, log).start()
    again.wait_ready()
    time.sleep(2.0)
    assert again.terminate() == 0
    assert len(collect(settings, COUNT, timeout_s=10).verdicts) == COUNT

    assert query(settings, "SELECT count() FROM verdicts")[0][0] == COUNT  # stored once, not just FINAL
    assert query(settings, "SELECT size_chosen, events FROM windows FINAL") == [(1_000, COUNT)]
