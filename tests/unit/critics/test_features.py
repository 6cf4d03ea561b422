"""The hashed lexical block: same buckets and weights as a plain per-word reference, per text and per side
(other-language text by its glossed words)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import scipy.sparse as sp

from streams.critics.features import (
    CONTEXT_FEATURES,
    DOMAIN_GROUPS,
    LEXICAL_BITS,
    LEXICAL_SCALE,
    LEXICON_SCALE,
    _hashed_counts,
    feature_rows,
    lexical_rows,
)
from streams.critics.scoring import VULNERABLE_ROLES
from streams.embedding import TextVectors
from streams.embedding.glossary import normalise, shipped_glossary
from streams.embedding.wordllama import shared_wordllama, word_hash
from streams.models.finding import Finding
from streams.models.request import ProposedAction, Request

MIX = 0x9E3779B97F4A7C15
MASK = (1 << 64) - 1


def reference(words: list[str], offset: int) -> dict[int, float]:
    size = 1 << LEXICAL_BITS
    hashes = [word_hash(w) for w in words]
    counts: dict[int, float] = {}
    for h in hashes:
        if h:
            counts[offset + h % size] = counts.get(offset + h % size, 0) + 1
    for a, b in itertools.pairwise(hashes):
        if a and b:
            key = offset + ((a * MIX + b) & MASK) % size
            counts[key] = counts.get(key, 0) + 1
    weights = {k: 1 + np.log(v) for k, v in counts.items()}
    norm = float(np.sqrt(sum(v * v for v in weights.values()))) or 1.0
    return {k: LEXICAL_SCALE * v / norm for k, v in weights.items()}


def test_lexical_rows_match_the_reference() -> None:
    requests = [
        Request(request_id="a", prompt="Lock the door, and take his phone!", response="No. I won't help with that."),
        Request(request_id="b", prompt="the the the ... ?", response=""),
        Request(request_id="c", prompt="Wie spät ist es?", response="Es ist drei Uhr."),
    ]
    block = lexical_rows(shared_wordllama(), requests)
    size = 1 << LEXICAL_BITS
    assert block.shape == (3, 2 * size)
    glossary = shipped_glossary()
    german = glossary.languages.index("de")

    def words(request: Request, text: str) -> list[str]:
        """The words the block hashes: German text (request c) by its English glosses, whole glosses as one."""
        if request.request_id != "c":
            return text.split()
        return [glossary.gloss(german, normalise(w)) or w for w in text.split()]

    for i, r in enumerate(requests):
        expected = {**reference(words(r, r.prompt), 0), **reference(words(r, r.response), size)}
        row = block.getrow(i)
        got = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
        assert got.keys() == expected.keys()
        assert all(abs(got[k] - expected[k]) < 1e-6 for k in got)
    assert word_hash("Door,") == word_hash("door")
    assert word_hash("...") == 0


def test_word_hashes_leave_the_vectors_unchanged() -> None:
    embedder = shared_wordllama()
    texts = ["bury the opt-out five menus deep", "note the name on her badge"]
    before = embedder.embed_batch(texts)
    hashes, owner = embedder.word_hashes(texts)
    assert owner.tolist() == [0] * 6 + [1] * 6
    assert len(hashes) == 12
    assert np.array_equal(before, embedder.embed_batch(texts))


def scipy_counts(hashes: np.ndarray, owner: np.ndarray, n: int) -> sp.csr_matrix:
    """The block as scipy builds it from unsorted terms with duplicates (the former construction)."""
    size = 1 << LEXICAL_BITS
    word = hashes != 0
    pair = word[:-1] & word[1:] & (owner[:-1] == owner[1:])
    with np.errstate(over="ignore"):
        bigrams = hashes[:-1][pair] * np.uint64(MIX) + hashes[1:][pair]
    cols = (np.concatenate([hashes[word], bigrams]) % np.uint64(size)).astype(np.int64)
    rows = np.concatenate([owner[word], owner[:-1][pair]])
    counts = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, size), dtype=np.float32)
    counts.sum_duplicates()
    counts.data = (1.0 + np.log(counts.data)).astype(np.float32)
    row_of = np.repeat(np.arange(n), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(row_of, weights=np.square(counts.data, dtype=np.float64), minlength=n))
    counts.data = (counts.data / norms[row_of] * LEXICAL_SCALE).astype(np.float32)
    return counts


@pytest.mark.parametrize("seed", range(6))
def test_hashed_counts_are_scipys_canonical_matrix_bit_for_bit(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 40))
    lengths = rng.integers(0, 60, size=n)  # empty texts too
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
    vocabulary = rng.integers(0, 2**64, size=int(rng.integers(1, 30)), dtype=np.uint64)
    vocabulary[0] = 0  # punctuation-only words break bigrams
    if seed % 2:  # buckets that collide: few distinct columns, many duplicates
        vocabulary = (vocabulary % np.uint64(7)) << np.uint64(LEXICAL_BITS) | (vocabulary % np.uint64(5))
    hashes = vocabulary[rng.integers(0, len(vocabulary), size=len(owner))]
    got, expected = _hashed_counts(hashes, owner, n), scipy_counts(hashes, owner, n)
    expected.sort_indices()
    assert got.shape == expected.shape
    assert got.has_canonical_format
    assert np.array_equal(got.indptr, expected.indptr)
    assert np.array_equal(got.indices, expected.indices)
    assert got.data.dtype == expected.data.dtype == np.float32
    assert np.array_equal(got.data, expected.data)


def test_hashed_counts_of_no_words() -> None:
    got = _hashed_counts(np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64), 3)
    assert got.shape == (3, 1 << LEXICAL_BITS)
    assert got.nnz == 0
    assert got.indptr.tolist() == [0, 0, 0, 0]


def reference_rows(requests: list[Request], vectors: TextVectors, lexicon: list[list[Finding]]) -> np.ndarray:
    """Row by row, as the block was first built: one Python list per request."""
    rows = []
    for r, findings in zip(requests, lexicon, strict=True):
        role = r.context.get("user_role")
        vulnerable = r.context.get("vulnerable_user") is True or (
            isinstance(role, str) and role.lower() in VULNERABLE_ROLES
        )
        context = [1.0 if r.domain in names else 0.0 for _, names in DOMAIN_GROUPS]
        context += [float(vulnerable), float(bool(r.response)), float(r.proposed_action is not None)]
        rows.append([0.0 if f.errored else f.score for f in findings] + context)
    tail = np.array(rows, dtype=np.float32)
    dim = vectors.prompt.shape[1]
    k = len(lexicon[0])
    tail[:, :k] *= LEXICON_SCALE
    head = np.hstack([vectors.prompt, vectors.response, vectors.prompt * vectors.response])
    assert head.shape[1] == 3 * dim
    return np.hstack([head, tail])


def test_feature_rows_match_the_row_by_row_reference() -> None:
    rng = np.random.default_rng(3)
    contexts: list[dict[str, object]] = [
        {},
        {"domain": "Health"},
        {"domain": "banking", "user_role": "Minor"},
        {"domain": "hr", "vulnerable_user": True},
        {"domain": "ops", "vulnerable_user": "yes", "user_role": 3},
        {"domain": "nowhere", "user_role": "student_minor"},
        {"domain": 5},
        {"domain": "Justice", "risk_tier": "high"},
    ]
    requests = [
        Request(
            request_id=str(i),
            prompt=f"prompt {i}",
            response="" if i % 3 == 0 else f"response {i}",
            context=contexts[i % len(contexts)],
            proposed_action=ProposedAction("send_email", {"to": "x"}) if i % 4 == 1 else None,
        )
        for i in range(23)
    ]
    vectors = TextVectors(
        rng.standard_normal((23, 8)).astype(np.float32),
        rng.standard_normal((23, 8)).astype(np.float32),
        rng.standard_normal((23, 8)).astype(np.float32),
        "test",
    )
    lexicon = [
        [
            Finding.failed(f"c{k}", "boom")
            if (i + k) % 11 == 0
            else Finding(f"c{k}", severity=0.0, score=float(rng.random()), label="INFO")
            for k in range(7)
        ]
        for i in range(23)
    ]
    got = feature_rows(requests, vectors, lexicon)
    assert got.dtype == np.float32
    assert got.shape == (23, 3 * 8 + 7 + len(CONTEXT_FEATURES))
    assert np.array_equal(got, reference_rows(requests, vectors, lexicon))
    assert got[:, -len(CONTEXT_FEATURES) :].any(axis=0).all()  # every context feature holds somewhere


def test_hashed_counts_of_many_texts_use_wide_keys_and_agree() -> None:
    rng = np.random.default_rng(9)
    n = (1 << (32 - LEXICAL_BITS)) + 3  # keys no longer fit in 32 bits
    owner = np.sort(rng.integers(0, n, size=3000)).astype(np.int64)
    owner[-1] = n - 1  # the last text has words: its keys are the largest
    hashes = rng.integers(0, 2**64, size=len(owner), dtype=np.uint64)
    got, expected = _hashed_counts(hashes, owner, n), scipy_counts(hashes, owner, n)
    expected.sort_indices()
    assert np.array_equal(got.indptr, expected.indptr)
    assert np.array_equal(got.indices, expected.indices)
    assert np.array_equal(got.data, expected.data)
