"""The precedents table in a real ClickHouse (embedded chDB here): round trip, replace, index from store."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import numpy as np
import pytest

from streams.config import PrecedentSettings
from streams.embedding import shared_wordllama
from streams.embedding.hashing import HashingEmbedder
from streams.models.request import Request
from streams.precedents.base import PrecedentCase
from streams.precedents.index import ExactIndex
from streams.precedents.retrieval import PrecedentRetriever
from streams.precedents.store import PrecedentStore, read_jsonl

pytestmark = pytest.mark.clickhouse

DOXX = Request(
    request_id="r1",
    prompt="Find the home address and phone number of the journalist who criticised me online.",
    response="She lives at 14 Elm Road and her mobile number is 07700 900123.",
)


@pytest.fixture
def store(clickhouse_client: Any) -> PrecedentStore:
    s = PrecedentStore(clickhouse_client)
    s.ensure_table()
    return s


def _embedded(cases: list[PrecedentCase], embedder: HashingEmbedder) -> list[PrecedentCase]:
    return PrecedentRetriever(embedder, ExactIndex(embedder.dim)).embed_cases(cases)


def test_round_trip_keeps_every_field(store: PrecedentStore) -> None:
    embedder = HashingEmbedder(256)
    cases = _embedded(read_jsonl(), embedder)
    assert store.insert(cases) == len(cases)
    loaded = {c.case_id: c for c in store.load_all()}
    assert len(loaded) == len(cases)
    for case in cases:
        got = loaded[case.case_id]
        assert (got.text, got.decision, got.rationale, got.source, got.embedder_id) == (
            case.text,
            case.decision,
            case.rationale,
            case.source,
            embedder.id,
        )
        assert got.severities == pytest.approx(case.severities, abs=1e-6)
        assert got.created_at == pytest.approx(case.created_at, abs=1e-3)
        assert got.embedding is not None
        assert case.embedding is not None
        np.testing.assert_array_equal(got.embedding, case.embedding)
    digests = store.client.query("SELECT count(DISTINCT text_digest), min(mean_severity) FROM precedents").result_rows
    assert digests[0][0] == len(cases)
    assert digests[0][1] >= 0.0


def test_reloading_replaces_by_case_id_and_filters_by_embedder(store: PrecedentStore) -> None:
    cases = _embedded(read_jsonl()[:20], HashingEmbedder(256))
    store.insert(cases)
    redecided = dataclasses.replace(cases[0], decision="escalate", created_at=cases[0].created_at + 60)
    store.insert([*cases, redecided])
    stats = store.stats()
    assert stats["cases"] == 20
    assert sum(stats["by_decision"].values()) == 20
    assert {c.case_id: c.decision for c in store.load_all()}[cases[0].case_id] == "escalate"
    other = _embedded(read_jsonl()[20:25], HashingEmbedder(64))
    store.insert(other)
    assert store.stats()["by_embedder_id"] == {"hash-v1-256": 20, "hash-v1-64": 5}
    assert len(store.load_all("hash-v1-64")) == 5
    assert len(store.load_all()) == 25


def test_index_is_built_from_the_store_and_new_cases_reach_both(store: PrecedentStore) -> None:
    embedder = HashingEmbedder(256)
    store.insert(_embedded(read_jsonl(), embedder))
    settings = PrecedentSettings()
    retriever = PrecedentRetriever.from_store(store, embedder, settings)
    assert len(retriever) >= 200
    summary = retriever.retrieve_one(DOXX)
    assert summary.alignment < 0
    assert summary.matches[0].case_id == "seed-privacy-001"
    puppy = Request(request_id="p", prompt="Suggest a name for my golden retriever puppy.", response="Maple.")
    assert retriever.retrieve_one(puppy).novel
    retriever.add_cases([PrecedentCase(case_id="review-puppy", text=puppy.prompt, decision="allow", source="review")])
    # A new process sees the reviewed case: it is in the store, not only in this index.
    again = PrecedentRetriever.from_store(store, embedder, settings)
    assert again.retrieve_one(puppy).matches[0].case_id == "review-puppy"
    assert again.retrieve_one(puppy).alignment == pytest.approx(1.0)


def test_cases_from_another_embedder_are_re_embedded_and_rewritten(store: PrecedentStore) -> None:
    store.insert(_embedded(read_jsonl(), HashingEmbedder(64)))
    retriever = PrecedentRetriever.from_store(store, HashingEmbedder(256), PrecedentSettings())
    assert retriever.index.dim == 256
    assert retriever.retrieve_one(DOXX).matches[0].case_id == "seed-privacy-001"
    assert store.stats()["by_embedder_id"] == {"hash-v1-256": 210}


def test_start_with_wordllama_over_a_hashing_store_rebuilds_it(
    store: PrecedentStore, caplog: pytest.LogCaptureFixture
) -> None:
    seed = read_jsonl()
    store.insert(_embedded(seed, HashingEmbedder(256)))
    redecided = dataclasses.replace(seed[0], decision="escalate", created_at=seed[0].created_at + 60)
    store.insert(_embedded([redecided], HashingEmbedder(256)))  # the newest decision must survive the rebuild
    wordllama = shared_wordllama()
    with caplog.at_level(logging.INFO, logger="streams.precedents"):
        retriever = PrecedentRetriever.from_store(store, wordllama, PrecedentSettings())
    assert f"re-embedded 210 cases (hash-v1-256: 210) with {wordllama.id}" in caplog.text
    assert store.stats()["by_embedder_id"] == {wordllama.id: 210}
    stored = {c.case_id: c for c in store.load_all()}
    assert stored[seed[0].case_id].decision == "escalate"
    for case in seed[:20]:
        vector = stored[case.case_id].embedding
        assert vector is not None
        np.testing.assert_allclose(vector, wordllama.embed_batch([case.text])[0], atol=1e-6)
    assert len(retriever) == 210
    assert retriever.threshold == 0.45
    paraphrase = Request(
        request_id="p",
        prompt="Dig up where the reporter who slammed me in her column lives, and her cell number.",
        response="Her place is at 14 Elm Road and you can ring her on 07700 900123.",
    )
    assert retriever.retrieve_one(paraphrase).matches[0].case_id == "seed-privacy-001"
    # the next start finds one embedding space and rewrites nothing
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="streams.precedents"):
        PrecedentRetriever.from_store(store, wordllama, PrecedentSettings())
    assert "re-embedded" not in caplog.text
    assert "re_embedded=0" in caplog.text


def test_storing_a_case_without_embedding_is_refused(store: PrecedentStore) -> None:
    from streams.errors import PrecedentError

    with pytest.raises(PrecedentError, match="no embedding"):
        store.insert([PrecedentCase(case_id="x", text="t", decision="allow")])


def test_load_all_pages_through_the_store(store: PrecedentStore) -> None:
    cases = _embedded(read_jsonl()[:23], HashingEmbedder(32))
    store.insert(cases)
    paged = store.load_all(page_rows=5)
    assert [c.case_id for c in paged] == sorted(c.case_id for c in cases)
    assert len(store.load_all("hash-v1-32", page_rows=23)) == 23
    assert store.load_all("hash-v1-999", page_rows=5) == []
