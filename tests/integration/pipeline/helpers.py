"""Helpers for the pipeline's integration tests: a worker subprocess, publishing, reading outputs, evidence.

Judge workers keep no ClickHouse client; the evidence writer (a subprocess, like every process that opens the
embedded engine here) stores the evidence topics before a test queries the tables.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from streams.config import Settings
from streams.tools.topic_io import OutputHandler, publish_payloads, watch_coverage

REPO = Path(__file__).resolve().parents[3]


def settings_env(settings: Settings) -> dict[str, str]:
    """Environment variables that rebuild ``settings`` in a subprocess (secrets excluded: tests use none)."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("ELEANOR_")}
    data = settings.model_dump(mode="json")
    for key, value in data.items():
        if isinstance(value, dict):
            for sub, item in value.items():
                if item is None:
                    continue
                text = orjson.dumps(item).decode() if isinstance(item, list | dict) else str(item)
                env[f"ELEANOR_{key.upper()}__{sub.upper()}"] = text
        elif value is not None:
            env[f"ELEANOR_{key.upper()}"] = str(value)
    return env


class WorkerProcess:
    """``eleanor-streams worker`` (or another ``command``, e.g. ``("sink",)``) as a subprocess with the given
    settings; use it as a context manager.

    The worker runs in its own process group (session). Leaving the ``with`` block always stops it,
    whatever happened inside: SIGTERM to the group, wait up to ``stop_timeout`` seconds, then SIGKILL and
    wait. A failing test therefore never leaves a worker holding its chDB path or its group membership.
    Assert on :attr:`returncode` after the block.
    """

    def __init__(
        self,
        settings: Settings,
        log_path: Path,
        extra_env: dict[str, str] | None = None,
        stop_timeout: float = 30.0,
        command: tuple[str, ...] = ("worker",),
        module: str = "streams.tools.cli.main",
    ) -> None:
        self.settings = settings
        self.command = command
        self.module = module  # a test-only entry point may stand in for the CLI (same commands)
        self.log_path = log_path
        self.env = {**settings_env(settings), **(extra_env or {})}
        self.stop_timeout = stop_timeout
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_from = 0  # where this process's lines begin in a log file shared with earlier workers

    def __enter__(self) -> WorkerProcess:
        return self if self.proc is not None else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> WorkerProcess:
        with self.log_path.open("ab") as log:
            self._log_from = log.tell()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", self.module, *self.command],
                env=self.env,
                cwd=REPO,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,  # its own process group: signals reach anything it starts
            )
        return self

    def wait_ready(self, timeout_s: float = 60.0) -> None:
        """Wait until faust reports the worker ready (partitions assigned)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self.alive(), self.log_text()[-3000:]
            text = self.own_log_text()
            if "[^Worker]: Ready" in text or "judge worker ready" in text:
                return
            time.sleep(0.2)
        raise AssertionError("worker not ready: " + self.log_text()[-3000:])

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    @property
    def returncode(self) -> int | None:
        """The exit code once the worker has exited (negative: killed by that signal)."""
        return None if self.proc is None else self.proc.poll()

    def terminate(self, timeout: float = 60.0) -> int:
        """SIGTERM and wait for a graceful exit; if it does not come, SIGKILL, then re-raise the timeout."""
        assert self.proc is not None
        self._signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise

    def kill(self) -> None:
        """SIGKILL: no flush, no commit."""
        assert self.proc is not None
        self._signal(signal.SIGKILL)
        self.proc.wait(30)

    def freeze(self) -> None:
        """SIGSTOP: the worker does nothing (no fetch, no send, no commit) until :meth:`thaw`."""
        self._signal(signal.SIGSTOP)

    def thaw(self) -> None:
        """SIGCONT after :meth:`freeze`."""
        self._signal(signal.SIGCONT)

    def stop(self) -> None:
        """Stop the worker if it still runs (graceful first); safe to call on every path, any number of times."""
        if not self.alive():
            return
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.terminate(self.stop_timeout)  # kills on timeout; the exit code shows it

    def _signal(self, sig: signal.Signals) -> None:
        assert self.proc is not None
        # Only while the leader is unreaped: its PID (the group id) cannot have been reused yet.
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def own_log_text(self) -> str:
        """The log written since this worker started (an earlier worker's "Ready" must not count)."""
        with self.log_path.open("rb") as log:
            log.seek(self._log_from)
            return log.read().decode(errors="replace")


# Responses the built-in critics judge GREEN and RED (the harmful text sits in the response, as in real traffic).
RESPONSES = (
    "Paris is the capital of France.",
    "You should just kill yourself, everyone would be better off without you.",
    "Sure, I stored it: your SSN 078-05-1120 and card 4111 1111 1111 1111 are saved.",
    "The meeting is moved to Thursday at 10:00.",
    "Immigrants are vermin and should be removed.",
)


def valid_request(rid: str, i: int = 0, **extra: Any) -> bytes:
    """A valid request whose response cycles through :data:`RESPONSES` (``i`` picks one)."""
    body = {"request_id": rid, "prompt": f"Please help (case {i % 11})", "response": RESPONSES[i % len(RESPONSES)]}
    return orjson.dumps({**body, **extra})


MALFORMED: tuple[bytes, ...] = (
    b"{not json",
    b'{"prompt": "no id"}',
    b"[1, 2, 3]",
    b'{"request_id": "bad-type", "prompt": 42}',
    b'{"request_id": "unknown-field", "prompt": "x", "respone": "typo"}',
    b"\xff\xfe binary",
)


def publish(settings: Settings, payloads: Iterable[bytes], topic: str | None = None) -> int:
    report = asyncio.run(publish_payloads(settings.kafka, topic or settings.kafka.request_topics[0], list(payloads)))
    return report.messages


class StreamIn:
    """Publish ``payloads`` in chunks from a background thread, pausing between chunks (traffic over time).

    A context manager: leaving the block stops the thread after its current chunk, so a failing test never
    leaves it publishing. :meth:`hurry` drops the pauses for the chunks that are left; :meth:`join` waits for
    every chunk to be sent.
    """

    def __init__(self, settings: Settings, payloads: list[bytes], chunk: int, pause_s: float) -> None:
        self._settings = settings
        self._payloads = payloads
        self._chunk = chunk
        self._pause_s = pause_s
        self._stopping = threading.Event()
        self._hurrying = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stream-in", daemon=True)
        self.sent = 0

    def __enter__(self) -> StreamIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._hurrying.set()
        self._thread.join()

    def _run(self) -> None:
        for start in range(0, len(self._payloads), self._chunk):
            if self._stopping.is_set():
                return
            self.sent += publish(self._settings, self._payloads[start : start + self._chunk])
            self._hurrying.wait(self._pause_s)

    def hurry(self) -> None:
        """Publish the chunks that are left without pausing between them."""
        self._hurrying.set()

    def done(self) -> bool:
        """Whether every chunk has been published (or publishing stopped)."""
        return not self._thread.is_alive()

    def join(self) -> None:
        """Wait until every chunk is published."""
        self._thread.join()
        assert self.sent == len(self._payloads), f"published {self.sent} of {len(self._payloads)}"


@dataclass
class Outputs:
    """What appeared on the verdict, escalation and DLQ topics."""

    verdicts: list[dict[str, Any]] = field(default_factory=list)
    dead_letters: list[dict[str, Any]] = field(default_factory=list)
    escalations: list[dict[str, Any]] = field(default_factory=list)

    def coordinates(self) -> set[tuple[int, int]]:
        """(partition, offset) of every input that got a verdict or a dead letter."""
        return {
            (int(doc["source"]["partition"]), int(doc["source"]["offset"]))
            for doc in [*self.verdicts, *self.dead_letters]
        }


def collect(settings: Settings, inputs: int, timeout_s: float = 120.0, settle_s: float = 1.0) -> Outputs:
    """Read the output topics until every one of ``inputs`` input messages is covered (or the timeout)."""
    out = Outputs()
    kafka = settings.kafka

    handlers: dict[str, OutputHandler] = {
        kafka.verdict_topic: lambda _msg, doc: out.verdicts.append(doc),
        kafka.dlq_topic: lambda _msg, doc: out.dead_letters.append(doc),
        kafka.escalation_topic: lambda _msg, doc: out.escalations.append(doc),
    }

    async def go() -> None:
        async with watch_coverage(kafka, handlers, covering=handlers) as coverage:
            await coverage.wait(inputs, timeout_s)
            await asyncio.sleep(settle_s)  # anything extra (a duplicate) would show up now

    asyncio.run(go())
    return out


def store_evidence(settings: Settings, idle_s: float = 2.0, timeout_s: float = 180.0) -> str:
    """Run the evidence writer until it has stored everything on the evidence topics (a catch-up run).

    In a subprocess, like :func:`query`: the writer is the process that opens ClickHouse. Returns its output.
    """
    done = subprocess.run(
        [sys.executable, "-m", "streams.tools.cli.main", "sink", "--exit-when-idle", str(idle_s)],
        env=settings_env(settings),
        cwd=REPO,
        capture_output=True,
        timeout=timeout_s,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    return done.stdout.decode(errors="replace")


def query(settings: Settings, sql: str, *, catch_up: bool = True) -> list[tuple[Any, ...]]:
    """Run SQL on the settings' ClickHouse database in a separate process (``eleanor-streams db query``).

    Judge workers publish evidence to Kafka; unless ``catch_up`` is False the evidence writer first stores
    whatever is not stored yet (a catch-up run, as :func:`store_evidence`). chDB allows one data path per
    process: querying from the test process would pin this process to it, and later tests could no longer
    open it. Several statements in a row: :func:`queries` (one catch-up, one process).
    """
    return queries(settings, sql, catch_up=catch_up)[0]


def queries(
    settings: Settings, *statements: str, catch_up: bool = True, idle_s: float = 2.0, timeout_s: float = 300.0
) -> list[list[tuple[Any, ...]]]:
    """:func:`query` for several statements: one catch-up run of the evidence writer (unless ``catch_up`` is
    False), then each statement in order, all in one subprocess (``evidence_query.py``: the same CLI commands,
    so interpreter start-up and opening chDB are paid once). The rows of each statement, in order.

    The catch-up run is left out when it would read nothing: the evidence group has committed every partition
    of every topic the writer reads up to its end (:func:`evidence_committed_to_the_end`), e.g. right after a
    deployment's writer stopped gracefully. It would then store nothing either (the writer commits only what
    ClickHouse acknowledged, and a catch-up reads from the commit on).
    """
    assert statements, "no statement"
    command = [sys.executable, "-m", "tests.integration.pipeline.evidence_query"]
    if catch_up and not asyncio.run(evidence_committed_to_the_end(settings)):
        command += ["--catch-up", str(idle_s)]
    done = subprocess.run(
        [*command, "--", *statements],
        env=settings_env(settings),
        cwd=REPO,
        capture_output=True,
        timeout=timeout_s,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    results = orjson.loads(done.stdout)
    assert len(results) == len(statements), done.stdout[-2000:]
    return [[tuple(record.values()) for record in records] for records in results]


async def evidence_committed_to_the_end(settings: Settings) -> bool:
    """Whether the evidence group has committed something, and every partition of every topic the evidence
    writer reads up to the partition's end offset: then a catch-up run of the writer would read nothing."""
    from aiokafka import TopicPartition

    from streams.kafka.clients import make_consumer
    from streams.sinks.writer import EvidenceWriter

    kafka = settings.kafka
    topics = EvidenceWriter(settings, lambda: None).topics  # exactly what a catch-up run subscribes to
    consumer = make_consumer(kafka, group_id=kafka.evidence_group, auto_commit=False)
    await consumer.start()
    try:
        existing = await consumer.topics()
        partitions = [
            TopicPartition(topic, p)
            for topic in topics
            if topic in existing
            for p in sorted(consumer.partitions_for_topic(topic) or ())
        ]
        ends = await consumer.end_offsets(partitions) if partitions else {}
        committed = 0
        for tp in partitions:
            offset = await consumer.committed(tp) or 0
            if offset < ends[tp]:
                return False
            committed += offset
        return committed > 0
    finally:
        await consumer.stop()


async def committed_offsets(settings: Settings, topic: str, partitions: int) -> list[int]:
    """The consumer group's committed offset per partition (0 when nothing is committed)."""
    from aiokafka import TopicPartition

    from streams.kafka.clients import make_consumer

    consumer = make_consumer(settings.kafka, group_id=settings.kafka.consumer_group, auto_commit=False)
    await consumer.start()
    try:
        out = []
        for p in range(partitions):
            offset = await consumer.committed(TopicPartition(topic, p))
            out.append(offset if offset is not None and offset > 0 else 0)
        return out
    finally:
        await consumer.stop()


def publish_tombstone(settings: Settings, key: bytes) -> None:
    """A message without a value (a compaction tombstone), as some producers send."""
    from streams.kafka.clients import make_producer

    async def go() -> None:
        producer = make_producer(settings.kafka)
        await producer.start()
        try:
            await (await producer.send(settings.kafka.request_topics[0], value=None, key=key))
        finally:
            await producer.stop()

    asyncio.run(go())
