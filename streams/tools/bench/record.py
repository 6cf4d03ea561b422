"""Where and how a benchmark figure was made, and the results file the README's table is generated from.

:func:`measure` runs one benchmark and returns its JSON contract plus its provenance: the git ``commit``
(and whether the working tree had uncommitted changes), the ``machine`` (cores usable by this process,
load average before and after the run, Python, platform, CPU model, memory), the ``settings`` it ran with
(secrets redacted), a UTC ``timestamp``, the wall ``seconds`` it took and whether it was a ``quick`` run.

A results file (``eleanor-streams bench all --record docs/bench-results.json``) holds the results of one
invocation: ``{"command", "results": [...]}``; :func:`write_results` refuses to mix commits.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from streams.config import Settings
from streams.errors import EleanorError
from streams.tools.bench import load

__all__ = ["REPO", "RESULTS_FILE", "git_commit", "machine", "measure", "read_results", "write_results"]

REPO = Path(__file__).resolve().parents[3]
# The results file `make bench` writes and the README's performance table is generated from.
RESULTS_FILE = Path("docs/bench-results.json")


def git_commit(repo: Path = REPO) -> dict[str, Any]:
    """``{"sha", "dirty"}`` of ``repo``; sha ``None`` when it is not a git checkout (e.g. an installed wheel)."""
    try:
        sha = subprocess.run(
            ["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True, check=True, timeout=10
        ).stdout.strip()
        status = subprocess.run(
            ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {"sha": None, "dirty": None}
    return {"sha": sha, "dirty": bool(status.strip())}


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 2**20, 1)
    except (OSError, ValueError, IndexError):
        pass
    return None


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def machine() -> dict[str, Any]:
    """What the figures were measured on (the load average is the 1/5/15-minute one, taken now)."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cores": os.cpu_count(),
        "cores_usable": usable,
        "cpu": _cpu_model(),
        "memory_gib": _memory_gib(),
        "load_avg": _load(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
    }


def measure(name: str, settings: Settings, quick: bool, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Run benchmark ``name`` (with its own keyword ``options``) and return its JSON contract with its provenance."""
    commit = git_commit()
    before = machine()
    started = time.time()
    began = time.perf_counter()
    result = load(name)(settings, quick, **(options or {}))
    seconds = time.perf_counter() - began
    before["load_avg_after"] = _load()
    return {
        **result.as_dict(),
        "commit": commit,
        "machine": before,
        "settings": settings.redacted(),
        "timestamp": dt.datetime.fromtimestamp(started, dt.UTC).isoformat(timespec="seconds"),
        "seconds": round(seconds, 1),
        "quick": quick,
    }


def write_results(path: Path, results: Sequence[dict[str, Any]], command: str) -> None:
    """Write one invocation's results (all on one commit) as the results file."""
    shas = {r["commit"]["sha"] for r in results}
    if len(shas) != 1:
        raise EleanorError(f"bench results span {len(shas)} commits; record them from one run")
    payload = {"command": command, "results": list(results)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps(payload, option=orjson.OPT_INDENT_2) + b"\n")


def read_results(path: Path) -> dict[str, Any]:
    """The results file as written by :func:`write_results`."""
    try:
        data: dict[str, Any] = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise EleanorError(f"cannot read bench results {path}: {exc}") from exc
    if not isinstance(data.get("results"), list):
        raise EleanorError(f"{path} is not a bench results file (no 'results' list)")
    return data
