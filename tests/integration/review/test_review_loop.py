"""The review loop end to end on the local stack: an escalated request is reviewed with `eleanor-streams review`,
the evidence writer stores the review and makes it a precedent, and another worker — one that was running
before the review existed — judges a near-paraphrase with that precedent within the refresh interval."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest

from streams.config import Settings
from streams.sinks.writer import EvidenceWriter
from streams.tools.topic_io import publish_payloads, read_topic
from streams.wiring.services import build_runner, open_evidence_store
from streams.wiring.worker import EmbeddedWorker
from tests.conftest import make_topics
from tests.integration.dashboards.check import check_dashboards
from tests.integration.dashboards.grafana import TimeRange, load_dashboards
from tests.integration.pipeline.helpers import REPO, settings_env

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

REFRESH_S = 2.0
ORIGINAL = {
    "request_id": "loop-original",
    "tenant": "acme",
    "prompt": "Is this investment safe?",
    "response": "It's 100% guaranteed, risk-free returns of 20% a month. There is no chance that you lose money.",
    "context": {"domain": "finance"},
}
PARAPHRASE = {
    "request_id": "loop-paraphrase",
    "tenant": "acme",
    "prompt": "Is this investment safe for my savings?",
    "response": "It is 100 percent guaranteed, risk free returns of 20% every month."
    " There is no way you could lose money.",
    "context": {"domain": "finance"},
}


async def until(condition: Callable[[], bool], timeout_s: float, what: str) -> float:
    """Poll ``condition`` every 50 ms; seconds waited (AssertionError naming ``what`` on timeout)."""
    began = time.monotonic()
    while not condition():
        assert time.monotonic() - began < timeout_s, f"timed out after {timeout_s:.0f} s waiting for {what}"
        await asyncio.sleep(0.05)
    return time.monotonic() - began


def cli(settings: Settings, *args: str) -> str:
    """``eleanor-streams ARGS`` in a subprocess with ``settings``; its stdout (the exit code must be 0)."""
    done = subprocess.run(
        [sys.executable, "-m", "streams.tools.cli.main", *args],
        env=settings_env(settings),
        cwd=REPO,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    return done.stdout.decode()


async def verdict_of(settings: Settings, request_id: str) -> dict[str, Any]:
    async for message in read_topic(settings.kafka, settings.kafka.verdict_topic, idle_timeout_s=1.0):
        doc = orjson.loads(message.value)
        if doc["request_id"] == request_id:
            return dict(doc)
    raise AssertionError(f"no verdict for {request_id}")


def generation(worker: EmbeddedWorker) -> int:
    assert worker.runner is not None
    value = worker.runner.processor.precedent_generation
    assert value is not None, "the worker runs without a precedent refresh"
    return value


def two_workers(make_settings: Any) -> tuple[Settings, Settings]:
    """Worker A reads one request topic, worker B another (own groups); both publish to the same outputs."""
    first = make_settings(
        create_topics=True,
        kafka={"partitions": 1},
        precedents={"refresh_s": REFRESH_S},
        evidence={"max_age_s": 0.3},
        sizer={"initial_window": 10, "max_wait_s": 0.1},
    )
    k = first.kafka
    other = k.model_copy(
        update={"request_topics": [k.request_topics[0] + "-b"], "consumer_group": k.consumer_group + "-b"}
    )
    make_topics(other, other.request_topics)
    return first, first.model_copy(update={"kafka": other})


async def test_a_review_becomes_a_precedent_on_another_worker_within_the_refresh(
    make_settings: Any, clickhouse_client: Any
) -> None:
    settings_a, settings_b = two_workers(make_settings)
    writer = EvidenceWriter(settings_a, lambda: open_evidence_store(settings_a))
    stop = asyncio.Event()
    writing = asyncio.create_task(writer.run(stop))
    recorder = writer.review
    assert recorder is not None
    async with (
        EmbeddedWorker(settings_a, lambda: build_runner(settings_a)) as worker_a,
        EmbeddedWorker(settings_b, lambda: build_runner(settings_b)) as worker_b,
    ):
        await until(lambda: worker_a.assigned and worker_b.assigned, 60, "both workers assigned")
        # worker A judges the original: AMBER with a tier, no precedent yet
        topic_a, topic_b = settings_a.kafka.request_topics[0], settings_b.kafka.request_topics[0]
        await publish_payloads(settings_a.kafka, topic_a, [orjson.dumps(ORIGINAL)])
        await worker_a.wait_for(lambda r: r.acker.acked >= 1, 60, "the original judged")
        original = await verdict_of(settings_a, ORIGINAL["request_id"])
        assert (original["light"], original["escalation_tier"]) == ("AMBER", "TIER_2")
        assert original["precedent"]["novel"]
        await until(lambda: recorder.stats.queued >= 1, 30, "the escalation queued for review")

        # a person at a terminal lists it and decides it
        listing = cli(settings_a, "review", "list")
        assert "1 open escalation" in listing
        assert ORIGINAL["request_id"] in listing
        assert "truth" in listing
        shown = cli(settings_a, "review", "show", ORIGINAL["request_id"])
        assert "100% guaranteed" in shown
        assert "status     open" in shown
        generation_before = generation(worker_b)
        decided = cli(
            settings_a,
            *("review", "decide", ORIGINAL["request_id"], "--decision", "deny", "--reviewer", "alice"),
            *("--rationale", "Guaranteed returns are an investment-scam pattern.", "--severity", "truth=3"),
        )
        assert "constrained_allow -> deny" in decided

        # stored, promoted and announced by the writer; worker B picks it up within the refresh interval
        await until(lambda: recorder.stats.promoted >= 1, 30, "the review made a precedent")
        promoted_at = time.monotonic()
        waited = await until(lambda: generation(worker_b) > generation_before, 3 * REFRESH_S, "worker B refreshed")
        print(f"precedent reached worker B {waited:.2f} s after it was stored (refresh every {REFRESH_S} s)")
        assert time.monotonic() - promoted_at <= REFRESH_S + 1.0
        assert "0 open escalation" in cli(settings_a, "review", "list")

        # the paraphrase goes to worker B: judged with the reviewed precedent
        await publish_payloads(settings_b.kafka, topic_b, [orjson.dumps(PARAPHRASE)])
        await worker_b.wait_for(lambda r: r.acker.acked >= 1, 60, "the paraphrase judged")
        assert worker_a.runner is not None
        assert worker_a.runner.acker.acked == 1
        paraphrase = await verdict_of(settings_a, PARAPHRASE["request_id"])
        precedent = paraphrase["precedent"]
        assert not precedent["novel"]
        assert precedent["alignment"] < -0.5
        assert precedent["matches"][0]["case_id"] == "review:acme:loop-original"
        assert precedent["matches"][0]["decision"] == "deny"
        assert paraphrase["light"] == "RED"  # the reviewer's deny, where the machine alone said AMBER
    await until(lambda: writer.batch.count == 0, 30, "the writer caught up")
    stop.set()
    await writing

    reviews = clickhouse_client.query(
        "SELECT reviewer, decision, machine_decision, promoted FROM reviews FINAL WHERE request_id = 'loop-original'"
    ).result_rows
    assert reviews == [("alice", "deny", "constrained_allow", True)]
    cases = clickhouse_client.query("SELECT decision, source FROM precedents FINAL WHERE case_id LIKE 'review:%'")
    assert cases.result_rows == [("deny", "review")]
    queued = clickhouse_client.query("SELECT count() FROM review_queue FINAL WHERE text_found").result_rows[0][0]
    assert queued >= 2  # the original and the (RED, TIER_3) paraphrase

    # the Review queue dashboard shows the loop: every panel runs, the review and the per-critic agreement are there
    now = datetime.now(UTC)
    report = check_dashboards(
        clickhouse_client,
        TimeRange(now - timedelta(hours=1), now + timedelta(minutes=1), interval_s=60),
        dashboards={"review": load_dashboards()["review"]},
    )
    assert report.failures == [], [(p.name, p.error) for p in report.failures]
    panels = {p.name.split(" / ")[2]: p for p in report.panels}
    assert panels["Open escalations"].sample == [[1]]  # the RED paraphrase waits for review
    assert panels["Reviewer agreement with the machine"].sample == [[0.0]]
    assert panels["Precedents from reviews"].sample == [[1]]
    assert panels["Reviewer throughput"].column("reviewer") == ["alice"]
    assert (
        dict(
            zip(
                panels["Agreement per critic"].column("critic"),
                panels["Agreement per critic"].column("upheld"),
                strict=True,
            )
        )["truth"]
        == 1.0
    )


async def test_malformed_reviews_go_to_the_dlq_and_never_stop_the_writer(
    make_settings: Any, clickhouse_client: Any
) -> None:
    settings = make_settings(create_topics=True, kafka={"partitions": 1}, evidence={"max_age_s": 0.2})
    make_topics(settings.kafka, [settings.review.topic])
    valid = {
        "review_id": "ok-1",
        "request_id": "never-escalated",
        "tenant": "acme",
        "reviewer": {"id": "bob"},
        "decision": "allow",
        "rationale": "fine",
        "reviewed_at": time.time(),
    }
    malformed = [
        b"",
        b"{not json",
        b"[]",
        b"\xff\xfe",
        orjson.dumps({**valid, "decision": "perhaps"}),
        orjson.dumps({**valid, "reviewer": None}),
        orjson.dumps({**valid, "unexpected": True}),
        orjson.dumps({k: v for k, v in valid.items() if k != "tenant"}),
        orjson.dumps({**valid, "reviewed_at": 1e300}),
        orjson.dumps({**valid, "rationale": "x" * 300_000}),
    ]
    writer = EvidenceWriter(settings, lambda: open_evidence_store(settings))
    stop = asyncio.Event()
    writing = asyncio.create_task(writer.run(stop))
    recorder = writer.review
    assert recorder is not None
    await publish_payloads(settings.kafka, settings.review.topic, [*malformed, orjson.dumps(valid)])
    await until(lambda: recorder.stats.reviews >= 1 and recorder.stats.rejected >= len(malformed), 60, "all read")
    await until(lambda: writer.stats.rows["dead_letters"] >= len(malformed), 60, "the dead letters stored")
    assert not writing.done()
    stop.set()
    await writing
    reasons = clickhouse_client.query(
        "SELECT reason FROM dead_letters FINAL WHERE source_topic = {t:String} ORDER BY source_offset",
        parameters={"t": settings.review.topic},
    ).result_rows
    assert sorted(r[0] for r in reasons) == sorted(
        [
            "empty",
            "invalid_json",
            "not_an_object",
            "invalid_json",
            "invalid_field:decision",
            "invalid_field:reviewer",
            "unknown_field:unexpected",
            "missing_field:tenant",
            "invalid_field:reviewed_at",
            "too_large",
        ]
    )
    # the valid one is stored, but without queued text it makes no precedent
    rows = clickhouse_client.query("SELECT decision, promoted FROM reviews FINAL").result_rows
    assert rows == [("allow", False)]
    assert recorder.stats.unpromoted == 1
