"""``bench keys``: the headline is the whole key function the pipeline runs; the hash alone sits beside it."""

from __future__ import annotations

import pytest

from streams.cache.keys import canonical_bytes, judgement_key
from streams.config import load_settings
from streams.tools.bench import BenchResult, load
from streams.tools.bench.keys import realistic_requests


def test_ratio_is_the_whole_key_function_and_the_hash_alone_is_beside_it() -> None:
    result = load("keys")(load_settings(env={}), True)
    assert isinstance(result, BenchResult)
    data = result.as_dict()
    assert data["benchmark"] == "keys"
    assert "judgement_key" in data["candidate"]["label"]
    assert "SHA-256" in data["baseline"]["label"]
    assert data["candidate"]["count"] == data["baseline"]["count"] == data["details"]["requests"]
    assert data["ratio"] == round(result.candidate.per_s / result.baseline.per_s, 3)
    details = data["details"]
    assert "whole key function" in details["ratio_measures"]
    assert details["hash_only_ratio"] == pytest.approx(
        details["hash_only_xxh3_per_s"] / details["hash_only_sha256_per_s"], 0.01
    )
    # The key function includes canonicalisation, so it is slower than canonicalisation alone.
    assert result.candidate.per_s < details["canonicalisation_per_s"]
    assert result.candidate.per_s < details["hash_only_xxh3_per_s"]


def test_bench_requests_are_about_one_kilobyte_and_distinct() -> None:
    requests = realistic_requests(200)
    sizes = [len(canonical_bytes(r, "r1")) for r in requests]
    assert 800 <= sum(sizes) / len(sizes) <= 1_600
    assert len({judgement_key(r, "r1", "p") for r in requests}) == 200
