"""``bench keys`` runs and honours the benchmark contract (numbers are not asserted: tests never time)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import orjson
import pytest

from streams.bench import BenchResult, load
from streams.bench.keys import realistic_requests
from streams.cache.keys import canonical_bytes, judgement_key
from streams.cli.main import main
from streams.config import load_settings


def test_quick_run_fills_the_contract() -> None:
    result = load("keys")(load_settings(env={}), True)
    assert isinstance(result, BenchResult)
    data = result.as_dict()
    assert set(data) == {"benchmark", "ratio", "candidate", "baseline", "details"}
    assert data["benchmark"] == "keys"
    assert data["candidate"]["per_s"] > 0
    assert data["baseline"]["per_s"] > 0
    assert data["ratio"] == round(result.candidate.per_s / result.baseline.per_s, 3)
    assert "xxh3_128" in data["candidate"]["label"]
    assert "sha256" in data["baseline"]["label"]
    details = data["details"]
    assert "hash alone" in details["ratio_measures"]
    for name in ("key_fn_ratio", "key_fn_xxh3_per_s", "key_fn_sha256_per_s", "canonicalisation_share_of_xxh3_key"):
        assert details[name] > 0
    assert details["key_fn_ratio"] == pytest.approx(details["key_fn_xxh3_per_s"] / details["key_fn_sha256_per_s"], 0.01)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """main() configures the package logger for the process; undo it so later tests see default logging."""
    logger = logging.getLogger("streams")
    saved = (list(logger.handlers), logger.propagate, logger.level)
    yield
    logger.handlers[:] = saved[0]
    logger.propagate, logger.level = saved[1], saved[2]


@pytest.mark.usefixtures("restore_logging")
def test_cli_prints_one_json_object(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "keys", "--json", "--quick"]) == 0
    data = orjson.loads(capsys.readouterr().out)
    assert data["benchmark"] == "keys"
    assert data["ratio"] > 0


def test_bench_requests_are_about_one_kilobyte_and_distinct() -> None:
    requests = realistic_requests(200)
    sizes = [len(canonical_bytes(r, "r1")) for r in requests]
    assert 800 <= sum(sizes) / len(sizes) <= 1_600
    assert len({judgement_key(r, "r1", "p") for r in requests}) == 200
