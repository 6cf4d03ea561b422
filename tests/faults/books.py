"""The books of a fault scenario: what went in, what came out, and whether every message is accounted for.

A scenario publishes :class:`~tests.faults.corpus.Case` records with their exact keys and values, remembers
where each landed (partition, offset), lets a real worker judge them, then reads the verdict and DLQ topics
and the evidence tables. :class:`Books` holds the figures; :meth:`Books.print` shows them so a reader of the
test output sees the numbers, and :meth:`Books.problems` lists every message that broke the promise
(in = verdicts + dead letters, one outcome per message, one evidence row per request under FINAL).
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from streams.config import Settings
from streams.pipeline.kafka import make_producer
from tests.faults.corpus import VERDICT, Case
from tests.integration.pipeline.helpers import Outputs, query

__all__ = ["SCALE", "Books", "audit", "publish_cases"]

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

    def problems(self) -> list[str]:
        """Every broken promise, one line each (empty when the books balance)."""
        out = [f"vanished (neither judged nor dead-lettered): {m}" for m in self.missing]
        out += [f"wrong outcome: {w}" for w in self.wrong]
        if self.duplicates:
            out.append(f"{self.duplicates} messages have more than one outcome on the topics")
        if self.verdicts + self.dead_letters != self.published + self.duplicates:
            out.append(f"in {self.published} != verdicts {self.verdicts} + dead letters {self.dead_letters}")
        if self.duplicate_rows:
            out.append(f"{self.duplicate_rows} requests have more than one verdicts row under FINAL")
        if self.verdict_rows != self.verdicts - self.duplicates:
            out.append(f"verdicts rows {self.verdict_rows} != verdicts {self.verdicts}")
        if self.dead_letter_rows != self.dead_letters:
            out.append(f"dead_letters rows {self.dead_letter_rows} != dead letters {self.dead_letters}")
        return out

    def print(self) -> None:
        """The books as a small table in the test output (``pytest -s`` or the captured-output section)."""
        lines = [
            f"== books: {self.name}",
            f"   published       {self.published}",
            f"   verdicts        {self.verdicts}",
            f"   dead letters    {self.dead_letters}",
            f"   accounted for   {self.accounted}",
            f"   duplicates      {self.duplicates}",
            f"   verdicts rows   {self.verdict_rows} (FINAL; {self.duplicate_rows} request ids with != 1 row)",
            f"   dead_letters rows {self.dead_letter_rows} (FINAL)",
            f"   vanished        {len(self.missing)}",
            f"   wrong outcome   {len(self.wrong)}",
        ]
        lines += [f"   {key:15} {value}" for key, value in self.extra.items()]
        if self.reasons:
            lines.append("   DLQ reasons     " + ", ".join(f"{r}={n}" for r, n in sorted(self.reasons.items())))
        print("\n".join(lines))


def _matches(expect: str, reason: str) -> bool:
    # ``unknown_field`` alone stands for any unknown_field:<name> (the name is random in the corpus)
    return reason == expect or (":" not in expect and reason.startswith(expect + ":"))


def audit(name: str, settings: Settings, sent: dict[Coord, Case], out: Outputs) -> Books:
    """Balance the books of one run: topics against what was sent, evidence tables against the topics."""
    books = Books(name, published=len(sent), verdicts=len(out.verdicts), dead_letters=len(out.dead_letters))
    seen: Counter[Coord] = Counter()
    for doc in out.verdicts:
        coord = (int(doc["source"]["partition"]), int(doc["source"]["offset"]))
        seen[coord] += 1
        case = sent.get(coord)
        if case is not None and case.expect != VERDICT:
            books.wrong.append(f"{case.cls} expected {case.expect}, got a verdict ({doc['request_id']!r})")
    for doc in out.dead_letters:
        coord = (int(doc["source"]["partition"]), int(doc["source"]["offset"]))
        seen[coord] += 1
        books.reasons[doc["reason"]] += 1
        case = sent.get(coord)
        if case is not None and not _matches(case.expect, doc["reason"]):
            books.wrong.append(f"{case.cls} expected {case.expect}, got dead letter {doc['reason']}")
    books.accounted = len(set(seen) & set(sent))
    books.duplicates = sum(n - 1 for n in seen.values())
    books.missing = sorted(f"{c.cls} at {coord}" for coord, c in sent.items() if coord not in seen)
    rows = query(
        settings,
        "SELECT count(), countIf(n != 1) FROM (SELECT count() AS n FROM verdicts FINAL GROUP BY tenant, request_id)",
    )
    books.verdict_rows, books.duplicate_rows = int(rows[0][0]), int(rows[0][1])
    books.dead_letter_rows = int(query(settings, "SELECT count() FROM dead_letters FINAL")[0][0])
    return books
