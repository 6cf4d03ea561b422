"""``bench cache`` runs against a real redis-server and honours the benchmark contract."""

from __future__ import annotations

import pytest
import redis

from streams.config import load_settings
from streams.tools.bench import load

pytestmark = pytest.mark.redis

CONTRACT = {"benchmark", "ratio", "candidate", "baseline", "details"}


def _count_keys(url: str, pattern: str) -> int:
    with redis.Redis.from_url(url) as raw:
        return len(list(raw.scan_iter(match=pattern)))


def test_quick_run_on_the_configured_redis_fills_the_contract_and_cleans_up(redis_url: str, redis_prefix: str) -> None:
    prefix = redis_prefix.rstrip(":")
    settings = load_settings(env={}, cache={"redis_url": redis_url, "key_prefix": prefix})
    result = load("cache")(settings, True)
    data = result.as_dict()
    assert set(data) == CONTRACT
    assert data["benchmark"] == "cache"
    assert data["candidate"]["per_s"] > 0
    assert data["baseline"]["per_s"] > 0
    assert data["ratio"] == round(result.candidate.per_s / result.baseline.per_s, 3)
    details = data["details"]
    assert details["redis"] == "settings"
    assert details["entries"] > 0
    assert data["candidate"]["count"] == data["baseline"]["count"] == details["entries"] * details["rounds"]
    assert details["write_ratio"] > 0
    assert details["read_ratio"] > 0
    # The client's own command methods and Pipeline object are timed beside, on the same pool.
    reference = details["redis_py"]
    assert min(reference[name] for name in ("single_write_ms", "single_read_ms", "pipeline_write_ms")) > 0
    assert _count_keys(redis_url, f"{prefix}:bench:*") == 0  # the bench deletes what it wrote


def test_without_a_configured_redis_the_bench_starts_and_stops_its_own() -> None:
    result = load("cache")(load_settings(env={}), True)
    assert result.details["redis"] == "started by the benchmark"
    assert result.candidate.per_s > 0
    assert result.baseline.per_s > 0
