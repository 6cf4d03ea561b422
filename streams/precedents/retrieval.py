"""Precedent retrieval for whole windows: one embed call, one index search, vectorised scoring.

``retrieve_batch`` is synchronous and CPU-bound; the pipeline runs it in a worker thread while the critics
evaluate the same window. The pipeline embeds each window once (streams.embedding.embed_window) and passes
those vectors in: when they come from this retriever's embedder, their case-text rows are searched as they
are and nothing is embedded again. Otherwise (no vectors, or another embedder's) the texts are embedded
here; embeddings of texts seen before then come from an LRU cache keyed by xxh3 of the text, and only the
misses reach the embedder (V8 computed them and threw them away). At most ``max_concurrent`` windows
retrieve at the same time; each index search itself runs on ``threads`` native threads.

The index only ever holds vectors of this retriever's embedder: cases stored by another one are
re-embedded before indexing (and, with :meth:`PrecedentRetriever.from_store`, rewritten in the store).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import xxhash
from cachetools import LRUCache

from streams.config import PrecedentSettings
from streams.embedding.factory import default_threshold
from streams.embedding.window import TextVectors
from streams.errors import PrecedentError
from streams.models.request import Request
from streams.models.verdict import DECISION_VALUES, Decision, PrecedentSummary
from streams.precedents.base import Embedder, Matrix, PrecedentCase, PrecedentIndex, case_text
from streams.precedents.index import AutoIndex
from streams.precedents.scoring import score_batch, summaries
from streams.precedents.store import reembed

if TYPE_CHECKING:
    from streams.precedents.store import PrecedentStore

__all__ = ["PrecedentRetriever", "request_text"]

log = logging.getLogger(__name__)


def request_text(request: Request) -> str:
    """The text a request is matched on: its prompt and response."""
    return case_text(request.prompt, request.response)


class _Cases:
    """Per-label case metadata as arrays; replaced wholesale on growth so readers never see it half-built."""

    def __init__(self) -> None:
        self.case_ids: list[str] = []
        self.decisions: list[Decision] = []
        self.values = np.zeros(0, dtype=np.float64)
        self.severity = np.zeros(0, dtype=np.float64)
        self.alive = np.zeros(0, dtype=bool)


class PrecedentRetriever:
    """Finds and scores precedent for requests against an index of decided cases.

    Build it with :meth:`from_store` (loads every case and builds the index) or directly with an embedder
    and an empty index, then :meth:`index_cases` / :meth:`add_cases`. ``threshold`` None means the value
    calibrated for the embedder (streams.embedding.factory).
    """

    def __init__(
        self,
        embedder: Embedder,
        index: PrecedentIndex,
        *,
        k: int = 10,
        threshold: float | None = None,
        cache_size: int = 50_000,
        max_concurrent: int = 2,
        store: PrecedentStore | None = None,
    ) -> None:
        if index.dim != embedder.dim:
            raise PrecedentError(f"index dim {index.dim} != embedder dim {embedder.dim}")
        self.embedder = embedder
        self.index = index
        self.k = k
        self.threshold = default_threshold(embedder.id) if threshold is None else threshold
        self.store = store
        self._cases = _Cases()
        self._label_of: dict[str, int] = {}
        self._write_lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_concurrent)
        self._cache: LRUCache[int, npt.NDArray[np.float32]] | None = LRUCache(cache_size) if cache_size else None
        self._cache_lock = threading.Lock()
        self.cache_hits = 0
        self.cache_misses = 0
        self.shared_hits = 0  # requests answered from the window's shared vectors

    @classmethod
    def from_store(
        cls,
        store: PrecedentStore,
        embedder: Embedder,
        settings: PrecedentSettings,
        *,
        index: PrecedentIndex | None = None,
        cache_size: int = 50_000,
    ) -> PrecedentRetriever:
        """Load every stored case and index it.

        Cases embedded by another embedder are re-embedded here and written back to the store (a rebuild,
        logged), so the index and the store hold one embedding space.
        """
        retriever = cls(
            embedder,
            index if index is not None else AutoIndex(embedder.dim, threads=settings.threads),
            k=settings.k,
            threshold=settings.threshold,
            cache_size=cache_size,
            store=store,
        )
        rebuilt = store.rebuild(embedder)
        retriever.index_cases(rebuilt.cases)
        log.info(
            "precedent index built cases=%d embedder=%s threshold=%.2f re_embedded=%d",
            len(retriever),
            embedder.id,
            retriever.threshold,
            rebuilt.count,
        )
        return retriever

    def __len__(self) -> int:
        return int(self._cases.alive.sum())

    def case_ids(self) -> list[str]:
        """Case id of every index label (replaced cases included), in label order."""
        return list(self._cases.case_ids)

    def stats(self) -> dict[str, Any]:
        """Size, memory and cache counters (for logs and benchmarks)."""
        return {
            "cases": len(self),
            "index_memory_bytes": self.index.memory_bytes,
            "embedder": self.embedder.id,
            "threshold": self.threshold,
            "cache_hits": self.cache_hits,
            "cache_misses": self.cache_misses,
            "shared_vector_requests": self.shared_hits,
        }

    def clear_cache(self) -> None:
        """Forget every cached embedding (and reset the counters)."""
        with self._cache_lock:
            if self._cache is not None:
                self._cache.clear()
            self.cache_hits = self.cache_misses = self.shared_hits = 0

    # -- writing ---------------------------------------------------------------------------------------

    def embed_cases(self, cases: Sequence[PrecedentCase]) -> list[PrecedentCase]:
        """Cases with an embedding from this embedder: the missing or foreign ones are embedded in one call."""
        return reembed(cases, self.embedder)[0]

    def index_cases(self, cases: Sequence[PrecedentCase]) -> None:
        """Add cases to the index only (the store already has them). A known case_id is replaced."""
        embedded = self.embed_cases(cases)
        if not embedded:
            return
        vectors = np.stack([np.asarray(c.embedding, dtype=np.float32) for c in embedded])
        with self._write_lock:
            old = self._cases
            base = len(old.case_ids)
            labels = np.arange(base, base + len(embedded), dtype=np.int64)
            new = _Cases()
            new.case_ids = old.case_ids + [c.case_id for c in embedded]
            new.decisions = old.decisions + [c.decision for c in embedded]
            new.values = np.concatenate([old.values, [DECISION_VALUES[c.decision] for c in embedded]])
            new.severity = np.concatenate([old.severity, [c.mean_severity for c in embedded]])
            new.alive = np.concatenate([old.alive, np.ones(len(embedded), dtype=bool)])
            for label, case in zip(labels.tolist(), embedded, strict=True):
                previous = self._label_of.get(case.case_id)
                if previous is not None:  # a re-decided case: the old entry stops counting
                    new.alive[previous] = False
                self._label_of[case.case_id] = label
            # Metadata first, then the index: a search never finds a label it cannot look up.
            self._cases = new
            self.index.add(labels, vectors)

    def add_cases(self, cases: Sequence[PrecedentCase]) -> list[PrecedentCase]:
        """Embed new cases once, write them to the store (durable first), then add them to the index."""
        embedded = self.embed_cases(cases)
        if self.store is not None:
            self.store.insert(embedded)
        self.index_cases(embedded)
        return embedded

    # -- reading ---------------------------------------------------------------------------------------

    def embed_texts(self, texts: Sequence[str]) -> Matrix:
        """Vectors of ``texts``: cached ones reused, the distinct misses embedded in one call, then cached."""
        keys = [xxhash.xxh3_64_intdigest(t.encode("utf-8")) for t in texts]
        out = np.empty((len(texts), self.embedder.dim), dtype=np.float32)
        missing: dict[int, list[int]] = {}
        cache = self._cache
        with self._cache_lock:
            for row, key in enumerate(keys):
                vec = cache.get(key) if cache is not None else None
                if vec is None:
                    missing.setdefault(key, []).append(row)
                else:
                    out[row] = vec
            self.cache_hits += len(texts) - sum(len(rows) for rows in missing.values())
            self.cache_misses += len(missing)
        if missing:
            firsts = [rows[0] for rows in missing.values()]
            fresh = self.embedder.embed_batch([texts[r] for r in firsts])
            for j, rows in enumerate(missing.values()):
                out[rows] = fresh[j]
            if cache is not None:
                with self._cache_lock:
                    for j, key in enumerate(missing):
                        cache[key] = fresh[j]
        return out

    def retrieve_texts(self, texts: Sequence[str]) -> list[PrecedentSummary]:
        """Precedent summaries for raw texts (prompt and response already joined)."""
        if not texts:
            return []
        with self._slots:
            return self._retrieve(self.embed_texts(texts))

    def retrieve_vectors(self, vectors: Matrix) -> list[PrecedentSummary]:
        """Precedent summaries for case-text vectors already in this embedder's space (one row per request)."""
        if not len(vectors):
            return []
        with self._slots:
            return self._retrieve(np.ascontiguousarray(vectors, dtype=np.float32))

    def _retrieve(self, vectors: Matrix) -> list[PrecedentSummary]:
        """Search and score unit vectors (zero rows: nothing to match on)."""
        found = self.index.search(vectors, self.k)
        cases = self._cases  # after the search: every label it returned is in this snapshot
        if not cases.case_ids:
            return [PrecedentSummary(novel=True) for _ in range(len(vectors))]
        labels = found.keys
        valid = labels >= 0
        safe = np.where(valid, labels, 0)
        empty = ~np.any(vectors != 0.0, axis=1)  # no words to match on: novel, never a spurious match
        counted = valid & cases.alive[safe] & ~empty[:, None]
        sims = np.where(counted, found.similarities, -np.inf).astype(np.float32)
        scored = score_batch(sims, cases.values[safe], cases.severity[safe], self.threshold)
        return summaries(scored, sims, labels, cases.case_ids, cases.decisions)

    def retrieve_batch(self, requests: Sequence[Request], vectors: TextVectors | None = None) -> list[PrecedentSummary]:
        """One summary per request, in order: one index search for the whole window.

        ``vectors`` are the window's shared embeddings (row ``i`` for request ``i``); when they come from
        this retriever's embedder their ``case`` rows are used and nothing is embedded. Otherwise the
        requests are embedded here, in one call for the cache misses.
        """
        if vectors is not None and vectors.embedder_id == self.embedder.id and len(vectors) == len(requests):
            self.shared_hits += len(requests)
            return self.retrieve_vectors(vectors.case)
        if vectors is not None:
            log.debug(
                "precedent retrieval re-embeds: window vectors from %s (%d rows), retriever uses %s (%d requests)",
                vectors.embedder_id,
                len(vectors),
                self.embedder.id,
                len(requests),
            )
        return self.retrieve_texts([request_text(r) for r in requests])

    def retrieve_one(self, request: Request) -> PrecedentSummary:
        """The summary of a single request (the one-at-a-time baseline)."""
        return self.retrieve_texts([request_text(request)])[0]
