"""Large bad messages through a real worker: each becomes a bounded DLQ record and a dead_letters row, and the
partition goes on judging the requests after them."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import orjson
import pytest
import xxhash

from streams.models.wire import DLQ_PAYLOAD_BYTES

from .helpers import WorkerProcess, collect, publish, queries, valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

# Real Kafka refuses records over message.max.bytes, 1,048,588 bytes by default.
KAFKA_DEFAULT_MAX_MESSAGE = 1_048_588


def test_large_malformed_messages_are_dead_lettered_and_the_partition_goes_on(
    make_settings: Any, tmp_path: Path
) -> None:
    settings = make_settings(
        create_topics=True, clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"}, kafka={"partitions": 1}
    )
    control = b"\x01" * 400_000  # valid UTF-8, invalid JSON: as text every byte would escape to six characters
    ascii_text = b"not json at all " * 56_250  # 900,000 bytes of plain ASCII
    before = [valid_request(f"before-{i}", i) for i in range(20)]
    after = [valid_request(f"after-{i}", i) for i in range(60)]
    payloads = [*before, control, ascii_text, *after]
    assert publish(settings, payloads) == len(payloads)
    offset_of = {len(before): control, len(before) + 1: ascii_text}  # one partition: offsets are positions

    with WorkerProcess(settings, tmp_path / "worker.log") as worker:
        out = collect(settings, len(payloads), timeout_s=180.0)
        code = worker.terminate()
    assert code == 0, worker.log_text()[-3000:]

    # every later request was judged: the bad messages did not stop the partition
    assert sorted(v["request_id"] for v in out.verdicts) == sorted(
        [f"before-{i}" for i in range(20)] + [f"after-{i}" for i in range(60)]
    )
    letters = {d["source"]["offset"]: d for d in out.dead_letters}
    assert sorted(letters) == sorted(offset_of)
    assert len(out.dead_letters) == 2
    for offset, payload in offset_of.items():
        doc = letters[offset]
        assert doc["reason"] == "invalid_json"
        assert len(orjson.dumps(doc)) < KAFKA_DEFAULT_MAX_MESSAGE
        assert doc["payload_bytes"] == len(payload)
        assert doc["payload_truncated"] is (len(payload) > DLQ_PAYLOAD_BYTES)
        assert base64.b64decode(doc["payload"]) == payload[:DLQ_PAYLOAD_BYTES]
        assert doc["payload_text"] is None  # too large to repeat as text

    # evidence: one row per bad message, its payload cut to the same cap, size and hash of the whole message
    rows, verdicts = queries(
        settings,
        "SELECT source_offset, reason, length(payload), payload_bytes, payload_truncated, payload_hash"
        " FROM dead_letters FINAL ORDER BY source_offset",
        "SELECT count() FROM verdicts FINAL",
    )
    assert [tuple(r) for r in rows] == [
        (
            offset,
            "invalid_json",
            min(len(payload), DLQ_PAYLOAD_BYTES),
            len(payload),
            len(payload) > DLQ_PAYLOAD_BYTES,
            xxhash.xxh3_64_intdigest(payload),
        )
        for offset, payload in sorted(offset_of.items())
    ]
    assert verdicts[0][0] == len(before) + len(after)
