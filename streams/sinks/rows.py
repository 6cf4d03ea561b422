"""Evidence as rows: verdicts, findings, sizer windows and dead letters mapped to the ClickHouse tables.

Column names and order match ``streams/clickhouse/migrations/001_evidence.sql``. Times become epoch
milliseconds (the tables use DateTime64(3)); a verdict without source coordinates gets topic ``''``,
partition and offset ``-1``. Each table names the columns its batches' deduplication token hashes
(:func:`dedup_token`). They are not the table's row identity: that is the ``ORDER BY`` key in the
migration, on which ReplacingMergeTree collapses replayed rows under ``FINAL`` or after a merge.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import xxhash

from streams.models import DeadLetter, Verdict
from streams.models.wire import DLQ_DETAIL_CHARS, DLQ_PAYLOAD_BYTES
from streams.windowing import WindowDecision

__all__ = [
    "DEAD_LETTERS",
    "FINDINGS",
    "TABLES",
    "VERDICTS",
    "WINDOWS",
    "Row",
    "TableSpec",
    "columns_of",
    "dead_letter_row",
    "dedup_token",
    "finding_rows",
    "row_bytes",
    "to_ms",
    "verdict_row",
    "window_row",
]

Row = tuple[Any, ...]

# DateTime64(3) holds 1900-01-01 .. 2299-12-31; a producer's timestamp outside it would make the whole
# batch fail to insert, so it is stored as NULL instead (the request itself is still judged).
_MAX_DT64_MS = 10_413_791_999_000
_MIN_DT64_MS = -2_208_988_800_000


@dataclass(frozen=True, slots=True)
class TableSpec:
    """An evidence table: its name, columns in insert order and the columns its deduplication token hashes."""

    name: str
    columns: tuple[str, ...]
    token_columns: tuple[str, ...]

    @property
    def token_positions(self) -> tuple[int, ...]:
        """Positions of the token columns in a row."""
        return tuple(self.columns.index(name) for name in self.token_columns)


VERDICTS = TableSpec(
    "verdicts",
    (
        "tenant",
        "request_id",
        "decision",
        "light",
        "escalation_tier",
        "requires_human_review",
        "max_severity",
        "mean_severity",
        "uncertainty",
        "novel",
        "alignment",
        "conflict",
        "cache_hit",
        "errored_critics",
        "dissent",
        "ruleset_version",
        "engine_version",
        "latency_ms",
        "window_id",
        "source_topic",
        "source_partition",
        "source_offset",
        "request_ts",
        "evaluated_at",
    ),
    # ruleset_version: the same requests re-judged under another ruleset are a different batch, not a resend.
    ("source_topic", "source_partition", "source_offset", "tenant", "request_id", "ruleset_version"),
)
# What a critic judged about a request: the findings row's identity and values, and (the table has no
# ruleset_version column) its dedup token, so findings re-judged under another ruleset that come out
# different are a different batch, not a resend.
_FINDING_JUDGED = (
    "tenant",
    "request_id",
    "critic",
    "severity",
    "raw_severity",
    "score",
    "label",
    "categories",
    "confidence",
    "errored",
)
FINDINGS = TableSpec("findings", (*_FINDING_JUDGED, "light", "window_id", "evaluated_at"), _FINDING_JUDGED)
WINDOWS = TableSpec(
    "windows",
    ("window_id", "size_chosen", "events", "latency_ms", "success_rate", "p95_ms", "next_size", "reason", "at"),
    ("window_id",),
)
DEAD_LETTERS = TableSpec(
    "dead_letters",
    (
        "reason",
        "detail",
        "payload",
        "payload_hash",
        "payload_bytes",
        "payload_truncated",
        "source_topic",
        "source_partition",
        "source_offset",
        "request_id",
        "received_at",
    ),
    ("source_topic", "source_partition", "source_offset", "payload_hash"),
)
TABLES: dict[str, TableSpec] = {spec.name: spec for spec in (VERDICTS, FINDINGS, WINDOWS, DEAD_LETTERS)}


def to_ms(seconds: float) -> int:
    """Epoch seconds to the integer milliseconds a DateTime64(3) column takes."""
    return round(seconds * 1000.0)


def _request_ts(seconds: float | None) -> int | None:
    if seconds is None:
        return None
    ms = to_ms(seconds)
    return ms if _MIN_DT64_MS <= ms <= _MAX_DT64_MS else None


def verdict_row(verdict: Verdict) -> Row:
    """The ``verdicts`` row of one verdict."""
    j = verdict.judgement
    src = verdict.source
    return (
        verdict.tenant,
        verdict.request_id,
        j.decision,
        j.light,
        j.escalation_tier,
        j.requires_human_review,
        j.max_severity,
        j.mean_severity,
        j.uncertainty.overall,
        j.precedent.novel,
        j.precedent.alignment,
        j.precedent.conflict,
        verdict.cache_hit,
        list(j.errored_critics),
        min(len(j.dissent), 255),
        j.ruleset_version,
        verdict.engine_version,
        verdict.latency_ms,
        verdict.window_id,
        src.topic if src else "",
        src.partition if src else -1,
        src.offset if src else -1,
        _request_ts(verdict.request_timestamp),
        to_ms(verdict.evaluated_at),
    )


def finding_rows(verdict: Verdict) -> list[Row]:
    """The ``findings`` rows of one verdict, one per critic."""
    j = verdict.judgement
    at = to_ms(verdict.evaluated_at)
    return [
        (
            verdict.tenant,
            verdict.request_id,
            f.critic,
            f.severity,
            f.raw_severity if f.raw_severity is not None else f.severity,
            f.score,
            f.label,
            sorted({v.category for v in f.violations}),
            f.confidence,
            f.errored,
            j.light,
            verdict.window_id,
            at,
        )
        for f in j.findings
    ]


def window_row(decision: WindowDecision) -> Row:
    """The ``windows`` row of one sizer decision (an anonymous window gets a random id)."""
    return (
        decision.window_id or f"anon-{uuid.uuid4().hex}",
        decision.size_chosen,
        decision.events,
        decision.latency_ms,
        decision.success_rate,
        decision.p95_ms,
        decision.next_size,
        decision.reason,
        to_ms(decision.at),
    )


def dead_letter_row(letter: DeadLetter, max_payload_bytes: int = DLQ_PAYLOAD_BYTES) -> Row:
    """The ``dead_letters`` row of one dead letter, its payload cut to ``max_payload_bytes``.

    The cut is the DLQ record's (``ELEANOR_LIMITS__DLQ_PAYLOAD_BYTES``): the row holds the same bytes as
    the record, so a burst of huge bad messages cannot fill the evidence buffer with their whole size.
    ``payload_hash`` and ``payload_bytes`` describe the whole original message.
    """
    src = letter.source
    payload = letter.payload
    truncated = len(payload) > max_payload_bytes
    return (
        letter.reason,
        letter.detail[:DLQ_DETAIL_CHARS],
        payload[:max_payload_bytes] if truncated else payload,
        xxhash.xxh3_64_intdigest(payload),
        len(payload),
        truncated,
        src.topic if src else "",
        src.partition if src else -1,
        src.offset if src else -1,
        letter.request_id or "",
        to_ms(letter.received_at),
    )


def dedup_token(spec: TableSpec, rows: Sequence[Row]) -> str:
    """A deterministic ``insert_deduplication_token`` for a batch: table, row count and a hash of its token columns.

    The same rows in the same order give the same token, so a batch resent after an uncertain failure is
    dropped by ClickHouse instead of inserted twice. That is all the token does: requests replayed after a
    crash come back in other batches (other tokens) and are inserted again; they collapse on the table's
    ``ORDER BY`` key under ``FINAL`` or after a merge. Verdict rows hash ``ruleset_version`` and finding rows
    their judged values, so the same requests judged again under another ruleset are never dropped as a resend.
    """
    digest = xxhash.xxh3_128()
    positions = spec.token_positions
    for row in rows:
        digest.update(b"\x1e".join(str(row[i]).encode() for i in positions))
        digest.update(b"\x1f")
    return f"{spec.name}:{len(rows)}:{digest.hexdigest()}"


# What a buffered row costs beyond its values (the tuple and the values' object headers), roughly.
_ROW_OVERHEAD = 64


def row_bytes(row: Row) -> int:
    """About how many bytes a buffered row holds: text and bytes by length, 8 per other value or item.

    The evidence buffer's byte budget counts this: a dead letter's payload makes its row far larger than
    a verdict's, so a row count alone does not bound memory.
    """
    size = _ROW_OVERHEAD
    for value in row:
        if isinstance(value, bytes | str):
            size += len(value)
        elif isinstance(value, list | tuple | dict):
            size += 8 * len(value)
        else:
            size += 8
    return size


def columns_of(rows: Iterable[Row], spec: TableSpec) -> list[list[Any]]:
    """Rows turned into columns (what a column-oriented insert takes)."""
    columns = [list(col) for col in zip(*rows, strict=True)]
    return columns or [[] for _ in spec.columns]
