"""Evidence rows from the messages the judge publishes: verdicts, dead letters and window telemetry.

The judge worker writes no evidence itself: everything the evidence tables hold is already in a Kafka message
(the verdict carries its findings, the DLQ record its payload and reason) except the adaptive sizer's window
decisions, which get their own small topic (:func:`encode_window`). The evidence writer turns each message
back into exactly the rows :mod:`streams.sinks.rows` builds from the in-memory objects, so both paths fill
the tables the same way (a test checks it value by value).

A dead letter's ``payload_hash`` is the hash of the *whole* original message, which the DLQ record may cut:
the judge sends it in the :data:`PAYLOAD_HASH_HEADER` header, and the writer hashes the bytes it has when a
record (from another producer) carries none.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

import orjson
import xxhash

from streams.models.wire import DLQ_DETAIL_CHARS
from streams.sinks.rows import Row, to_ms
from streams.windowing import WindowDecision

__all__ = [
    "PAYLOAD_HASH_HEADER",
    "dead_letter_row_from",
    "encode_window",
    "finding_rows_from",
    "payload_hash_header",
    "verdict_row_from",
    "window_row_from",
]

PAYLOAD_HASH_HEADER = "eleanor-payload-hash"

# DateTime64(3) range (see streams.sinks.rows): a request timestamp outside it is stored as NULL.
_MAX_DT64_MS = 10_413_791_999_000
_MIN_DT64_MS = -2_208_988_800_000


def payload_hash_header(payload: bytes) -> tuple[str, bytes]:
    """The header carrying the hash of a dead letter's whole original payload."""
    return PAYLOAD_HASH_HEADER, str(xxhash.xxh3_64_intdigest(payload)).encode()


def encode_window(decision: WindowDecision) -> bytes:
    """One sizer decision as the JSON message of the window topic."""
    return orjson.dumps(
        {
            "window_id": decision.window_id,
            "size_chosen": decision.size_chosen,
            "events": decision.events,
            "latency_ms": decision.latency_ms,
            "success_rate": decision.success_rate,
            "p95_ms": decision.p95_ms,
            "next_size": decision.next_size,
            "reason": decision.reason,
            "at": decision.at,
        }
    )


def window_row_from(doc: dict[str, Any], topic: str, partition: int, offset: int) -> Row:
    """The ``windows`` row of a window message (an anonymous window is named after its message)."""
    return (
        doc["window_id"] or f"anon-{topic}:{partition}:{offset}",
        doc["size_chosen"],
        doc["events"],
        doc["latency_ms"],
        doc["success_rate"],
        doc["p95_ms"],
        doc["next_size"],
        doc["reason"],
        to_ms(doc["at"]),
    )


def _request_ts(seconds: float | None) -> int | None:
    if seconds is None:
        return None
    ms = to_ms(seconds)
    return ms if _MIN_DT64_MS <= ms <= _MAX_DT64_MS else None


def verdict_row_from(doc: dict[str, Any]) -> Row:
    """The ``verdicts`` row of a verdict message (schemas/verdict.v1.json)."""
    precedent = doc["precedent"]
    src = doc["source"]
    return (
        doc["tenant"],
        doc["request_id"],
        doc["decision"],
        doc["light"],
        doc["escalation_tier"],
        doc["requires_human_review"],
        doc["max_severity"],
        doc["mean_severity"],
        doc["uncertainty"]["overall"],
        precedent["novel"],
        precedent["alignment"],
        precedent["conflict"],
        doc["cache_hit"],
        doc["errored_critics"],
        min(len(doc["dissent"]), 255),
        doc["ruleset_version"],
        doc["engine_version"],
        doc["latency_ms"],
        doc["window_id"],
        src["topic"] if src else "",
        src["partition"] if src else -1,
        src["offset"] if src else -1,
        _request_ts(doc["request_timestamp"]),
        to_ms(doc["evaluated_at"]),
    )


def finding_rows_from(doc: dict[str, Any]) -> list[Row]:
    """The ``findings`` rows of a verdict message, one per critic."""
    tenant, request_id, light, window_id = doc["tenant"], doc["request_id"], doc["light"], doc["window_id"]
    at = to_ms(doc["evaluated_at"])
    rows: list[Row] = []
    for f in doc["findings"]:
        raw = f["raw_severity"]
        rows.append(
            (
                tenant,
                request_id,
                f["critic"],
                f["severity"],
                raw if raw is not None else f["severity"],
                f["score"],
                f["label"],
                sorted({v["category"] for v in f["violations"]}),
                f["confidence"],
                f["errored"],
                light,
                window_id,
                at,
            )
        )
    return rows


def dead_letter_row_from(doc: dict[str, Any], headers: Sequence[tuple[str, bytes]] | None = None) -> Row:
    """The ``dead_letters`` row of a DLQ message (schemas/dlq.v1.json) and its headers."""
    payload = base64.b64decode(doc["payload"])
    digest: int | None = None
    for name, value in headers or ():
        if name == PAYLOAD_HASH_HEADER:
            digest = int(value)
            break
    if digest is None:
        digest = xxhash.xxh3_64_intdigest(payload)
    src = doc["source"]
    return (
        doc["reason"],
        doc["detail"][:DLQ_DETAIL_CHARS],
        payload,
        digest,
        doc["payload_bytes"],
        doc["payload_truncated"],
        src["topic"] if src else "",
        src["partition"] if src else -1,
        src["offset"] if src else -1,
        doc["request_id"] or "",
        to_ms(doc["received_at"]),
    )
