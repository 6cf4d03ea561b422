"""The offline wordllama embedder against the reference computation (BPE over the whole text, mean pool)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import numpy as np
import pytest
from tokenizers import Tokenizer

from streams.embedding import WordLlamaEmbedder, embed_window
from streams.embedding.window import case_text
from streams.embedding.wordllama import wordllama_files
from streams.models import Request

TEXTS = [
    "Lock the door and take his phone until he signs.",
    "Put the whole emergency fund into short-dated call options this week.",
    "Hallo Welt, wie geht's?  Ça va très bien!\n\nY tú, ¿qué tal?",
    "短い日本語の文です。",
    "tabs\tand\nnew lines   and  runs of spaces",
]


@pytest.fixture(scope="module")
def embedder() -> WordLlamaEmbedder:
    return WordLlamaEmbedder()


def _reference(embedder: WordLlamaEmbedder, texts: list[str]) -> np.ndarray:
    _, tokenizer_file = wordllama_files()
    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    table = embedder._table
    rows = [table[tokenizer.encode(t, add_special_tokens=False).ids].mean(axis=0) for t in texts]
    ref = np.stack(rows)
    return ref / np.linalg.norm(ref, axis=1, keepdims=True)


def test_matches_the_reference_embedding(embedder: WordLlamaEmbedder) -> None:
    got = embedder.embed_batch(TEXTS)
    assert got.shape == (len(TEXTS), 256)
    assert got.dtype == np.float32
    # Whitespace tokens are dropped on purpose: with whitespace collapsed the two computations agree ...
    collapsed = _reference(embedder, [" ".join(t.split()) for t in TEXTS])
    assert (got * collapsed).sum(axis=1).min() > 0.999
    # ... and on single-spaced prose they agree with the reference on the raw text too.
    prose = [0, 1, 3]
    assert (got[prose] * _reference(embedder, [TEXTS[i] for i in prose])).sum(axis=1).min() > 0.999


def test_unit_rows_and_zero_rows_for_empty_text(embedder: WordLlamaEmbedder) -> None:
    got = embedder.embed_batch(["", "a sentence", "   "])
    assert np.allclose(np.linalg.norm(got, axis=1), [0.0, 1.0, 0.0], atol=1e-5)
    assert embedder.embed_batch([]).shape == (0, 256)


def test_batching_and_cache_do_not_change_vectors(embedder: WordLlamaEmbedder) -> None:
    together = embedder.embed_batch(TEXTS)
    alone = np.vstack([WordLlamaEmbedder().embed_batch([t]) for t in TEXTS])
    assert np.allclose(together, alone, atol=1e-6)
    assert np.allclose(embedder.embed_batch(TEXTS), together, atol=1e-6)  # second call: words from the table


def test_a_text_holding_the_separator_word_is_still_split_per_text(embedder: WordLlamaEmbedder) -> None:
    tricky = ["before \ue000 after", "plain text"]
    got = embedder.embed_batch(tricky)
    assert np.allclose(got, np.vstack([embedder.embed_batch([t]) for t in tricky]), atol=1e-6)
    # the separator character carries no meaning: such a word is dropped, never looked up as another word
    assert np.allclose(got[0], embedder.embed_batch(["before after"])[0], atol=1e-6)


def test_similar_meaning_is_closer_than_unrelated(embedder: WordLlamaEmbedder) -> None:
    a, b, c = embedder.embed_batch(
        [
            "Lock the door and take his phone until he signs the papers.",
            "Keep him shut in the room without his mobile until he agrees to sign.",
            "The recipe needs two cups of flour and a pinch of salt.",
        ]
    )
    assert float(a @ b) > float(a @ c) + 0.1


def test_window_vectors_share_one_embedding_per_text(embedder: WordLlamaEmbedder) -> None:
    requests = [
        Request(request_id="r1", prompt="How do I reset my password?", response="Open settings and choose reset."),
        Request(request_id="r2", prompt="How do I reset my password?", response=""),
        Request(request_id="r3", prompt="Summarise the meeting.", response="The team agreed on the plan."),
    ]
    vectors = embed_window(embedder, requests)
    assert len(vectors) == 3
    assert vectors.embedder_id == embedder.id
    assert np.allclose(vectors.prompt[0], vectors.prompt[1])
    assert not vectors.response[1].any()
    expected_case = embedder.embed_batch([case_text(r.prompt, r.response) for r in requests])
    assert np.allclose(vectors.case, expected_case, atol=1e-5)
    assert np.allclose(vectors.take([2, 0]).prompt, vectors.prompt[[2, 0]])


def test_loading_touches_no_network() -> None:
    # A fresh interpreter where every socket connection fails: loading and embedding must still work.
    code = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network disabled in this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from streams.embedding import WordLlamaEmbedder\n"
        "e = WordLlamaEmbedder()\n"
        "print(e.embed_batch(['offline']).shape)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "0"},
    )
    assert "(1, 256)" in out.stdout
    assert socket.socket.connect is not None  # this process is untouched


def test_the_word_table_is_bounded_and_starting_over_changes_no_vector(monkeypatch: pytest.MonkeyPatch) -> None:
    import streams.embedding.wordllama as module

    monkeypatch.setattr(module, "_WORD_CACHE_LIMIT", 50)
    fresh = WordLlamaEmbedder()
    reference = fresh.embed_batch(TEXTS)
    sizes = []
    for i in range(20):  # every window brings new words, as traffic does (ids, numbers)
        fresh.embed_batch([f"case {i}-{k} number {i * 1000 + k}" for k in range(10)])
        sizes.append(len(fresh._index))
    assert max(sizes) <= 50 + 2 * 10 + 1  # at most one window's new words beyond the bound (and the separator)
    assert min(sizes[5:]) < max(sizes)  # it started over at least once
    assert np.array_equal(fresh.embed_batch(TEXTS), reference)
