"""Replay: a range of the request topic re-judged after a ruleset change (a lexicon file swapped in) shows the
expected light transitions, and no live topic or consumer-group offset moves."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.config import Settings
from streams.replay.runner import run_replay
from streams.sinks.writer import EvidenceWriter
from streams.tools.topic_io import publish_payloads, read_topic
from streams.wiring.services import build_runner, open_evidence_store
from streams.wiring.worker import EmbeddedWorker
from tests.integration.pipeline.helpers import committed_offsets
from tests.integration.replay.blocklist import BLOCKLIST_ENV

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

PLUGIN = "tests.integration.replay.blocklist:BlocklistCritic"
TOPICS = ("request", "verdict", "escalation", "dlq", "window")


def benign(rid: str, i: int, term: str = "") -> bytes:
    """A GREEN request under the shipped ruleset; with ``term`` it names the term the swapped lexicon lists."""
    response = f"Try Middlemarch by George Eliot; chapter {i + 1} is a fine place to start."
    if term:
        response = f"The {term} reading circle loves it. " + response
    return orjson.dumps({"request_id": rid, "prompt": "Can you recommend a novel?", "response": response})


async def count(settings: Settings, topic: str) -> int:
    return len([m async for m in read_topic(settings.kafka, topic, idle_timeout_s=1.0)])


async def live_state(settings: Settings) -> dict[str, Any]:
    k = settings.kafka
    topics = (k.request_topics[0], k.verdict_topic, k.escalation_topic, k.dlq_topic, k.window_topic)
    names = dict(zip(TOPICS, topics, strict=True))
    # side by side: each count ends after 1 s without a message
    counts = await asyncio.gather(*(count(settings, name) for name in names.values()))
    state: dict[str, Any] = dict(zip(names, counts, strict=True))
    state["committed"] = await committed_offsets(settings, k.request_topics[0], k.partitions)
    return state


async def test_a_swapped_lexicon_shows_its_transitions_and_touches_nothing_live(
    make_settings: Any, clickhouse_client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(
        create_topics=True, kafka={"partitions": 2}, sizer={"initial_window": 20, "max_wait_s": 0.1}
    )
    topic = settings.kafka.request_topics[0]
    early = [benign(f"early-{i}", i, "bluefinch") for i in range(3)]
    in_range = [benign(f"r-{i}", i, "bluefinch" if i % 5 == 0 else "") for i in range(20)]
    async with EmbeddedWorker(settings, lambda: build_runner(settings)) as worker:
        await publish_payloads(settings.kafka, topic, early)
        await asyncio.sleep(1.5)  # the range starts after the early requests
        start = time.time()
        await publish_payloads(settings.kafka, topic, in_range)
        await worker.wait_for(lambda r: r.acker.acked >= 23, 90, "every request judged")
        end = time.time() + 0.5
    before = await live_state(settings)
    assert before["verdict"] == 23

    lexicon = tmp_path / "blocklist.json"
    lexicon.write_text(json.dumps(["bluefinch"]))
    monkeypatch.setenv(BLOCKLIST_ENV, str(lexicon))
    changed = settings.model_copy(update={"critics": settings.critics.model_copy(update={"plugins": [PLUGIN]})})
    report = await run_replay(changed, start, end, keep=10)
    print(report.render())

    assert report.diff.judged == 20  # the early requests are outside the range
    assert dict(report.diff.transitions) == {"GREEN->RED": 4, "GREEN=GREEN": 16}
    assert sorted(c.request_id for c in report.diff.changes) == ["r-0", "r-10", "r-15", "r-5"]
    assert all((c.decision_then, c.decision_now) == ("allow", "deny") for c in report.diff.changes)
    assert set(report.how.by_time) | set(report.how.scanned) == {f"{topic}[0]", f"{topic}[1]"}
    # the shadow topic has every replayed verdict; nothing live moved
    shadow = [
        orjson.loads(m.value)
        async for m in read_topic(settings.kafka, settings.review.shadow_topic, idle_timeout_s=1.0)
    ]
    assert len(shadow) == 20
    assert {s["replay_id"] for s in shadow} == {report.replay_id}
    assert all(s["now"]["ruleset_version"] == report.ruleset_now for s in shadow)
    assert await live_state(settings) == before

    # the evidence writer stores the shadow records in `replays`, beside (never in) the live evidence
    writer = EvidenceWriter(settings, lambda: open_evidence_store(settings))
    await writer.run(idle_exit_s=2.0)
    rows = clickhouse_client.query(
        "SELECT light_then, light_now, count() FROM replays FINAL WHERE replay_id = {r:String}"
        " GROUP BY light_then, light_now ORDER BY light_now",
        parameters={"r": report.replay_id},
    ).result_rows
    assert rows == [("GREEN", "GREEN", 16), ("GREEN", "RED", 4)]
    assert clickhouse_client.query("SELECT count() FROM verdicts FINAL").result_rows[0][0] == 23
