"""End to end through a real worker: every input is accounted for by exactly one verdict or one dead letter."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from .helpers import MALFORMED, WorkerProcess, collect, publish, publish_tombstone, queries, valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]


def test_valid_and_malformed_in_equals_verdicts_plus_dead_letters(make_settings: Any, tmp_path: Path) -> None:
    settings = make_settings(
        create_topics=True, clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"}, kafka={"partitions": 2}
    )
    valid = [valid_request(f"req-{i}", i) for i in range(400)]
    payloads = list(valid)
    for n, bad in enumerate(MALFORMED):  # spread the bad ones through the stream
        payloads.insert(40 * (n + 1), bad)
    assert publish(settings, payloads) == len(payloads)
    publish_tombstone(settings, b"gone-1")  # no value at all: a dead letter too, never a stall
    inputs = len(payloads) + 1

    with WorkerProcess(settings, tmp_path / "worker.log") as worker:
        out = collect(settings, inputs)
        code = worker.terminate()
    assert code == 0, worker.log_text()[-3000:]

    # in = verdicts + DLQ, each input exactly once on the topics (a clean run replays nothing)
    assert len(out.verdicts) == len(valid)
    assert len(out.dead_letters) == len(MALFORMED) + 1
    assert len(out.coordinates()) == inputs
    assert Counter(v["request_id"] for v in out.verdicts) == Counter(f"req-{i}" for i in range(400))
    lights = Counter(v["light"] for v in out.verdicts)
    assert lights["GREEN"] > 0, lights
    assert lights["RED"] > 0, lights
    # escalations are exactly the AMBER/RED verdicts that need a human
    needing = {v["request_id"] for v in out.verdicts if v["requires_human_review"] and v["light"] != "GREEN"}
    assert {e["request_id"] for e in out.escalations} == needing
    reasons = {d["reason"].split(":")[0] for d in out.dead_letters}
    assert reasons >= {"invalid_json", "missing_field", "not_an_object", "wrong_type", "unknown_field"}
    assert [d["payload"] for d in out.dead_letters if "tombstone" in d["detail"]] == [""]
    assert {d["payload_text"] for d in out.dead_letters if d["reason"] == "missing_field:request_id"} == {
        '{"prompt": "no id"}'
    }

    # evidence: one verdicts row (FINAL) per valid request with its source coordinates, one dead_letters row each
    rows, dead, findings, windows = queries(
        settings,
        "SELECT request_id, count(), any(source_offset) FROM verdicts FINAL GROUP BY request_id",
        "SELECT count() FROM dead_letters FINAL",
        "SELECT uniqExact(critic), count() FROM findings FINAL",
        "SELECT count(), sum(events) FROM windows FINAL",
    )
    assert {r[0] for r in rows} == {f"req-{i}" for i in range(400)}
    assert all(r[1] == 1 for r in rows)
    by_id = {v["request_id"]: v["source"]["offset"] for v in out.verdicts}
    assert all(by_id[r[0]] == r[2] for r in rows)
    assert dead[0][0] == len(MALFORMED) + 1
    critics = findings[0]
    assert critics[1] == critics[0] * len(valid)
    assert windows[0][1] == inputs
