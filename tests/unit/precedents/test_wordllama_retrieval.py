"""Retrieval with the default (wordllama) embedder: the window's shared vectors, one embedding space, and
the DOMAIN rules and V8 defects (similarities all 1 or 0, the decision read from the wrong field, batch
retrieval throwing cached embeddings away) checked again in this space."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from streams.embedding import TextVectors, WordLlamaEmbedder, embed_window, shared_wordllama
from streams.embedding.hashing import HashingEmbedder
from streams.models.request import Request
from streams.models.verdict import DECISION_VALUES
from streams.precedents.base import PrecedentCase
from streams.precedents.index import ExactIndex, UsearchIndex
from streams.precedents.retrieval import PrecedentRetriever
from streams.precedents.store import read_jsonl
from tests.unit.precedents.counting import CountingEmbedder

THRESHOLD = 0.45
DOXX = Request(
    request_id="r1",
    prompt="Dig up where the reporter who slammed me in her column lives, and her cell number.",
    response="Her place is at 14 Elm Road and you can ring her on 07700 900123.",
)
BACKUP = Request(
    request_id="r2",
    prompt="What is the way to schedule nightly PostgreSQL dumps automatically?",
    response="Put pg_dump in a cron job, ship the copies offsite and rehearse a restore every month.",
)
UNRELATED = Request(request_id="r3", prompt="Suggest a name for my golden retriever puppy.", response="Maple?")
EMPTY = Request(request_id="r4", prompt="", response="")


@pytest.fixture(scope="module")
def seed() -> list[PrecedentCase]:
    return read_jsonl()


@pytest.fixture(scope="module")
def embedder() -> WordLlamaEmbedder:
    return shared_wordllama()


@pytest.fixture(params=["exact", "usearch"])
def retriever(request: pytest.FixtureRequest, seed: list[PrecedentCase]) -> PrecedentRetriever:
    index = ExactIndex(256) if request.param == "exact" else UsearchIndex(256)
    r = PrecedentRetriever(shared_wordllama(), index, k=10)
    r.index_cases(seed)
    return r


def window(seed: list[PrecedentCase]) -> list[Request]:
    """Paraphrases, an unrelated and an empty request, and seed cases with one word changed."""
    out = [DOXX, BACKUP, UNRELATED, EMPTY]
    for i, case in enumerate(seed[::9]):
        prompt, _, response = case.text.partition("\n\n")
        words = prompt.split()
        words[len(words) // 2] = "zebra"
        out.append(Request(request_id=f"n{i}", prompt=" ".join(words), response=response))
    return out


def test_default_threshold_is_the_calibrated_one(retriever: PrecedentRetriever) -> None:
    assert retriever.threshold == THRESHOLD
    assert PrecedentRetriever(shared_wordllama(), ExactIndex(256), threshold=0.7).threshold == 0.7


def test_shared_window_vectors_are_used_without_embedding(seed: list[PrecedentCase]) -> None:
    counting = CountingEmbedder(shared_wordllama())
    r = PrecedentRetriever(counting, ExactIndex(256))
    r.index_cases(seed)
    counting.calls.clear()
    requests = window(seed)
    vectors = embed_window(shared_wordllama(), requests)
    shared = r.retrieve_batch(requests, vectors=vectors)
    assert counting.calls == []  # nothing embedded again
    assert r.stats()["shared_vector_requests"] == len(requests)
    own = r.retrieve_batch(requests)  # the retriever's own path: embeds the joined case texts
    assert counting.calls == [len({(q.prompt, q.response) for q in requests})]
    # the window's case vector (sum of the prompt and response token sums) is the case text's embedding
    for a, b in zip(shared, own, strict=True):
        assert (a.novel, [m.case_id for m in a.matches]) == (b.novel, [m.case_id for m in b.matches])
        assert [m.similarity for m in a.matches] == pytest.approx([m.similarity for m in b.matches], abs=1e-4)


def test_vectors_of_another_embedder_are_not_trusted(seed: list[PrecedentCase]) -> None:
    counting = CountingEmbedder(shared_wordllama())
    r = PrecedentRetriever(counting, ExactIndex(256))
    r.index_cases(seed)
    counting.calls.clear()
    requests = [DOXX, BACKUP]
    foreign = embed_window(HashingEmbedder(256), requests)
    got = r.retrieve_batch(requests, vectors=foreign)
    assert counting.calls == [2]  # re-embedded in this retriever's space
    assert got == r.retrieve_batch(requests)
    short = embed_window(shared_wordllama(), requests[:1])  # rows that do not fit the window
    assert r.retrieve_batch(requests, vectors=short) == got


def test_index_never_mixes_embedders(seed: list[PrecedentCase]) -> None:
    hashing = HashingEmbedder(256)
    foreign = [
        dataclasses.replace(c, embedding=v, embedder_id=hashing.id)
        for c, v in zip(seed[:30], hashing.embed_batch([c.text for c in seed[:30]]), strict=True)
    ]
    counting = CountingEmbedder(shared_wordllama())
    r = PrecedentRetriever(counting, ExactIndex(256))
    r.index_cases(foreign)
    assert counting.calls == [30]  # every foreign vector replaced by this embedder's
    exact = r.retrieve_one(Request(request_id="c", prompt=seed[3].text))
    assert exact.matches[0].case_id == seed[3].case_id
    assert exact.matches[0].similarity == pytest.approx(1.0, abs=1e-3)


def test_paraphrase_of_a_denied_case_aligns_negative(retriever: PrecedentRetriever, seed: list[PrecedentCase]) -> None:
    summary = retriever.retrieve_one(DOXX)
    assert not summary.novel
    assert summary.matches[0].case_id == "seed-privacy-001"
    assert summary.matches[0].decision == "deny"
    assert THRESHOLD <= summary.matches[0].similarity < 0.99
    # alignment is the similarity-weighted mean of the matched cases' own decisions
    by_id = {c.case_id: c for c in seed}
    weights = np.array([m.similarity for m in summary.matches])
    values = np.array([DECISION_VALUES[by_id[m.case_id].decision] for m in summary.matches])
    assert [m.decision for m in summary.matches] == [by_id[m.case_id].decision for m in summary.matches]
    assert summary.alignment == pytest.approx(float((weights * values).sum() / weights.sum()), abs=1e-6)
    conflict = float((weights * (values - summary.alignment) ** 2).sum() / weights.sum())
    assert summary.conflict == pytest.approx(conflict, abs=1e-6)
    assert summary.alignment < 0


def test_paraphrase_of_an_allowed_case_aligns_positive(retriever: PrecedentRetriever) -> None:
    summary = retriever.retrieve_one(BACKUP)
    assert summary.matches[0].case_id == "seed-pragmatics-016"
    assert summary.alignment > 0


def test_unrelated_and_empty_requests_are_novel(retriever: PrecedentRetriever) -> None:
    for request in (UNRELATED, EMPTY):
        summary = retriever.retrieve_one(request)
        assert summary.novel
        assert (summary.matches, summary.alignment, summary.conflict) == ((), 0.0, 0.0)
        assert summary.mean_severity is None


def test_similarities_are_neither_all_one_nor_all_zero(
    retriever: PrecedentRetriever, seed: list[PrecedentCase]
) -> None:
    sims = [m.similarity for s in retriever.retrieve_batch(window(seed)) for m in s.matches]
    assert len(sims) >= 20
    assert all(THRESHOLD <= s <= 1.0 + 1e-6 for s in sims)
    assert min(sims) < 0.9
    assert float(np.std(sims)) > 0.02


def test_batch_equals_one_by_one_and_reuses_cached_embeddings(seed: list[PrecedentCase]) -> None:
    counting = CountingEmbedder(shared_wordllama())
    r = PrecedentRetriever(counting, ExactIndex(256))
    r.index_cases(seed)
    counting.calls.clear()
    requests = window(seed)
    batch = r.retrieve_batch(requests)
    assert len(counting.calls) == 1
    again = r.retrieve_batch(requests)
    assert len(counting.calls) == 1  # the second window came from the cache
    assert again == batch
    r.clear_cache()
    single = [r.retrieve_one(q) for q in requests]
    for a, b in zip(batch, single, strict=True):
        assert (a.novel, [m.case_id for m in a.matches]) == (b.novel, [m.case_id for m in b.matches])
        assert a.alignment == pytest.approx(b.alignment, abs=1e-5)


def test_shared_vectors_of_an_empty_window() -> None:
    r = PrecedentRetriever(shared_wordllama(), ExactIndex(256))
    empty = TextVectors(*(np.zeros((0, 256), np.float32),) * 3, embedder_id=shared_wordllama().id)
    assert r.retrieve_batch([], vectors=empty) == []
