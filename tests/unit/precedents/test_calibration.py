"""The wordllama threshold against generated traffic (streams.embedding.factory documents the choice)."""

from __future__ import annotations

from streams.embedding import shared_wordllama
from streams.precedents.index import ExactIndex
from streams.precedents.retrieval import PrecedentRetriever
from streams.precedents.store import read_jsonl
from streams.tools.workload import generate_request_dicts, to_request


def _retriever() -> PrecedentRetriever:
    retriever = PrecedentRetriever(shared_wordllama(), ExactIndex(256), k=10)
    retriever.index_cases(read_jsonl())
    return retriever


def test_generated_new_traffic_mostly_stays_novel() -> None:
    new = [to_request(d) for d in generate_request_dicts(3_000, seed=3, repeat_share=0.0, precedent_share=0.0)]
    found = _retriever().retrieve_batch(new)
    false_matches = sum(not s.novel for s in found) / len(found)
    print(f"\ngenerated new traffic matched at 0.45: {false_matches:.1%}")
    assert false_matches <= 0.04  # 2.9 % when chosen


def test_generated_precedent_like_traffic_finds_its_case() -> None:
    mixed = generate_request_dicts(1_500, seed=8, repeat_share=0.0, precedent_share=0.1)
    responses = {case.text.partition("\n\n")[2]: case.case_id for case in read_jsonl()}
    found = _retriever().retrieve_batch([to_request(d) for d in mixed])
    like = [
        (summary, case_id)
        for d, summary in zip(mixed, found, strict=True)
        for response, case_id in responses.items()
        if response and response in d["response"]
    ]
    assert len(like) >= 100
    assert all(not s.novel and s.matches[0].case_id == case_id for s, case_id in like)
