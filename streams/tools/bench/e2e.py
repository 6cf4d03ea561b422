"""``bench e2e``: events/s end to end through the judge worker, against the physical limit and a naive agent.

On a private local stack (Tansu broker, redis-server, embedded ClickHouse under a temp dir holding the seed
precedent corpus) N generated requests (2 % malformed) are pre-loaded into a 4-partition topic. Then, one
after another, in this process:

- **candidate** — one judge worker (its consumer loop, adaptive windows, critics, precedent, cache,
  publishers), timed from its first window to the moment every event is acked, i.e. its verdict or dead
  letter and its evidence records (window telemetry) acknowledged by the broker. Evidence is published to
  Kafka; storing it in ClickHouse is the separate evidence writer's work (``eleanor-streams sink``), not
  run here;
- **baseline (a)** — a raw aiokafka consume → produce loop doing no work: the physical limit here;
- **baseline (b)** — a naive per-event faust agent with the same critics and precedent store: decode, judge
  and retrieve precedent for one request, send and await its verdict, one INSERT per evidence row.
  Time-boxed; its rate is the events it finished in the box divided by the box (honest extrapolation: no
  projection beyond the measured rate).

``ratio`` = candidate ÷ (a) (goals with semantic judging: ≥ 0.15, and ≥ 6,000 events/s at ≤ 200 µs of CPU
per event); ``details.vs_naive`` = candidate ÷ (b) (goal ≥ 10). ``count``: verdicts + dead letters the
pipeline published, and messages the passthrough produced (each = N when both did the whole topic); the
naive agent's count is its time-boxed sample (``details.naive_sample``).
Latency is per window: from the window's start to its last ack (judge + publish + evidence). Peak RSS is
this process's maximum after the candidate run (it includes the embedded ClickHouse engine, which this
process opens to store the seed corpus and which the in-process worker reads its precedent cases from).
``details.pipeline_cpu_us_per_event`` is this process's CPU time (all threads; the broker is another
process) from the first window (seen within 50 ms) to the last ack, per event: unlike the rates it barely
moves when other work shares the machine, so it is the figure to compare between runs.

With ``--workers 1,2`` (``details.workers``) the same requests are then judged again by each count of real
``eleanor-streams worker`` subprocesses in one consumer group, one count after another, each with a fresh
consumer group, its own request and output topics and cache key prefix (no judgement cached by an earlier
run), and otherwise the candidate's settings. The workers start on their empty request topic; once every
worker has its partitions and the assignment has held for two seconds (no rebalance left to pay for), the
same N requests are published to it, so the figures are those of a settled group. This process holds the
embedded ClickHouse path meanwhile, as the evidence writer does in a deployment, so the workers read the
precedent cases from the snapshot left beside it and never load the engine (``worker_chdb_loaded``, read
from their memory maps, says so). A reader of the output topics in this process times them: ``per_s`` = N ÷
(last output record seen - first seen). ``cpu_us_per_event``: utime + stime of every worker process
(``/proc/<pid>/stat``) between the first output seen and the last, per event (the work of each worker's
first window precedes the first output, so both figures leave out up to one window per worker: a few % of a
full run). ``worker_peak_rss_mb``: each worker's VmHWM (``/proc/<pid>/status``) just before it is stopped,
and their maximum. ``assignments``: partition assignments the workers logged (one per worker when the group
settled once; more means a rebalance before the publish).
"""

from __future__ import annotations

import asyncio
import os
import re
import resource
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel, SecretStr

from streams.clickhouse.client import connect
from streams.clickhouse.migrate import migrate
from streams.config import ENV_PREFIX, Settings, load_settings
from streams.engine import Evaluator
from streams.errors import DecodeError, EleanorError
from streams.faust.app import create_app, request_topic
from streams.kafka.clients import ensure_topics, make_consumer, make_producer
from streams.kafka.consumer import READY_LINE
from streams.models import DeadLetter, SourceRef, Verdict
from streams.models.codec import decode_request
from streams.models.wire import encode_dead_letter, encode_verdict
from streams.precedents import ExactIndex, PrecedentRetriever, PrecedentStore, make_embedder, read_jsonl
from streams.sinks.rows import DEAD_LETTERS, FINDINGS, VERDICTS, dead_letter_row, finding_rows, verdict_row
from streams.tools.bench import E2E_PARTITIONS, BenchResult, Measured
from streams.tools.demo import _spawn, _stop
from streams.tools.devstack import start_broker, start_redis
from streams.tools.topic_io import OutputHandler, Received, publish_payloads, watch_coverage
from streams.tools.workload import generate_requests
from streams.wiring.precedent_cases import write_snapshot
from streams.wiring.services import build_runner
from streams.wiring.worker import EmbeddedWorker

__all__ = ["run"]


def _seed_precedents(settings: Settings, database: str) -> int:
    """Store the shipped seed precedent corpus in ``database`` (both sides retrieve precedent from it)."""
    cases = read_jsonl(None)
    embedder = make_embedder(settings.precedents)
    embedded = PrecedentRetriever(embedder, ExactIndex(embedder.dim)).embed_cases(cases)
    client = connect(settings, database=database)
    try:
        migrate(client)
        return PrecedentStore(client).insert(embedded)
    finally:
        client.close()


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def _settings(base: Settings, bootstrap: str, redis_url: str, work: Path) -> Settings:
    return load_settings(
        env={},
        data_dir=work / "data",
        log_level=base.log_level,
        kafka={
            "bootstrap": bootstrap,
            "request_topics": ["bench.requests"],
            "verdict_topic": "bench.verdicts",
            "escalation_topic": "bench.escalations",
            "dlq_topic": "bench.dlq",
            "consumer_group": "bench-e2e",
            "partitions": E2E_PARTITIONS,
        },
        clickhouse={"dsn": f"chdb://{work / 'clickhouse'}", "database": "bench_e2e"},
        cache={"redis_url": redis_url, "key_prefix": "bench-e2e"},
        evidence=base.evidence.model_dump(),
        sizer=base.sizer.model_dump(),
        critics=base.critics.model_dump(),
        precedents=base.precedents.model_dump(),
    )


async def _pipeline(settings: Settings, total: int) -> dict[str, Any]:
    async with EmbeddedWorker(settings, lambda: build_runner(settings)) as worker:
        await worker.wait_for(lambda r: r.stats.first_window_at is not None, timeout_s=600, what="a first window")
        cpu_started = time.process_time()
        await worker.wait_for(lambda r: r.acker.acked >= total, timeout_s=600, what="every event acked")
        cpu_s = time.process_time() - cpu_started
        runner = worker.runner
        if runner is None or runner.stats.first_window_at is None:
            raise EleanorError("bench e2e: the worker acked every event but recorded no window")
        elapsed = time.perf_counter() - runner.stats.first_window_at
        latencies = [s * 1000.0 for s in runner.acker.window_latencies]
        sizes = runner.stats.sizes
        return {
            "per_s": total / elapsed,
            "seconds": elapsed,
            "windows": runner.stats.windows,
            "window_size_median": int(_pct([float(s) for s in sizes], 0.5)),
            "window_size_max": max(sizes),
            "p50_ms": _pct(latencies, 0.5),
            "p99_ms": _pct(latencies, 0.99),
            "verdicts": runner.stats.verdicts,
            "dead_letters": runner.stats.dead_letters,
            "cpu_s": cpu_s,
        }


async def _passthrough(settings: Settings, total: int) -> tuple[float, int]:
    """Consume every request and produce it again untouched; (messages/s, messages produced and acknowledged)."""
    kafka = settings.kafka
    consumer = make_consumer(kafka, kafka.request_topics[0], group_id="bench-raw")
    producer = make_producer(kafka, client_suffix="bench-raw")
    await consumer.start()
    await producer.start()
    done = 0
    started: float | None = None
    try:
        while done < total:
            batch = await consumer.getmany(timeout_ms=500, max_records=5_000)
            if not batch:
                continue
            started = started or time.perf_counter()
            futures = [
                await producer.send("bench.passthrough", value=record.value, key=record.key)
                for records in batch.values()
                for record in records
            ]
            await asyncio.gather(*futures)
            done += len(futures)
        if started is None:
            raise EleanorError("bench e2e: no message passed through")
        return done / (time.perf_counter() - started), done
    finally:
        await consumer.stop()
        await producer.stop()


async def _naive(settings: Settings, timebox_s: float) -> tuple[int, float]:
    """A per-event faust agent with the same critics and one INSERT per row; returns (events, seconds)."""
    client = connect(settings, database="bench_naive")
    migrate(client)
    store = PrecedentStore(client)
    retriever = PrecedentRetriever.from_store(store, make_embedder(settings.precedents), settings.precedents)
    evaluator = Evaluator.from_settings(settings.critics)
    producer = make_producer(settings.kafka, linger_ms=0, client_suffix="bench-naive")
    await producer.start()
    app = create_app(settings, app_id="bench-naive")
    state: dict[str, Any] = {"done": 0, "first": None}
    begun = asyncio.Event()

    async def naive(stream: Any) -> None:
        async for event in stream.events():
            state["first"] = state["first"] or time.perf_counter()
            begun.set()
            message = event.message
            source = SourceRef(message.topic, message.partition, message.offset)
            try:
                request = decode_request(message.value, settings.limits)
            except DecodeError as exc:
                letter = DeadLetter(message.value, exc.reason, exc.detail, source, time.time())
                await (await producer.send("bench.naive.dlq", encode_dead_letter(letter)))
                client.insert(DEAD_LETTERS.name, [dead_letter_row(letter)], column_names=list(DEAD_LETTERS.columns))
                state["done"] += 1
                continue
            started = time.perf_counter()
            findings = evaluator.findings_batch([request])[0]
            precedent = retriever.retrieve_batch([request])[0]
            judgement = evaluator.aggregate(findings, precedent)
            verdict = Verdict(
                request_id=request.request_id,
                tenant=request.tenant,
                judgement=judgement,
                engine_version="naive",
                window_id="naive",
                source=source,
                latency_ms=(time.perf_counter() - started) * 1000.0,
                evaluated_at=time.time(),
            )
            await (
                await producer.send("bench.naive.verdicts", encode_verdict(verdict), key=request.request_id.encode())
            )
            client.insert(VERDICTS.name, [verdict_row(verdict)], column_names=list(VERDICTS.columns))
            for row in finding_rows(verdict):
                client.insert(FINDINGS.name, [row], column_names=list(FINDINGS.columns))
            state["done"] += 1

    app.agent(request_topic(app, settings.kafka), name="bench.naive", concurrency=1)(naive)
    await app.start()
    try:
        async with asyncio.timeout(120):
            await begun.wait()
        await asyncio.sleep(timebox_s)
        done, elapsed = state["done"], time.perf_counter() - state["first"]
    finally:
        await app.stop()
        await producer.stop()
        client.close()
    return done, elapsed


# --------------------------------------------------------------------------- judge workers as subprocesses

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
_PARTITIONS = re.compile(r"partitions=(\d+)")


def _cpu_s(pid: int) -> float:
    """utime + stime of process ``pid`` (every thread), in seconds, from ``/proc/<pid>/stat``."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()  # from field 3 (state) on: the command may hold spaces
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS  # fields 14 (utime) and 15 (stime)


def _peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    raise EleanorError(f"bench e2e: no VmHWM in /proc/{pid}/status")


def _chdb_loaded(pid: int) -> bool:
    """Whether the embedded ClickHouse engine's library is mapped into the process."""
    return "chdb" in Path(f"/proc/{pid}/maps").read_text()


def _plain(value: Any) -> Any:
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot pass {type(value).__name__} to a worker's environment")


def _worker_env(settings: Settings) -> dict[str, str]:
    """An environment giving an ``eleanor-streams worker`` exactly ``settings`` (each section as JSON).

    Every ``ELEANOR_*`` variable of this process is left out: the worker runs with what the candidate ran with.
    """
    env = {name: value for name, value in os.environ.items() if not name.upper().startswith(ENV_PREFIX)}
    for name in Settings.model_fields:
        value = getattr(settings, name)
        env[f"{ENV_PREFIX}{name.upper()}"] = (
            orjson.dumps(value.model_dump(exclude_none=True), default=_plain).decode()
            if isinstance(value, BaseModel)
            else str(value)
        )
    return env


def _run_settings(bench: Settings, workers: int) -> Settings:
    """The candidate's settings with this run's own consumer group, output topics and cache key prefix."""
    tag = f"w{workers}"
    kafka = bench.kafka.model_copy(
        update={
            "request_topics": [f"bench.{tag}.requests"],
            "verdict_topic": f"bench.{tag}.verdicts",
            "escalation_topic": f"bench.{tag}.escalations",
            "dlq_topic": f"bench.{tag}.dlq",
            "window_topic": f"bench.{tag}.windows",
            "consumer_group": f"bench-e2e-{tag}",
            "evidence_group": f"bench-e2e-{tag}-evidence",
        }
    )
    cache = bench.cache.model_copy(update={"key_prefix": f"bench-e2e-{tag}"})
    return bench.model_copy(update={"kafka": kafka, "cache": cache, "metrics_port": 0})


def _assignments(log: Path) -> int:
    """Partition assignments a worker logged (its first, the readiness line, and any after a rebalance)."""
    text = log.read_text(errors="replace") if log.exists() else ""
    return text.count(READY_LINE) + text.count("partitions assigned")


def _assigned_partitions(log: Path) -> int | None:
    """The partition count a worker logged last (None before its first assignment)."""
    text = log.read_text(errors="replace") if log.exists() else ""
    counts = _PARTITIONS.findall(text)
    return int(counts[-1]) if counts else None


async def _settled(logs: Sequence[Path], procs: Sequence[subprocess.Popen[bytes]], partitions: int) -> None:
    """Wait until the workers hold every partition between them and that has not changed for two seconds."""
    deadline = time.monotonic() + 180.0
    stable_since: float | None = None
    last: list[int | None] = []
    while True:
        if any(proc.poll() is not None for proc in procs):
            raise EleanorError(f"bench e2e: a worker exited before the group settled{_tail(logs)}")
        now = [_assigned_partitions(log) for log in logs]
        if None not in now and sum(n or 0 for n in now) == partitions and now == last:
            stable_since = stable_since or time.monotonic()
            if time.monotonic() - stable_since >= 2.0:
                return
        else:
            stable_since = None
        last = now
        if time.monotonic() > deadline:
            raise EleanorError(f"bench e2e: the group of {len(logs)} worker(s) did not settle{_tail(logs)}")
        await asyncio.sleep(0.2)


def _tail(logs: Sequence[Path], chars: int = 1500) -> str:
    """The end of each worker's log (the temp dir holding them is removed when the benchmark ends)."""
    ends = [f"{log.name}: ...{log.read_text(errors='replace')[-chars:]}" for log in logs if log.exists()]
    return "".join(f"\n{end}" for end in ends)


async def _workers(
    settings: Settings, payloads: Sequence[bytes], count: int, work: Path, timeout_s: float
) -> dict[str, Any]:
    """Judge ``payloads`` with ``count`` settled worker subprocesses; what a reader of the outputs saw."""
    kafka = settings.kafka
    total = len(payloads)
    await ensure_topics(
        kafka, [*kafka.request_topics, kafka.verdict_topic, kafka.escalation_topic, kafka.dlq_topic, kafka.window_topic]
    )
    env = _worker_env(settings)
    logs = [work / f"worker-{count}-{i + 1}.log" for i in range(count)]
    procs: list[subprocess.Popen[bytes]] = []
    seen: dict[str, Any] = {"first": None, "last": 0.0, "cpu_first": 0.0, "verdicts": 0, "dead_letters": 0}

    def cpu() -> float:
        return sum(_cpu_s(proc.pid) for proc in procs)

    def output(kind: str) -> OutputHandler:
        def handle(_msg: Received, _doc: dict[str, Any]) -> None:
            now = time.perf_counter()
            if seen["first"] is None:
                seen["first"] = now
                seen["cpu_first"] = cpu()
            seen["last"] = now
            seen[kind] += 1

        return handle

    handlers = {kafka.verdict_topic: output("verdicts"), kafka.dlq_topic: output("dead_letters")}
    try:
        async with watch_coverage(kafka, handlers, source_topic=kafka.request_topics[0]) as coverage:
            procs.extend(_spawn("worker", env, log) for log in logs)
            await _settled(logs, procs, kafka.partitions)
            publishing = asyncio.create_task(publish_payloads(kafka, kafka.request_topics[0], payloads))
            deadline = time.monotonic() + timeout_s
            while not await coverage.wait(total, timeout_s=1.0):
                if all(proc.poll() is not None for proc in procs):
                    raise EleanorError(f"bench e2e: every worker exited before the topic was judged{_tail(logs)}")
                if time.monotonic() > deadline:
                    raise EleanorError(
                        f"bench e2e: {len(coverage.covered)} of {total} events judged by {count} worker(s)"
                        f" within {timeout_s:.0f} s{_tail(logs)}"
                    )
            await publishing
            cpu_s = cpu() - seen["cpu_first"]
            rss = [_peak_rss_mb(proc.pid) for proc in procs]
            chdb = any(_chdb_loaded(proc.pid) for proc in procs)
            covered = len(coverage.covered)
    finally:
        codes = await asyncio.gather(*(asyncio.to_thread(_stop, proc) for proc in procs))
    elapsed = seen["last"] - seen["first"]
    return {
        "per_s": round(total / elapsed, 1) if elapsed > 0 else None,
        "seconds": round(elapsed, 2),
        "cpu_us_per_event": round(cpu_s / total * 1e6, 1),
        "worker_peak_rss_mb": {"max": round(max(rss), 1), "each": [round(mb, 1) for mb in rss]},
        "worker_chdb_loaded": chdb,
        "verdicts": seen["verdicts"],
        "dead_letters": seen["dead_letters"],
        "events_covered": covered,
        "assignments": sum(_assignments(log) for log in logs),
        "exit_codes": list(codes),
    }


def _worker_runs(
    bench: Settings, payloads: Sequence[bytes], counts: Sequence[int], work: Path
) -> dict[str, dict[str, Any]]:
    """Each count of worker subprocesses over the same topic, one after another (see the module docstring)."""
    # This process holds the embedded ClickHouse path while the workers run, as the evidence writer does in a
    # deployment: they read the precedent cases from the snapshot beside it.
    holder = connect(bench)
    try:
        write_snapshot(bench, PrecedentStore(holder).load_all())
        return {str(n): asyncio.run(_workers(_run_settings(bench, n), payloads, n, work, 600.0)) for n in counts}
    finally:
        holder.close()


def run(settings: Settings, quick: bool, workers: Sequence[int] = ()) -> BenchResult:
    """Pipeline vs raw passthrough vs naive per-event agent, on a private local stack; then, for each count in
    ``workers``, that many worker subprocesses in one consumer group (``details.workers``)."""
    total = 2_000 if quick else 20_000
    timebox_s = 4.0 if quick else 20.0
    with tempfile.TemporaryDirectory(prefix="eleanor-bench-e2e-") as tmp:
        work = Path(tmp)
        broker = start_broker(work)
        redis = start_redis(work)
        try:
            bench = _settings(settings, broker.address, f"redis://{redis.address}/0", work)
            payloads = generate_requests(total, seed=21, malformed_share=0.02, repeat_share=0.0, precedent_share=0.0)

            async def preload() -> None:
                await ensure_topics(bench.kafka, ["bench.requests", "bench.passthrough"])
                await publish_payloads(bench.kafka, "bench.requests", payloads)

            asyncio.run(preload())
            cases = _seed_precedents(bench, "bench_e2e")
            _seed_precedents(bench, "bench_naive")
            e2e = asyncio.run(_pipeline(bench, total))
            peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
            raw_rate, raw_count = asyncio.run(_passthrough(bench, total))
            naive_done, naive_s = asyncio.run(_naive(bench, timebox_s))
            runs = _worker_runs(bench, payloads, workers, work) if workers else {}
        finally:
            redis.stop()
            broker.stop()
    naive_rate = naive_done / naive_s
    return BenchResult(
        benchmark="e2e",
        candidate=Measured(
            "pipeline, one worker (windows, cache, bulk evidence)", e2e["per_s"], e2e["verdicts"] + e2e["dead_letters"]
        ),
        baseline=Measured("raw aiokafka consume -> produce, no work", raw_rate, raw_count),
        details={
            "events": total,
            "precedent_cases": cases,
            "pipeline_seconds": round(e2e["seconds"], 2),
            "pipeline_cpu_us_per_event": round(e2e["cpu_s"] / total * 1e6, 1),
            "vs_naive": round(e2e["per_s"] / naive_rate, 2) if naive_rate else None,
            "naive_per_s": round(naive_rate, 1),
            "naive_sample": f"{naive_done} events in {naive_s:.1f} s (time-boxed, rate = events / box)",
            "p50_window_ms": round(e2e["p50_ms"], 1),
            "p99_window_ms": round(e2e["p99_ms"], 1),
            "windows": e2e["windows"],
            "window_size_median": e2e["window_size_median"],
            "window_size_max": e2e["window_size_max"],
            "verdicts": e2e["verdicts"],
            "dead_letters": e2e["dead_letters"],
            "peak_rss_mb": round(peak_rss_mb, 1),
            "goals": "ratio >= 0.15, >= 6,000 events/s, <= 200 us CPU per event, vs_naive >= 10",
            **({"workers": runs} if runs else {}),
        },
    )
