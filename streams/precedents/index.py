"""Nearest-neighbour indexes behind the PrecedentIndex protocol.

- ``UsearchIndex``: HNSW over unit vectors with the cosine metric; batch search runs on ``threads`` native
  threads (usearch releases the GIL), batch add on one: usearch 2.x's concurrent add can leave a node
  stored but unreachable by any search (unum-cloud/USearch#735; here about 1 build in 12 of the 210 seed
  cases lost a case that way), and a precedent that can never match is silently wrong. usearch reports
  the cosine *distance* ``1 - cos``; similarity is recovered as ``1 - distance`` (V8 read the wrong
  quantity and every similarity came out as 1 or 0).
- ``ExactIndex``: brute force, one matrix product per window (BLAS). Exact; on an idle machine a 500-request
  window is faster than HNSW up to ~15k cases, but BLAS picks its own threads, and when other work shares
  the 2 cores (critics run beside retrieval) single queries slowed 3-5x between runs.
- ``AutoIndex`` (the default): exact up to ``exact_limit`` (2,000) cases, where it is both exact and
  fastest, then it builds the HNSW index from the stored vectors in one add and answers from it from then on
  (same speed as exact at 10k, recall 1.0 at 100k). A single-threaded build of 50k vectors takes ~13 s
  here against ~5.5 s on two threads: the price of a graph with no stranded nodes.

Chosen by measurement on hashing embeddings of generated cases (200k, 2 cores, recall = share of the true
matches above the 0.55 threshold that come back): f16 / connectivity 16 / expansion_search 128 gave recall
0.90 at 212 ms per 500 queries; i8 / connectivity 32 / expansion_search 64 gave 0.94 at 75 ms. Hence i8
with connectivity 32, and exact re-scoring of its candidates so similarities stay exact.
"""

from __future__ import annotations

import threading

import numpy as np
import numpy.typing as npt
from usearch.index import Index

from streams.errors import PrecedentError
from streams.precedents.base import Matrix, SearchResult

__all__ = ["AutoIndex", "ExactIndex", "UsearchIndex"]

_PAD_KEY = -1
# Concurrent HNSW inserts strand nodes in usearch 2.x (unum-cloud/USearch#735): adds stay on one thread.
_ADD_THREADS = 1


def _check(vectors: Matrix, dim: int) -> Matrix:
    arr = np.ascontiguousarray(vectors, dtype=np.float32)
    if arr.ndim != 2 or arr.shape[1] != dim:
        raise PrecedentError(f"expected vectors of shape (n, {dim}), got {arr.shape}")
    return arr


class UsearchIndex:
    """HNSW cosine index (usearch), quantised graph search with exact re-scoring.

    ``connectivity`` and ``expansion_add`` trade build time for recall; ``expansion_search`` trades query
    time for recall. With ``dtype`` ``i8`` (default) the graph holds 8-bit vectors: a third less memory
    traffic per hop, so search and build are faster, but its distances are off by up to ~0.02. The
    candidates it returns are therefore re-scored against a float16 copy of every vector (error < 1e-4),
    and re-ordered by that similarity. With ``f32`` the distances are exact and no copy is kept.
    A lock serialises adds against searches: growing the graph while it is searched is not safe, and each
    call is already multi-threaded inside.
    """

    def __init__(
        self,
        dim: int,
        *,
        threads: int = 2,
        connectivity: int = 32,
        expansion_add: int = 32,
        expansion_search: int = 64,
        dtype: str = "i8",
    ) -> None:
        self._dim = dim
        self._threads = threads
        self._index = Index(
            ndim=dim,
            metric="cos",
            dtype=dtype,
            connectivity=connectivity,
            expansion_add=expansion_add,
            expansion_search=expansion_search,
        )
        self._copy: npt.NDArray[np.float16] | None = None if dtype == "f32" else np.zeros((0, dim), np.float16)
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        """Vector length."""
        return self._dim

    def __len__(self) -> int:
        return len(self._index)

    @property
    def memory_bytes(self) -> int:
        """Bytes held by vectors and graph (as usearch reports them) plus the re-scoring copy."""
        return int(self._index.memory_usage) + (int(self._copy.nbytes) if self._copy is not None else 0)

    def add(self, keys: npt.NDArray[np.int64], vectors: Matrix) -> None:
        """Add a batch under ``keys`` (non-negative, unique, dense), on one thread (see the module notes)."""
        arr = _check(vectors, self._dim)
        keys = np.asarray(keys, dtype=np.int64)
        if len(keys) != len(arr):
            raise PrecedentError(f"{len(keys)} keys for {len(arr)} vectors")
        if len(arr) == 0:
            return
        if keys.min() < 0:
            raise PrecedentError("index keys must be non-negative")
        with self._lock:
            if self._copy is not None:
                need = int(keys.max()) + 1
                if need > len(self._copy):  # grow geometrically: adding in chunks stays linear overall
                    grown = np.zeros((max(need, 2 * len(self._copy)), self._dim), np.float16)
                    grown[: len(self._copy)] = self._copy
                    self._copy = grown
                self._copy[keys] = arr
            self._index.add(keys.astype(np.uint64), arr, threads=_ADD_THREADS)

    def search(self, vectors: Matrix, k: int) -> SearchResult:
        """The ``k`` nearest stored vectors of every row, searched on ``threads`` threads in one call."""
        arr = _check(vectors, self._dim)
        n = len(arr)
        keys = np.full((n, k), _PAD_KEY, dtype=np.int64)
        sims = np.full((n, k), -np.inf, dtype=np.float32)
        counts = np.zeros(n, dtype=np.int64)
        if n == 0 or len(self._index) == 0:
            return SearchResult(keys, sims, counts)
        with self._lock:
            found = self._index.search(arr, k, threads=self._threads)
            copy = self._copy
        # A single query comes back as 1-D arrays; make every answer (n, k).
        got_keys = np.asarray(found.keys).reshape(n, -1).astype(np.int64)
        got_dist = np.asarray(found.distances, dtype=np.float32).reshape(n, -1)
        got_counts = np.asarray(getattr(found, "counts", [found.keys.size]), dtype=np.int64).reshape(n)
        width = min(k, got_keys.shape[1])
        valid = np.arange(width)[None, :] < got_counts[:, None]
        cand = np.where(valid, got_keys[:, :width], 0)
        if copy is None:
            score = np.clip(1.0 - got_dist[:, :width], -1.0, 1.0)
        else:
            score = np.einsum("nd,nkd->nk", arr, copy[cand].astype(np.float32))
        score = np.where(valid, score, -np.inf).astype(np.float32)
        order = np.argsort(-score, axis=1, kind="stable")
        keys[:, :width] = np.where(valid, cand, _PAD_KEY)[np.arange(n)[:, None], order]
        sims[:, :width] = np.clip(np.take_along_axis(score, order, axis=1), -1.0, 1.0)
        counts[:] = np.minimum(got_counts, width)
        return SearchResult(keys, sims, counts)


class ExactIndex:
    """Brute-force cosine search: one matrix product per window. Exact; the reference for recall checks."""

    def __init__(self, dim: int) -> None:
        self._dim = dim
        # Keys and vectors swap together as one tuple, so a search never pairs new keys with old vectors.
        self._data: tuple[npt.NDArray[np.int64], Matrix] = (
            np.zeros(0, dtype=np.int64),
            np.zeros((0, dim), dtype=np.float32),
        )
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        """Vector length."""
        return self._dim

    def __len__(self) -> int:
        return len(self._data[0])

    @property
    def memory_bytes(self) -> int:
        """Bytes of the stored vectors and keys."""
        keys, vectors = self._data
        return int(vectors.nbytes + keys.nbytes)

    def add(self, keys: npt.NDArray[np.int64], vectors: Matrix) -> None:
        """Append a batch."""
        arr = _check(vectors, self._dim)
        if len(keys) != len(arr):
            raise PrecedentError(f"{len(keys)} keys for {len(arr)} vectors")
        with self._lock:
            old_keys, old_vectors = self._data
            self._data = (
                np.concatenate([old_keys, np.asarray(keys, dtype=np.int64)]),
                np.concatenate([old_vectors, arr]),
            )

    def snapshot(self) -> tuple[npt.NDArray[np.int64], Matrix]:
        """Every stored key and vector."""
        return self._data

    def search(self, vectors: Matrix, k: int) -> SearchResult:
        """The ``k`` most similar rows by exact cosine (rows are unit vectors, so a dot product)."""
        arr = _check(vectors, self._dim)
        n = len(arr)
        keys = np.full((n, k), _PAD_KEY, dtype=np.int64)
        sims = np.full((n, k), -np.inf, dtype=np.float32)
        stored_keys, stored = self._data
        width = min(k, len(stored_keys))
        if n == 0 or width == 0:
            return SearchResult(keys, sims, np.zeros(n, dtype=np.int64))
        scores = arr @ stored.T
        top = np.argpartition(-scores, width - 1, axis=1)[:, :width]
        top_scores = np.take_along_axis(scores, top, axis=1)
        order = np.argsort(-top_scores, axis=1, kind="stable")
        keys[:, :width] = stored_keys[np.take_along_axis(top, order, axis=1)]
        sims[:, :width] = np.clip(np.take_along_axis(top_scores, order, axis=1), -1.0, 1.0)
        return SearchResult(keys, sims, np.full(n, width, dtype=np.int64))


class AutoIndex:
    """Exact search while the store is small, HNSW once it passes ``exact_limit`` cases."""

    def __init__(self, dim: int, *, threads: int = 2, exact_limit: int = 2_000) -> None:
        self._dim = dim
        self._threads = threads
        self.exact_limit = exact_limit
        self._active: ExactIndex | UsearchIndex = ExactIndex(dim)
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        """Vector length."""
        return self._dim

    @property
    def kind(self) -> str:
        """``exact`` or ``hnsw``: which index answers now."""
        return "exact" if isinstance(self._active, ExactIndex) else "hnsw"

    def __len__(self) -> int:
        return len(self._active)

    @property
    def memory_bytes(self) -> int:
        """Bytes of the index that answers now."""
        return self._active.memory_bytes

    def add(self, keys: npt.NDArray[np.int64], vectors: Matrix) -> None:
        """Add a batch; crossing ``exact_limit`` moves everything into HNSW in one add."""
        with self._lock:
            active = self._active
            if isinstance(active, ExactIndex) and len(active) + len(keys) > self.exact_limit:
                hnsw = UsearchIndex(self._dim, threads=self._threads)
                old_keys, old_vectors = active.snapshot()
                hnsw.add(
                    np.concatenate([old_keys, np.asarray(keys, dtype=np.int64)]),
                    np.concatenate([old_vectors, _check(vectors, self._dim)]),
                )
                self._active = hnsw  # searches switch over only once it is complete
                return
            active.add(keys, vectors)

    def search(self, vectors: Matrix, k: int) -> SearchResult:
        """Search whichever index answers now."""
        return self._active.search(vectors, k)
