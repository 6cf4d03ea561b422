"""The README's performance table is generated from a results file; ``make bench`` runs the same CLI."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.errors import EleanorError
from streams.tools.bench.record import read_results
from streams.tools.bench.table import END, START, markdown, replace_block
from streams.tools.cli.main import main


def _result(name: str, ratio: float, **details: Any) -> dict[str, Any]:
    return {
        "benchmark": name,
        "ratio": ratio,
        "candidate": {"label": f"{name} candidate", "per_s": 1000.0 * ratio, "count": 10},
        "baseline": {"label": f"{name} baseline", "per_s": 1000.0, "count": 10},
        "details": details,
        "commit": {"sha": "0123456789abcdef" * 2 + "01234567", "dirty": False},
        "machine": {
            "cores_usable": 2,
            "cpu": "cpu",
            "memory_gib": 24.0,
            "python": "3.11",
            "load_avg": [1.5, 1, 1],
            "load_avg_after": [1.75, 1, 1],
        },
        "settings": {},
        "timestamp": "2026-12-03T10:00:00+00:00",
        "seconds": 12.0,
        "quick": False,
    }


def test_every_figure_in_a_row_comes_from_the_result() -> None:
    data = {"command": "eleanor-streams bench all", "results": [_result("keys", 1.5, hash_only_ratio=6.61)]}
    table = markdown(data)
    assert "commit `0123456789ab`" in table
    row = next(line for line in table.splitlines() if line.startswith("| `bench keys`"))
    for figure in ("1,500/s", "1,000/s", "10 / 10", "**1.50x**", "6.61x", "1.50 → 1.75"):
        assert figure in row
    assert "≥ 5x: **missed**" in row  # the goal is 5x: a 1.5x run says it missed
    assert "Quick run" not in table


def test_goals_met_and_quick_runs_are_said() -> None:
    quick = _result("cache", 20.0) | {"quick": True}
    table = markdown({"results": [quick]})
    assert "≥ 10x: met" in table
    assert "Quick run" in table


def test_dirty_tree_is_said() -> None:
    dirty = _result("keys", 6.0)
    dirty["commit"]["dirty"] = True
    assert "with uncommitted changes" in markdown({"results": [dirty]})


def test_block_between_markers_is_replaced_and_the_rest_kept() -> None:
    text = f"intro\n{START}\nold table\n{END}\noutro\n"
    assert replace_block(text, "new") == f"intro\n{START}\nnew\n{END}\noutro\n"
    with pytest.raises(EleanorError, match="markers"):
        replace_block("no markers", "new")
    with pytest.raises(EleanorError, match="no results"):
        markdown({"results": []})


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """main() configures the package logger for the process; undo it so later tests see default logging."""
    logger = logging.getLogger("streams")
    saved = (list(logger.handlers), logger.propagate, logger.level)
    yield
    logger.handlers[:] = saved[0]
    logger.propagate, logger.level = saved[1], saved[2]


@pytest.mark.usefixtures("restore_logging")
def test_cli_records_then_renders_the_readme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = tmp_path / "bench-results.json"
    assert main(["bench", "sizer", "--quick", "--json", "--record", str(results)]) == 0
    printed = orjson.loads(capsys.readouterr().out)
    recorded = read_results(results)
    assert recorded["command"] == f"eleanor-streams bench sizer --quick --record {results}"
    assert recorded["results"] == [printed]
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n{START}\n{END}\nrest\n")
    assert main(["bench-table", str(results), "--readme", str(readme)]) == 0
    assert readme.read_text() == replace_block(f"# x\n{START}\n{END}\nrest\n", markdown(recorded))
    assert main(["bench-table", str(results)]) == 0
    assert capsys.readouterr().out.strip() == markdown(recorded)
