"""`eleanor-streams stack up | status | env | down` as a user runs it: separate processes, a state file,
real services, and no process left behind after `down`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import redis

from streams.tools.devstack import LocalStack, kafka_ready, redis_ready
from streams.tools.devstack.services import pid_alive, stop_pid

pytestmark = [pytest.mark.kafka, pytest.mark.redis]


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("ELEANOR_")}
    return subprocess.run(
        [sys.executable, "-m", "streams.tools.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**base, **(env or {})},
        check=False,
    )


def test_up_status_env_down(tmp_path: Path) -> None:
    data = tmp_path / "stack data"  # a space: env lines must quote paths
    up = cli("stack", "up", "--data-dir", str(data))
    assert up.returncode == 0, up.stderr
    state = json.loads((data / "stack.json").read_text())
    pids = {name: state[name]["pid"] for name in ("kafka", "redis")}
    addresses = {name: state[name]["address"] for name in ("kafka", "redis")}
    try:
        assert kafka_ready(addresses["kafka"])
        assert redis_ready(addresses["redis"])
        # a second `up` finds the stack running and starts nothing new
        again = cli("stack", "up", "--data-dir", str(data))
        assert again.returncode == 0, again.stderr
        assert json.loads((data / "stack.json").read_text())["kafka"]["pid"] == pids["kafka"]

        status = cli("stack", "status", "--data-dir", str(data))
        assert status.returncode == 0, status.stdout + status.stderr
        assert status.stdout.count(" up") == 2

        env = cli("stack", "env", "--data-dir", str(data))
        assert env.returncode == 0, env.stderr
        exported = subprocess.run(
            ["bash", "-c", env.stdout + "\nenv"], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        assert f"ELEANOR_KAFKA__BOOTSTRAP={addresses['kafka']}" in exported
        assert f"ELEANOR_CACHE__REDIS_URL=redis://{addresses['redis']}/0" in exported
        assert f"ELEANOR_CLICKHOUSE__DSN=chdb://{data.resolve()}/clickhouse" in exported
        assert f"ELEANOR_DATA_DIR={data.resolve()}" in exported

        # the exported settings are what the app reads (the `config` command shows them)
        env_vars = dict(line.split("=", 1) for line in exported if line.startswith("ELEANOR_"))
        shown = json.loads(cli("config", env=env_vars).stdout)
        assert shown["kafka"]["bootstrap"] == addresses["kafka"]
        assert shown["clickhouse_dsn_effective"] == f"chdb://{data.resolve()}/clickhouse"
        client = redis.Redis.from_url(shown["cache"]["redis_url"])
        assert client.ping()
        client.close()
    finally:
        down = cli("stack", "down", "--data-dir", str(data))
    assert down.returncode == 0, down.stderr
    assert "stopped tansu" in down.stdout
    assert "stopped redis" in down.stdout
    for name, pid in pids.items():
        assert not pid_alive(pid, addresses[name]), f"{name} pid {pid} still running after down"
    assert not (data / "stack.json").exists()
    after = cli("stack", "status", "--data-dir", str(data))
    assert after.returncode == 1
    assert "no stack" in after.stdout


def test_data_dir_from_environment(tmp_path: Path) -> None:
    env = {"ELEANOR_DATA_DIR": str(tmp_path / "envdir")}
    up = cli("stack", "up", "--no-redis", env=env)
    try:
        assert up.returncode == 0, up.stderr
        assert "redis      not started" in up.stdout
        state = json.loads((tmp_path / "envdir" / "stack.json").read_text())
        assert state["redis"] is None
        refused = cli("stack", "up", "--require-redis", env=env)
        assert refused.returncode == 1
        assert "runs without Redis" in refused.stderr
        lines = cli("stack", "env", env=env).stdout
        assert "ELEANOR_CACHE__REDIS_URL" not in lines
        assert "ELEANOR_KAFKA__BOOTSTRAP=127.0.0.1:" in lines
    finally:
        assert cli("stack", "down", env=env).returncode == 0
    assert not pid_alive(state["kafka"]["pid"], state["kafka"]["address"])


def test_missing_redis_binary_fails_with_install_hint_and_starts_nothing(tmp_path: Path) -> None:
    result = cli("stack", "up", "--require-redis", "--data-dir", str(tmp_path), env={"PATH": "/nonexistent"})
    assert result.returncode == 1
    assert "redis-server not found" in result.stderr
    assert "apt-get install -y redis-server" in result.stderr
    assert not (tmp_path / "stack.json").exists()
    assert not (tmp_path / "logs" / "tansu.log").exists()  # the broker was never launched


def test_env_without_a_stack_says_how_to_start_one(tmp_path: Path) -> None:
    result = cli("stack", "env", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "eleanor-streams stack up" in result.stderr


def test_up_replaces_a_stale_state_file(tmp_path: Path) -> None:
    stack = LocalStack(tmp_path)
    first = stack.up(redis=False)
    # simulate a crash of the broker: the state file now names a dead process
    assert stop_pid(first.kafka.pid, first.kafka.address)
    assert [s.running for s in stack.status()] == [False]
    second = stack.up(redis=False)
    try:
        assert second.kafka.pid != first.kafka.pid
        assert [s.answering for s in stack.status()] == [True]
    finally:
        stopped = stack.down()
    assert [s.pid for s in stopped] == [second.kafka.pid]
    assert not pid_alive(second.kafka.pid, second.kafka.address)
