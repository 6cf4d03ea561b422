"""Indexes: cosine similarity recovered correctly from usearch distances, batch answers shaped (n, k)."""

from __future__ import annotations

import numpy as np
import pytest

from streams.embedding import shared_wordllama
from streams.errors import PrecedentError
from streams.precedents.base import PrecedentIndex
from streams.precedents.index import AutoIndex, ExactIndex, UsearchIndex
from streams.precedents.store import read_jsonl


def _unit(rng: np.random.Generator, n: int, dim: int) -> np.ndarray:
    x = rng.standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


@pytest.mark.parametrize("dtype", ["f32", "f16", "i8"])
def test_usearch_similarity_is_true_cosine(dtype: str) -> None:
    rng = np.random.default_rng(1)
    data = _unit(rng, 500, 64)
    index = UsearchIndex(64, dtype=dtype)
    assert isinstance(index, PrecedentIndex)
    index.add(np.arange(500, dtype=np.int64), data)
    queries = _unit(rng, 20, 64)
    queries[:5] = data[:5]  # exact copies: similarity ~1
    found = index.search(queries, 5)
    assert found.keys.shape == (20, 5)
    assert list(found.keys[:5, 0]) == [0, 1, 2, 3, 4]
    exact = np.einsum("nd,nkd->nk", queries, data[found.keys])
    np.testing.assert_allclose(found.similarities, exact, atol=2e-3)
    # Neither constantly 1 nor constantly 0 (the two V8 failures).
    assert found.similarities[:5, 0] == pytest.approx(1.0, abs=2e-3)
    assert 0.05 < float(np.abs(found.similarities[5:]).mean()) < 0.9
    assert float(found.similarities.std()) > 0.05


def test_usearch_agrees_with_exact_search() -> None:
    rng = np.random.default_rng(2)
    data = _unit(rng, 2_000, 32)
    fast, exact = UsearchIndex(32), ExactIndex(32)
    keys = np.arange(2_000, dtype=np.int64)
    fast.add(keys, data)
    exact.add(keys, data)
    queries = data[:50] + 0.3 * _unit(rng, 50, 32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    got, want = fast.search(queries, 3), exact.search(queries, 3)
    assert np.mean(got.keys[:, 0] == want.keys[:, 0]) >= 0.95
    np.testing.assert_allclose(got.similarities[:, 0], want.similarities[:, 0], atol=2e-3)


@pytest.mark.parametrize("make", [lambda: UsearchIndex(8), lambda: ExactIndex(8)])
def test_fewer_stored_than_k_is_padded(make) -> None:  # type: ignore[no-untyped-def]
    index = make()
    empty = index.search(np.ones((2, 8), dtype=np.float32) / np.sqrt(8), 4)
    assert (empty.keys == -1).all()
    assert list(empty.counts) == [0, 0]
    index.add(np.array([7, 9]), np.eye(8, dtype=np.float32)[:2])
    one = index.search(np.eye(8, dtype=np.float32)[:1], 4)  # a single query comes back (1, k) too
    assert one.keys.shape == (1, 4)
    assert one.keys[0, 0] == 7
    assert one.similarities[0, 0] == pytest.approx(1.0, abs=1e-3)
    assert one.similarities[0, 1] == pytest.approx(0.0, abs=1e-3)
    assert list(one.keys[0, 2:]) == [-1, -1]
    assert np.isneginf(one.similarities[0, 2:]).all()
    assert index.memory_bytes > 0
    assert len(index) == 2


def test_wrong_shape_is_a_clear_error() -> None:
    with pytest.raises(PrecedentError, match=r"shape \(n, 8\)"):
        UsearchIndex(8).search(np.ones((2, 7), dtype=np.float32), 1)
    with pytest.raises(PrecedentError, match="2 keys for 1 vectors"):
        ExactIndex(8).add(np.array([1, 2]), np.ones((1, 8), dtype=np.float32))


def test_auto_index_is_exact_when_small_and_moves_to_hnsw_past_the_limit() -> None:
    rng = np.random.default_rng(3)
    data = _unit(rng, 300, 16)
    index = AutoIndex(16, exact_limit=200)
    assert isinstance(index, PrecedentIndex)
    index.add(np.arange(150, dtype=np.int64), data[:150])
    assert index.kind == "exact"
    before = index.search(data[:10], 3)
    index.add(np.arange(150, 300, dtype=np.int64), data[150:])
    assert index.kind == "hnsw"
    assert len(index) == 300
    after = index.search(data[:10], 3)
    assert list(after.keys[:, 0]) == list(before.keys[:, 0]) == list(range(10))
    assert index.search(data[250:260], 1).keys[:, 0].tolist() == list(range(250, 260))
    assert index.memory_bytes > 0


def test_every_stored_seed_case_is_reachable_in_every_build() -> None:
    """Concurrent HNSW inserts stranded nodes (stored, never found); builds here must never do that."""
    texts = [case.text for case in read_jsonl()]
    vectors = np.asarray(shared_wordllama().embed_batch(texts), dtype=np.float32)
    keys = np.arange(len(vectors), dtype=np.int64)
    for _ in range(25):
        index = UsearchIndex(vectors.shape[1])
        index.add(keys, vectors)
        found = index.search(vectors, 1)
        missing = keys[found.keys[:, 0] != keys]
        assert missing.tolist() == []
