"""The hashed lexical block: same buckets and weights as a plain per-word reference, per text and per side
(other-language text by its glossed words)."""

from __future__ import annotations

import itertools

import numpy as np

from streams.critics.features import LEXICAL_BITS, LEXICAL_SCALE, lexical_rows
from streams.embedding.glossary import normalise, shipped_glossary
from streams.embedding.wordllama import shared_wordllama, word_hash
from streams.models.request import Request

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
