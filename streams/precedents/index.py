"""Nearest-neighbour indexes behind the PrecedentIndex protocol.

``UsearchIndex`` is the default: HNSW over unit vectors with the cosine metric; batch add and batch search
run on ``threads`` native threads (usearch releases the GIL). usearch reports the cosine *distance*
``1 - cos``; similarity is recovered as ``1 - distance`` (V8 read the wrong quantity and every similarity
came out as 1 or 0). ``ExactIndex`` does the same by brute force; it is the reference for recall checks and
fine for a few thousand cases.
"""

from __future__ import annotations

import threading

import numpy as np
import numpy.typing as npt
from usearch.index import Index

from streams.errors import PrecedentError
from streams.precedents.base import Matrix, SearchResult

__all__ = ["ExactIndex", "UsearchIndex"]

_PAD_KEY = -1


def _check(vectors: Matrix, dim: int) -> Matrix:
    arr = np.ascontiguousarray(vectors, dtype=np.float32)
    if arr.ndim != 2 or arr.shape[1] != dim:
        raise PrecedentError(f"expected vectors of shape (n, {dim}), got {arr.shape}")
    return arr


class UsearchIndex:
    """HNSW cosine index (usearch).

    ``connectivity`` and ``expansion_add`` trade build time for recall; ``expansion_search`` trades query
    time for recall. ``dtype`` ``f32`` keeps similarities exact; ``i8``/``f16`` halve memory and speed up
    large indexes at a small recall cost. A lock serialises adds against searches: growing the graph while
    it is searched is not safe, and each call is already multi-threaded inside.
    """

    def __init__(
        self,
        dim: int,
        *,
        threads: int = 2,
        connectivity: int = 16,
        expansion_add: int = 64,
        expansion_search: int = 64,
        dtype: str = "f16",
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
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        """Vector length."""
        return self._dim

    def __len__(self) -> int:
        return len(self._index)

    @property
    def memory_bytes(self) -> int:
        """Bytes held by vectors and graph, as usearch reports them."""
        return int(self._index.memory_usage)

    def add(self, keys: npt.NDArray[np.int64], vectors: Matrix) -> None:
        """Add a batch under ``keys`` (non-negative, unique) on ``threads`` threads."""
        arr = _check(vectors, self._dim)
        if len(keys) != len(arr):
            raise PrecedentError(f"{len(keys)} keys for {len(arr)} vectors")
        if len(arr) == 0:
            return
        with self._lock:
            self._index.add(np.asarray(keys, dtype=np.uint64), arr, threads=self._threads)

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
        # A single query comes back as 1-D arrays; make every answer (n, k).
        got_keys = np.asarray(found.keys).reshape(n, -1)
        got_dist = np.asarray(found.distances, dtype=np.float32).reshape(n, -1)
        got_counts = np.asarray(getattr(found, "counts", [found.keys.size]), dtype=np.int64).reshape(n)
        width = min(k, got_keys.shape[1])
        valid = np.arange(width)[None, :] < got_counts[:, None]
        keys[:, :width] = np.where(valid, got_keys[:, :width].astype(np.int64), _PAD_KEY)
        sims[:, :width] = np.where(valid, np.clip(1.0 - got_dist[:, :width], -1.0, 1.0), -np.inf)
        counts[:] = np.minimum(got_counts, width)
        return SearchResult(keys, sims, counts)


class ExactIndex:
    """Brute-force cosine search (one matrix product per batch); the reference for recall."""

    def __init__(self, dim: int) -> None:
        self._dim = dim
        self._keys = np.zeros(0, dtype=np.int64)
        self._vectors = np.zeros((0, dim), dtype=np.float32)
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        """Vector length."""
        return self._dim

    def __len__(self) -> int:
        return len(self._keys)

    @property
    def memory_bytes(self) -> int:
        """Bytes of the stored vectors and keys."""
        return int(self._vectors.nbytes + self._keys.nbytes)

    def add(self, keys: npt.NDArray[np.int64], vectors: Matrix) -> None:
        """Append a batch."""
        arr = _check(vectors, self._dim)
        if len(keys) != len(arr):
            raise PrecedentError(f"{len(keys)} keys for {len(arr)} vectors")
        with self._lock:
            self._keys = np.concatenate([self._keys, np.asarray(keys, dtype=np.int64)])
            self._vectors = np.concatenate([self._vectors, arr])

    def search(self, vectors: Matrix, k: int) -> SearchResult:
        """The ``k`` most similar rows by exact cosine (rows are unit vectors, so a dot product)."""
        arr = _check(vectors, self._dim)
        n = len(arr)
        keys = np.full((n, k), _PAD_KEY, dtype=np.int64)
        sims = np.full((n, k), -np.inf, dtype=np.float32)
        stored_keys, stored = self._keys, self._vectors
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
