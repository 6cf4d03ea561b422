"""A judge worker tells, from the embedded engine's lock file alone, whether another process holds the
ClickHouse path: then it reads the precedent snapshot without loading the engine."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.config import Settings, load_settings
from streams.wiring.precedent_cases import held_elsewhere


@pytest.fixture
def without_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a judge worker: the engine is not loaded in this process."""
    monkeypatch.delitem(sys.modules, "chdb", raising=False)


def _settings(dsn: str) -> Settings:
    return load_settings(env={}, clickhouse={"dsn": dsn})


@pytest.mark.usefixtures("without_engine")
def test_a_free_or_missing_path_and_a_server_are_not_held(tmp_path: Path) -> None:
    assert not held_elsewhere(_settings(f"chdb://{tmp_path / 'never-opened'}"))
    (tmp_path / "status").write_text("")
    assert not held_elsewhere(_settings(f"chdb://{tmp_path}"))
    assert not held_elsewhere(_settings("http://localhost:8123"))


@pytest.mark.usefixtures("without_engine")
def test_an_exclusive_lock_on_the_status_file_means_held(tmp_path: Path) -> None:
    status = tmp_path / "status"
    status.write_text("")
    fd = os.open(status, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert held_elsewhere(_settings(f"chdb://{tmp_path}"))
    finally:
        os.close(fd)
    assert not held_elsewhere(_settings(f"chdb://{tmp_path}"))  # released with its holder


@pytest.fixture
def engine_holder(tmp_path: Path) -> Iterator[Path]:
    """A process that opened the real embedded engine on a path and keeps it open."""
    path = tmp_path / "ch"
    code = (
        "import time; from streams.clickhouse.client import connect; from streams.config import load_settings;"
        f" c = connect(load_settings(env={{}}, clickhouse={{'dsn': 'chdb://{path}'}})); print('open', flush=True);"
        " time.sleep(120)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        yield path
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.clickhouse
@pytest.mark.usefixtures("without_engine")
def test_the_real_engine_holding_the_path_is_seen(engine_holder: Path) -> None:
    settings = _settings(f"chdb://{engine_holder}")
    assert held_elsewhere(settings)
    assert "chdb" not in sys.modules  # asking loaded nothing
