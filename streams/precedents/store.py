"""Durable precedent: the ClickHouse ``precedents`` table, JSONL corpora and the seed corpus.

The store is the source of truth; the index is rebuilt from it at start. Writes are columnar bulk
inserts (ClickHouse wants thousands of rows per insert); reads use FINAL so a re-decided case counts once.

Every row carries the id of the embedder that produced its vector. Vectors of different embedders are not
comparable, so :meth:`PrecedentStore.rebuild` re-embeds the cases of any other embedder from their text and
writes them back under the same case_id and created_at (ReplacingMergeTree keeps the row inserted last
among equal versions): the store then holds one embedding space, the one in use.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from streams.errors import PrecedentError
from streams.models.critics import CRITICS
from streams.models.verdict import DECISION_VALUES, Decision
from streams.precedents.base import Embedder, PrecedentCase, case_text

__all__ = ["MIGRATION", "SEED_CORPUS", "PrecedentStore", "Rebuild", "parse_cases", "read_jsonl", "reembed"]

log = logging.getLogger(__name__)

SEED_CORPUS = "seed.jsonl"
MIGRATION = "002_precedents.sql"
_COLUMNS = [
    "case_id",
    "text",
    "text_digest",
    "decision",
    "severities",
    "mean_severity",
    "rationale",
    "source",
    "created_at",
    "embedder_id",
    "embedding",
]
_UTC = dt.UTC


@dataclass(frozen=True, slots=True)
class Rebuild:
    """Every stored case, now embedded by ``embedder_id``, and how many were re-embedded from which id."""

    cases: list[PrecedentCase]
    embedder_id: str
    reembedded: dict[str, int]
    written: bool

    @property
    def count(self) -> int:
        """Cases re-embedded."""
        return sum(self.reembedded.values())

    def describe(self) -> str:
        """One line for logs and the CLI, e.g. ``re-embedded 210 cases (hash-v1-256: 210) with ...``."""
        origins = ", ".join(f"{old or 'none'}: {n}" for old, n in sorted(self.reembedded.items()))
        where = "and rewrote them in the store" if self.written else "in memory only (store write failed)"
        return f"re-embedded {self.count} cases ({origins}) with {self.embedder_id} {where}"


def reembed(cases: Sequence[PrecedentCase], embedder: Embedder) -> tuple[list[PrecedentCase], list[int]]:
    """All cases with an embedding from ``embedder``, and the positions of those (re-)embedded for it.

    A case counts as embedded by ``embedder`` only when its id matches and its vector has the right length;
    the others are embedded from their text in one batch.
    """
    todo = [
        i
        for i, c in enumerate(cases)
        if c.embedding is None or c.embedder_id != embedder.id or len(c.embedding) != embedder.dim
    ]
    out = list(cases)
    if not todo:
        return out, []
    vectors = embedder.embed_batch([cases[i].text for i in todo])
    for row, i in enumerate(todo):
        out[i] = dataclasses.replace(cases[i], embedding=vectors[row], embedder_id=embedder.id)
    return out, todo


def _statements(sql: str) -> list[str]:
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


class PrecedentStore:
    """The ``precedents`` table behind a clickhouse-connect client (server or embedded chDB)."""

    def __init__(self, client: Any, *, table: str = "precedents", insert_rows: int = 20_000) -> None:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", table):
            raise PrecedentError(f"invalid table name {table!r}")
        self.client = client
        self.table = table
        self.insert_rows = insert_rows

    def ensure_table(self) -> None:
        """Create the table if missing (the same statement the migration applies)."""
        sql = resources.files("streams.clickhouse").joinpath("migrations", MIGRATION).read_text("utf-8")
        try:
            for statement in _statements(sql):
                self.client.command(statement.replace("EXISTS precedents", f"EXISTS {self.table}", 1))
        except Exception as exc:
            raise PrecedentError(f"cannot create table {self.table}: {exc}") from exc

    def insert(self, cases: Sequence[PrecedentCase]) -> int:
        """Bulk-insert cases (each must carry its embedding); returns the rows written."""
        for start in range(0, len(cases), self.insert_rows):
            chunk = cases[start : start + self.insert_rows]
            columns: list[list[Any]] = [[] for _ in _COLUMNS]
            for case in chunk:
                if case.embedding is None:
                    raise PrecedentError(f"case {case.case_id!r} has no embedding; embed before storing")
                row = (
                    case.case_id,
                    case.text,
                    case.digest,
                    case.decision,
                    {k: float(v) for k, v in case.severities.items()},
                    case.mean_severity,
                    case.rationale,
                    case.source,
                    dt.datetime.fromtimestamp(case.created_at, tz=_UTC),
                    case.embedder_id,
                    np.asarray(case.embedding, dtype=np.float32).tolist(),
                )
                for col, value in zip(columns, row, strict=True):
                    col.append(value)
            try:
                self.client.insert(self.table, columns, column_names=_COLUMNS, column_oriented=True)
            except Exception as exc:
                raise PrecedentError(f"insert into {self.table} failed: {exc}") from exc
        return len(cases)

    def load_all(self, embedder_id: str | None = None, *, page_rows: int = 20_000) -> list[PrecedentCase]:
        """Every case (one row per case_id), or only those embedded by ``embedder_id``.

        Read in pages by case_id so a large store never holds more than one page as Python lists.
        """
        out: list[PrecedentCase] = []
        after = ""
        while True:
            page = self._page(embedder_id, after, page_rows)
            out.extend(page)
            if len(page) < page_rows:
                return out
            after = page[-1].case_id

    def _page(self, embedder_id: str | None, after: str, rows: int) -> list[PrecedentCase]:
        where = "case_id > {after:String}" + (" AND embedder_id = {eid:String}" if embedder_id is not None else "")
        sql = (
            f"SELECT {', '.join(_COLUMNS)} FROM {self.table} FINAL WHERE {where} ORDER BY case_id LIMIT {{rows:UInt32}}"
        )
        params: dict[str, Any] = {"after": after, "rows": rows}
        if embedder_id is not None:
            params["eid"] = embedder_id
        try:
            result = self.client.query(sql, parameters=params)
        except Exception as exc:
            raise PrecedentError(f"cannot read {self.table}: {exc}") from exc
        if not result.row_count:
            return []
        cols = dict(zip(_COLUMNS, result.result_columns, strict=True))
        out: list[PrecedentCase] = []
        for i in range(result.row_count):
            created = cols["created_at"][i]
            out.append(
                PrecedentCase(
                    case_id=cols["case_id"][i],
                    text=cols["text"][i],
                    decision=cols["decision"][i],
                    severities=dict(cols["severities"][i]),
                    rationale=cols["rationale"][i],
                    source=cols["source"][i],
                    created_at=created.replace(tzinfo=created.tzinfo or _UTC).timestamp(),
                    embedding=np.asarray(cols["embedding"][i], dtype=np.float32),
                    embedder_id=cols["embedder_id"][i],
                )
            )
        return out

    def rebuild(self, embedder: Embedder) -> Rebuild:
        """Load every case; re-embed those of another embedder with ``embedder`` and write them back.

        A failed write-back is logged, not raised: the returned cases are correct either way, and the next
        start tries again.
        """
        stored = self.load_all()
        cases, todo = reembed(stored, embedder)
        if not todo:
            return Rebuild(cases, embedder.id, {}, written=True)
        written = True
        try:
            self.insert([cases[i] for i in todo])
        except PrecedentError as exc:
            written = False
            log.warning("precedent store rebuild: write-back failed table=%s error=%s", self.table, exc)
        origins = Counter(stored[i].embedder_id for i in todo)
        result = Rebuild(cases, embedder.id, dict(origins), written)
        log.info("precedent store rebuilt table=%s: %s", self.table, result.describe())
        return result

    def stats(self) -> dict[str, Any]:
        """Case counts: total, per decision, per source, per embedder."""
        out: dict[str, Any] = {"table": self.table}
        try:
            out["cases"] = int(self.client.command(f"SELECT count() FROM {self.table} FINAL"))
            for column in ("decision", "source", "embedder_id"):
                rows = self.client.query(
                    f"SELECT {column}, count() FROM {self.table} FINAL GROUP BY {column} ORDER BY {column}"
                ).result_rows
                out[f"by_{column}"] = {str(k): int(v) for k, v in rows}
        except Exception as exc:
            raise PrecedentError(f"cannot read {self.table}: {exc}") from exc
        return out


def _case_from(record: Any, where: str, default_source: str) -> PrecedentCase:
    if not isinstance(record, dict):
        raise PrecedentError(f"{where}: expected a JSON object, got {type(record).__name__}")
    missing = [f for f in ("case_id", "decision") if not record.get(f)]
    if "text" not in record and "prompt" not in record:
        missing.append("prompt (or text)")
    if missing:
        raise PrecedentError(f"{where}: missing {', '.join(missing)}")
    decision = record["decision"]
    if decision not in DECISION_VALUES:
        raise PrecedentError(f"{where}: decision {decision!r} is not one of {sorted(DECISION_VALUES)}")
    severities = record.get("severities") or {}
    unknown = sorted(set(severities) - set(CRITICS))
    if unknown:
        raise PrecedentError(f"{where}: unknown critic area(s) {unknown}; known: {list(CRITICS)}")
    text = record.get("text") or case_text(str(record.get("prompt", "")), str(record.get("response", "")))
    if not text.strip():
        raise PrecedentError(f"{where}: empty text")
    try:
        return PrecedentCase(
            case_id=str(record["case_id"]),
            text=text,
            decision=_decision(decision),
            severities={k: float(v) for k, v in severities.items()},
            rationale=str(record.get("rationale", "")),
            source=str(record.get("source", default_source)),
            created_at=float(record.get("created_at", 0.0)) or dt.datetime.now(_UTC).timestamp(),
        )
    except (TypeError, ValueError) as exc:
        raise PrecedentError(f"{where}: {exc}") from exc
    except PrecedentError as exc:
        raise PrecedentError(f"{where}: {exc}") from exc


def _decision(value: str) -> Decision:
    for decision in ("allow", "constrained_allow", "escalate", "deny"):
        if value == decision:
            return decision
    raise PrecedentError(f"unknown decision {value!r}")


def parse_cases(lines: Iterable[str | bytes], name: str, *, default_source: str = "review") -> Iterator[PrecedentCase]:
    """Cases from JSONL lines; a bad line raises PrecedentError naming ``name`` and the line number."""
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise PrecedentError(f"{where}: invalid JSON: {exc}") from exc
        case = _case_from(record, where, default_source)
        if case.case_id in seen:
            raise PrecedentError(f"{where}: duplicate case_id {case.case_id!r}")
        seen.add(case.case_id)
        yield case


def read_jsonl(path: Path | None = None) -> list[PrecedentCase]:
    """All cases of a JSONL file, or of the shipped seed corpus when ``path`` is None."""
    if path is None:
        text = resources.files("streams.precedents").joinpath("data", SEED_CORPUS).read_text("utf-8")
        return list(parse_cases(text.splitlines(), SEED_CORPUS, default_source="seed"))
    try:
        with path.open("rb") as handle:
            return list(parse_cases(handle, str(path)))
    except OSError as exc:
        raise PrecedentError(f"cannot read {path}: {exc}") from exc
