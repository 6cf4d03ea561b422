"""The crash scenario: SIGKILL judge workers and the evidence writer mid-stream, each only after it
acknowledged work, then count.

Evidence travels in two hops: judge workers publish verdicts to Kafka and ack a window once the broker
acknowledged them; the evidence writer (``eleanor-streams sink``, its own consumer group) stores the verdict
topic in ClickHouse and commits after ClickHouse acknowledged. One writer runs throughout.

Requests stream in while workers are started and killed one after another (same consumer group). A worker
is killed only once (a) the group's committed offsets moved past where that worker started — it judged,
published and acked at least one window — and (b) a verdict has been published for a source offset at or
above the committed one — there is judged work the commit does not cover yet, so the kill interrupts
something. After each kill the committed offsets are read again: every verdict already published for an
offset at or above them must be published again by a later worker (a replay, observed as a second verdict
for the same source offset).

While a worker runs, the evidence writer is killed too (``writer_kills`` times, then restarted): only once
(a) the evidence group's committed offsets on the verdict topic moved past where that writer started — it
stored and committed at least one batch — and (b) verdict messages exist at or above those committed offsets
— evidence it holds or has yet to read, which the kill leaves unstored and a later writer must store.

Once every kill is done, the rest of the stream is published without pauses. A last worker finishes the
stream and stops gracefully, then the writer; a catch-up run of the (correct) writer stores whatever is left
on the topics (when anything is: see ``helpers.queries``). Every request must have a verdict and exactly one
``verdicts`` row (and seven ``findings`` rows) under FINAL.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from streams.config import Settings
from streams.tools.topic_io import read_topic

from .helpers import StreamIn, WorkerProcess, committed_offsets, queries, valid_request

Source = tuple[int, int]  # (partition, offset) of a request


class VerdictLog:
    """Reads the verdict topic from the start in a background thread; keeps every verdict's source in order
    and the end of each verdict-topic partition read so far."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._sources: list[Source] = []
        self._ids: set[str] = set()
        self._ends: dict[int, int] = {}  # verdict-topic partition -> last offset read + 1
        self._stop = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), name="verdict-log", daemon=True)

    def __enter__(self) -> VerdictLog:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(30)

    async def _main(self) -> None:
        reader = asyncio.create_task(self._read())
        stopping = asyncio.ensure_future(asyncio.to_thread(self._stop.wait))
        await asyncio.wait([reader, stopping], return_when=asyncio.FIRST_COMPLETED)
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader

    async def _read(self) -> None:
        kafka = self._settings.kafka
        async for msg in read_topic(kafka, kafka.verdict_topic):
            doc = orjson.loads(msg.value)
            with self._lock:
                self._sources.append((int(doc["source"]["partition"]), int(doc["source"]["offset"])))
                self._ids.add(doc["request_id"])
                self._ends[msg.partition] = max(self._ends.get(msg.partition, 0), msg.offset + 1)

    def sources(self) -> list[Source]:
        with self._lock:
            return list(self._sources)

    def ids(self) -> set[str]:
        with self._lock:
            return set(self._ids)

    def ends(self) -> dict[int, int]:
        with self._lock:
            return dict(self._ends)


@dataclass
class Kill:
    """One SIGKILL: when, what was committed after it, and the judged work the commit did not cover."""

    after_s: float
    committed_at_start: list[int]
    committed_after: list[int]
    seen_before: int  # verdicts observed up to the kill (after a settle)
    uncommitted: set[Source] = field(default_factory=set)
    replayed: set[Source] = field(default_factory=set)


@dataclass
class WriterKill:
    """One SIGKILL of the evidence writer: when, the evidence group's commits, and the evidence not covered."""

    after_s: float
    committed_at_start: list[int]
    committed_at_kill: list[int]
    unstored: int  # verdict messages at or above the evidence commit when the writer was killed


@dataclass
class CrashReport:
    """What happened and what was stored; :meth:`failures` says which at-least-once promise broke."""

    total: int
    kills: list[Kill]
    missing_verdicts: int
    dead_letters: int
    verdict_rows: tuple[int, int]  # count(), uniqExact(request_id) under FINAL
    duplicated_rows: int  # request ids with more than one verdicts row under FINAL
    finding_rows: int
    critics: int
    final_exit: int | None
    log_tail: str
    writer_kills: list[WriterKill] = field(default_factory=list)
    writer_exit: int | None = None  # the last evidence writer's exit code (SIGTERM after the last worker)

    def failures(self) -> list[str]:
        out = []
        for n, kill in enumerate(self.kills, 1):
            if not kill.uncommitted:
                out.append(f"kill {n} interrupted nothing: no judged offset above the commit {kill.committed_after}")
            elif kill.replayed != kill.uncommitted:
                out.append(
                    f"kill {n}: {len(kill.uncommitted - kill.replayed)} judged, uncommitted offsets never replayed"
                )
        if self.missing_verdicts:
            out.append(f"{self.missing_verdicts} requests without a verdict message")
        if self.dead_letters:
            out.append(f"{self.dead_letters} dead letters for valid requests")
        if self.verdict_rows != (self.total, self.total):
            out.append(f"verdicts FINAL holds {self.verdict_rows} (rows, ids), expected {self.total} of each")
        if self.duplicated_rows:
            out.append(f"{self.duplicated_rows} requests with more than one verdicts row under FINAL")
        if self.finding_rows != self.total * self.critics:
            out.append(f"findings FINAL holds {self.finding_rows} rows, expected {self.total * self.critics}")
        for n, wkill in enumerate(self.writer_kills, 1):
            if not wkill.unstored:
                out.append(f"writer kill {n} interrupted nothing: no verdict above {wkill.committed_at_kill}")
        if self.final_exit != 0:
            out.append(f"the last worker exited with {self.final_exit}")
        if self.writer_exit != 0:
            out.append(f"the last evidence writer exited with {self.writer_exit}")
        return out


def _committed(settings: Settings) -> list[int]:
    kafka = settings.kafka
    return asyncio.run(committed_offsets(settings, kafka.request_topics[0], kafka.partitions))


def _evidence_committed(settings: Settings) -> list[int]:
    """The evidence group's committed offset per verdict-topic partition (0 when nothing is committed)."""
    kafka = settings.kafka
    evidence = settings.model_copy(update={"kafka": kafka.model_copy(update={"consumer_group": kafka.evidence_group})})
    return asyncio.run(committed_offsets(evidence, kafka.verdict_topic, kafka.partitions))


def _kill_writer_with_evidence_in_flight(
    writer: WorkerProcess,
    log: VerdictLog,
    settings: Settings,
    start: list[int],
    began: float,
    timeout_s: float,
    ready: Callable[[], bool],
) -> WriterKill:
    """Once the writer committed past ``start``, verdicts exist at or above its commit and ``ready()`` holds:
    SIGKILL it."""
    deadline = time.monotonic() + timeout_s
    committed, unstored = start, 0
    while time.monotonic() < deadline:
        assert writer.alive(), writer.log_text()[-3000:]
        committed = _evidence_committed(settings)
        ends = log.ends()
        unstored = sum(max(0, ends.get(p, 0) - committed[p]) for p in range(len(committed)))
        if sum(committed) > sum(start) and unstored:
            # ready() may hold for moments only (a broken writer holding what it committed): look often,
            # not once per commit query, which takes longer than such a moment may last
            spin_until = min(deadline, time.monotonic() + 5.0)
            while time.monotonic() < spin_until:
                if ready():
                    writer.kill()
                    return WriterKill(round(time.monotonic() - began, 2), start, committed, unstored)
                time.sleep(0.05)
        time.sleep(0.1)
    raise AssertionError(
        f"no moment to kill the evidence writer within {timeout_s} s: it must have committed past {start} "
        f"(last seen {committed}), verdicts must exist above its commit (last seen {unstored}) and the "
        f"scenario's own condition must hold (last seen {ready()})"
    )


def _wait_for_work_in_flight(
    worker: WorkerProcess, log: VerdictLog, settings: Settings, start: list[int], timeout_s: float
) -> None:
    """Until the group committed past ``start`` and a verdict exists at or above the committed offsets."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert worker.alive(), worker.log_text()[-3000:]
        committed = _committed(settings)
        if sum(committed) > sum(start) and any(o >= committed[p] for p, o in log.sources()):
            return
        time.sleep(0.1)
    raise AssertionError(f"no acknowledged window with work in flight within {timeout_s} s (committed {start})")


def _kill_with_work_in_flight(
    worker: WorkerProcess, log: VerdictLog, settings: Settings, start: list[int], timeout_s: float
) -> None:
    """SIGKILL the worker at a moment when judged work sits above the group's commit.

    Seeing work in flight and killing are not atomic: a worker that finishes its window and commits between
    the two leaves nothing to replay. So the worker is frozen (SIGSTOP: it can neither publish nor commit),
    and only then is the in-flight work checked, after a moment for what it sent before the freeze to reach
    the broker and the verdict log; if the commit caught up, it is thawed and the wait starts again.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        _wait_for_work_in_flight(worker, log, settings, start, max(1.0, deadline - time.monotonic()))
        worker.freeze()
        time.sleep(0.5)
        committed = _committed(settings)
        if any(o >= committed[p] for p, o in log.sources()):
            worker.kill()
            return
        worker.thaw()
        if time.monotonic() > deadline:
            raise AssertionError(f"no moment with judged work above the commit within {timeout_s} s")


def run_crash_scenario(
    settings: Settings,
    tmp_path: Path,
    *,
    total: int,
    kills: int,
    writer_kills: int,
    writer_module: str = "streams.tools.cli.main",
    writer_env: dict[str, str] | None = None,
    writer_ready: Callable[[], bool] = lambda: True,
) -> CrashReport:
    """Stream ``total`` requests in while ``kills`` workers and ``writer_kills`` evidence writers (run with
    ``writer_module`` and ``writer_env``; each killed only once ``writer_ready()`` holds too) are killed;
    then count."""
    payloads = [valid_request(f"crash-{i}", i) for i in range(total)]
    worker_log = tmp_path / "workers.log"
    writer_log = tmp_path / "writers.log"
    done: list[Kill] = []
    writers_killed: list[WriterKill] = []
    began = time.monotonic()

    writers: list[WorkerProcess] = []  # every writer started: each is stopped on the way out, whatever happens

    def new_writer() -> WorkerProcess:
        writers.append(WorkerProcess(settings, writer_log, writer_env, command=("sink",), module=writer_module).start())
        return writers[-1]

    def stop_writers() -> None:
        for w in writers:
            w.stop()

    writer = new_writer()
    with contextlib.ExitStack() as cleanup, VerdictLog(settings) as verdicts:
        cleanup.callback(stop_writers)
        # 200 requests/s: the stream must outlast the kills (each waits for work in flight, which needs
        # traffic), even on a slow machine; once they are done the rest goes out without pauses.
        with StreamIn(settings, payloads, chunk=100, pause_s=0.5) as stream_in:
            writer_start = _evidence_committed(settings)
            for n in range(kills):
                start = _committed(settings)
                with WorkerProcess(settings, worker_log) as worker:
                    _wait_for_work_in_flight(worker, verdicts, settings, start, timeout_s=90.0)
                    if n < writer_kills:
                        writers_killed.append(
                            _kill_writer_with_evidence_in_flight(
                                writer, verdicts, settings, writer_start, began, 90.0, writer_ready
                            )
                        )
                        writer_start = _evidence_committed(settings)
                        writer = new_writer()
                    # the worker kept working meanwhile: again judged work the commit does not cover yet
                    _kill_with_work_in_flight(worker, verdicts, settings, start, timeout_s=90.0)
                at = round(time.monotonic() - began, 2)
                time.sleep(1.0)  # what the dead worker's last sends reached the broker shows up now
                seen = verdicts.sources()
                after = _committed(settings)
                uncommitted = {(p, o) for p, o in seen if o >= after[p]}
                done.append(Kill(at, start, after, len(seen), uncommitted))
            stream_in.hurry()  # every kill is done: what is left of the stream needs no pacing
            stream_in.join()

        with WorkerProcess(settings, worker_log) as final:
            # Every request has a verdict *and* the group committed every request: only then has the last
            # worker judged again what the last kill left above the commit (all ids alone may already be
            # there, published by the killed worker).
            deadline = time.monotonic() + 150.0
            while time.monotonic() < deadline and (len(verdicts.ids()) < total or sum(_committed(settings)) < total):
                assert final.alive(), final.log_text()[-3000:]
                time.sleep(0.2)
            time.sleep(1.0)  # late duplicates would show up now
            final_exit = final.terminate()
        # SIGTERM: the writer stores the batch it holds and commits; the catch-up run of queries() stores the rest
        writer_exit = writer.terminate()
        sources = verdicts.sources()
        missing = total - len(verdicts.ids() & {f"crash-{i}" for i in range(total)})

    for kill in done:
        later = set(sources[kill.seen_before :])
        kill.replayed = kill.uncommitted & later
    (dead,), rows, (dup,), (findings,) = (
        result[0]
        for result in queries(
            settings,
            "SELECT count() FROM dead_letters",
            "SELECT count(), uniqExact(request_id) FROM verdicts FINAL",
            "SELECT count() FROM (SELECT request_id FROM verdicts FINAL GROUP BY request_id HAVING count() > 1)",
            "SELECT count() FROM findings FINAL",
        )
    )
    return CrashReport(
        total=total,
        kills=done,
        missing_verdicts=missing,
        dead_letters=int(dead),
        verdict_rows=(int(rows[0]), int(rows[1])),
        duplicated_rows=int(dup),
        finding_rows=int(findings),
        critics=len(settings.critics.enabled),
        final_exit=final_exit,
        log_tail=worker_log.read_text(errors="replace")[-3000:] + "\n" + writer_log.read_text(errors="replace")[-3000:],
        writer_kills=writers_killed,
        writer_exit=writer_exit,
    )


def describe(report: CrashReport) -> dict[str, Any]:
    """A compact account of the run for assertion messages and the test log."""
    return {
        "kills": [
            {
                "after_s": k.after_s,
                "committed_at_start": k.committed_at_start,
                "committed_after": k.committed_after,
                "uncommitted_judged": len(k.uncommitted),
                "replayed": len(k.replayed),
            }
            for k in report.kills
        ],
        "writer_kills": [
            {
                "after_s": k.after_s,
                "committed_at_start": k.committed_at_start,
                "committed_at_kill": k.committed_at_kill,
                "unstored_verdicts": k.unstored,
            }
            for k in report.writer_kills
        ],
        "missing_verdicts": report.missing_verdicts,
        "verdict_rows": report.verdict_rows,
        "finding_rows": report.finding_rows,
        "final_exit": report.final_exit,
        "writer_exit": report.writer_exit,
    }
