"""Two workers share the consumer group: a second one joins mid-stream (rebalance), nothing is lost and the
evidence stays one row per request."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest

from .helpers import StreamIn, WorkerProcess, collect, query, valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

TOTAL = 8_000


def test_a_worker_joining_mid_stream_takes_partitions_without_loss(make_settings: Any, tmp_path: Path) -> None:
    settings = make_settings(
        create_topics=True,
        # one ClickHouse server would serve both workers; embedded chDB is one process per path, so each
        # worker writes to its own path and the test reads both
        kafka={"partitions": 4, "session_timeout_s": 3.0, "heartbeat_interval_s": 0.5},
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch-a'}"},
    )
    second = settings.model_copy(
        update={"clickhouse": settings.clickhouse.model_copy(update={"dsn": f"chdb://{tmp_path / 'ch-b'}"})}
    )
    payloads = [valid_request(f"so-{i}", i) for i in range(TOTAL)]

    with WorkerProcess(settings, tmp_path / "a.log") as first:
        first.wait_ready()
        # ~12 s of traffic: the second worker joins while it flows
        with StreamIn(settings, payloads, chunk=500, pause_s=0.75) as stream_in:
            time.sleep(1.0)
            with WorkerProcess(second, tmp_path / "b.log") as joiner:
                stream_in.join()
                out = collect(settings, TOTAL, timeout_s=120)
                codes = (first.terminate(), joiner.terminate())
    assert codes == (0, 0), (first.log_text()[-2000:], joiner.log_text()[-2000:])
    assert {v["request_id"] for v in out.verdicts} == {f"so-{i}" for i in range(TOTAL)}
    handled = {"a": first.log_text(), "b": joiner.log_text()}
    assert all("window agent stopping" in text for text in handled.values())

    joined = re.search(r"window agent stopping windows=(\d+) events=(\d+)", joiner.own_log_text())
    assert joined, joiner.log_text()[-2000:]
    assert int(joined.group(2)) > 0, "the joining worker never got a partition"
    rows = query(settings, "SELECT request_id, count() FROM verdicts FINAL GROUP BY request_id")
    assert {r[0] for r in rows} == {f"so-{i}" for i in range(TOTAL)}
    assert all(r[1] == 1 for r in rows)  # a request judged by both (replayed across the rebalance) is stored once
