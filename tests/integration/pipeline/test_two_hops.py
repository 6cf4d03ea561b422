"""At-least-once in two hops with processes that die: the evidence writer killed with SIGKILL mid-run, and
one of two judge workers killed with SIGKILL mid-stream. Every request is judged and its evidence stored
exactly once under FINAL."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from streams.config import Settings

from .helpers import StreamIn, WorkerProcess, collect, evidence_committed_to_the_end, queries, valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]


def _sink(settings: Settings, log: Path) -> WorkerProcess:
    return WorkerProcess(settings, log, command=("sink",))


def _wait_for_log(proc: WorkerProcess, text: str, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while text not in proc.own_log_text():
        assert proc.alive(), proc.log_text()[-3000:]
        assert time.monotonic() < deadline, proc.log_text()[-3000:]
        time.sleep(0.2)


def _wait_until_stored(sink: WorkerProcess, settings: Settings, timeout_s: float = 120.0) -> None:
    """Until the running writer has stored and committed every evidence topic to its end."""
    deadline = time.monotonic() + timeout_s
    while not asyncio.run(evidence_committed_to_the_end(settings)):
        assert sink.alive(), sink.log_text()[-3000:]
        assert time.monotonic() < deadline, sink.log_text()[-3000:]
        time.sleep(0.5)


def _assert_evidence_once(settings: Settings, ids: set[str], *more: str) -> list[list[tuple[Any, ...]]]:
    """The checks in one queries() pass; the rows of ``more`` statements run in the same pass."""
    rows, findings, *rest = queries(
        settings,
        "SELECT request_id, count() FROM verdicts FINAL GROUP BY request_id",
        "SELECT count(), uniqExact(request_id) FROM findings FINAL",
        *more,
    )
    assert {r[0] for r in rows} == ids
    assert all(r[1] == 1 for r in rows)
    assert findings[0] == (len(ids) * 7, len(ids))
    return rest


def test_evidence_writer_killed_mid_run_loses_and_duplicates_nothing(make_settings: Any, tmp_path: Path) -> None:
    total = 6_000
    settings = make_settings(
        create_topics=True,
        kafka={"partitions": 2},
        evidence={"batch_size": 400, "buffer_size": 400, "max_age_s": 0.3},
    )
    payloads = [valid_request(f"wk-{i}", i) for i in range(total)]
    log = tmp_path / "sink.log"
    with _sink(settings, log) as first_sink, WorkerProcess(settings, tmp_path / "worker.log") as worker:
        _wait_for_log(first_sink, "evidence partitions assigned")
        worker.wait_ready()
        with StreamIn(settings, payloads, chunk=500, pause_s=0.5) as stream_in:
            time.sleep(3.0)
            first_sink.kill()  # SIGKILL: no flush, no commit
            assert "evidence writer stopped" not in first_sink.own_log_text()
            with _sink(settings, log) as second_sink:
                stream_in.join()
                out = collect(settings, total, timeout_s=180)
                assert worker.terminate() == 0, worker.log_text()[-3000:]
                # the second writer takes over from the first one's last commit and stores the rest
                _wait_until_stored(second_sink, settings)
                assert second_sink.terminate() == 0, second_sink.log_text()[-3000:]
    assert {v["request_id"] for v in out.verdicts} == {f"wk-{i}" for i in range(total)}
    (windows,) = _assert_evidence_once(
        settings, {f"wk-{i}" for i in range(total)}, "SELECT sum(events) FROM windows FINAL"
    )
    assert windows[0][0] == total


@pytest.mark.parametrize("consumer", ["faust", "aiokafka"])
def test_one_of_two_workers_killed_mid_stream_every_request_judged_and_stored_once(
    make_settings: Any, tmp_path: Path, consumer: str
) -> None:
    total = 8_000
    settings = make_settings(
        create_topics=True,
        kafka={"partitions": 4, "session_timeout_s": 3.0, "heartbeat_interval_s": 0.5, "judge_consumer": consumer},
    )
    payloads = [valid_request(f"tw-{i}", i) for i in range(total)]
    with _sink(settings, tmp_path / "sink.log") as sink:
        _wait_for_log(sink, "evidence partitions assigned")
        with WorkerProcess(settings, tmp_path / "a.log") as a, WorkerProcess(settings, tmp_path / "b.log") as b:
            a.wait_ready()
            b.wait_ready()
            with StreamIn(settings, payloads, chunk=500, pause_s=0.6) as stream_in:
                time.sleep(3.0)
                a.kill()  # mid-stream: its windows in flight are unacked and replayed by b
                stream_in.join()
                out = collect(settings, total, timeout_s=180)
            assert b.terminate() == 0, b.log_text()[-3000:]
        assert sink.terminate() == 0, sink.log_text()[-3000:]
    assert "window agent stopping" in b.log_text()
    judged = [v["request_id"] for v in out.verdicts]
    assert set(judged) == {f"tw-{i}" for i in range(total)}
    _assert_evidence_once(settings, {f"tw-{i}" for i in range(total)})
