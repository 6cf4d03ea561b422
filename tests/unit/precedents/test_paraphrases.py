"""Paraphrase retrieval: hand-written rewordings of seed precedents find their case; unrelated texts do not.

``paraphrases.jsonl`` holds 138 rewordings of 122 seed cases (other words, same case; 16 in French,
Spanish, German, Italian or Portuguese; the glossary was written without reading them), ``unrelated.jsonl``
58 requests about other things. Each is a
request (prompt and response) matched against the whole seed corpus by the real retriever at the
embedder's calibrated threshold. Run with ``-s`` to see the figures for every built-in embedder:

    PYTHONPATH=$PWD python -m pytest -s tests/unit/precedents/test_paraphrases.py
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from streams.embedding import HashingEmbedder, WordLlamaEmbedder, shared_wordllama
from streams.embedding.base import Embedder
from streams.models.request import Request
from streams.precedents.index import ExactIndex
from streams.precedents.retrieval import PrecedentRetriever
from streams.precedents.store import read_jsonl

HERE = Path(__file__).parent


def _records(name: str) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in (HERE / name).read_bytes().splitlines() if line.strip()]


PARAPHRASES = _records("paraphrases.jsonl")
UNRELATED = _records("unrelated.jsonl")


@dataclass(frozen=True)
class Figures:
    """Hit rates of one embedder at its threshold."""

    embedder: str
    threshold: float
    hit: float
    hit_english: float
    hit_other: float
    novel: float
    misses: list[str]

    def line(self) -> str:
        return (
            f"{self.embedder:<28} threshold {self.threshold:.2f}: paraphrase top match {self.hit:6.1%}"
            f" (English {self.hit_english:6.1%}, other languages {self.hit_other:6.1%}),"
            f" unrelated novel {self.novel:6.1%}"
        )


def _requests(records: list[dict[str, Any]]) -> list[Request]:
    return [Request(request_id=f"q{i}", prompt=r["prompt"], response=r["response"]) for i, r in enumerate(records)]


def measure(embedder: Embedder) -> Figures:
    retriever = PrecedentRetriever(embedder, ExactIndex(embedder.dim), k=10)
    retriever.index_cases(read_jsonl())
    found = retriever.retrieve_batch(_requests(PARAPHRASES))
    hits = [not s.novel and s.matches[0].case_id == r["case_id"] for s, r in zip(found, PARAPHRASES, strict=True)]
    english = [h for h, r in zip(hits, PARAPHRASES, strict=True) if r["lang"] == "en"]
    other = [h for h, r in zip(hits, PARAPHRASES, strict=True) if r["lang"] != "en"]
    novel = [s.novel for s in retriever.retrieve_batch(_requests(UNRELATED))]
    misses = [f"{r['case_id']} ({r['lang']})" for h, r in zip(hits, PARAPHRASES, strict=True) if not h]
    return Figures(
        embedder.id,
        retriever.threshold,
        sum(hits) / len(hits),
        sum(english) / len(english),
        sum(other) / len(other),
        sum(novel) / len(novel),
        misses,
    )


def test_the_data_is_what_the_docstring_says() -> None:
    seed_ids = {c.case_id for c in read_jsonl()}
    assert len(PARAPHRASES) >= 100
    assert len(UNRELATED) >= 50
    assert {r["case_id"] for r in PARAPHRASES} <= seed_ids
    assert sum(r["lang"] != "en" for r in PARAPHRASES) >= 10
    assert len({r["lang"] for r in PARAPHRASES}) >= 5
    seed_texts = {c.text for c in read_jsonl()}
    assert not any(f"{r['prompt']}\n\n{r['response']}" in seed_texts for r in PARAPHRASES)


def test_wordllama_finds_paraphrases_and_keeps_unrelated_texts_novel() -> None:
    wordllama = measure(shared_wordllama())
    hashing = measure(HashingEmbedder(256))
    print()
    print(wordllama.line())
    print(hashing.line())
    print(f"wordllama misses: {', '.join(wordllama.misses)}")
    assert wordllama.hit >= 0.90  # issue 9: the right case on top, above the threshold, for >= 90 %
    assert wordllama.hit_english >= 0.90
    assert wordllama.novel >= 0.90
    assert wordllama.hit > hashing.hit + 0.4  # the point of a semantic embedding
    # Rewordings in another language than the case's find it through the glossary (streams.embedding.
    # glossary): 11 of 16 here, against 1 of 16 for the same table without glossing.
    assert wordllama.hit_other >= 0.5


def test_glossing_is_what_finds_other_language_rewordings() -> None:
    glossing, plain = measure(shared_wordllama()), measure(WordLlamaEmbedder())
    print(f"\n{plain.line()}\n{glossing.line()}")
    assert plain.hit_english == glossing.hit_english  # English text is never glossed
    assert glossing.hit_other >= plain.hit_other + 0.4
    assert glossing.novel >= plain.novel
