"""``eleanor-streams bench NAME [--json] [--quick] [--record FILE]`` and ``bench-table FILE [--readme README]``.

``bench`` runs one benchmark (or ``all``) and prints each result with its provenance (commit, machine,
settings, timestamp); ``--record`` also writes this invocation's results to a results file.
``bench-table`` prints the Markdown performance table generated from a results file, or rewrites the
README's block between the table markers (``make bench`` does both).
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from typing import Any

import orjson

from streams.config import Settings
from streams.tools.bench import BENCHMARKS
from streams.tools.bench.record import RESULTS_FILE, measure, read_results, write_results
from streams.tools.bench.table import markdown, render_readme

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``bench`` and ``bench-table`` subcommands."""
    parser = sub.add_parser("bench", help="measure a candidate against its baseline side by side")
    available = [name for name, mod in BENCHMARKS.items() if importlib.util.find_spec(mod) is not None]
    parser.add_argument("name", choices=[*available, "all"], help="which benchmark")
    parser.add_argument("--json", action="store_true", help="print the JSON contract instead of a table")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: proves it runs, numbers mean little")
    parser.add_argument(
        "--record", type=Path, metavar="FILE", help=f"also write the results to FILE (make bench: {RESULTS_FILE})"
    )
    parser.set_defaults(func=run, available=available)

    table = sub.add_parser("bench-table", help="the README performance table generated from a bench results file")
    table.add_argument("results", type=Path, nargs="?", default=RESULTS_FILE, help="results file")
    table.add_argument("--readme", type=Path, metavar="FILE", help="rewrite the table block of this README instead")
    table.set_defaults(func=run_table)


def _table(data: dict[str, Any]) -> str:
    lines = [
        f"benchmark  {data['benchmark']}",
        f"candidate  {data['candidate']['label']:<48} {data['candidate']['per_s']:>14,.1f} /s"
        f"  ({data['candidate']['count']} outputs)",
        f"baseline   {data['baseline']['label']:<48} {data['baseline']['per_s']:>14,.1f} /s"
        f"  ({data['baseline']['count']} outputs)",
        f"ratio      {data['ratio']:.2f}x",
        f"commit     {data['commit']['sha']}{' (dirty)' if data['commit']['dirty'] else ''}",
        f"machine    {data['machine']['cores_usable']} cores, load {data['machine']['load_avg']}"
        f" -> {data['machine']['load_avg_after']}, python {data['machine']['python']}",
        f"at         {data['timestamp']} ({data['seconds']} s)",
    ]
    lines += [f"  {key}: {value}" for key, value in data["details"].items()]
    return "\n".join(lines)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the chosen benchmark(s), print each result, optionally record them all."""
    names = args.available if args.name == "all" else [args.name]
    results = []
    for name in names:
        data = measure(name, settings, args.quick)
        results.append(data)
        print(orjson.dumps(data).decode() if args.json else _table(data) + "\n", flush=True)
    if args.record is not None:
        quick = " --quick" if args.quick else ""
        write_results(args.record, results, f"eleanor-streams bench {args.name}{quick} --record {args.record}")
    return 0


def run_table(args: argparse.Namespace, settings: Settings) -> int:
    """Print the table, or rewrite the README's block from the results file."""
    if args.readme is not None:
        render_readme(args.results, args.readme)
    else:
        print(markdown(read_results(args.results)))
    return 0
