"""Stopping by PID (SIGTERM, then SIGKILL), PID-reuse guard, missing-binary messages, state file format."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from streams.errors import StackError
from streams.tools.devstack import LocalStack, StackState
from streams.tools.devstack.services import find_redis_server, pid_alive, start_redis, stop_pid
from streams.tools.devstack.stack import ServiceRecord

IGNORES_SIGTERM = (
    "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ok', flush=True); time.sleep(60)"
)


Spawn = Callable[[str], tuple[subprocess.Popen[bytes], str]]


@pytest.fixture
def spawn() -> Iterator[Spawn]:
    """Start ``python -c CODE MARKER`` children; every one still running is killed at teardown, pass or fail."""
    children: list[subprocess.Popen[bytes]] = []

    def start(code: str) -> tuple[subprocess.Popen[bytes], str]:
        marker = f"marker-{uuid.uuid4().hex}"
        proc = subprocess.Popen([sys.executable, "-c", code, marker], stdout=subprocess.PIPE)
        children.append(proc)
        assert proc.stdout is not None
        proc.stdout.readline()  # the child has installed its handlers
        return proc, marker

    yield start
    for proc in children:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def test_stop_pid_sends_sigterm_and_waits(spawn: Spawn) -> None:
    proc, marker = spawn("import time; print('ok', flush=True); time.sleep(60)")
    assert pid_alive(proc.pid, marker)
    assert stop_pid(proc.pid, marker, timeout=10, process=proc)
    assert proc.returncode == -15
    assert not pid_alive(proc.pid, marker)


def test_stop_pid_kills_a_process_that_ignores_sigterm(spawn: Spawn) -> None:
    proc, marker = spawn(IGNORES_SIGTERM)
    assert stop_pid(proc.pid, marker, timeout=0.5, process=proc)
    assert proc.returncode == -9


def test_stop_pid_without_a_handle_polls_until_gone(spawn: Spawn) -> None:
    proc, marker = spawn("import time; print('ok', flush=True); time.sleep(60)")
    assert stop_pid(proc.pid, marker, timeout=10)  # as `stack down` does from another process
    proc.wait(timeout=5)
    assert not pid_alive(proc.pid, marker)


def test_a_recycled_pid_is_never_signalled(spawn: Spawn) -> None:
    proc, marker = spawn("import time; print('ok', flush=True); time.sleep(60)")
    assert pid_alive(proc.pid, marker)
    assert not pid_alive(proc.pid, "127.0.0.1:1")
    assert stop_pid(proc.pid, "127.0.0.1:1") is False  # wrong marker: leave the process alone
    assert proc.poll() is None


def test_missing_redis_server_names_the_install_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(StackError, match=r"apt-get install -y redis-server"):
        find_redis_server()
    with pytest.raises(StackError, match="redis-server not found"):
        start_redis(tmp_path)


def test_state_round_trips_and_env_lines_quote_paths(tmp_path: Path) -> None:
    data = tmp_path / "with space"
    data.mkdir()
    state = StackState(
        data_dir=str(data),
        kafka=ServiceRecord("tansu", "127.0.0.1:1234", 11, "/x/tansu.log"),
        redis=None,
        clickhouse_dsn=f"chdb://{data}/clickhouse",
    )
    assert StackState.from_json(state.to_json()) == state
    (data / "stack.json").write_text(state.to_json())
    assert LocalStack(data).env_vars()["ELEANOR_DATA_DIR"] == str(data)
    lines = LocalStack(data).env_lines()
    assert lines == [
        f"export ELEANOR_DATA_DIR='{data}'",
        "export ELEANOR_KAFKA__BOOTSTRAP=127.0.0.1:1234",
        f"export ELEANOR_CLICKHOUSE__DSN='chdb://{data}/clickhouse'",
    ]


def test_a_corrupt_state_file_is_a_stack_error(tmp_path: Path) -> None:
    (tmp_path / "stack.json").write_text("{not json")
    with pytest.raises(StackError, match="remove it and retry"):
        LocalStack(tmp_path).status()


def test_down_without_state_stops_nothing(tmp_path: Path) -> None:
    assert LocalStack(tmp_path).down() == []
    assert LocalStack(tmp_path).status() == []
