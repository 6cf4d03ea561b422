"""``eleanor-streams bench NAME [--json] [--quick]``: run one benchmark (or ``all``)."""

from __future__ import annotations

import argparse
import importlib.util

import orjson

from streams.bench import BENCHMARKS, BenchResult, load
from streams.config import Settings

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``bench`` subcommand."""
    parser = sub.add_parser("bench", help="measure a candidate against its baseline side by side")
    available = [name for name, mod in BENCHMARKS.items() if importlib.util.find_spec(mod) is not None]
    parser.add_argument("name", choices=[*available, "all"], help="which benchmark")
    parser.add_argument("--json", action="store_true", help="print the JSON contract instead of a table")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: proves it runs, numbers mean little")
    parser.set_defaults(func=run, available=available)


def _table(result: BenchResult) -> str:
    data = result.as_dict()
    lines = [
        f"benchmark  {data['benchmark']}",
        f"candidate  {data['candidate']['label']:<48} {data['candidate']['per_s']:>14,.1f} /s",
        f"baseline   {data['baseline']['label']:<48} {data['baseline']['per_s']:>14,.1f} /s",
        f"ratio      {data['ratio']:.2f}x",
    ]
    lines += [f"  {key}: {value}" for key, value in data["details"].items()]
    return "\n".join(lines)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the chosen benchmark(s) and print the result(s)."""
    names = args.available if args.name == "all" else [args.name]
    for name in names:
        result = load(name)(settings, args.quick)
        if args.json:
            print(orjson.dumps(result.as_dict()).decode(), flush=True)
        else:
            print(_table(result) + "\n", flush=True)
    return 0
