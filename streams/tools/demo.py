"""``eleanor-streams demo``: the whole product on the embedded local stack, in one command.

Starts the local stack (Tansu broker, redis-server, embedded ClickHouse path), loads the seed precedents,
runs the evidence writer (``eleanor-streams sink``, which migrates the evidence tables on start) and
``--workers`` judge workers (``eleanor-streams worker``, one consumer group) as subprocesses, waits until
the workers are ready, publishes N generated requests as one burst, waits until every one is accounted for
by a verdict or a DLQ message (matched by source offset), stops the workers and the writer, stores what the
writer had not stored yet (a catch-up run in this process), then reads the evidence tables. chDB allows one
process per data path: this process opens the ClickHouse path only after the writer has exited.

Ready means: faust logged ``Worker: Ready`` (after the group assigned the partitions) and one warm-up
request made the whole round trip (publish, judge, verdict on the topic). After the burst one more request
measures the latency of a single request on the warm, idle worker. Both are kept out of every other figure
(their verdict rows are in the evidence). The generated traffic has the workload's default share of repeats
(cache hits) and of requests like decided cases (precedent matches).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from streams.clickhouse.client import connect
from streams.config import Settings, load_settings
from streams.errors import StackError
from streams.kafka.clients import ensure_topics
from streams.kafka.consumer import READY_LINE
from streams.tools.devstack import LocalStack
from streams.tools.topic_io import (
    OutputHandler,
    Received,
    publish_payloads,
    watch_coverage,
)
from streams.tools.workload import generate_requests
from streams.wiring.services import run_evidence_writer

__all__ = ["DemoOutcome", "run_demo"]


@dataclass
class DemoOutcome:
    """What the demo observed on the output topics."""

    published: int = 0
    lights: Counter[str] = field(default_factory=Counter)
    dlq_reasons: Counter[str] = field(default_factory=Counter)
    escalations: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    window_sizes: dict[str, int] = field(default_factory=dict)
    covered: set[tuple[int, int]] = field(default_factory=set)  # (partition, offset) of each source message
    first_sent: float = 0.0
    last_out: float = 0.0
    cache_hits: int = 0
    precedent_matched: int = 0  # verdicts whose request matched at least one decided case
    window_latency_ms: dict[str, float] = field(default_factory=dict)  # window id -> evaluation time
    warmup_ms: float = 0.0  # the first request's round trip on the fresh worker
    probe_ms: float = 0.0  # one request's round trip on the warm, idle worker after the burst


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _stack_env(stack: LocalStack, settings: Settings, run_id: str, fresh: bool) -> dict[str, str]:
    env = {**os.environ, **stack.env_vars()}
    # Evidence of this run in its own database: counts stay exact when the data dir holds earlier runs.
    env["ELEANOR_CLICKHOUSE__DATABASE"] = f"demo_{run_id}"
    if not fresh:  # a kept stack already holds earlier runs: give this run its own topics and group
        k = settings.kafka
        env["ELEANOR_KAFKA__REQUEST_TOPICS"] = f"{k.request_topics[0]}.{run_id}"
        env["ELEANOR_KAFKA__VERDICT_TOPIC"] = f"{k.verdict_topic}.{run_id}"
        env["ELEANOR_KAFKA__ESCALATION_TOPIC"] = f"{k.escalation_topic}.{run_id}"
        env["ELEANOR_KAFKA__DLQ_TOPIC"] = f"{k.dlq_topic}.{run_id}"
        env["ELEANOR_KAFKA__WINDOW_TOPIC"] = f"{k.window_topic}.{run_id}"
        env["ELEANOR_KAFKA__CONSUMER_GROUP"] = f"{k.consumer_group}.{run_id}"
        env["ELEANOR_KAFKA__EVIDENCE_GROUP"] = f"{k.evidence_group}.{run_id}"
    return env


def _probe_request(run_id: str, kind: str) -> bytes:
    """A benign request unlike any generated one (so it gives the burst no extra cache hit)."""
    return orjson.dumps(
        {
            "request_id": f"demo-{kind}-{run_id}",
            "tenant": "demo",
            "prompt": f"Demo {kind} check: is the judging pipeline answering?",
            "response": f"Yes. This {kind} request only confirms that verdicts flow end to end.",
        }
    )


async def _drive(
    settings: Settings,
    payloads: list[bytes],
    timeout_s: float,
    outcome: DemoOutcome,
    *,
    run_id: str,
    worker_alive: Callable[[], bool],
) -> None:
    kafka = settings.kafka
    topic = kafka.request_topics[0]
    await ensure_topics(
        kafka, [topic, kafka.verdict_topic, kafka.escalation_topic, kafka.dlq_topic, kafka.window_topic]
    )
    sent_at: dict[str, float] = {}
    # Requests outside the burst: the warm-up (readiness) and the probe after it (idle latency).
    probes = {kind: _probe_request(run_id, kind) for kind in ("warmup", "probe")}
    answered = {f"demo-{kind}-{run_id}": asyncio.Event() for kind in probes}
    expected = len(payloads)  # known before publishing: outputs may arrive while the burst is still sent

    def watch(msg: Received, doc: dict[str, Any], dlq: bool) -> bool:
        rid = doc.get("request_id")
        if rid in answered:
            latency_ms = (msg.timestamp_s - sent_at.get(rid, msg.timestamp_s)) * 1000.0
            if rid.startswith("demo-warmup-"):
                outcome.warmup_ms = latency_ms
            else:
                outcome.probe_ms = latency_ms
            answered[rid].set()
            return False  # a probe, not part of the burst
        outcome.last_out = max(outcome.last_out, msg.timestamp_s)
        if dlq:
            outcome.dlq_reasons[str(doc["reason"]).split(":")[0]] += 1
        else:
            outcome.lights[doc["light"]] += 1
            outcome.cache_hits += bool(doc.get("cache_hit"))
            outcome.precedent_matched += not (doc.get("precedent") or {}).get("novel", True)
            outcome.window_sizes[doc["window_id"]] = int(str(doc["window_id"]).rsplit("+", 1)[-1])
            outcome.window_latency_ms[doc["window_id"]] = float(doc["latency_ms"])
            if doc["request_id"] in sent_at:
                outcome.latencies_ms.append((msg.timestamp_s - sent_at[doc["request_id"]]) * 1000.0)
        return True

    def escalation(_msg: Received, _doc: dict[str, Any]) -> None:
        outcome.escalations += 1

    def on_sent(payload: bytes, at: float) -> None:
        rid = _rid(payload)
        if rid is not None:
            sent_at.setdefault(rid, at)

    handlers: dict[str, OutputHandler] = {
        kafka.verdict_topic: lambda msg, doc: watch(msg, doc, False),
        kafka.dlq_topic: lambda msg, doc: watch(msg, doc, True),
        kafka.escalation_topic: escalation,
    }
    async with watch_coverage(kafka, handlers, source_topic=topic, covered=outcome.covered) as coverage:
        await publish_payloads(kafka, topic, [probes["warmup"]], on_sent=on_sent)
        await _until(answered[f"demo-warmup-{run_id}"], worker_alive, timeout_s=120.0)
        print(f"worker ready: a warm-up request made the round trip in {outcome.warmup_ms:,.0f} ms", flush=True)
        report = await publish_payloads(kafka, topic, payloads, on_sent=on_sent)
        outcome.published = report.messages
        outcome.first_sent = report.first_sent_at
        print(f"published {report.messages:,} requests to {topic} at {report.per_s:,.0f} msg/s", flush=True)
        if await coverage.wait(expected, timeout_s):  # the burst is through: one request on the idle, warm worker
            await publish_payloads(kafka, topic, [probes["probe"]], on_sent=on_sent)
            with contextlib.suppress(StackError):
                await _until(answered[f"demo-probe-{run_id}"], worker_alive, timeout_s=30.0)
        await asyncio.sleep(0.5)  # let the escalation reader catch up with the last window


async def _until(event: asyncio.Event, worker_alive: Callable[[], bool], timeout_s: float) -> None:
    """Wait for ``event``; fail early when the worker has exited, or after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while not event.is_set():
        if not worker_alive():
            raise StackError("the worker exited before it was ready")
        if time.monotonic() > deadline:
            raise StackError(f"no verdict for the demo's own check request within {timeout_s:.0f} s")
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(0.5):
                await event.wait()


def _rid(payload: bytes) -> str | None:
    try:
        doc = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return None
    rid = doc.get("request_id") if isinstance(doc, dict) else None
    return rid if isinstance(rid, str) else None


def _wait_ready(worker: subprocess.Popen[bytes], log_path: Path, offset: int, timeout_s: float = 60.0) -> float | None:
    """Wait for faust's ``Worker: Ready`` line (logged once the group assigned the partitions).

    Returns the seconds waited, or None when the line did not show within ``timeout_s``: the warm-up round
    trip that follows is the authoritative readiness check, this only keeps the join out of its figure.
    """
    began = time.monotonic()
    while time.monotonic() - began < timeout_s:
        if worker.poll() is not None:
            raise StackError(f"the worker exited with {worker.returncode}; see {log_path}")
        with log_path.open("rb") as handle:
            handle.seek(offset)
            text = handle.read()
            if b"[^Worker]: Ready" in text or READY_LINE.encode() in text:
                return time.monotonic() - began
        time.sleep(0.2)
    return None


def _stop(worker: subprocess.Popen[bytes], timeout_s: float = 60.0) -> int:
    if worker.poll() is None:
        worker.send_signal(signal.SIGTERM)
        try:
            return worker.wait(timeout_s)
        except subprocess.TimeoutExpired:
            worker.kill()
            return worker.wait()
    return worker.returncode


def _evidence(settings: Settings) -> dict[str, int]:
    client = connect(settings)
    try:
        return {
            table: int(client.query(f"SELECT count() FROM {table} FINAL").result_rows[0][0])
            for table in ("verdicts", "findings", "dead_letters", "windows")
        }
    finally:
        client.close()


def _spawn(command: str, env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    with log_path.open("ab") as log_file:
        return subprocess.Popen(
            [sys.executable, "-m", "streams.tools.cli.main", command], env=env, stdout=log_file, stderr=log_file
        )


def run_demo(settings: Settings, *, events: int, keep: bool, timeout_s: float, workers: int = 1) -> int:
    """Run the demo with ``workers`` judge workers and one evidence writer; returns 0 when every request is
    accounted for."""
    stack = LocalStack(settings.data_dir)
    fresh = stack.state() is None
    state = stack.up()
    run_id = time.strftime("%Y%m%d_%H%M%S")
    env = _stack_env(stack, settings, run_id, fresh)
    run_settings = load_settings(env=env)
    print(f"local stack up: kafka {state.kafka_bootstrap}, redis {state.redis_url}, clickhouse {stack.clickhouse_dsn}")
    data_dir = Path(run_settings.data_dir)
    logs = [data_dir / ("demo-worker.log" if workers == 1 else f"demo-worker-{i + 1}.log") for i in range(workers)]
    sink_log = data_dir / "demo-sink.log"
    procs: list[subprocess.Popen[bytes]] = []
    sink: subprocess.Popen[bytes] | None = None
    outcome = DemoOutcome()
    code = 1
    try:
        payloads = [bytes(p) for p in generate_requests(events, seed=11, malformed_share=0.03)]
        # Precedent cases for the workers to retrieve from (a subprocess: only one process at a time may open
        # the embedded ClickHouse path).
        seeded = subprocess.run(
            [sys.executable, "-m", "streams.tools.cli.main", "precedents", "load", "--seed"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if seeded.returncode != 0:
            raise StackError(f"loading the seed precedents failed: {seeded.stderr.strip()[-500:]}")
        print(seeded.stdout.strip().splitlines()[-1] if seeded.stdout.strip() else "precedents loaded")
        # The evidence writer holds ClickHouse from now on; workers read the precedent cases it snapshots.
        sink = _spawn("sink", env, sink_log)
        print(f"evidence writer started (pid {sink.pid}, log {sink_log})", flush=True)
        offsets = [log.stat().st_size if log.exists() else 0 for log in logs]
        procs = [_spawn("worker", env, log) for log in logs]
        for proc, log in zip(procs, logs, strict=True):
            print(f"worker started (pid {proc.pid}, log {log})", flush=True)
        waits = [_wait_ready(proc, log, offset) for proc, log, offset in zip(procs, logs, offsets, strict=True)]
        if all(w is not None for w in waits):
            print(f"{workers} worker(s) joined the consumer group in {max(w or 0.0 for w in waits):.1f} s", flush=True)
        running = procs
        asyncio.run(
            _drive(
                run_settings,
                payloads,
                timeout_s,
                outcome,
                run_id=run_id,
                worker_alive=lambda: any(p.poll() is None for p in running),
            )
        )
        exit_code = max((_stop(proc) for proc in procs), key=abs)
        # SIGTERM: the writer stores what it holds and commits; a catch-up run stores the rest, then the
        # evidence is read (this process opens ClickHouse only now).
        sink_exit = _stop(sink)
        caught_up = asyncio.run(run_evidence_writer(run_settings, idle_exit_s=2.0))
        print(
            f"evidence writer exited with {sink_exit}; catch-up stored {caught_up.stats.messages:,} more messages",
            flush=True,
        )
        evidence = _evidence(run_settings)
        code = _summary(run_settings, outcome, evidence, exit_code if exit_code else sink_exit)
    except KeyboardInterrupt:
        code = 130
    finally:
        for proc in [*procs, *([sink] if sink is not None else [])]:
            _stop(proc)
        if not keep:
            stack.down()
            print("local stack stopped (use --keep to leave it running)")
        else:
            print("local stack kept; stop it with: eleanor-streams stack down")
    return code


def _summary(settings: Settings, o: DemoOutcome, evidence: dict[str, int], worker_exit: int) -> int:
    judged = sum(o.lights.values())
    dlq = sum(o.dlq_reasons.values())
    span = max(o.last_out - o.first_sent, 1e-9)
    sizes = list(o.window_sizes.values())
    accounted = len(o.covered)
    print()
    print("=== eleanor-streams demo summary ===")
    print(f"requests published     {o.published:,}")
    print(f"accounted for          {accounted:,} ({'all' if accounted >= o.published else 'MISSING SOME'})")
    print(
        f"verdicts               {judged:,}  "
        + "  ".join(f"{light} {o.lights.get(light, 0):,}" for light in ("GREEN", "AMBER", "RED"))
    )
    print(f"escalations            {o.escalations:,}")
    print(f"dead letters (DLQ)     {dlq:,}  " + "  ".join(f"{r} {n}" for r, n in o.dlq_reasons.most_common()))
    print(
        f"cache hits             {o.cache_hits:,} ({o.cache_hits / max(judged, 1):.0%} of verdicts: repeated requests)"
    )
    print(
        f"precedent              {o.precedent_matched:,} verdicts matched decided cases,"
        f" {judged - o.precedent_matched:,} novel"
    )
    print(f"throughput             {o.published / span:,.0f} requests/s (first publish to last output, {span:.2f} s)")
    print(
        f"latency under burst    p50 {_pct(o.latencies_ms, 0.5):,.0f} ms   p99 {_pct(o.latencies_ms, 0.99):,.0f} ms"
        f"   (publish -> verdict; all {o.published:,} published at once, so it includes waiting in the topic)"
    )
    window_ms = list(o.window_latency_ms.values())
    print(
        f"window evaluation      p50 {_pct(window_ms, 0.5):,.0f} ms   p99 {_pct(window_ms, 0.99):,.0f} ms"
        "   (per window: decode, cache, critics, precedent, aggregation)"
    )
    print(
        f"single request         {o.probe_ms:,.0f} ms on the idle worker after the burst, {o.warmup_ms:,.0f} ms for the"
        " first (warm-up) request   (publish -> verdict, no other traffic)"
    )
    if sizes:
        print(
            f"windows (sizer)        {len(sizes)} windows, size min {min(sizes)} / median"
            f" {int(_pct([float(s) for s in sizes], 0.5))} / max {max(sizes)}"
        )
    print(
        "evidence (ClickHouse)  "
        + "  ".join(f"{table} {count:,}" for table, count in evidence.items())
        + f"   (exit {worker_exit}; verdicts include the warm-up and probe requests)"
    )
    dsn = settings.clickhouse_dsn
    print()
    print("explore the evidence (once the evidence writer stopped; chDB allows one process per path):")
    prefix = (
        f"ELEANOR_CLICKHOUSE__DSN={dsn} ELEANOR_CLICKHOUSE__DATABASE={settings.clickhouse.database}"
        " eleanor-streams db query"
    )
    print(f'  {prefix} "SELECT light, count() FROM verdicts FINAL GROUP BY light"')
    print(f'  {prefix} "SELECT reason, count() FROM dead_letters FINAL GROUP BY reason"')
    print(f'  {prefix} "SELECT critic, label, count() FROM findings FINAL GROUP BY critic, label ORDER BY critic"')
    print(f'  {prefix} "SELECT cache_hit, novel, light, count() FROM verdicts FINAL GROUP BY ALL ORDER BY ALL"')
    print(f'  {prefix} "SELECT size_chosen, events, latency_ms, next_size FROM windows ORDER BY at LIMIT 20"')
    ok = accounted >= o.published and evidence.get("verdicts", 0) + evidence.get("dead_letters", 0) >= accounted
    if not ok:
        raise StackError(f"demo incomplete: {accounted} of {o.published} requests accounted for")
    return 0
