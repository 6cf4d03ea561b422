"""SIGTERM flushes the half-full open window and the evidence buffer, commits, and exits cleanly."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from .helpers import WorkerProcess, collect, committed_offsets, publish, queries, valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

COUNT = 300


@pytest.mark.parametrize("consumer", ["faust", "aiokafka"])
def test_sigterm_flushes_the_open_window_and_the_evidence_buffer(
    make_settings: Any, tmp_path: Path, consumer: str
) -> None:
    settings = make_settings(
        create_topics=True,
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
        kafka={"partitions": 1, "judge_consumer": consumer},
        # The window would wait 60 s to fill and evidence 60 s to age: only the shutdown can flush them.
        sizer={"initial_window": 1_000, "max_window": 1_000, "max_wait_s": 60.0},
        evidence={"batch_size": 10_000, "buffer_size": 50_000, "max_age_s": 60.0},
    )
    topic = settings.kafka.request_topics[0]
    log = tmp_path / "worker.log"
    with WorkerProcess(settings, log) as worker:
        worker.wait_ready()
        publish(settings, [valid_request(f"gs-{i}", i) for i in range(COUNT)])
        # Nothing outside the worker shows what it has fetched into the open window, so give it time; a slow
        # fetch is no failure: the window then holds a shorter prefix and the next worker judges the rest.
        time.sleep(3.0)
        code = worker.terminate(timeout=45)
    assert code == 0, worker.log_text()[-3000:]

    first = collect(settings, COUNT, timeout_s=20)
    held = len(first.verdicts)
    assert held > 0, "no verdicts after SIGTERM: the open window was not flushed\n" + worker.log_text()[-3000:]
    # the open window was flushed as it stood: the first `held` offsets, in one window, each judged once
    assert sorted(v["request_id"] for v in first.verdicts) == sorted(f"gs-{i}" for i in range(held))
    assert {v["window_id"] for v in first.verdicts} == {f"{topic}:0:0+{held}"}
    # and committed: a new worker starts right after them
    assert asyncio.run(committed_offsets(settings, topic, 1)) == [held]

    # A short wait lets the next worker emit without a shutdown, so the test can wait for the rest to arrive.
    quick = settings.model_copy(update={"sizer": settings.sizer.model_copy(update={"max_wait_s": 1.0})})
    with WorkerProcess(quick, log) as again:
        again.wait_ready()
        if held < COUNT:
            collect(settings, COUNT, timeout_s=60)
        code = again.terminate()
    assert code == 0, again.log_text()[-3000:]

    out = collect(settings, COUNT, timeout_s=10)
    # every request exactly once across both workers: nothing replayed, nothing lost
    assert sorted(v["request_id"] for v in out.verdicts) == sorted(f"gs-{i}" for i in range(COUNT))

    stored, windows = queries(
        settings, "SELECT count() FROM verdicts", "SELECT window_id, size_chosen, events FROM windows FINAL"
    )
    assert stored[0][0] == COUNT  # stored once, not just FINAL
    assert (f"{topic}:0:0+{held}", 1_000, held) in windows
    assert sum(row[2] for row in windows) == COUNT
    if held == COUNT:
        assert windows == [(f"{topic}:0:0+{COUNT}", 1_000, COUNT)]
