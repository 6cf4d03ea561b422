"""The local service stack as a whole: up, status, env, down, with a JSON state file.

``up`` starts the Tansu broker and (when available) redis-server detached from the caller, records
addresses and PIDs in ``<data_dir>/stack.json``; any later process can read that file to report status,
print ``export`` lines or stop exactly the processes ``up`` started. Embedded ClickHouse (chDB) needs no
process: the stack only fixes its data path.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import shlex
import shutil
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from streams.errors import StackError
from streams.logs import kv
from streams.tools.devstack.probe import kafka_ready, redis_ready
from streams.tools.devstack.services import (
    REDIS_HINT,
    ServiceHandle,
    find_redis_server,
    find_tansu,
    pid_alive,
    start_broker,
    start_redis,
    stop_pid,
)

__all__ = ["LocalStack", "ServiceRecord", "ServiceStatus", "StackState"]

log = logging.getLogger(__name__)
STATE_FILE = "stack.json"


@dataclass(frozen=True)
class ServiceRecord:
    """One started service as written to the state file."""

    name: str
    address: str
    pid: int
    log_path: str

    @classmethod
    def of(cls, handle: ServiceHandle) -> ServiceRecord:
        """The record of a freshly started service."""
        return cls(handle.name, handle.address, handle.pid, str(handle.log_path))


@dataclass(frozen=True)
class StackState:
    """What ``up`` started: the broker, maybe Redis, and the embedded ClickHouse path."""

    data_dir: str
    kafka: ServiceRecord
    redis: ServiceRecord | None
    clickhouse_dsn: str
    started_at: float = field(default_factory=time.time)

    @property
    def kafka_bootstrap(self) -> str:
        """Bootstrap address of the broker."""
        return self.kafka.address

    @property
    def redis_url(self) -> str | None:
        """redis:// URL of the Redis server, or None when the stack runs without one."""
        return f"redis://{self.redis.address}/0" if self.redis else None

    def services(self) -> list[ServiceRecord]:
        """Every started service."""
        return [self.kafka] + ([self.redis] if self.redis else [])

    def to_json(self) -> str:
        """The state file's content."""
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> StackState:
        """Parse a state file written by :meth:`to_json`."""
        data: dict[str, Any] = json.loads(text)
        redis = data.get("redis")
        return cls(
            data_dir=data["data_dir"],
            kafka=ServiceRecord(**data["kafka"]),
            redis=ServiceRecord(**redis) if redis else None,
            clickhouse_dsn=data["clickhouse_dsn"],
            started_at=float(data.get("started_at", 0.0)),
        )


@dataclass(frozen=True)
class ServiceStatus:
    """Liveness of one recorded service: process exists and the protocol probe answers."""

    name: str
    address: str
    pid: int
    running: bool
    answering: bool


class LocalStack:
    """The local services under one data dir (see module docstring)."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.state_path = self.data_dir / STATE_FILE

    @property
    def clickhouse_dsn(self) -> str:
        """Where the embedded ClickHouse keeps its data."""
        return f"chdb://{self.data_dir / 'clickhouse'}"

    def state(self) -> StackState | None:
        """The recorded state, or None when nothing was started here."""
        try:
            text = self.state_path.read_text()
        except FileNotFoundError:
            return None
        try:
            return StackState.from_json(text)
        except (ValueError, KeyError, TypeError) as exc:
            raise StackError(f"unreadable stack state {self.state_path}: {exc}; remove it and retry") from exc

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Serialise up/down across processes: two concurrent `up`s must not start two stacks."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with (self.data_dir / ".stack.lock").open("w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def up(self, redis: bool | None = None) -> StackState:
        """Start the stack (``redis``: True = required, None = when redis-server is on PATH, False = none).

        Idempotent: returns the running stack's state when every recorded service is alive.
        """
        with self._locked():
            return self._up(redis)

    def _up(self, redis: bool | None) -> StackState:
        current = self.state()
        if current is not None:
            if all(s.running for s in self.status()):
                if redis and current.redis is None:
                    raise StackError(
                        f"the stack under {self.data_dir} runs without Redis: `eleanor-streams stack down`, then up"
                    )
                return current
            log.info("stale stack state, cleaning up %s", kv(state=self.state_path))
            self._down(timeout=15.0)
        want_redis = redis if redis is not None else shutil.which("redis-server") is not None
        find_tansu()  # fail on a missing binary before starting anything
        if want_redis:
            find_redis_server()
        if redis is None and not want_redis:
            log.warning("redis-server not on PATH; stack runs without Redis (L1 cache only): %s", REDIS_HINT)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        (self.data_dir / "clickhouse").mkdir(exist_ok=True)
        broker = start_broker(self.data_dir, detach=True)
        try:
            redis_handle = start_redis(self.data_dir, detach=True) if want_redis else None
        except StackError:
            broker.stop()
            raise
        state = StackState(
            data_dir=str(self.data_dir),
            kafka=ServiceRecord.of(broker),
            redis=ServiceRecord.of(redis_handle) if redis_handle else None,
            clickhouse_dsn=self.clickhouse_dsn,
        )
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(state.to_json())
        tmp.replace(self.state_path)  # atomic: a reader never sees half a file
        return state

    def status(self) -> list[ServiceStatus]:
        """Liveness of every recorded service (empty when the stack is not up)."""
        state = self.state()
        if state is None:
            return []
        out = []
        for svc in state.services():
            running = pid_alive(svc.pid, svc.address)
            probe = kafka_ready if svc.name == "tansu" else redis_ready
            out.append(ServiceStatus(svc.name, svc.address, svc.pid, running, running and probe(svc.address)))
        return out

    def env_vars(self) -> dict[str, str]:
        """The ``ELEANOR_*`` settings that point a process at the running stack."""
        state = self.state()
        if state is None:
            raise StackError(f"no stack is up under {self.data_dir}: run `eleanor-streams stack up` first")
        values = {
            "ELEANOR_DATA_DIR": state.data_dir,
            "ELEANOR_KAFKA__BOOTSTRAP": state.kafka_bootstrap,
            "ELEANOR_CLICKHOUSE__DSN": state.clickhouse_dsn,
        }
        if state.redis_url:
            values["ELEANOR_CACHE__REDIS_URL"] = state.redis_url
        return values

    def env_lines(self) -> list[str]:
        """``export ELEANOR_...=...`` lines (shell-quoted) that point a shell at the running stack."""
        return [f"export {name}={shlex.quote(value)}" for name, value in self.env_vars().items()]

    def down(self, timeout: float = 15.0) -> list[ServiceRecord]:
        """Stop every recorded service by PID, wait for the exits, remove the state file.

        Returns the services that were still running and got stopped.
        """
        if not self.state_path.exists():
            return []  # nothing to stop; do not create the data dir just to lock it
        with self._locked():
            return self._down(timeout)

    def _down(self, timeout: float) -> list[ServiceRecord]:
        state = self.state()
        if state is None:
            return []
        stopped = [svc for svc in state.services() if stop_pid(svc.pid, svc.address, timeout=timeout)]
        self.state_path.unlink(missing_ok=True)
        return stopped
