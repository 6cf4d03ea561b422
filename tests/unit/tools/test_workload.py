"""The workload generator: deterministic, ~1 KB, mixed lights, malformed messages, repeats, precedent-like."""

from __future__ import annotations

from collections import Counter
from typing import Any

import orjson
import pytest

from streams.cache.keys import canonical_bytes
from streams.config import CriticSettings, LimitSettings, PrecedentSettings
from streams.engine import Evaluator
from streams.errors import ConfigError, DecodeError
from streams.models.codec import decode_request
from streams.precedents import AutoIndex, PrecedentRetriever, make_embedder, read_jsonl, request_text
from streams.tools.workload import DEFAULT_REPEAT_SHARE, generate_request_dicts, generate_requests, to_request


def test_deterministic_for_a_seed_and_different_across_seeds() -> None:
    assert generate_requests(50, seed=3) == generate_requests(50, seed=3)
    assert generate_requests(50, seed=3) != generate_requests(50, seed=4)
    assert len({d["request_id"] for d in generate_request_dicts(500, seed=1)}) == 500


def test_messages_are_about_one_kilobyte_and_decode() -> None:
    messages = generate_requests(300, seed=5)
    sizes = [len(m) for m in messages]
    assert 800 <= sum(sizes) / len(sizes) <= 1_400
    limits = LimitSettings.model_validate({})
    assert all(decode_request(m, limits).request_id for m in messages)


def _workload_lights() -> Counter[str]:
    evaluator = Evaluator.from_settings(CriticSettings())
    return Counter(j.light for j in evaluator.judge_batch([to_request(d) for d in generate_request_dicts(600, 9)]))


def test_traffic_mixes_green_amber_and_red() -> None:
    lights = _workload_lights()
    assert lights["GREEN"] > lights["AMBER"] > 0
    assert lights["RED"] > 0


def test_traffic_is_mostly_green() -> None:
    # Generated traffic is ~80 % benign by construction: about half came out GREEN with three authors'
    # cases in the corpus, 425 of 600 with seven, 418 with twelve (just under the line), 437 with the
    # glossing embedder (critic-model-6, over it), 406 with sixteen authors (critic-model-7: its dev-chosen
    # AMBER threshold is lower, and the generated texts, benign sentences strung together at random, read
    # as off-topic answers), 415 with twenty (critic-model-8), 429 with twenty-two (critic-model-9, whose
    # last two authors wrote sensitive-but-benign requests): over the line again, by nine requests.
    assert _workload_lights()["GREEN"] / 600 > 0.7


def test_malformed_share_yields_messages_with_dlq_reasons() -> None:
    messages = generate_requests(400, seed=2, malformed_share=0.25)
    limits = LimitSettings.model_validate({})
    reasons = Counter()
    for message in messages:
        try:
            decode_request(message, limits)
        except DecodeError as exc:
            reasons[exc.reason.split(":")[0]] += 1
    assert 60 <= sum(reasons.values()) <= 140
    assert {"invalid_json", "not_an_object", "missing_field", "wrong_type", "invalid_utf8"} <= set(reasons)
    with pytest.raises(ConfigError, match="malformed_share"):
        generate_requests(1, malformed_share=1.5)


def _keys(dicts: list[dict[str, Any]]) -> list[bytes]:
    return [canonical_bytes(to_request(d), "r1") for d in dicts]


def test_default_traffic_repeats_earlier_judged_content_under_new_ids() -> None:
    dicts = generate_request_dicts(2_000, seed=4)
    keys = _keys(dicts)
    seen: set[bytes] = set()
    repeats = 0
    for key in keys:
        repeats += key in seen
        seen.add(key)
    assert DEFAULT_REPEAT_SHARE * 2_000 * 0.7 <= repeats <= DEFAULT_REPEAT_SHARE * 2_000 * 1.3
    assert len({d["request_id"] for d in dicts}) == 2_000  # a repeat is a new request, not a replayed message
    assert len({d["timestamp"] for d in dicts}) == 2_000


def test_zero_shares_give_the_unique_traffic_unchanged() -> None:
    unique = generate_request_dicts(800, seed=6, repeat_share=0.0, precedent_share=0.0)
    assert len(set(_keys(unique))) == 800
    # the new requests of the mixed traffic are the same as in the unique traffic (own generator for the mix)
    mixed = generate_request_dicts(800, seed=6)
    texts = [(d["prompt"], d["response"]) for d in unique]
    new = [(d["prompt"], d["response"]) for d in mixed if (d["prompt"], d["response"]) in set(texts)]
    assert 0.6 * 800 <= len(set(new)) < 800
    assert sorted(set(new), key=texts.index) == texts[: len(set(new))]
    assert generate_requests(100, seed=6, repeat_share=0.0, precedent_share=0.0) == [
        orjson.dumps(d) for d in generate_request_dicts(100, seed=6, repeat_share=0.0, precedent_share=0.0)
    ]


def test_precedent_share_matches_seed_cases_through_the_real_retriever() -> None:
    # Lexical embedder: the generator's own promise (no precedent-like text unless asked) is checked exactly.
    # A semantic embedder also matches some generic new traffic by topic (tests/unit/precedents/test_calibration).
    settings = PrecedentSettings(embedder="hashing")
    embedder = make_embedder(settings)
    retriever = PrecedentRetriever(embedder, AutoIndex(embedder.dim), k=settings.k, threshold=settings.threshold)
    retriever.index_cases(read_jsonl())
    seed_texts = {case.text for case in read_jsonl()}

    def matched(dicts: list[dict[str, Any]]) -> int:
        return sum(not s.novel for s in retriever.retrieve_batch([to_request(d) for d in dicts]))

    mixed = generate_request_dicts(1_500, seed=8, repeat_share=0.0, precedent_share=0.1)
    hits = matched(mixed)
    assert 0.07 * 1_500 <= hits <= 0.13 * 1_500
    # paraphrases, not copies: the texts differ from the cases they follow
    copies = sum(request_text(to_request(d)) in seed_texts for d in mixed)
    assert copies < hits / 2
    assert matched(generate_request_dicts(1_500, seed=8, repeat_share=0.0, precedent_share=0.0)) == 0


def test_shares_are_validated() -> None:
    with pytest.raises(ConfigError, match="repeat_share"):
        generate_request_dicts(1, repeat_share=-0.1)
    with pytest.raises(ConfigError, match="precedent_share"):
        generate_requests(1, precedent_share=2.0)
    with pytest.raises(ConfigError, match="must not exceed 1"):
        generate_request_dicts(1, repeat_share=0.6, precedent_share=0.6)
