"""Every benchmark runs at a tiny size through the CLI and honours the JSON contract.

``eleanor-streams bench NAME --quick --json`` in a subprocess (each benchmark starts what it needs: a
redis-server, an embedded ClickHouse in a temp dir, the e2e benchmark its own broker, Redis and ClickHouse).
Checked: the contract's fields, that the provenance names this checkout's commit and this machine, and that
candidate and baseline produced the same count of outputs (the same work). The e2e benchmark runs with
``--workers 1,2``: both runs of worker subprocesses account for every event, and report their figures.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.tools.bench import BENCHMARKS
from streams.tools.bench.record import REPO, git_commit

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]


@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", list(BENCHMARKS))
def test_quick_run_honours_the_contract_and_both_sides_do_the_same_work(name: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("ELEANOR_")}
    env["ELEANOR_DATA_DIR"] = str(tmp_path / "data")  # nothing lands in the checkout
    extra = ["--workers", "1,2"] if name == "e2e" else []  # one run covers the worker subprocesses too
    done = subprocess.run(
        [sys.executable, "-m", "streams.tools.cli.main", "bench", name, "--quick", "--json", *extra],
        env={**env, "PYTHONPATH": str(REPO)},
        cwd=tmp_path,
        capture_output=True,
        timeout=580,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 1, lines
    data = orjson.loads(lines[0])

    assert data["benchmark"] == name
    assert data["quick"] is True
    for side in ("candidate", "baseline"):
        assert data[side]["label"]
        assert data[side]["per_s"] > 0
    assert data["ratio"] == pytest.approx(data["candidate"]["per_s"] / data["baseline"]["per_s"], rel=0.01)
    assert isinstance(data["details"], dict)
    assert data["details"]

    counts = data["candidate"]["count"], data["baseline"]["count"]
    assert all(isinstance(c, int) and c > 0 for c in counts), counts
    assert counts[0] == counts[1], f"candidate and baseline did different work: {counts}"

    assert data["commit"] == git_commit()
    assert data["machine"]["cores"] == os.cpu_count()
    assert len(data["machine"]["load_avg"]) == len(data["machine"]["load_avg_after"]) == 3
    assert data["machine"]["python"] == platform.python_version()
    assert data["settings"]["data_dir"] == str(tmp_path / "data")  # the settings it ran with
    assert {"kafka", "clickhouse", "cache", "sizer", "evidence"} <= set(data["settings"])
    stamp = dt.datetime.fromisoformat(data["timestamp"])
    assert abs((dt.datetime.now(dt.UTC) - stamp).total_seconds()) < 900
    if name == "e2e":
        _check_worker_runs(data["details"])


def _check_worker_runs(details: dict[str, Any]) -> None:
    """One entry per worker count, every event accounted for in each, the /proc figures read."""
    runs = details["workers"]
    assert sorted(runs) == ["1", "2"]
    events = details["events"]
    for count, run in runs.items():
        assert run["verdicts"] + run["dead_letters"] == events, (count, run)
        assert run["events_covered"] == events, (count, run)
        assert run["dead_letters"] == details["dead_letters"], (count, run)  # the same malformed requests
        assert run["per_s"] > 0
        assert run["seconds"] > 0
        assert run["cpu_us_per_event"] > 0
        assert len(run["worker_peak_rss_mb"]["each"]) == int(count)
        assert all(mb > 0 for mb in run["worker_peak_rss_mb"]["each"])
        assert run["worker_peak_rss_mb"]["max"] == max(run["worker_peak_rss_mb"]["each"])
        assert run["worker_chdb_loaded"] is False  # the workers read the precedent snapshot, not ClickHouse
        assert run["exit_codes"] == [0] * int(count)
