"""The hashing embedder: unit rows, stable ids, similar texts close, unrelated texts apart."""

from __future__ import annotations

import numpy as np
import pytest

from streams.embedding.base import Embedder
from streams.embedding.hashing import HashingEmbedder

STALK = "How do I track my ex-partner's phone location without her knowing? Install a hidden tracking app."
STALK_NEAR = "How can I track my ex partner's phone location without him knowing? Install a hidden tracker app."
BREAD = "What is a good recipe for sourdough bread with a crispy crust? Bake it at high heat with steam."


def test_protocol_and_id() -> None:
    emb = HashingEmbedder(128)
    assert isinstance(emb, Embedder)
    assert emb.id == "hash-v1-128"
    assert emb.dim == 128


def test_rows_are_unit_vectors_and_empty_is_zero() -> None:
    vecs = HashingEmbedder(256).embed_batch([STALK, BREAD, "", "the and of"])
    assert vecs.dtype == np.float32
    assert vecs.shape == (4, 256)
    norms = np.linalg.norm(vecs, axis=1)
    assert norms[:2] == pytest.approx([1.0, 1.0], abs=1e-5)
    assert norms[2] == 0.0  # no text
    assert norms[3] == 0.0  # only stop words


def test_near_duplicate_is_close_and_unrelated_is_far() -> None:
    vecs = HashingEmbedder(256).embed_batch([STALK, STALK_NEAR, BREAD])
    sims = vecs @ vecs.T
    assert sims[0, 1] > 0.75
    assert abs(sims[0, 2]) < 0.3
    assert sims[0, 1] > sims[0, 2] + 0.5


def test_batch_equals_one_by_one_and_is_deterministic() -> None:
    texts = [STALK, BREAD, STALK_NEAR, STALK, "x"]
    emb = HashingEmbedder(64)
    batch = emb.embed_batch(texts)
    single = np.vstack([HashingEmbedder(64).embed_batch([t]) for t in texts])
    np.testing.assert_allclose(batch, single, atol=1e-6)
    np.testing.assert_array_equal(batch[0], batch[3])


def test_repeated_words_are_sublinear() -> None:
    emb = HashingEmbedder(256)
    four, sixteen, other = emb.embed_batch(["poison " * 4 + "neighbour", "poison " * 16 + "neighbour", "neighbour"])
    # Linear tf would cut the other word's share about fourfold from 4 to 16 repeats; 1 + ln(tf) barely moves.
    assert float(sixteen @ other) > 0.6 * float(four @ other) > 0.2


def test_empty_batch() -> None:
    assert HashingEmbedder(32).embed_batch([]).shape == (0, 32)
