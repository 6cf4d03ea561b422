"""The Kafka-table-engine alternative (infra/clickhouse/kafka-engine/) fills the tables exactly as the evidence
writer does: its materialized views run on real messages, with the Kafka tables swapped for plain ones (the
local broker cannot serve librdkafka's consumer groups)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.clickhouse.migrate import migrate
from streams.models import DeadLetter, SourceRef
from streams.models.wire import encode_dead_letter, encode_verdict
from streams.sinks.messages import (
    dead_letter_row_from,
    encode_window,
    finding_rows_from,
    payload_hash_header,
    verdict_row_from,
    window_row_from,
)
from streams.sinks.rows import DEAD_LETTERS, FINDINGS, TABLES, VERDICTS, WINDOWS, columns_of
from streams.tools.bench.evidence import sample_verdicts
from streams.windowing import WindowDecision

pytestmark = [pytest.mark.clickhouse]

DDL = Path(__file__).resolve().parents[3] / "infra" / "clickhouse" / "kafka-engine" / "evidence_from_kafka.sql"
STAND_IN = "(raw String, _error String DEFAULT '', `_headers.name` Array(String), `_headers.value` Array(String))"
ORDER = {
    "verdicts": "tenant, request_id",
    "findings": "tenant, request_id, critic",
    "dead_letters": "source_offset, payload_hash",
    "windows": "window_id",
}


def _statements(sql: str) -> list[str]:
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    body = re.sub(r"\(\s*raw String\s*\)\s*ENGINE = Kafka\s+SETTINGS[^;]*", f"{STAND_IN} ENGINE = Memory", body)
    return [s.strip() for s in body.split(";") if s.strip()]


def test_views_give_the_writers_rows(clickhouse_client: Any) -> None:
    client = clickhouse_client
    db = client.database
    migrate(client)
    for statement in _statements(DDL.read_text()):
        assert "ENGINE = Kafka" not in statement
        client.command(statement)

    verdicts = [orjson.loads(encode_verdict(v)) for v in sample_verdicts(40)]
    letters = [
        DeadLetter(b"\x00{" * 900, "invalid_json", "bad", SourceRef("req", 0, 5), 5.5, "r-1"),
        DeadLetter(b"not json", "invalid_json", "bad", SourceRef("req", 1, 6), 6.25, None),
    ]
    windows = [
        WindowDecision(f"req:0:{i}+10", 10, 10, 12.5, 0.9, 30.0, 210, "grow", 1_700_000_000.5 + i) for i in range(3)
    ]

    # the path of the Kafka engine: raw messages (and the DLQ hash header) into the views
    client.insert("kafka_verdicts", [[orjson.dumps(d).decode()] for d in verdicts], column_names=["raw"])
    dlq_docs = [orjson.loads(encode_dead_letter(d, max_payload_bytes=1_000)) for d in letters]
    headers = [payload_hash_header(letters[0].payload), None]
    client.insert(
        "kafka_dead_letters",
        [
            [orjson.dumps(doc).decode(), [h[0]] if h else [], [h[1].decode()] if h else []]
            for doc, h in zip(dlq_docs, headers, strict=True)
        ],
        column_names=["raw", "_headers.name", "_headers.value"],
    )
    client.insert("kafka_windows", [[encode_window(w).decode()] for w in windows], column_names=["raw"])

    # the writer's path, into a second database
    other = f"{db}_writer"
    client.command(f"CREATE DATABASE IF NOT EXISTS {other}")
    client.database = other
    try:
        migrate(client)
        rows = {
            VERDICTS.name: [verdict_row_from(d) for d in verdicts],
            FINDINGS.name: [r for d in verdicts for r in finding_rows_from(d)],
            DEAD_LETTERS.name: [
                dead_letter_row_from(doc, [h] if h else None) for doc, h in zip(dlq_docs, headers, strict=True)
            ],
            WINDOWS.name: [window_row_from(orjson.loads(encode_window(w)), "w", 0, i) for i, w in enumerate(windows)],
        }
        for name, table_rows in rows.items():
            spec = TABLES[name]
            client.insert(name, columns_of(table_rows, spec), column_names=list(spec.columns), column_oriented=True)
        for name, order in ORDER.items():
            # the columns either path writes (stored_at is ClickHouse's own arrival time, different by nature)
            columns = ", ".join(TABLES[name].columns)
            from_views = client.query(f"SELECT {columns} FROM {db}.{name} ORDER BY {order}").result_rows
            from_writer = client.query(f"SELECT {columns} FROM {other}.{name} ORDER BY {order}").result_rows
            assert from_views == from_writer, name
            assert from_views
    finally:
        client.command(f"DROP DATABASE IF EXISTS {other}")
        client.database = db
