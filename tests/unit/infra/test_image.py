"""The worker image: its build context (infra/Dockerfile.dockerignore) holds what the Dockerfile copies, and
the package built from exactly that context carries every file the runtime reads (migrations, lexicons,
the seed corpus) plus the ``eleanor-streams`` command. No Docker engine needed: the wheel is built with pip
the way the image's build stage does."""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.unit.infra.compose import INFRA

REPO = INFRA.parent
DOCKERFILE = INFRA / "Dockerfile"


def _tracked() -> list[str]:
    out = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if (REPO / line).is_file()]


def _ignored(path: str, rules: list[str]) -> bool:
    """Docker's rule: the last matching pattern wins; ``!`` re-includes; a directory match covers its files."""
    ignored = False
    for rule in rules:
        negate = rule.startswith("!")
        pattern = rule.removeprefix("!").rstrip("/")
        parts = path.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        hit = any(fnmatch.fnmatch(p, pattern) for p in prefixes)
        if pattern.startswith("**/"):
            hit = hit or any(fnmatch.fnmatch(part, pattern[3:]) for part in parts)
        if hit:
            ignored = not negate
    return ignored


def build_context() -> list[str]:
    """Tracked files that docker would send as the build context (repository root, the Dockerfile's ignore file)."""
    lines = (INFRA / "Dockerfile.dockerignore").read_text().splitlines()
    rules = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return [path for path in _tracked() if not _ignored(path, rules)]


def test_ignore_rules() -> None:
    rules = ["*", "!streams", "**/__pycache__"]
    assert _ignored(".venv/bin/python", rules)
    assert _ignored("tests/conftest.py", rules)
    assert not _ignored("streams/config.py", rules)
    assert _ignored("streams/__pycache__/config.cpython-311.pyc", rules)


def test_context_holds_what_the_dockerfile_copies() -> None:
    context = build_context()
    copied = re.findall(r"^COPY (?!--from)(.+) \S+$", DOCKERFILE.read_text(), flags=re.MULTILINE)
    sources = [s for line in copied for s in line.split()]
    assert sources == ["pyproject.toml", "README.md", "streams"]
    for source in sources:
        assert any(path == source or path.startswith(source + "/") for path in context), source
    assert not any(path.startswith(("tests/", ".venv/", "infra/")) for path in context)


@pytest.mark.slow
def test_package_built_from_the_context_has_every_runtime_file(tmp_path: Path) -> None:
    context = build_context()
    root = tmp_path / "context"
    for path in context:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / path, root / path)
    wheels = tmp_path / "wheels"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(root)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = wheels.glob("eleanor_streams-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith("entry_points.txt"))
    runtime = [p for p in context if p.startswith("streams/")]
    missing = [p for p in runtime if p not in names]
    assert missing == [], f"files the package would lose in the image: {missing}"
    assert "eleanor-streams = streams.tools.cli.main:main" in entry_points
    assert any(n.startswith("streams/clickhouse/migrations/") and n.endswith(".sql") for n in names)
