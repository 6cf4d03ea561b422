"""Evidence rows and the sink's own ordering logic (a recording client stands in for ClickHouse)."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from typing import Any

import xxhash

from streams.config import EvidenceSettings
from streams.models import DeadLetter, SourceRef
from streams.models.wire import DLQ_DETAIL_CHARS, DLQ_PAYLOAD_BYTES
from streams.sinks import ClickHouseEvidenceSink
from streams.sinks.rows import (
    DEAD_LETTERS,
    FINDINGS,
    VERDICTS,
    WINDOWS,
    dead_letter_row,
    dedup_token,
    finding_rows,
    row_bytes,
    verdict_row,
    window_row,
)
from streams.tools.bench.evidence import sample_verdicts
from streams.windowing import WindowDecision


def test_rows_match_their_tables() -> None:
    verdict = sample_verdicts(1)[0]
    assert len(verdict_row(verdict)) == len(VERDICTS.columns)
    rows = finding_rows(verdict)
    assert [r[FINDINGS.columns.index("critic")] for r in rows] == [f.critic for f in verdict.judgement.findings]
    assert all(len(r) == len(FINDINGS.columns) for r in rows)
    decision = WindowDecision(None, 10, 10, 1.0, 1.0, 1.0, 60, "grow", 1.5)
    row = window_row(decision)
    assert len(row) == len(WINDOWS.columns)
    assert row[0].startswith("anon-")
    assert row[-1] == 1500
    letter = DeadLetter(b"x", "invalid_json", "d", None, 2.0)
    dl = dead_letter_row(letter)
    assert len(dl) == len(DEAD_LETTERS.columns)
    row = dict(zip(DEAD_LETTERS.columns, dl, strict=True))
    assert (row["source_topic"], row["source_partition"], row["source_offset"], row["request_id"]) == ("", -1, -1, "")
    assert (row["payload"], row["payload_bytes"], row["payload_truncated"]) == (b"x", 1, False)


def test_dead_letter_row_cuts_the_payload_and_keeps_size_and_hash_of_the_whole() -> None:
    payload = b"\x01" * 1_000_000
    letter = DeadLetter(payload, "invalid_json", "d" * 10_000, SourceRef("t", 1, 7), 2.0, "r")
    row = dict(zip(DEAD_LETTERS.columns, dead_letter_row(letter, max_payload_bytes=1_000), strict=True))
    assert (row["payload"], row["payload_bytes"], row["payload_truncated"]) == (payload[:1_000], 1_000_000, True)
    assert row["payload_hash"] == xxhash.xxh3_64_intdigest(payload)
    assert len(row["detail"]) == DLQ_DETAIL_CHARS
    default = dict(zip(DEAD_LETTERS.columns, dead_letter_row(letter), strict=True))
    assert len(default["payload"]) == DLQ_PAYLOAD_BYTES
    assert default["payload_hash"] == row["payload_hash"]  # the row identity does not depend on the cut


def test_row_bytes_counts_what_a_row_holds() -> None:
    small = dead_letter_row(DeadLetter(b"{", "invalid_json", "d", None, 1.0))
    big = dead_letter_row(DeadLetter(b"\x01" * 1_000_000, "invalid_json", "d", None, 1.0))
    assert row_bytes(big) - row_bytes(small) == DLQ_PAYLOAD_BYTES - 1  # the kept payload, not the original
    verdict = verdict_row(sample_verdicts(1)[0])
    assert 200 < row_bytes(verdict) < 2_000


def test_verdict_row_values() -> None:
    verdict = sample_verdicts(1, first_offset=9, partitions=4)[0]
    row = dict(zip(VERDICTS.columns, verdict_row(verdict), strict=True))
    assert row["request_id"] == "req-9"
    assert (row["source_partition"], row["source_offset"]) == (1, 2)
    assert row["light"] == verdict.judgement.light
    assert row["evaluated_at"] == round(verdict.evaluated_at * 1000)
    far_future = dataclasses.replace(verdict, request_timestamp=9_000_000_000_000.0, source=None)
    row = dict(zip(VERDICTS.columns, verdict_row(far_future), strict=True))
    assert row["request_ts"] is None  # outside DateTime64(3): NULL rather than a batch that cannot insert
    assert (row["source_topic"], row["source_partition"], row["source_offset"]) == ("", -1, -1)


def test_dedup_token_is_deterministic_and_content_bound() -> None:
    rows = [verdict_row(v) for v in sample_verdicts(5)]
    again = [verdict_row(v) for v in sample_verdicts(5)]
    assert dedup_token(VERDICTS, rows) == dedup_token(VERDICTS, again)
    assert dedup_token(VERDICTS, rows) != dedup_token(VERDICTS, rows[:4])
    assert dedup_token(VERDICTS, rows) != dedup_token(VERDICTS, rows[::-1])
    shifted = [verdict_row(v) for v in sample_verdicts(5, first_offset=1)]
    assert dedup_token(VERDICTS, rows) != dedup_token(VERDICTS, shifted)
    assert dedup_token(VERDICTS, rows).startswith("verdicts:5:")


def test_dedup_token_tells_a_rejudged_batch_from_a_resend() -> None:
    verdicts = sample_verdicts(5)
    rows = [verdict_row(v) for v in verdicts]
    findings = [r for v in verdicts for r in finding_rows(v)]
    # A resend: the same judgements, stamped again (time, window) -> same token, dropped by ClickHouse.
    restamped = [dataclasses.replace(v, evaluated_at=v.evaluated_at + 60.0, window_id="w-other") for v in verdicts]
    assert dedup_token(VERDICTS, [verdict_row(v) for v in restamped]) == dedup_token(VERDICTS, rows)
    assert dedup_token(FINDINGS, [r for v in restamped for r in finding_rows(v)]) == dedup_token(FINDINGS, findings)
    # The same requests judged under another ruleset: same keys, different batch -> a different token.
    rejudged = [
        dataclasses.replace(
            v,
            judgement=dataclasses.replace(
                v.judgement,
                ruleset_version="other-ruleset",
                findings=tuple(
                    dataclasses.replace(f, severity=min(f.severity + 0.25, 1.0)) for f in v.judgement.findings
                ),
            ),
        )
        for v in verdicts
    ]
    assert dedup_token(VERDICTS, [verdict_row(v) for v in rejudged]) != dedup_token(VERDICTS, rows)
    assert dedup_token(FINDINGS, [r for v in rejudged for r in finding_rows(v)]) != dedup_token(FINDINGS, findings)


class GatedClient:
    """Records inserts; inserts into ``gated`` tables block until released."""

    def __init__(self, gated: set[str]) -> None:
        self.gated = gated
        self.release = threading.Event()
        self.inserted: list[tuple[str, int, str]] = []

    def insert(self, table: str, data: list[list[Any]], **kwargs: Any) -> None:
        if table in self.gated:
            self.release.wait(timeout=30)
        self.inserted.append((table, len(data[0]), kwargs["settings"]["insert_deduplication_token"]))


def settings(**overrides: Any) -> EvidenceSettings:
    base: dict[str, Any] = {"batch_size": 5, "buffer_size": 1_000, "max_age_s": 3_600.0}
    return EvidenceSettings(**(base | overrides))


async def test_ticket_waits_for_earlier_rows_in_other_tables() -> None:
    client = GatedClient({"dead_letters"})
    sink = ClickHouseEvidenceSink(client, settings(batch_size=1))
    early = await sink.add(dead_letters=[DeadLetter(b"x", "invalid_json", "d", None, 1.0)])
    late = await sink.add(sample_verdicts(1))
    await asyncio.sleep(0.2)
    assert not early.done
    assert not late.done  # its own rows may wait behind the gated batch; never done before earlier rows
    client.release.set()
    async with asyncio.timeout(10):
        await late.wait()
    assert early.done
    assert [t for t, _, _ in client.inserted] == ["dead_letters", "verdicts", "findings"]
    await sink.close()


async def test_flush_cuts_partial_batches_and_close_is_final() -> None:
    client = GatedClient(set())
    sink = ClickHouseEvidenceSink(client, settings(batch_size=100))
    await sink.add(sample_verdicts(2))
    assert client.inserted == []
    await sink.flush()
    assert sorted((t, n) for t, n, _ in client.inserted) == [("findings", 14), ("verdicts", 2)]
    empty = await sink.add()
    assert empty.done  # nothing pending before it
    await sink.close()
    assert sink.stats().rows_flushed == {"verdicts": 2, "findings": 14, "windows": 0, "dead_letters": 0}


async def test_the_byte_budget_holds_back_a_window_before_the_row_bound_does() -> None:
    client = GatedClient({"dead_letters"})
    sink = ClickHouseEvidenceSink(client, settings(batch_size=100, buffer_bytes=1_000_000))
    big = DeadLetter(b"\x01" * 600_000, "invalid_json", "d", None, 1.0)
    await sink.add(dead_letters=[big])  # about 524 KB stored: under the budget
    await sink.add(dead_letters=[big])  # taken (the buffer was under), now over it
    third = asyncio.ensure_future(sink.add(sample_verdicts(1)))
    await asyncio.sleep(0.2)
    assert not third.done()  # two rows held, far below buffer_size: the bytes hold it back
    assert sink.stats().backpressure_waits == 1
    client.release.set()
    async with asyncio.timeout(10):
        await third
    await sink.close()
    assert [t for t, _, _ in client.inserted] == ["dead_letters", "verdicts", "findings"]


async def test_verdict_rows_alone_stay_under_the_byte_budget() -> None:
    client = GatedClient({"verdicts", "findings"})
    sink = ClickHouseEvidenceSink(client, settings(batch_size=100, buffer_bytes=1_000_000))
    for _ in range(3):
        await sink.add(sample_verdicts(10))  # 80 rows a window
    assert sink.stats().backpressure_waits == 0
    client.release.set()
    await sink.close()


async def test_stored_dead_letter_payloads_are_cut_to_the_sinks_cap() -> None:
    stored: list[list[Any]] = []

    class Client:
        def insert(self, table: str, data: list[list[Any]], **kwargs: Any) -> None:
            stored.extend(zip(*data, strict=True))

    sink = ClickHouseEvidenceSink(Client(), settings(), dlq_payload_bytes=1_000)
    await sink.add(dead_letters=[DeadLetter(b"\x01" * 5_000, "invalid_json", "d", None, 1.0)])
    await sink.close()
    [row] = [dict(zip(DEAD_LETTERS.columns, r, strict=True)) for r in stored]
    assert (len(row["payload"]), row["payload_bytes"], row["payload_truncated"]) == (1_000, 5_000, True)
