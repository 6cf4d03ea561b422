"""``bench evidence``: the evidence sink's columnar bulk inserts vs one INSERT per row, same rows, same engine.

Workload: realistic verdicts (7 critic findings each), so 16,000 evidence rows = 2,000 ``verdicts`` rows +
14,000 ``findings`` rows. The candidate is the production path: :class:`ClickHouseEvidenceSink` (row building,
``ELEANOR_DB_BATCH_SIZE`` batches, dedup tokens, worker thread) until every row is stored. The baseline
inserts the same rows one INSERT each, all of them (no time box, no extrapolation). Each side writes to its
own fresh database with the evidence schema; ``count`` is the rows each side's database holds afterwards,
counted by ClickHouse (equal: both stored the same work). ``ratio`` = rows/s of the sink / rows/s of the
single inserts. The workload is small because the baseline is slow (~4 ms a row); the sink's own rate is
higher on larger workloads (fewer fixed costs per row), so the ratio is a floor.

ClickHouse: ``settings.clickhouse.dsn`` when set (a temporary database there, dropped afterwards), else
the embedded engine under a temporary directory.
"""

from __future__ import annotations

import asyncio
import random
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from streams.clickhouse import connect
from streams.clickhouse.migrate import migrate
from streams.config import Settings
from streams.errors import SinkError
from streams.models import (
    Dissent,
    Finding,
    Judgement,
    PrecedentMatch,
    PrecedentSummary,
    SourceRef,
    Uncertainty,
    Verdict,
    Violation,
    label_for,
)
from streams.models.critics import CRITICS
from streams.sinks.evidence import ClickHouseEvidenceSink
from streams.sinks.rows import FINDINGS, VERDICTS, finding_rows, verdict_row
from streams.tools.bench import BenchResult, Measured

__all__ = ["run", "sample_verdicts"]

_CATEGORIES = ("pii.email", "pii.phone", "bias.gender", "harm.self", "fraud.advice", "coercion", "medical.claim")
_LIGHTS = (("GREEN", "allow", "none"), ("AMBER", "constrained_allow", "TIER_2"), ("RED", "deny", "TIER_3"))


def sample_verdicts(
    n: int, *, seed: int = 7, topic: str = "eleanor.requests", partitions: int = 4, first_offset: int = 0
) -> list[Verdict]:
    """``n`` realistic verdicts (70% GREEN, 20% AMBER, 10% RED, seven findings each), deterministic by seed.

    Request ids are ``req-<offset>`` and offsets run from ``first_offset`` round-robin over the partitions,
    so two calls with overlapping offset ranges describe the same requests.
    """
    rng = random.Random(seed)
    now = time.time()
    out: list[Verdict] = []
    for i in range(first_offset, first_offset + n):
        pick = rng.random()
        light, decision, tier = _LIGHTS[0] if pick < 0.7 else _LIGHTS[1] if pick < 0.9 else _LIGHTS[2]
        top = {"GREEN": 0.15, "AMBER": 0.55, "RED": 0.9}[light]
        findings = []
        for critic in CRITICS:
            score = max(0.0, min(1.0, rng.gauss(top * 0.6, 0.15)))
            violations = (Violation(rng.choice(_CATEGORIES), "matched text", "response"),) if score >= 0.45 else ()
            findings.append(
                Finding(
                    critic=critic,
                    severity=round(score * 3, 2),
                    score=score,
                    label=label_for(score),
                    violations=violations,
                    rationale=f"{critic} scored {score:.2f}",
                    confidence=rng.uniform(0.5, 0.95),
                )
            )
        severities = [f.severity for f in findings]
        dissent = tuple(Dissent(f.critic, f.label, f.severity, f.rationale) for f in findings if f.label == "CRITICAL")
        judgement = Judgement(
            decision=decision,  # type: ignore[arg-type]
            light=light,  # type: ignore[arg-type]
            escalation_tier=tier,  # type: ignore[arg-type]
            requires_human_review=light != "GREEN",
            max_severity=max(severities),
            mean_severity=sum(severities) / len(severities),
            findings=tuple(findings),
            precedent=PrecedentSummary(
                alignment=rng.uniform(-1, 1),
                conflict=rng.uniform(0, 0.5),
                novel=rng.random() < 0.2,
                matches=(PrecedentMatch(f"case-{rng.randrange(10_000)}", 0.8, "allow"),),
            ),
            uncertainty=Uncertainty(rng.random(), rng.random(), rng.random(), rng.random(), rng.random()),
            dissent=dissent,
            errored_critics=(),
            ruleset_version="rules-2024.05",
        )
        out.append(
            Verdict(
                request_id=f"req-{i}",
                tenant=f"tenant-{i % 5}",
                judgement=judgement,
                engine_version="0.1.0",
                window_id=f"w-{i // 500}",
                source=SourceRef(topic, i % partitions, i // partitions),
                latency_ms=rng.uniform(5, 400),
                evaluated_at=now + i / 1000,
                request_timestamp=now - 1 + i / 1000,
                cache_hit=rng.random() < 0.3,
            )
        )
    return out


@contextmanager
def _databases(settings: Settings, count: int) -> Iterator[list[Any]]:
    """``count`` clients, each on a fresh database with the evidence schema; dropped afterwards."""
    tmp: str | None = None
    if not settings.clickhouse.dsn:
        tmp = tempfile.mkdtemp(prefix="eleanor-bench-evidence-")
        settings = settings.model_copy(
            update={"clickhouse": settings.clickhouse.model_copy(update={"dsn": f"chdb://{tmp}"})}
        )
    clients = []
    try:
        for _ in range(count):
            client = connect(settings, database=f"bench_evidence_{uuid.uuid4().hex[:10]}")
            migrate(client)
            clients.append(client)
        yield clients
    finally:
        for client in clients:
            client.command(f"DROP DATABASE IF EXISTS `{client.database}`")
            client.close()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


async def _bulk(client: Any, settings: Settings, verdicts: list[Verdict], window: int) -> float:
    sink = ClickHouseEvidenceSink(client, settings.evidence)
    began = time.perf_counter()
    for start in range(0, len(verdicts), window):
        await sink.add(verdicts[start : start + window])
    await sink.close()
    return time.perf_counter() - began


def _row_at_a_time(client: Any, verdicts: list[Verdict]) -> float:
    """Insert every verdict and finding row with one INSERT each; the seconds it took."""
    began = time.perf_counter()
    vcols, fcols = list(VERDICTS.columns), list(FINDINGS.columns)
    for verdict in verdicts:
        client.insert(VERDICTS.name, [verdict_row(verdict)], column_names=vcols)
        for row in finding_rows(verdict):
            client.insert(FINDINGS.name, [row], column_names=fcols)
    return time.perf_counter() - began


def _stored(client: Any) -> int:
    return sum(int(client.command(f"SELECT count() FROM {table}")) for table in (VERDICTS.name, FINDINGS.name))


def run(settings: Settings, quick: bool) -> BenchResult:
    """Bulk (the sink) vs row-at-a-time inserts of the same realistic evidence rows."""
    target_rows = 800 if quick else 16_000
    per_verdict = 1 + len(CRITICS)
    verdicts = sample_verdicts(target_rows // per_verdict)
    rows = len(verdicts) * per_verdict
    window = 500  # verdicts per add(), like a window of the pipeline
    with _databases(settings, 2) as (bulk_client, single_client):
        bulk_s = asyncio.run(_bulk(bulk_client, settings, verdicts, window))
        single_s = _row_at_a_time(single_client, verdicts)
        stored = {"bulk": _stored(bulk_client), "single": _stored(single_client)}
    if stored != {"bulk": rows, "single": rows}:
        raise SinkError(f"bench evidence: expected {rows} rows on each side, stored {stored}")
    return BenchResult(
        benchmark="evidence",
        candidate=Measured(
            f"evidence sink, columnar inserts (batch_size={settings.evidence.batch_size})",
            rows / bulk_s,
            stored["bulk"],
        ),
        baseline=Measured("one INSERT per row", rows / single_s, stored["single"]),
        details={
            "rows": rows,
            "verdicts": len(verdicts),
            "bulk_seconds": round(bulk_s, 3),
            "row_at_a_time_seconds": round(single_s, 3),
            "batch_size": settings.evidence.batch_size,
            "window": window,
            "dsn": "settings" if settings.clickhouse.dsn else "embedded chdb in a temp dir",
        },
    )
