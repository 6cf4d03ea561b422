"""The decided cases a judge worker retrieves precedent from, read without holding ClickHouse.

A judge worker reads the ``precedents`` table once at start-up and closes its client: only the evidence
writer keeps ClickHouse open. The embedded engine (chDB) lets one process at a time open a data path, so
while the writer holds it a worker cannot read the table; whoever reads it (a worker, or the writer at its
start) therefore leaves a snapshot of the cases beside the data, and a worker that finds the path taken reads
that snapshot instead. With a ClickHouse server the table is always read directly.

Whether another process holds the path is first asked of the engine's lock on ``<path>/status`` (a
non-blocking shared ``flock``, released at once), without loading the engine: loading it only to be refused
maps its library (about 235 MB resident) into a worker that never uses it.

The snapshot is one JSON line per case (the embedding as a list of float32 values), written to a temporary
file and renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import orjson

from streams.clickhouse.client import connect, is_embedded
from streams.config import Settings
from streams.errors import PrecedentError
from streams.logs import kv
from streams.precedents import PrecedentStore
from streams.precedents.base import PrecedentCase

__all__ = ["LoadedCases", "held_elsewhere", "load_cases", "read_snapshot", "snapshot_path", "write_snapshot"]

log = logging.getLogger(__name__)


def snapshot_path(settings: Settings) -> Path:
    """Where the snapshot of ``settings``' precedent table lives (one file per database)."""
    return settings.data_dir.resolve() / "precedent-snapshots" / f"{settings.clickhouse.database}.jsonl"


def _case_doc(case: PrecedentCase) -> dict[str, Any]:
    return {
        "case_id": case.case_id,
        "text": case.text,
        "decision": case.decision,
        "severities": dict(case.severities),
        "rationale": case.rationale,
        "source": case.source,
        "created_at": case.created_at,
        "embedding": None if case.embedding is None else np.asarray(case.embedding, dtype=np.float32).tolist(),
        "embedder_id": case.embedder_id,
    }


def _case_from(doc: dict[str, Any]) -> PrecedentCase:
    embedding = doc["embedding"]
    return PrecedentCase(
        case_id=doc["case_id"],
        text=doc["text"],
        decision=doc["decision"],
        severities=doc["severities"],
        rationale=doc["rationale"],
        source=doc["source"],
        created_at=doc["created_at"],
        embedding=None if embedding is None else np.asarray(embedding, dtype=np.float32),
        embedder_id=doc["embedder_id"],
    )


def write_snapshot(settings: Settings, cases: list[PrecedentCase]) -> Path:
    """Replace the snapshot with ``cases`` (atomically)."""
    path = snapshot_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as out:
        for case in cases:
            out.write(orjson.dumps(_case_doc(case)))
            out.write(b"\n")
    tmp.replace(path)
    return path


def read_snapshot(settings: Settings) -> list[PrecedentCase] | None:
    """The cases of the snapshot, or None when there is none."""
    path = snapshot_path(settings)
    try:
        with path.open("rb") as lines:
            return [_case_from(orjson.loads(line)) for line in lines if line.strip()]
    except FileNotFoundError:
        return None


def read_table(settings: Settings) -> list[PrecedentCase]:
    """Every stored case, read with a client that is closed again at once; the snapshot is refreshed."""
    client = connect(settings)
    try:
        store = PrecedentStore(client)
        store.ensure_table()
        cases = store.load_all()
    finally:
        client.close()
    if is_embedded(settings.clickhouse_dsn):
        write_snapshot(settings, cases)
    return cases


def held_elsewhere(settings: Settings) -> bool:
    """Whether another process holds the embedded engine's data path, asked of its lock file alone.

    False for a server DSN, an in-memory engine, a path never opened, and in a process that has loaded the
    engine itself (opening the path again costs it nothing; the table read decides).
    """
    dsn = settings.clickhouse_dsn
    if not is_embedded(dsn) or "chdb" in sys.modules:
        return False
    path = urlsplit(dsn).path
    if not path or path in ("/", "/memory"):
        return False
    try:
        fd = os.open(Path(path) / "status", os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def load_cases(settings: Settings) -> list[PrecedentCase]:
    """The decided cases: from the table, or (embedded engine held by another process) from the snapshot.

    Raises what opening the table raised when there is no snapshot to fall back on (the caller retries).
    """
    if held_elsewhere(settings):
        snapshot = read_snapshot(settings)
        if snapshot is not None:
            log.info(
                "embedded ClickHouse held by another process: precedent cases read from its snapshot %s",
                kv(cases=len(snapshot), path=str(snapshot_path(settings))),
            )
            return snapshot
    try:
        return read_table(settings)
    except Exception as exc:
        if not is_embedded(settings.clickhouse_dsn):
            raise
        cases = read_snapshot(settings)
        if cases is None:
            raise
        log.info(
            "embedded ClickHouse held by another process: precedent cases read from its snapshot %s",
            kv(cases=len(cases), path=str(snapshot_path(settings)), error=str(exc)[:200]),
        )
        return cases


class LoadedCases(PrecedentStore):
    """Cases already read, behind the store interface retrieval is built from (read-only, no client)."""

    def __init__(self, cases: Sequence[PrecedentCase]) -> None:
        super().__init__(client=None)
        self._cases = list(cases)

    def ensure_table(self) -> None:
        """Nothing to create."""

    def load_all(self, embedder_id: str | None = None, *, page_rows: int = 20_000) -> list[PrecedentCase]:
        """The cases (only those embedded by ``embedder_id`` when given)."""
        if embedder_id is None:
            return list(self._cases)
        return [case for case in self._cases if case.embedder_id == embedder_id]

    def insert(self, cases: Sequence[PrecedentCase]) -> int:
        """Refused: a judge worker does not write precedent."""
        raise PrecedentError("a judge worker's precedent cases are read-only (store cases with `precedents load`)")
