"""The evidence sink against real ClickHouse: size/age flushes, dedup tokens, FINAL, failure and recovery."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from streams.clickhouse import connect
from streams.clickhouse.migrate import migrate
from streams.config import EvidenceSettings, load_settings
from streams.errors import SinkError
from streams.models import DeadLetter, SourceRef
from streams.sinks import ClickHouseEvidenceSink
from streams.tools.bench.evidence import sample_verdicts
from streams.windowing import WindowDecision

pytestmark = pytest.mark.clickhouse


@pytest.fixture
def db(clickhouse_client: Any) -> Any:
    """The test's database with the evidence schema; the client the sink writes with."""
    migrate(clickhouse_client)
    return clickhouse_client


@pytest.fixture
def reader(clickhouse_dsn: str, clickhouse_db: str) -> Iterator[Any]:
    """A second client for reading while the sink's worker thread uses the first."""
    settings = load_settings(env={}, clickhouse={"dsn": clickhouse_dsn, "database": clickhouse_db})
    client = connect(settings)
    yield client
    client.close()


def count(client: Any, table: str, final: bool = False) -> int:
    return int(client.command(f"SELECT count() FROM {table}{' FINAL' if final else ''}"))


def cfg(**overrides: Any) -> EvidenceSettings:
    base: dict[str, Any] = {
        "batch_size": 1_000,
        "buffer_size": 100_000,
        "max_age_s": 3_600.0,
        "retry_initial_s": 0.02,
        "retry_max_s": 0.1,
    }
    return EvidenceSettings(**(base | overrides))


async def until(predicate: Callable[[], bool]) -> None:
    """Poll a condition the sink's worker thread makes true (no event to wait on across the thread)."""
    async with asyncio.timeout(20):
        while not predicate():  # noqa: ASYNC110 - the state lives in ClickHouse / another thread
            await asyncio.sleep(0.02)


class FlakyClient:
    """Wraps the real client: inserts raise while ``failing`` is set; ``lose_reply`` stores then raises once."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.failing = False
        self.lose_reply = False
        self.failures = 0
        self.calls = 0
        self._lock = threading.Lock()

    def insert(self, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            self.calls += 1
            if self.failing:
                self.failures += 1
                raise ConnectionError("ClickHouse is down (injected)")
            if self.lose_reply:
                self.lose_reply = False
                self.real.insert(*args, **kwargs)
                self.failures += 1
                raise TimeoutError("reply lost after the insert was stored (injected)")
        return self.real.insert(*args, **kwargs)


async def test_flushes_a_table_when_its_rows_reach_batch_size(db: Any, reader: Any) -> None:
    sink = ClickHouseEvidenceSink(db, cfg(batch_size=10))
    first = await sink.add(sample_verdicts(2))  # 2 verdict rows (< 10), 14 finding rows (>= 10)
    await until(lambda: count(reader, "findings") == 14)
    assert count(reader, "verdicts") == 0
    assert not first.done  # its verdict rows are still buffered
    second = await sink.add(sample_verdicts(8, first_offset=2))  # verdicts reach 10, findings 56
    async with asyncio.timeout(20):
        await second.wait()
    assert first.done
    assert count(reader, "verdicts") == 10
    assert count(reader, "findings") == 70
    stats = sink.stats()
    assert stats.rows_flushed["verdicts"] == 10
    assert stats.rows_flushed["findings"] == 70
    assert stats.pending_rows == 0
    await sink.close()


async def test_flushes_by_age(db: Any) -> None:
    sink = ClickHouseEvidenceSink(db, cfg(batch_size=1_000, max_age_s=0.3))
    ticket = await sink.add(sample_verdicts(3))
    assert not ticket.done
    assert sink.pending_rows == 24
    async with asyncio.timeout(20):
        await ticket.wait()
    assert count(db, "verdicts") == 3
    assert count(db, "findings") == 21
    await sink.close()


async def test_resent_batch_is_dropped_by_its_dedup_token(db: Any) -> None:
    verdicts = sample_verdicts(50)
    sink = ClickHouseEvidenceSink(db, cfg())
    await sink.add(verdicts)
    await sink.flush()
    await sink.add(verdicts)  # the same rows again (a replay of the same window)
    await sink.flush()
    await sink.close()
    # Without FINAL: the second insert never landed.
    assert count(db, "verdicts") == 50
    assert count(db, "findings") == 350


async def test_uncertain_failure_is_retried_without_duplicates(db: Any) -> None:
    flaky = FlakyClient(db)
    flaky.lose_reply = True  # the first insert is stored but the client sees an error
    sink = ClickHouseEvidenceSink(flaky, cfg())
    await sink.add(sample_verdicts(20))
    await sink.flush()
    await sink.close()
    assert flaky.failures == 1
    assert count(db, "verdicts") + count(db, "findings") == 160  # no FINAL needed


async def test_overlapping_replays_give_one_row_per_request_with_final(db: Any) -> None:
    sink = ClickHouseEvidenceSink(db, cfg())
    await sink.add(sample_verdicts(100, first_offset=0))
    await sink.flush()
    # A crash replays offsets 50..149: different batches, so only the table engine can collapse them.
    await sink.add(sample_verdicts(100, first_offset=50))
    await sink.flush()
    await sink.close()
    assert count(db, "verdicts") == 200
    assert count(db, "verdicts", final=True) == 150
    assert count(db, "findings", final=True) == 150 * 7
    dupes = db.command(
        "SELECT count() FROM (SELECT request_id FROM verdicts FINAL GROUP BY request_id HAVING count() > 1)"
    )
    assert int(dupes) == 0


async def test_failure_pauses_tickets_and_backpressures_then_recovers(db: Any, reader: Any) -> None:
    flaky = FlakyClient(db)
    flaky.failing = True
    flushed: dict[str, int] = {}
    failed: list[int] = []

    def on_flushed(rows: dict[str, int], seconds: float) -> None:
        assert seconds >= 0
        for table, n in rows.items():
            flushed[table] = flushed.get(table, 0) + n

    sink = ClickHouseEvidenceSink(
        flaky, cfg(batch_size=10, buffer_size=40), on_flushed=on_flushed, on_failed=lambda: failed.append(1)
    )
    first = await sink.add(sample_verdicts(2))  # 16 rows
    second = await sink.add(sample_verdicts(3, first_offset=2))  # 24 rows: 40 pending
    blocked = asyncio.create_task(sink.add(sample_verdicts(1, first_offset=5)))
    await until(lambda: flaky.failures >= 5)
    assert not sink.healthy
    assert "injected" in (sink.last_error or "")
    assert not first.done
    assert not second.done
    assert not blocked.done()  # the buffer is full: the caller waits instead of growing memory
    assert count(reader, "verdicts") == 0
    assert sink.stats().backpressure_waits == 1

    flaky.failing = False
    async with asyncio.timeout(20):
        await second.wait()
        third = await blocked
    assert first.done
    await sink.close()
    assert third.done
    assert sink.healthy
    assert count(db, "verdicts") == 6
    assert count(db, "findings") == 42
    assert sink.stats().failures == flaky.failures == len(failed)
    assert flushed == {"verdicts": 6, "findings": 42}


async def test_close_flushes_everything_including_windows_and_dead_letters(db: Any) -> None:
    sink = ClickHouseEvidenceSink(db, cfg())
    decision = WindowDecision("w-1", 100, 80, 120.5, 0.99, 130.0, 100, "hold_partial", 1_700_000_000.25)
    letter = DeadLetter(b"\xff{not json", "invalid_json", "line 1", SourceRef("req", 2, 41), 1_700_000_001.0)
    ticket = await sink.add(sample_verdicts(5), [letter], [decision])
    assert not ticket.done
    await sink.close()
    assert ticket.done
    assert count(db, "verdicts") == 5
    window = db.query(
        "SELECT window_id, size_chosen, events, next_size, reason, toUnixTimestamp64Milli(at) FROM windows"
    )
    assert window.result_rows == [("w-1", 100, 80, 100, "hold_partial", 1_700_000_000_250)]
    dead = db.query(
        "SELECT reason, detail, payload, source_topic, source_partition, source_offset, request_id FROM dead_letters",
        column_formats={"payload": "bytes"},
    )
    assert dead.result_rows == [("invalid_json", "line 1", b"\xff{not json", "req", 2, 41, "")]
    light = db.query("SELECT light, count() FROM verdicts GROUP BY light").result_rows
    assert sum(n for _, n in light) == 5
    with pytest.raises(SinkError, match="closed"):
        await sink.add(sample_verdicts(1))
