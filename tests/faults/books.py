"""The books of a fault scenario: what went in, what came out, and whether every message is accounted for.

A scenario publishes :class:`~tests.faults.corpus.Case` records with their exact keys and values, remembers
where each landed (partition, offset), lets a real worker judge them, then reads the verdict and DLQ topics
and the evidence tables. :class:`Books` holds the figures; :meth:`Books.print` shows them so a reader of the
test output sees the numbers, and :meth:`Books.problems` lists every message that broke the promise
(in = verdicts + dead letters, one outcome per message, one evidence row per request under FINAL).

A scenario that kills or rebalances workers is at-least-once by design: ``audit(..., replays=True)`` then
counts a message judged twice as a *duplicate* (shown in the books, not a problem) while every message must
still have an outcome, never two different ones, and the evidence must still hold one row per request.
The evidence is read from each of ``stores`` (a deployment has one: its evidence writer's); should evidence
ever be spread over several stores, a request whose row sits in two was replayed and is counted as such.
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from streams.config import Settings
from streams.kafka.clients import make_producer
from tests.faults.corpus import VERDICT, Case
from tests.integration.pipeline.helpers import Outputs, queries

__all__ = ["SCALE", "Books", "Coord", "audit", "publish_cases"]

# Soak profile: ``make soak`` sets ELEANOR_TEST_SOAK_SCALE (e.g. 20) and every scenario multiplies its sizes.
SCALE = max(1, int(os.environ.get("ELEANOR_TEST_SOAK_SCALE", "1")))

Coord = tuple[int, int]


def publish_cases(settings: Settings, cases: Sequence[Case], topic: str | None = None) -> dict[Coord, Case]:
    """Publish every case with its exact key and value (``None`` stays absent); where each one landed."""
    target = topic or settings.kafka.request_topics[0]

    async def go() -> dict[Coord, Case]:
        producer = make_producer(settings.kafka, linger_ms=20, client_suffix="faults")
        await producer.start()
        try:
            futures = [await producer.send(target, value=c.value, key=c.key) for c in cases]
            metadata = await asyncio.gather(*futures)
        finally:
            await producer.stop()
        return {(m.partition, m.offset): c for m, c in zip(metadata, cases, strict=True)}

    return asyncio.run(go())


@dataclass
class Books:
    """Figures of one scenario run (see module docstring)."""

    name: str
    published: int = 0
    verdicts: int = 0
    dead_letters: int = 0
    accounted: int = 0
    duplicates: int = 0
    verdict_rows: int = 0
    dead_letter_rows: int = 0
    duplicate_rows: int = 0
    missing: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)
    extra: dict[str, Any] = field(default_factory=dict)
    replays: bool = False  # at-least-once scenario: duplicates are counted, not a problem
    unique_verdicts: int = 0  # messages (by source coordinates) with at least one verdict
    unique_dead_letters: int = 0  # messages with at least one dead letter
    cross_store_rows: int = 0  # requests with a row in more than one evidence store (replayed across them)

    def problems(self) -> list[str]:
        """Every broken promise, one line each (empty when the books balance)."""
        out = [f"vanished (neither judged nor dead-lettered): {m}" for m in self.missing]
        out += [f"wrong outcome: {w}" for w in self.wrong]
        if self.duplicates and not self.replays:
            out.append(f"{self.duplicates} messages have more than one outcome on the topics")
        if self.verdicts + self.dead_letters != self.published + self.duplicates:
            out.append(f"in {self.published} != verdicts {self.verdicts} + dead letters {self.dead_letters}")
        if self.unique_verdicts + self.unique_dead_letters != self.accounted:
            out.append("some messages have both a verdict and a dead letter")
        if self.duplicate_rows:
            out.append(f"{self.duplicate_rows} requests have more than one verdicts row under FINAL")
        if self.cross_store_rows and not self.replays:
            out.append(f"{self.cross_store_rows} requests have rows in more than one evidence store")
        if self.verdict_rows != self.unique_verdicts:
            out.append(f"verdicts rows {self.verdict_rows} != judged messages {self.unique_verdicts}")
        if self.dead_letter_rows != self.unique_dead_letters:
            out.append(
                f"dead_letters rows {self.dead_letter_rows} != dead-lettered messages {self.unique_dead_letters}"
            )
        return out

    def print(self) -> None:
        """The books as a small table in the test output (``pytest -s`` or the captured-output section)."""
        lines = [
            f"== books: {self.name}",
            f"   published       {self.published}",
            f"   verdicts        {self.verdicts}",
            f"   dead letters    {self.dead_letters}",
            f"   accounted for   {self.accounted}",
            f"   duplicates      {self.duplicates}" + (" (replays, at-least-once)" if self.replays else ""),
            f"   verdicts rows   {self.verdict_rows} (FINAL; {self.duplicate_rows} request ids with != 1 row)",
            f"   dead_letters rows {self.dead_letter_rows} (FINAL)",
            f"   vanished        {len(self.missing)}",
            f"   wrong outcome   {len(self.wrong)}",
        ]
        if self.cross_store_rows:
            lines.append(f"   rows in 2 stores {self.cross_store_rows} (replayed across a rebalance)")
        lines += [f"   {key:15} {value}" for key, value in self.extra.items()]
        if self.reasons:
            lines.append("   DLQ reasons     " + ", ".join(f"{r}={n}" for r, n in sorted(self.reasons.items())))
        print("\n".join(lines))


def _matches(expect: str, reason: str) -> bool:
    # ``unknown_field`` alone stands for any unknown_field:<name> (the name is random in the corpus)
    return reason == expect or (":" not in expect and reason.startswith(expect + ":"))


def audit(
    name: str,
    settings: Settings,
    sent: dict[Coord, Case],
    out: Outputs,
    *,
    replays: bool = False,
    stores: Sequence[Settings] = (),
) -> Books:
    """Balance the books of one run: topics against what was sent, evidence tables against the topics.

    ``stores`` are the settings of every evidence store to read (default: ``settings``'s own).
    """
    books = Books(name, published=len(sent), verdicts=len(out.verdicts), dead_letters=len(out.dead_letters))
    books.replays = replays
    seen: Counter[Coord] = Counter()
    judged: set[Coord] = set()
    lettered: set[Coord] = set()
    for doc in out.verdicts:
        coord = (int(doc["source"]["partition"]), int(doc["source"]["offset"]))
        seen[coord] += 1
        judged.add(coord)
        case = sent.get(coord)
        if case is not None and case.expect != VERDICT:
            books.wrong.append(f"{case.cls} expected {case.expect}, got a verdict ({doc['request_id']!r})")
    for doc in out.dead_letters:
        coord = (int(doc["source"]["partition"]), int(doc["source"]["offset"]))
        seen[coord] += 1
        lettered.add(coord)
        books.reasons[doc["reason"]] += 1
        case = sent.get(coord)
        if case is not None and not _matches(case.expect, doc["reason"]):
            books.wrong.append(f"{case.cls} expected {case.expect}, got dead letter {doc['reason']}")
    books.accounted = len(set(seen) & set(sent))
    books.unique_verdicts, books.unique_dead_letters = len(judged), len(lettered)
    books.duplicates = sum(n - 1 for n in seen.values())
    books.missing = sorted(f"{c.cls} at {coord}" for coord, c in sent.items() if coord not in seen)
    rows: Counter[str] = Counter()
    letters: set[Coord] = set()
    for store in stores or [settings]:
        per_store, found = queries(
            store,
            "SELECT request_id, count() FROM verdicts FINAL GROUP BY tenant, request_id",
            "SELECT DISTINCT source_partition, source_offset FROM dead_letters FINAL",
        )
        books.duplicate_rows += sum(1 for _, n in per_store if int(n) != 1)
        rows.update(str(rid) for rid, _ in per_store)
        letters |= {(int(p), int(o)) for p, o in found}
    books.verdict_rows = len(rows)
    books.cross_store_rows = sum(1 for n in rows.values() if n > 1)
    books.dead_letter_rows = len(letters)
    return books
