"""The window processor over fakes: dead letters, cache use, errored critics, order."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import orjson
import pytest

from streams.errors import PrecedentError
from streams.models import PrecedentSummary, Request, SourceRef
from streams.pipeline.processor import WindowProcessor, window_id_for

from .fakes import FakeCache, FakeEvaluator, cached, key


def items(payloads: list[bytes]) -> list[tuple[bytes, SourceRef]]:
    return [(p, SourceRef("req", 0, i)) for i, p in enumerate(payloads)]


def req(rid: str, prompt: str = "hello") -> bytes:
    return orjson.dumps({"request_id": rid, "prompt": prompt})


async def test_valid_and_malformed_are_split_in_order() -> None:
    proc = WindowProcessor(FakeEvaluator())
    result = await proc.process(items([req("a"), b"{not json", req("b", "bad"), b'{"x": 1}']))
    assert [v.request_id for v in result.verdicts] == ["a", "b"]
    assert [v.source.offset for v in result.verdicts if v.source] == [0, 2]
    assert [(d.reason, d.source.offset if d.source else -1) for d in result.dead_letters] == [
        ("invalid_json", 1),
        ("missing_field:request_id", 3),
    ]
    assert result.dead_letters[0].payload == b"{not json"
    assert result.events == 4
    assert [v.judgement.light for v in result.verdicts] == ["GREEN", "RED"]
    assert [v.request_id for v in result.escalations] == ["b"]
    assert all(v.window_id == "req:0:0+4" for v in result.verdicts)


async def test_cache_hits_skip_the_critics_and_misses_are_written_back() -> None:
    core, cache = FakeEvaluator(), FakeCache()
    proc = WindowProcessor(core, cache=cache)
    first = await proc.process(items([req("a", "bad"), req("b", "fine")]))
    assert first.cache_hits == 0
    assert sorted(k for k, _ in first.cache_writes) == sorted([key("bad"), key("fine")])
    await cache.set_batch(first.cache_writes)
    core.judged.clear()
    second = await proc.process(items([req("c", "bad"), req("d", "new")]))
    assert core.judged == ["d"]
    assert [v.cache_hit for v in second.verdicts] == [True, False]
    assert second.verdicts[0].judgement.light == "RED"
    assert second.verdicts[0].request_id == "c"


async def test_errored_critic_lowers_success_and_is_not_cached() -> None:
    proc = WindowProcessor(FakeEvaluator(), cache=FakeCache())
    result = await proc.process(items([req("a", "error"), req("b"), req("c"), req("d")]))
    assert result.errored == 1
    assert result.success_rate == pytest.approx(0.75)
    assert [k for k, _ in result.cache_writes] == [key("hello")]


async def test_corrupt_cache_entry_is_a_miss() -> None:
    core, cache = FakeEvaluator(), FakeCache()
    cache.data[key("x")] = b"\xff garbage"
    result = await WindowProcessor(core, cache=cache).process(items([req("a", "x")]))
    assert result.cache_hits == 0
    assert core.judged == ["a"]


async def test_all_malformed_window() -> None:
    result = await WindowProcessor(FakeEvaluator()).process(items([b"", b"[]"]))
    assert result.verdicts == []
    assert len(result.dead_letters) == 2
    assert result.success_rate == 1.0


def test_window_id_is_stable() -> None:
    assert window_id_for(items([b"a", b"b"])) == window_id_for(items([b"c", b"d"])) == "req:0:0+2"
    assert window_id_for([]) == "empty"


async def test_a_tombstone_becomes_a_dead_letter() -> None:
    result = await WindowProcessor(FakeEvaluator()).process([(None, SourceRef("req", 0, 0))])  # type: ignore[list-item]
    assert [(d.reason, d.payload) for d in result.dead_letters] == [("invalid_json", b"")]


class FlakyPrecedents:
    """A precedent source that fails while ``down`` and otherwise finds one aligned precedent per request."""

    def __init__(self) -> None:
        self.down = True

    def retrieve_batch(self, requests: Sequence[Request], vectors: object = None) -> list[PrecedentSummary]:
        if self.down:
            raise PrecedentError("index unavailable")
        return [PrecedentSummary(alignment=0.8, novel=False) for _ in requests]


async def test_judgements_without_their_precedent_are_not_cached_and_count_as_unsuccessful(
    caplog: pytest.LogCaptureFixture,
) -> None:
    cache, precedents = FakeCache(), FlakyPrecedents()
    proc = WindowProcessor(FakeEvaluator(), cache=cache, precedents=precedents)
    await cache.set_batch([(key("cached"), cached("GREEN"))])  # judged earlier, with precedent
    with caplog.at_level(logging.WARNING, logger="streams.pipeline.processor"):
        degraded = await proc.process(items([req("a"), req("b", "cached"), req("c", "bad"), req("d", "error")]))
    assert degraded.cache_writes == []
    assert degraded.precedent_degraded == 3  # a, c and d were judged without it; b came from the cache
    assert degraded.errored == 3  # d, also with an errored critic, is counted once
    assert degraded.success_rate == pytest.approx(0.25)
    assert "precedent retrieval failed" in caplog.text
    assert "requests=3" in caplog.text

    precedents.down = False
    recovered = await proc.process(items([req("e"), req("f", "bad")]))
    assert [v.cache_hit for v in recovered.verdicts] == [False, False]  # judged again, now with precedent
    assert [v.judgement.precedent.novel for v in recovered.verdicts] == [False, False]
    assert sorted(k for k, _ in recovered.cache_writes) == sorted([key("bad"), key("hello")])
    assert recovered.precedent_degraded == 0
    assert recovered.success_rate == 1.0


class RecordingPrecedents:
    """Records the vectors each retrieval was given."""

    def __init__(self) -> None:
        self.vectors: list[object] = []

    def retrieve_batch(self, requests: Sequence[Request], vectors: object = None) -> list[PrecedentSummary]:
        self.vectors.append(vectors)
        return [PrecedentSummary.none() for _ in requests]


async def test_misses_are_embedded_once_and_critics_and_precedent_share_the_vectors() -> None:
    core, cache, precedents = FakeEvaluator(), FakeCache(), RecordingPrecedents()
    proc = WindowProcessor(core, cache=cache, precedents=precedents)
    await cache.set_batch([(key("cached"), cached("GREEN"))])
    await proc.process(items([req("a"), req("b", "cached"), req("c", "bad"), req("d", "bad")]))
    assert core.embedded == [2]  # a and c/d (same content, judged once); b came from the cache
    assert precedents.vectors == [("vectors", 2)]  # FakeEvaluator.findings_batch asserts it got the same
