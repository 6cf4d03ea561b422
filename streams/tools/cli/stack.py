"""``eleanor-streams stack up | status | env | down``: the local broker, Redis and ClickHouse path.

Every subcommand takes ``--data-dir`` (default: ``ELEANOR_DATA_DIR``, else ``./.eleanor``); the state file
there records what ``up`` started so ``down`` stops exactly those processes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from streams.config import Settings
from streams.tools.devstack import LocalStack

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``stack`` subcommand group."""
    parser = sub.add_parser("stack", help="local services: Tansu broker, redis-server, embedded ClickHouse")
    actions = parser.add_subparsers(dest="stack_command", metavar="ACTION")
    actions.required = True
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=None, help="state dir (default ELEANOR_DATA_DIR or .eleanor)")

    up = actions.add_parser("up", parents=[common], help="start the stack (idempotent)")
    redis = up.add_mutually_exclusive_group()
    redis.add_argument("--no-redis", action="store_true", help="do not start Redis (L1 cache only)")
    redis.add_argument("--require-redis", action="store_true", help="fail when redis-server is missing")
    up.set_defaults(func=run_up)
    actions.add_parser("status", parents=[common], help="show what runs and whether it answers").set_defaults(
        func=run_status
    )
    actions.add_parser(
        "env", parents=[common], help='print export lines: eval "$(eleanor-streams stack env)"'
    ).set_defaults(func=run_env)
    actions.add_parser("down", parents=[common], help="stop what `up` started and wait for it").set_defaults(
        func=run_down
    )


def _stack(args: argparse.Namespace, settings: Settings) -> LocalStack:
    return LocalStack(args.data_dir or settings.data_dir)


def run_up(args: argparse.Namespace, settings: Settings) -> int:
    """Start the stack and print where everything is."""
    stack = _stack(args, settings)
    redis = False if args.no_redis else (True if args.require_redis else None)
    state = stack.up(redis=redis)
    print(f"kafka      {state.kafka_bootstrap}  (tansu pid {state.kafka.pid})")
    if state.redis is not None:
        print(f"redis      {state.redis_url}  (pid {state.redis.pid})")
    else:
        print("redis      not started (cache runs L1 only)")
    print(f"clickhouse {state.clickhouse_dsn}  (embedded, no process)")
    print(f'configure a shell: eval "$(eleanor-streams stack env --data-dir {stack.data_dir})"')
    print("then run the evidence writer and the judge workers: eleanor-streams sink & eleanor-streams worker &")
    print("(the writer alone holds the embedded ClickHouse; start one worker per core)")
    return 0


def run_status(args: argparse.Namespace, settings: Settings) -> int:
    """Print each service's state; exit 1 unless every recorded service runs and answers."""
    stack = _stack(args, settings)
    services = stack.status()
    if not services:
        print(f"no stack under {stack.data_dir}")
        return 1
    for svc in services:
        state = "up" if svc.answering else ("not answering" if svc.running else "gone")
        print(f"{svc.name:<10} {svc.address:<22} pid {svc.pid:<8} {state}")
    print(f"clickhouse {stack.clickhouse_dsn}")
    return 0 if all(s.answering for s in services) else 1


def run_env(args: argparse.Namespace, settings: Settings) -> int:
    """Print ``export`` lines for the running stack."""
    for line in _stack(args, settings).env_lines():
        print(line)
    return 0


def run_down(args: argparse.Namespace, settings: Settings) -> int:
    """Stop the stack by PID and wait until every process exited."""
    stack = _stack(args, settings)
    stopped = stack.down()
    for svc in stopped:
        print(f"stopped {svc.name} (pid {svc.pid})")
    if not stopped:
        print(f"nothing running under {stack.data_dir}")
    return 0
