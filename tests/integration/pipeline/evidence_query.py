"""Store the evidence, then run SQL statements, all in one process (what :func:`helpers.queries` runs).

``python -m tests.integration.pipeline.evidence_query [--catch-up S] SQL...`` runs the CLI commands a test
would otherwise run as one subprocess each — ``sink --exit-when-idle S`` (a catch-up run of the evidence
writer), then ``db query SQL --format json`` for every statement — through the CLI's own ``main``, in order.
Interpreter start-up, imports and opening the embedded ClickHouse are paid once instead of once per command.

Prints one JSON array on stdout: for each statement, the array of records ``db query`` printed. The writer's
own output goes to stderr. Exits with the first non-zero exit code of a command (and runs nothing after it).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence

import orjson

from streams.tools.cli.main import main


def run(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="evidence_query")
    parser.add_argument("--catch-up", type=float, metavar="S", help="run sink --exit-when-idle S first")
    parser.add_argument("sql", nargs="+", help="statements for db query, run in order")
    args = parser.parse_args(argv)
    if args.catch_up is not None:
        with contextlib.redirect_stdout(sys.stderr):
            code = main(["sink", "--exit-when-idle", str(args.catch_up)])
        if code != 0:
            print(f"evidence_query: the catch-up run exited with {code}", file=sys.stderr)
            return code
    results = []
    for sql in args.sql:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["db", "query", sql, "--format", "json"])
        if code != 0:
            print(f"evidence_query: db query exited with {code}: {sql}", file=sys.stderr)
            return code
        results.append(orjson.loads(out.getvalue()))
    sys.stdout.write(orjson.dumps(results).decode() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
