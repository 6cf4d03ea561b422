"""The README's performance table is the one generated from the recorded results file (``make bench``)."""

from __future__ import annotations

import subprocess

from streams.tools.bench import BENCHMARKS
from streams.tools.bench.record import REPO, RESULTS_FILE, read_results
from streams.tools.bench.table import END, START, markdown

README = REPO / "README.md"


def test_readme_table_is_generated_from_the_recorded_results() -> None:
    text = README.read_text(encoding="utf-8")
    assert START in text, "README.md lost its bench-table start marker"
    assert END in text, "README.md lost its bench-table end marker"
    embedded = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert embedded == markdown(read_results(REPO / RESULTS_FILE)).strip(), "README table is stale: run `make bench`"


def test_recorded_results_are_one_full_run_of_every_benchmark_on_a_commit_of_this_history() -> None:
    results = read_results(REPO / RESULTS_FILE)["results"]
    assert sorted(r["benchmark"] for r in results) == sorted(BENCHMARKS)
    assert not any(r["quick"] for r in results), "quick runs are not figures"
    commits = {(r["commit"]["sha"], r["commit"]["dirty"]) for r in results}
    assert len(commits) == 1
    sha, dirty = commits.pop()
    assert dirty is False, "recorded from a working tree with uncommitted changes"
    ancestor = subprocess.run(["git", "-C", str(REPO), "merge-base", "--is-ancestor", sha, "HEAD"], check=False)
    assert ancestor.returncode == 0, f"the results were recorded on {sha}, which is not in this history"
