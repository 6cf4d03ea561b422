"""``bench e2e --workers``: the worker subprocesses get the candidate's settings, each run its own topics, and the
figures read from /proc are this machine's; the option is parsed strictly and shown beside the e2e row."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from streams.config import load_settings
from streams.kafka.consumer import READY_LINE
from streams.tools.bench.e2e import _assigned_partitions, _cpu_s, _peak_rss_mb, _run_settings, _settings, _worker_env
from streams.tools.bench.table import markdown
from streams.tools.cli.main import main
from tests.unit.tools.bench.test_table import _result


def test_a_worker_environment_gives_exactly_the_candidate_settings(tmp_path: Path) -> None:
    base = load_settings(env={}, cache={"redis_password": "s3cret"}, critics={"mode": "lexicon"})
    bench = _settings(base, "127.0.0.1:9092", "redis://127.0.0.1:6379/0", tmp_path)
    env = _worker_env(bench)
    assert load_settings(env=env) == bench
    assert not [name for name in env if name.startswith("ELEANOR_") and "__" in name]  # one JSON per section


def test_a_worker_environment_leaves_out_this_process_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELEANOR_KAFKA__CONSUMER_GROUP", "someone-elses")
    monkeypatch.setenv("ELEANOR_DB_BATCH_SIZE", "7")  # a seed alias: it would win over the JSON section
    bench = _settings(load_settings(env={}), "127.0.0.1:9092", "", tmp_path)
    env = _worker_env(bench)
    assert "ELEANOR_KAFKA__CONSUMER_GROUP" not in env
    assert "ELEANOR_DB_BATCH_SIZE" not in env
    assert load_settings(env=env) == bench


def test_each_worker_count_has_its_own_group_topics_and_cache_keys(tmp_path: Path) -> None:
    bench = _settings(load_settings(env={}), "127.0.0.1:9092", "", tmp_path)
    one, two = _run_settings(bench, 1), _run_settings(bench, 2)
    assert one.kafka.partitions == two.kafka.partitions == bench.kafka.partitions
    for field in ("request_topics", "verdict_topic", "escalation_topic", "dlq_topic", "window_topic", "consumer_group"):
        names = {str(getattr(s.kafka, field)) for s in (bench, one, two)}
        assert len(names) == 3, field
    assert len({s.cache.key_prefix for s in (bench, one, two)}) == 3
    assert one.critics == bench.critics
    assert one.precedents == bench.precedents
    assert one.clickhouse == bench.clickhouse  # the snapshot the workers read is the candidate's database's


def test_the_last_logged_partition_count_is_read(tmp_path: Path) -> None:
    log = tmp_path / "worker.log"
    assert _assigned_partitions(log) is None
    log.write_text(f"... {READY_LINE} partitions=4 group=g\n")
    assert _assigned_partitions(log) == 4
    log.write_text(f"... {READY_LINE} partitions=4 group=g\n... partitions assigned partitions=2\n")
    assert _assigned_partitions(log) == 2


def test_cpu_and_peak_rss_are_read_from_proc() -> None:
    sum(i * i for i in range(300_000))  # some CPU of our own
    assert _cpu_s(os.getpid()) > 0
    assert _peak_rss_mb(os.getpid()) > 10


@pytest.mark.parametrize("value", ["0", "1,1", "x", "", "5", "1,-2"])
def test_worker_counts_are_distinct_and_within_the_partitions(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["bench", "e2e", "--workers", value])
    assert exit_info.value.code == 2
    assert "distinct worker counts from 1 to 4" in capsys.readouterr().err


def test_workers_are_refused_for_a_benchmark_that_runs_none(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "keys", "--workers", "1,2"]) == 2
    assert "--workers applies to e2e" in capsys.readouterr().err


def test_the_e2e_row_shows_the_worker_runs_only_when_measured() -> None:
    runs = {
        "1": {"per_s": 6100.4, "cpu_us_per_event": 150.2, "worker_peak_rss_mb": {"max": 250.5, "each": [250.5]}},
        "2": {"per_s": 9800.0, "cpu_us_per_event": 160.0, "worker_peak_rss_mb": {"max": 260.0, "each": [255.0, 260]}},
    }
    with_runs = markdown({"results": [_result("e2e", 0.4, workers=runs)]})
    assert "1 / 2 worker processes: 6,100 / 9,800 events/s, CPU 150 / 160 µs per event" in with_runs
    assert "peak RSS of a worker 260 MB" in with_runs
    assert "worker processes" not in markdown({"results": [_result("e2e", 0.4)]})
