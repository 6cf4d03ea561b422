"""A real pipeline run whose evidence the dashboard tests read.

Evidence travels in two hops, as in production: the judge worker (``eleanor-streams worker``, a child process)
publishes verdicts, dead letters and window telemetry to Kafka, and the evidence writer (``eleanor-streams
sink``, another child process, its own consumer group) stores them in the run's embedded ClickHouse path
(chDB allows one process per path: only the writer opens it while the run goes on; the test process never
does). Both serve their /metrics on a port of their own and both are scraped while they run. When the worker
has stopped, the writer is stopped too and a catch-up run of the writer stores what it had not read yet (the
worker's last window record), so the tables hold the whole run.

The traffic is the project's workload generator plus what real traffic also has: repeats of earlier
interactions (cache hits), interactions like decided precedent cases (precedent matches), and some malformed
messages (DLQ).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
from prometheus_client.parser import text_string_to_metric_families

from streams.config import Settings, load_settings
from streams.kafka.clients import ensure_topics
from streams.tools.topic_io import Received, publish_payloads, watch_coverage
from streams.tools.workload import generate_request_dicts, generate_requests

REPO = Path(__file__).resolve().parents[3]


@dataclass
class RunOutcome:
    """What the run published and what came out of it."""

    dsn: str
    database: str
    started: float
    ended: float
    request_topic: str = ""
    published: int = 0
    tenants: Counter[str] = field(default_factory=Counter)
    verdicts: dict[str, str] = field(default_factory=dict)  # request_id -> light, from the verdict topic
    dead_letters: int = 0
    worker_exit: int | None = None
    writer_exit: int | None = None  # the evidence writer's exit code (SIGTERM: stores what it holds, exits 0)
    catch_up_exit: int | None = None  # the writer's catch-up run after both stopped
    scrape: str | None = None  # the worker's /metrics text, taken while it ran (None: not served)
    scrape_error: str | None = None
    writer_scrape: str | None = None  # the evidence writer's /metrics text, taken while it ran
    writer_scrape_error: str | None = None


def traffic(n: int, seed: int = 23) -> list[bytes]:
    """``n`` generated requests, 5% repeats with new ids, 5% like seed-corpus cases, 3% malformed."""
    rng = random.Random(seed)
    base = generate_request_dicts(n, seed=seed)
    tenants = sorted({str(r.get("tenant")) for r in base})
    seed_corpus = resources.files("streams.precedents").joinpath("data", "seed.jsonl").read_text("utf-8")
    cases = [orjson.loads(line) for line in seed_corpus.splitlines() if line.strip()]
    like_cases = [
        {
            "request_id": f"case-like-{i}",
            "tenant": rng.choice(tenants),
            "prompt": c["prompt"],
            "response": c["response"],
        }
        for i, c in enumerate(rng.sample(cases, k=max(1, n // 20)))
    ]
    repeats = [dict(r, request_id=f"repeat-{i}") for i, r in enumerate(rng.sample(base, k=max(1, n // 20)))]
    malformed = [p for p in generate_requests(n // 3, seed=seed + 1, malformed_share=0.1) if not _is_json(p)]
    # Repeats go last so that the originals were judged (and cached) in earlier windows.
    payloads = [orjson.dumps(r) for r in base + like_cases] + malformed[: max(1, n * 3 // 100)]
    rng.shuffle(payloads)
    return payloads + [orjson.dumps(r) for r in repeats]


def _is_json(payload: bytes) -> bool:
    try:
        return isinstance(orjson.loads(payload), dict)
    except orjson.JSONDecodeError:
        return False


def run_pipeline(
    kafka_bootstrap: str,
    redis_url: str,
    workdir: Path,
    events: int,
    metrics_port: int,
    writer_metrics_port: int,
    timeout_s: float = 240.0,
) -> RunOutcome:
    """Publish ``events`` requests, run one worker and the evidence writer until every request has a verdict or
    a DLQ entry and its evidence is stored, stop both, then store what is left (a catch-up run)."""
    run = uuid.uuid4().hex[:8]
    dsn = f"chdb://{(workdir / 'clickhouse').resolve()}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ELEANOR_")} | {
        "ELEANOR_DATA_DIR": str(workdir),
        "ELEANOR_LOG_LEVEL": "INFO",
        "ELEANOR_METRICS_PORT": str(metrics_port),
        "ELEANOR_KAFKA__BOOTSTRAP": kafka_bootstrap,
        "ELEANOR_KAFKA__REQUEST_TOPICS": f"dash.requests.{run}",
        "ELEANOR_KAFKA__VERDICT_TOPIC": f"dash.verdicts.{run}",
        "ELEANOR_KAFKA__ESCALATION_TOPIC": f"dash.escalations.{run}",
        "ELEANOR_KAFKA__DLQ_TOPIC": f"dash.dlq.{run}",
        "ELEANOR_KAFKA__WINDOW_TOPIC": f"dash.windows.{run}",
        "ELEANOR_KAFKA__CONSUMER_GROUP": f"dash-{run}",
        "ELEANOR_KAFKA__EVIDENCE_GROUP": f"dash-evidence-{run}",
        "ELEANOR_KAFKA__PARTITIONS": "2",
        "ELEANOR_CLICKHOUSE__DSN": dsn,
        "ELEANOR_CACHE__REDIS_URL": redis_url,
        "ELEANOR_CACHE__KEY_PREFIX": f"dash-{run}",
    }
    writer_env = env | {"ELEANOR_METRICS_PORT": str(writer_metrics_port)}
    settings = load_settings(env=env)
    cli = [sys.executable, "-m", "streams.tools.cli.main"]
    subprocess.run([*cli, "precedents", "load", "--seed"], env=env, check=True, capture_output=True, timeout=300)
    payloads = traffic(events)
    outcome = RunOutcome(
        dsn=dsn,
        database=settings.clickhouse.database,
        started=time.time(),
        ended=0.0,
        request_topic=settings.kafka.request_topics[0],
    )
    for p in payloads:
        if _is_json(p):
            outcome.tenants[str(orjson.loads(p).get("tenant", "default"))] += 1
    writer_log_path = workdir / "writer.log"
    writer_log = writer_log_path.open("wb")
    log = (workdir / "worker.log").open("wb")
    writer = subprocess.Popen([*cli, "sink"], env=writer_env, stdout=writer_log, stderr=subprocess.STDOUT, cwd=REPO)
    worker: subprocess.Popen[bytes] | None = None
    try:
        # The writer holds the ClickHouse path from now on (the worker reads the precedent snapshot it leaves).
        _wait_for_line(writer, writer_log_path, "evidence writer started", timeout_s=120.0)
        worker = subprocess.Popen([*cli, "worker"], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        asyncio.run(_drive(settings, payloads, outcome, timeout_s, metrics_port, writer_metrics_port))
    finally:
        if worker is not None:
            outcome.worker_exit = _stop(worker)
        # SIGTERM: the writer stores the batch it holds and commits, then exits.
        outcome.writer_exit = _stop(writer)
        log.close()
        writer_log.close()
    # What the writer had not read before it stopped (the worker's last window record, sent as it stopped).
    catch_up = subprocess.run(
        [*cli, "sink", "--exit-when-idle", "2"],
        env=env | {"ELEANOR_METRICS_PORT": "0"},
        capture_output=True,
        timeout=180,
        check=False,
        cwd=REPO,
    )
    outcome.catch_up_exit = catch_up.returncode
    with writer_log_path.open("ab") as tail:
        tail.write(b"\n--- catch-up run ---\n" + catch_up.stdout + catch_up.stderr)
    outcome.ended = time.time()
    return outcome


def _stop(proc: subprocess.Popen[bytes], timeout_s: float = 90.0) -> int:
    """SIGTERM and wait for the exit; SIGKILL when it does not come. The exit code."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


def _wait_for_line(proc: subprocess.Popen[bytes], log_path: Path, line: str, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while line not in log_path.read_text(errors="replace"):
        if proc.poll() is not None:
            raise RuntimeError(f"exited with {proc.returncode}: {log_path.read_text(errors='replace')[-3000:]}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {line!r} within {timeout_s} s: {log_path.read_text(errors='replace')[-3000:]}")
        time.sleep(0.2)


async def _drive(
    settings: Settings, payloads: list[bytes], outcome: RunOutcome, timeout_s: float, port: int, writer_port: int
) -> None:
    kafka = settings.kafka
    topic = kafka.request_topics[0]
    await ensure_topics(
        kafka, [topic, kafka.verdict_topic, kafka.escalation_topic, kafka.dlq_topic, kafka.window_topic]
    )
    report = await publish_payloads(kafka, topic, payloads)
    outcome.published = report.messages

    def verdict(_msg: Received, doc: dict[str, Any]) -> None:
        outcome.verdicts[doc["request_id"]] = doc["light"]

    def dead_letter(_msg: Received, _doc: dict[str, Any]) -> None:
        outcome.dead_letters += 1

    handlers = {kafka.verdict_topic: verdict, kafka.dlq_topic: dead_letter}
    async with watch_coverage(kafka, handlers) as coverage:
        await coverage.wait(outcome.published, timeout_s)
        deadline = time.monotonic() + 60
        if port:
            # The worker counts a window right after handing its messages to the broker: scrape until its
            # counters cover every published request, so they describe the whole run.
            while True:
                outcome.scrape, outcome.scrape_error = await asyncio.to_thread(_scrape, port)
                if _total(outcome.scrape, "eleanor_events_consumed_total") >= outcome.published:
                    break
                if time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.5)
        if writer_port:
            # Verdicts come out before the evidence writer stores them (within ELEANOR_EVIDENCE__MAX_AGE_S):
            # scrape the writer until its stored rows catch up, so its flush metrics describe the whole run.
            while True:
                outcome.writer_scrape, outcome.writer_scrape_error = await asyncio.to_thread(_scrape, writer_port)
                verdict_rows = _flushed_rows(outcome.writer_scrape, "verdicts")
                letter_rows = _flushed_rows(outcome.writer_scrape, "dead_letters")
                if verdict_rows >= len(outcome.verdicts) and letter_rows >= outcome.dead_letters:
                    break
                if time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.5)
    seen = len(coverage.covered)
    if seen < outcome.published:
        raise TimeoutError(f"only {seen} of {outcome.published} requests came out within {timeout_s} s")


def _total(scrape: str | None, name: str) -> int:
    """Sum of every sample named ``name`` in a scrape (0 when absent)."""
    if scrape is None:
        return 0
    return sum(
        int(sample.value)
        for family in text_string_to_metric_families(scrape)
        for sample in family.samples
        if sample.name == name
    )


def _flushed_rows(scrape: str | None, table: str) -> int:
    """``eleanor_evidence_rows_flushed_total`` for ``table`` in a scrape (0 when absent)."""
    if scrape is None:
        return 0
    return sum(
        int(sample.value)
        for family in text_string_to_metric_families(scrape)
        for sample in family.samples
        if sample.name == "eleanor_evidence_rows_flushed_total" and sample.labels.get("table") == table
    )


def _scrape(port: int) -> tuple[str | None, str | None]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            return response.read().decode(), None
    except OSError as exc:
        return None, f"{type(exc).__name__}: {exc}"
