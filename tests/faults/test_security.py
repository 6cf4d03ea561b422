"""Security pass through a real worker: secrets never reach its log, its /metrics page or any message it
produces; hostile sizes (1 MB of context, deep nesting, oversized messages) are bounded in memory and in the
DLQ; a DLQ record never echoes more payload bytes than configured.

The local broker does no SASL, so the secrets sit in settings that are parsed and held but not used for the
connection (SASL fields with security protocol PLAINTEXT, the ClickHouse password with an embedded engine)
and in the Redis URL, whose password is sent (the local server's default user takes any password). The worker
logs at DEBUG, the most it can say.
"""

from __future__ import annotations

import asyncio
import base64
import socket
import urllib.request
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.tools.topic_io import read_topic
from tests.faults.books import SCALE, audit, publish_cases
from tests.faults.corpus import VERDICT, Case
from tests.integration.pipeline.helpers import WorkerProcess, collect, query, valid_request

pytestmark = [pytest.mark.faults, pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

SECRET = "s3cr3t-Zq8vW1xK"
DLQ_CAP = 4_096
MB = 1_000_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _hostile(n: int) -> list[Case]:
    cases = []
    for i in range(n):
        rid = f"hostile-{i}"
        pad = b"c" * (MB - 200)
        context_1mb = b'{"request_id": "%s", "prompt": "p", "context": {"blob": "' % rid.encode() + pad + b'"}}'
        cases.append(Case("context_1mb", rid.encode(), context_1mb, VERDICT))
        deep = (
            b'{"request_id": "%s-d", "prompt": "p", "context": ' % rid.encode() + b'{"a":' * 5000 + b"1" + b"}" * 5001
        )
        cases.append(Case("nesting_5000", rid.encode(), deep, "too_deep"))
        wide = b'{"request_id": "%s-w", "prompt": "p", "context": {"x": [' % rid.encode() + b"[]," * 300_000 + b"[]]}}"
        cases.append(Case("context_300k_arrays", rid.encode(), wide, VERDICT))  # wide, not deep: valid
        over = b'{"request_id": "%s-o", "prompt": "' % rid.encode() + b"\x01" * (MB + 10) + b'"}'
        cases.append(Case("over_1mb_controls", rid.encode(), over, "too_large"))
    return cases


@pytest.mark.timeout(240 * SCALE)
def test_secrets_stay_out_and_hostile_sizes_stay_bounded(make_settings: Any, redis_url: str, tmp_path: Path) -> None:
    port = _free_port()
    settings = make_settings(
        create_topics=True,
        clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"},
        kafka={"partitions": 2},
        limits={"dlq_payload_bytes": DLQ_CAP},
        metrics_port=port,
        log_level="DEBUG",
    )
    host = redis_url.split("://", 1)[1]
    secrets = {
        "ELEANOR_KAFKA__SECURITY_PROTOCOL": "PLAINTEXT",
        "ELEANOR_KAFKA__SASL_MECHANISM": "PLAIN",
        "ELEANOR_KAFKA__SASL_USERNAME": "eleanor",
        "ELEANOR_KAFKA__SASL_PASSWORD": SECRET,
        "ELEANOR_CLICKHOUSE__PASSWORD": SECRET,
        "ELEANOR_CACHE__REDIS_URL": f"redis://default:{SECRET}@{host}",
    }
    warm = [Case("valid", f"w-{i}".encode(), valid_request(f"w-{i}", i), VERDICT) for i in range(200)]
    hostile = _hostile(5 * SCALE)
    after = [Case("valid", f"a-{i}".encode(), valid_request(f"a-{i}", i), VERDICT) for i in range(200)]

    with WorkerProcess(settings, tmp_path / "worker.log", extra_env=secrets) as worker:
        worker.wait_ready()
        assert worker.proc is not None
        sent = publish_cases(settings, warm)
        collect(settings, len(sent), timeout_s=60.0, settle_s=0.2)
        rss_warm = _rss_mb(worker.proc.pid)
        peak = rss_warm
        sent |= publish_cases(settings, hostile)
        sent |= publish_cases(settings, after)
        out = collect(settings, len(sent), timeout_s=120.0 * SCALE, settle_s=0.5)
        peak = max(peak, _rss_mb(worker.proc.pid))
        metrics = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
        code = worker.terminate()
    assert code == 0, worker.log_text()[-3000:]

    books = audit("security pass", settings, sent, out)
    books.extra.update(rss_warm_mb=round(rss_warm), rss_after_hostile_mb=round(peak), dlq_cap=DLQ_CAP)
    books.print()
    assert books.problems() == [], "\n".join(books.problems())

    # secrets: not in the log, the metrics page, or any produced message (every output topic, raw bytes)
    log = worker.log_text()
    assert "services ready" in log
    assert "redis=True" in log
    assert SECRET not in log
    assert "eleanor_dead_letters_total" in metrics
    assert SECRET not in metrics

    async def produced() -> list[bytes]:
        k = settings.kafka

        async def of(topic: str) -> list[bytes]:
            values = []
            async for msg in read_topic(k, topic, idle_timeout_s=2.0):
                values += [msg.value, msg.key or b""]
            return values

        # the topics are read side by side: each read ends after 2 s without a message
        per_topic = await asyncio.gather(*(of(t) for t in (k.verdict_topic, k.escalation_topic, k.dlq_topic)))
        return [value for values in per_topic for value in values]

    outputs = asyncio.run(produced())
    assert len(outputs) >= 2 * (books.verdicts + books.dead_letters)
    assert not [v for v in outputs if SECRET.encode() in v]

    # DLQ records echo at most the configured bytes, whatever the message held
    for doc in out.dead_letters:
        assert len(base64.b64decode(doc["payload"])) <= DLQ_CAP
        assert doc["payload_text"] is None or len(doc["payload_text"].encode()) <= DLQ_CAP
        assert len(orjson.dumps(doc)) < 2 * DLQ_CAP + 8_192
    # the audit's catch-up run stored every evidence message, and nothing was published since
    stored = query(
        settings, "SELECT max(length(payload)), max(length(detail)) FROM dead_letters FINAL", catch_up=False
    )[0]
    assert int(stored[0]) <= DLQ_CAP, stored
    # memory: megabyte messages pass through without the worker growing by their sum
    hostile_bytes = sum(len(c.value or b"") for c in hostile) / MB
    assert peak - rss_warm < 300, (rss_warm, peak, hostile_bytes)
