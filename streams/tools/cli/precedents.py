"""``eleanor-streams precedents load FILE.jsonl | --seed`` and ``precedents stats``.

``load`` validates the whole file first (a bad line names its number and nothing is written), embeds every
case in one batch with the configured embedder and bulk-inserts them into the ``precedents`` table.
Loading the same file again replaces rows by case_id instead of duplicating them. Cases already stored
with another embedder's vectors are then re-embedded and rewritten (a rebuild, said on its own line), so the
store holds one embedding space.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import orjson

from streams.config import Settings

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``precedents`` subcommand group."""
    parser = sub.add_parser("precedents", help="load decided cases into the precedent store, show its size")
    actions = parser.add_subparsers(dest="precedents_command", metavar="ACTION")
    actions.required = True
    load = actions.add_parser("load", help="load cases from a JSONL file (or the shipped seed corpus)")
    source = load.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, help="JSONL: one case per line (case_id, prompt, ...)")
    source.add_argument("--seed", action="store_true", help="load the seed corpus that ships with the project")
    load.set_defaults(func=run_load)
    stats = actions.add_parser("stats", help="cases in the store by decision, source and embedder")
    stats.add_argument("--json", action="store_true", help="print JSON instead of lines")
    stats.set_defaults(func=run_stats)


def run_load(args: argparse.Namespace, settings: Settings) -> int:
    """Validate, embed and store the cases; print how many and how long it took."""
    from streams.clickhouse.client import connect
    from streams.clickhouse.migrate import migrate
    from streams.embedding.factory import make_embedder
    from streams.precedents.store import PrecedentStore, read_jsonl, reembed

    began = time.perf_counter()
    cases = read_jsonl(None if args.seed else args.file)  # fails before anything is written
    embedder = make_embedder(settings.precedents)
    embedded, _ = reembed(cases, embedder)
    client = connect(settings)
    try:
        migrate(client)
        store = PrecedentStore(client)
        written = store.insert(embedded)
        rebuilt = store.rebuild(embedder)
    finally:
        client.close()
    name = "seed corpus" if args.seed else str(args.file)
    print(
        f"loaded {written} cases from {name} into {settings.clickhouse.database}.precedents"
        f" (embedder {embedder.id}, {time.perf_counter() - began:.2f} s)"
    )
    if rebuilt.count:
        print(f"rebuild: {rebuilt.describe()}")
    return 0 if rebuilt.written else 1


def run_stats(args: argparse.Namespace, settings: Settings) -> int:
    """Print case counts per decision, source and embedder."""
    from streams.clickhouse.client import connect
    from streams.clickhouse.migrate import migrate
    from streams.precedents.store import PrecedentStore

    client = connect(settings)
    try:
        migrate(client)
        stats = PrecedentStore(client).stats()
    finally:
        client.close()
    if args.json:
        print(orjson.dumps(stats, option=orjson.OPT_SORT_KEYS).decode())
        return 0
    print(f"cases {stats['cases']}")
    for key in ("by_decision", "by_source", "by_embedder_id"):
        print(f"{key.removeprefix('by_')}: " + ", ".join(f"{k}={v}" for k, v in stats[key].items()))
    return 0
