"""``eleanor-streams bench NAME [--json] [--quick] [--workers N,M] [--record FILE]`` and
``bench-table FILE [--readme README]``.

``bench`` runs one benchmark (or ``all``) and prints each result with its provenance (commit, machine,
settings, timestamp); ``--record`` also writes this invocation's results to a results file. ``--workers``
(e2e, and e2e within ``all``) also judges the topic with each count of worker subprocesses.
``bench-table`` prints the Markdown performance table generated from a results file, or rewrites the
README's block between the table markers (``make bench`` does both).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Any

import orjson

from streams.config import Settings
from streams.tools.bench import BENCHMARKS, E2E_PARTITIONS
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
        "--workers",
        type=_worker_counts,
        default=(),
        metavar="N,M",
        help="e2e: also run each count of judge worker subprocesses in one consumer group, e.g. 1,2"
        f" (at most {E2E_PARTITIONS}: the request topic's partitions; default none)",
    )
    parser.add_argument(
        "--record", type=Path, metavar="FILE", help=f"also write the results to FILE (make bench: {RESULTS_FILE})"
    )
    parser.set_defaults(func=run, available=available)

    table = sub.add_parser("bench-table", help="the README performance table generated from a bench results file")
    table.add_argument("results", type=Path, nargs="?", default=RESULTS_FILE, help="results file")
    table.add_argument("--readme", type=Path, metavar="FILE", help="rewrite the table block of this README instead")
    table.set_defaults(func=run_table)


def _worker_counts(text: str) -> tuple[int, ...]:
    """``1,2`` -> (1, 2): distinct counts between 1 and the request topic's partitions."""
    try:
        counts = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        counts = ()
    if not counts or len(set(counts)) != len(counts) or not all(1 <= n <= E2E_PARTITIONS for n in counts):
        raise argparse.ArgumentTypeError(
            f"expected distinct worker counts from 1 to {E2E_PARTITIONS}, comma-separated (e.g. 1,2), got {text!r}"
        )
    return counts


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
    if args.workers and "e2e" not in names:
        print(f"eleanor-streams bench: --workers applies to e2e (or all), not {args.name}", file=sys.stderr)
        return 2
    results = []
    for name in names:
        options = {"workers": args.workers} if name == "e2e" and args.workers else {}
        data = measure(name, settings, args.quick, options)
        results.append(data)
        print(orjson.dumps(data).decode() if args.json else _table(data) + "\n", flush=True)
    if args.record is not None:
        quick = " --quick" if args.quick else ""
        workers = f" --workers {','.join(map(str, args.workers))}" if args.workers else ""
        write_results(args.record, results, f"eleanor-streams bench {args.name}{quick}{workers} --record {args.record}")
    return 0


def run_table(args: argparse.Namespace, settings: Settings) -> int:
    """Print the table, or rewrite the README's block from the results file."""
    if args.readme is not None:
        render_readme(args.results, args.readme)
    else:
        print(markdown(read_results(args.results)))
    return 0
