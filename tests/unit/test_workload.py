"""The workload generator: deterministic, ~1 KB, mixed lights, malformed messages that the codec rejects."""

from __future__ import annotations

from collections import Counter

import pytest

from streams.config import CriticSettings, LimitSettings
from streams.engine import Evaluator
from streams.errors import DecodeError
from streams.models.codec import decode_request
from streams.workload import generate_request_dicts, generate_requests, to_request


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


def test_traffic_mixes_green_amber_and_red() -> None:
    evaluator = Evaluator.from_settings(CriticSettings())
    lights = Counter(j.light for j in evaluator.judge_batch([to_request(d) for d in generate_request_dicts(600, 9)]))
    assert lights["GREEN"] > lights["AMBER"] > 0
    assert lights["RED"] > 0
    assert lights["GREEN"] / 600 > 0.7


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
    with pytest.raises(ValueError, match="malformed_share"):
        generate_requests(1, malformed_share=1.5)
