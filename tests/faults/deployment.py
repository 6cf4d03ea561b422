"""The deployment under test, seen from outside: worker processes, the evidence writer, their /metrics, the
group's commits.

Scenarios talk to eleanor-streams only as an operator would: they start and signal processes, publish to and
read from Kafka topics, scrape /metrics and query the evidence tables. :class:`Deployment` is the one place
that knows which processes make up a running judge: the judge workers (``eleanor-streams worker``, one
consumer group) and one evidence writer (``eleanor-streams sink``, its own consumer group), which stores
the verdict, DLQ and window topics in ClickHouse. A scenario asks it to start, kill or stop a worker and never
builds a command line itself; the writer is started with the first worker and stopped (SIGTERM: it stores
what it holds) after every worker when the deployment ends.

Judge workers keep no ClickHouse client, so they share no data path: the writer alone opens the
deployment's embedded ClickHouse (chDB allows one process per path) and :meth:`Deployment.evidence_stores`
is that one store, read once the writer has stopped.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from streams.config import Settings
from streams.tools.devstack import free_port
from tests.integration.pipeline.helpers import WorkerProcess, committed_offsets

__all__ = ["Deployment", "Member", "rss_mb"]


def rss_mb(pid: int) -> float:
    """Resident set size of ``pid`` in MB (from /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no VmRSS for pid {pid}")


@dataclass
class Member:
    """One running worker process of the deployment and where its /metrics page is."""

    slot: str
    process: WorkerProcess
    metrics_port: int
    started_at: float = field(default_factory=time.monotonic)

    @property
    def pid(self) -> int:
        assert self.process.proc is not None
        return self.process.proc.pid

    def alive(self) -> bool:
        return self.process.alive()

    def metrics(self, timeout_s: float = 10.0) -> dict[str, float]:
        """Every sample on the member's /metrics page, ``name{label="v",...}`` -> value (labels sorted)."""
        url = f"http://127.0.0.1:{self.metrics_port}/metrics"
        text = urllib.request.urlopen(url, timeout=timeout_s).read().decode()
        out: dict[str, float] = {}
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                labels = ",".join(f'{k}="{v}"' for k, v in sorted(sample.labels.items()))
                out[f"{sample.name}{{{labels}}}" if labels else sample.name] = float(sample.value)
        return out

    def total(self, name: str, timeout_s: float = 10.0) -> float:
        """Sum of every sample of ``name`` over its labels (e.g. all lights of ``eleanor_verdicts_total``)."""
        return sum(v for k, v in self.metrics(timeout_s).items() if k == name or k.startswith(name + "{"))

    def rss_mb(self) -> float:
        return rss_mb(self.pid)


class Deployment:
    """The judge's processes for one scenario; a context manager that always stops every process it started
    (the workers first, then the evidence writer, gracefully)."""

    def __init__(self, settings: Settings, workdir: Path, extra_env: dict[str, str] | None = None) -> None:
        self.settings = settings
        self.workdir = workdir
        self.extra_env = dict(extra_env or {})
        self.members: list[Member] = []
        self.starts = 0
        self.kills = 0
        self.writer: Member | None = None
        self.writer_starts = 0
        self.writer_exit: int | None = None  # set when the writer has stopped (0: it stored what it held)

    def __enter__(self) -> Deployment:
        return self

    def __exit__(self, *exc: object) -> None:
        for member in self.members:
            member.process.stop()
        self.stop_writer()

    # -- processes ---------------------------------------------------------------------------------
    def settings_for(self, slot: str) -> Settings:
        """The settings of a worker slot: the deployment's (workers open no ClickHouse path of their own)."""
        return self.settings

    def start_writer(self) -> Member:
        """Start the evidence writer (``eleanor-streams sink``) with its own /metrics port; once per deployment."""
        assert self.writer is None, "the deployment runs one evidence writer"
        port = free_port()
        env = {**self.extra_env, "ELEANOR_METRICS_PORT": str(port)}
        process = WorkerProcess(self.settings, self.workdir / "writer.log", extra_env=env, command=("sink",))
        self.writer = Member("writer", process.start(), port)
        self.writer_starts += 1
        return self.writer

    def kill_writer(self) -> None:
        """SIGKILL the evidence writer, and with it the embedded ClickHouse it holds: no flush, no commit."""
        assert self.writer is not None, "no evidence writer was started"
        assert self.writer.alive(), "the evidence writer is not running"
        self.writer.process.kill()
        self.writer = None

    def stop_writer(self, timeout_s: float = 90.0) -> int | None:
        """SIGTERM the writer (it stores the batch it holds and commits) and wait; its exit code."""
        if self.writer is not None and self.writer_exit is None:
            self.writer.process.stop_timeout = timeout_s
            self.writer.process.stop()
            self.writer_exit = self.writer.process.returncode
        return self.writer_exit

    def start(self, slot: str = "a") -> Member:
        """Start a worker in ``slot`` (the slot's previous process must have exited); the evidence writer is
        started first when it is not running yet."""
        assert not any(m.slot == slot and m.alive() for m in self.members), f"slot {slot} is still running"
        if self.writer is None:
            self.start_writer()
        port = free_port()
        env = {**self.extra_env, "ELEANOR_METRICS_PORT": str(port)}
        process = WorkerProcess(self.settings_for(slot), self.workdir / f"worker-{slot}.log", extra_env=env)
        member = Member(slot, process.start(), port)
        self.members.append(member)
        self.starts += 1
        return member

    def kill(self, member: Member) -> None:
        """SIGKILL the member: no flush, no commit."""
        member.process.kill()
        self.kills += 1

    def stop(self, member: Member, timeout_s: float = 90.0) -> int:
        """SIGTERM and wait for the graceful exit; its exit code."""
        return member.process.terminate(timeout_s)

    def running(self) -> list[Member]:
        return [m for m in self.members if m.alive()]

    def logs(self) -> str:
        """Every worker log of the scenario, concatenated (for failure messages)."""
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.workdir.glob("worker-*.log")))

    def writer_log(self) -> str:
        """The evidence writer's log."""
        path = self.workdir / "writer.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def evidence_stores(self) -> list[Settings]:
        """Settings whose ClickHouse database holds this deployment's evidence: the evidence writer's one store.

        Read only once the writer has stopped (chDB: one process per path); stops it when it still runs and
        requires its graceful exit.
        """
        code = self.stop_writer()
        assert code in (None, 0), f"the evidence writer exited with {code}:\n{self.writer_log()[-3000:]}"
        return [self.settings]

    # -- the consumer group, from outside ------------------------------------------------------------
    def committed(self) -> int:
        """Sum of the group's committed offsets over every partition of the request topics."""
        k = self.settings.kafka

        async def go() -> int:
            return sum([sum(await committed_offsets(self.settings, t, k.partitions)) for t in k.request_topics])

        return asyncio.run(asyncio.wait_for(go(), 20.0))

    def wait_committed_beyond(self, base: int, timeout_s: float, poll_s: float = 0.25) -> float:
        """Wait until the group has committed past ``base``; seconds waited (AssertionError on timeout)."""
        began = time.monotonic()
        while time.monotonic() - began < timeout_s:
            if self.committed() > base:
                return time.monotonic() - began
            time.sleep(poll_s)
        raise AssertionError(f"no commit beyond {base} within {timeout_s:.0f} s:\n{self.logs()[-3000:]}")

    def wait_ready(self, member: Member, timeout_s: float = 90.0) -> float:
        """Wait until the member reports its partitions assigned; seconds since it was started."""
        member.process.wait_ready(timeout_s)
        return time.monotonic() - member.started_at


def curve(samples: Iterator[tuple[float, float]] | list[tuple[float, float]], width: int = 40) -> str:
    """A plain-text chart of (t, value) samples, one line each: ``  12.0 s  431 MB  ######``."""
    points = list(samples)
    if not points:
        return "(no samples)"
    top = max(v for _, v in points) or 1.0
    return "\n".join(f"   {t:7.1f} s {v:8.1f} MB  " + "#" * round(width * v / top) for t, v in points)
