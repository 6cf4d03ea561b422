"""PrecedentRetriever over the seed corpus: direction of alignment, novelty, batch == one-by-one, cache."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from streams.embedding.hashing import HashingEmbedder
from streams.errors import PrecedentError
from streams.models.request import Request
from streams.models.verdict import PrecedentSummary
from streams.precedents.base import PrecedentCase
from streams.precedents.index import AutoIndex, ExactIndex, UsearchIndex
from streams.precedents.retrieval import PrecedentRetriever
from streams.precedents.store import read_jsonl
from tests.unit.precedents.counting import CountingEmbedder

DOXX = Request(
    request_id="r1",
    prompt="Find the home address and phone number of the journalist who criticised me online.",
    response="She lives at 14 Elm Road and her mobile number is 07700 900123.",
)
SAFE_BACKUP = Request(
    request_id="r2",
    prompt="How do I set up automated daily backups for my PostgreSQL database?",
    response="Use pg_dump in a scheduled job, store copies off-site and test the restores monthly.",
)
UNRELATED = Request(
    request_id="r3", prompt="Suggest a name for my golden retriever puppy.", response="How about Maple?"
)


@pytest.fixture(scope="module")
def seed() -> list[PrecedentCase]:
    return read_jsonl()


@pytest.fixture(params=["usearch", "exact", "auto"])
def retriever(request: pytest.FixtureRequest, seed: list[PrecedentCase]) -> PrecedentRetriever:
    indexes = {"usearch": UsearchIndex, "exact": ExactIndex, "auto": lambda dim: AutoIndex(dim, exact_limit=100)}
    index = indexes[request.param](256)
    r = PrecedentRetriever(HashingEmbedder(256), index, k=5, threshold=0.55)
    r.index_cases(seed)
    return r


def assert_same(got: Sequence[PrecedentSummary], want: Sequence[PrecedentSummary]) -> None:
    """Same matches, decisions and novelty; scores equal up to float rounding (BLAS batch vs single)."""
    assert len(got) == len(want)
    for a, b in zip(got, want, strict=True):
        assert (a.novel, [(m.case_id, m.decision) for m in a.matches]) == (
            b.novel,
            [(m.case_id, m.decision) for m in b.matches],
        )
        assert [m.similarity for m in a.matches] == pytest.approx([m.similarity for m in b.matches], abs=1e-5)
        assert (a.alignment, a.conflict) == pytest.approx((b.alignment, b.conflict), abs=1e-5)
        if a.mean_severity is None:
            assert b.mean_severity is None
        else:
            assert a.mean_severity == pytest.approx(b.mean_severity, abs=1e-5)


def _mixed_requests(seed: list[PrecedentCase]) -> list[Request]:
    out = [DOXX, SAFE_BACKUP, UNRELATED, Request(request_id="empty", prompt="")]
    for i, case in enumerate(seed[::7]):
        words = case.text.split()
        words[len(words) // 2] = "zebra"  # a one-word edit of a stored case
        out.append(Request(request_id=f"n{i}", prompt=" ".join(words)))
    return out


def test_near_duplicate_of_denied_case_aligns_negative(retriever: PrecedentRetriever) -> None:
    summary = retriever.retrieve_one(DOXX)
    assert not summary.novel
    assert summary.alignment < 0
    assert summary.matches[0].case_id == "seed-privacy-001"
    assert summary.matches[0].decision == "deny"
    assert 0.55 <= summary.matches[0].similarity < 0.999
    assert summary.mean_severity is not None
    assert summary.mean_severity > 0.3


def test_near_duplicate_of_allowed_case_aligns_positive(retriever: PrecedentRetriever) -> None:
    summary = retriever.retrieve_one(SAFE_BACKUP)
    assert not summary.novel
    assert summary.alignment > 0
    assert summary.matches[0].decision == "allow"


def test_unrelated_and_empty_requests_are_novel(retriever: PrecedentRetriever) -> None:
    for request in (UNRELATED, Request(request_id="e", prompt="", response="")):
        summary = retriever.retrieve_one(request)
        assert summary.novel
        assert summary.matches == ()
        assert summary.alignment == 0.0
        assert summary.mean_severity is None


def test_similarities_are_neither_all_one_nor_all_zero(
    retriever: PrecedentRetriever, seed: list[PrecedentCase]
) -> None:
    sims = [m.similarity for s in retriever.retrieve_batch(_mixed_requests(seed)) for m in s.matches]
    assert len(sims) >= 20
    assert all(0.55 <= s <= 1.0 + 1e-6 for s in sims)
    assert min(sims) < 0.97
    assert float(np.std(sims)) > 0.01


def test_batch_equals_one_by_one(retriever: PrecedentRetriever, seed: list[PrecedentCase]) -> None:
    requests = _mixed_requests(seed)
    batch = retriever.retrieve_batch(requests)
    retriever.clear_cache()
    single = [retriever.retrieve_one(r) for r in requests]
    assert_same(batch, single)
    assert sum(not s.novel for s in batch) >= 25


def test_exact_copy_matches_with_similarity_one(retriever: PrecedentRetriever, seed: list[PrecedentCase]) -> None:
    summary = retriever.retrieve_one(Request(request_id="c", prompt=seed[0].text))
    assert summary.matches[0].case_id == seed[0].case_id
    assert summary.matches[0].similarity == pytest.approx(1.0, abs=2e-3)


def test_window_embeds_once_and_reuses_cached_embeddings(seed: list[PrecedentCase]) -> None:
    embedder = CountingEmbedder()
    r = PrecedentRetriever(embedder, ExactIndex(256))
    r.index_cases(seed)
    embedder.calls.clear()
    window = [DOXX, SAFE_BACKUP, DOXX, UNRELATED]
    first = r.retrieve_batch(window)
    assert embedder.calls == [3]  # one call for the window, the duplicate embedded once
    second = r.retrieve_batch([*window, SAFE_BACKUP])
    assert embedder.calls == [3]  # everything came from the cache
    assert second[:4] == first
    assert (r.cache_hits, r.cache_misses) == (5, 3)
    r.retrieve_batch([Request(request_id="x", prompt="a brand new question about tax forms"), DOXX])
    assert embedder.calls == [3, 1]  # only the miss is embedded


def test_without_cache_every_window_is_embedded(seed: list[PrecedentCase]) -> None:
    embedder = CountingEmbedder()
    r = PrecedentRetriever(embedder, ExactIndex(256), cache_size=0)
    r.index_cases(seed[:10])
    embedder.calls.clear()
    r.retrieve_batch([DOXX, SAFE_BACKUP])
    r.retrieve_batch([DOXX, SAFE_BACKUP])
    assert embedder.calls == [2, 2]


def test_added_and_redecided_cases(retriever: PrecedentRetriever) -> None:
    assert retriever.retrieve_one(UNRELATED).novel
    new = PrecedentCase(case_id="review-1", text=f"{UNRELATED.prompt}\n\n{UNRELATED.response}", decision="deny")
    retriever.add_cases([new])  # no store: index only
    assert retriever.retrieve_one(UNRELATED).alignment == pytest.approx(-1.0)
    retriever.clear_cache()
    retriever.add_cases([dataclasses.replace(new, decision="allow", embedding=None)])
    summary = retriever.retrieve_one(UNRELATED)
    assert summary.alignment == pytest.approx(1.0)  # the re-decided case replaced the old entry
    assert [m.case_id for m in summary.matches] == ["review-1"]


def test_concurrent_windows_agree_with_serial(retriever: PrecedentRetriever, seed: list[PrecedentCase]) -> None:
    requests = _mixed_requests(seed)
    serial = retriever.retrieve_batch(requests)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: retriever.retrieve_batch(requests), range(8)))
    assert all(r == serial for r in results)


def test_dimension_mismatch_is_rejected() -> None:
    with pytest.raises(PrecedentError, match="dim"):
        PrecedentRetriever(HashingEmbedder(128), ExactIndex(256))


@pytest.mark.parametrize("index", [AutoIndex(256), UsearchIndex(256)])
def test_an_empty_store_makes_every_request_novel(index: AutoIndex | UsearchIndex) -> None:
    r = PrecedentRetriever(HashingEmbedder(256), index)
    assert len(r) == 0
    assert all(s.novel for s in r.retrieve_batch([DOXX, SAFE_BACKUP]))
    assert r.retrieve_batch([]) == []
