"""A real pipeline run whose evidence the dashboard tests read.

The worker runs as ``eleanor-streams worker`` in a child process with its own embedded ClickHouse path
(chDB allows one process per path; the test process never opens it). The traffic is the project's
workload generator plus what real traffic also has: repeats of earlier interactions (cache hits),
interactions like decided precedent cases (precedent matches), and some malformed messages (DLQ).
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
from streams.pipeline.streaming_io import Received, ensure_topics, publish_payloads, watch_coverage
from streams.workload import generate_request_dicts, generate_requests

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
    scrape: str | None = None  # the worker's /metrics text, taken while it ran (None: not served)
    scrape_error: str | None = None


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
    kafka_bootstrap: str, redis_url: str, workdir: Path, events: int, metrics_port: int, timeout_s: float = 240.0
) -> RunOutcome:
    """Publish ``events`` requests, run one worker until every one has a verdict or a DLQ entry, stop it."""
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
    settings = load_settings(env=env)
    cli = [sys.executable, "-m", "streams.cli.main"]
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
    log = (workdir / "worker.log").open("wb")
    # The evidence writer stores the evidence (and serves the evidence metrics on the next port).
    sink_env = env | {"ELEANOR_METRICS_PORT": str(metrics_port + 1)} if metrics_port else env
    sink = subprocess.Popen([*cli, "sink"], env=sink_env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
    worker = subprocess.Popen([*cli, "worker"], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
    try:
        asyncio.run(_drive(settings, payloads, outcome, timeout_s, metrics_port))
    finally:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
        try:
            outcome.worker_exit = worker.wait(timeout=90)
        except subprocess.TimeoutExpired:
            worker.kill()
            outcome.worker_exit = worker.wait()
        if sink.poll() is None:
            sink.send_signal(signal.SIGTERM)
        try:
            sink.wait(timeout=90)
        except subprocess.TimeoutExpired:
            sink.kill()
            sink.wait()
        # what the writer had not read yet (the last window's telemetry comes as the worker stops)
        catch_up = [*cli, "sink", "--exit-when-idle", "2"]
        subprocess.run(catch_up, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO, check=True, timeout=180)
        log.close()
    outcome.ended = time.time()
    return outcome


async def _drive(settings: Settings, payloads: list[bytes], outcome: RunOutcome, timeout_s: float, port: int) -> None:
    kafka = settings.kafka
    topic = kafka.request_topics[0]
    await ensure_topics(kafka, [topic, kafka.verdict_topic, kafka.escalation_topic, kafka.dlq_topic])
    report = await publish_payloads(kafka, topic, payloads)
    outcome.published = report.messages

    def verdict(_msg: Received, doc: dict[str, Any]) -> None:
        outcome.verdicts[doc["request_id"]] = doc["light"]

    def dead_letter(_msg: Received, _doc: dict[str, Any]) -> None:
        outcome.dead_letters += 1

    handlers = {kafka.verdict_topic: verdict, kafka.dlq_topic: dead_letter}
    async with watch_coverage(kafka, handlers) as coverage:
        await coverage.wait(outcome.published, timeout_s)
        if port:
            # Verdicts come out before their evidence is flushed (within ELEANOR_EVIDENCE__MAX_AGE_S): scrape
            # until the flushed verdict rows catch up, so the flush metrics describe the whole run.
            deadline = time.monotonic() + 60
            while True:
                worker_scrape, outcome.scrape_error = await asyncio.to_thread(_scrape, port)
                sink_scrape, sink_error = await asyncio.to_thread(_scrape, port + 1)
                outcome.scrape = None if worker_scrape is None else worker_scrape + (sink_scrape or "")
                outcome.scrape_error = outcome.scrape_error or sink_error
                flushed = _flushed_rows(outcome.scrape, "verdicts")
                if flushed >= len(outcome.verdicts) or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.5)
    seen = len(coverage.covered)
    if seen < outcome.published:
        raise TimeoutError(f"only {seen} of {outcome.published} requests came out within {timeout_s} s")


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
