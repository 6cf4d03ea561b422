"""Every bench result says where and how it was made; a results file holds one run on one commit."""

from __future__ import annotations

import datetime as dt
import platform
import subprocess
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.config import load_settings
from streams.errors import EleanorError
from streams.tools.bench.record import REPO, git_commit, machine, measure, read_results, write_results


def test_commit_is_the_checkout_head() -> None:
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
    commit = git_commit()
    assert commit["sha"] == head.stdout.strip()
    assert isinstance(commit["dirty"], bool)


def test_outside_a_git_checkout_the_commit_is_unknown(tmp_path: Path) -> None:
    assert git_commit(tmp_path) == {"sha": None, "dirty": None}


def test_machine_names_cores_load_and_python() -> None:
    box = machine()
    assert box["cores"] >= 1
    assert 1 <= box["cores_usable"] <= box["cores"]
    assert len(box["load_avg"]) == 3
    assert box["python"] == platform.python_version()


def test_measure_adds_provenance_to_the_contract() -> None:
    settings = load_settings(env={}, sizer={"target_p95_ms": 450.0})
    data = measure("sizer", settings, quick=True)
    assert {"benchmark", "ratio", "candidate", "baseline", "details"} <= set(data)
    assert data["commit"] == git_commit()
    assert data["settings"]["sizer"]["target_p95_ms"] == 450.0  # the settings it ran with, not the defaults
    assert data["details"]["target_p95_ms"] == 450.0
    assert len(data["machine"]["load_avg_after"]) == 3
    stamp = dt.datetime.fromisoformat(data["timestamp"])
    assert abs((dt.datetime.now(dt.UTC) - stamp).total_seconds()) < 600
    assert data["quick"] is True
    assert data["seconds"] >= 0


def _result(name: str, sha: str) -> dict[str, Any]:
    return {"benchmark": name, "commit": {"sha": sha, "dirty": False}}


def test_results_file_round_trips_and_refuses_mixed_commits(tmp_path: Path) -> None:
    path = tmp_path / "docs" / "bench-results.json"
    write_results(path, [_result("keys", "a" * 40), _result("sizer", "a" * 40)], "eleanor-streams bench all")
    data = read_results(path)
    assert data["command"] == "eleanor-streams bench all"
    assert [r["benchmark"] for r in data["results"]] == ["keys", "sizer"]
    with pytest.raises(EleanorError, match="2 commits"):
        write_results(path, [_result("keys", "a" * 40), _result("sizer", "b" * 40)], "x")
    assert read_results(path) == data  # left as it was


def test_reading_something_else_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_bytes(orjson.dumps({"benchmark": "keys"}))
    with pytest.raises(EleanorError, match="not a bench results file"):
        read_results(path)
    with pytest.raises(EleanorError, match="cannot read"):
        read_results(tmp_path / "missing.json")
