"""Request topics given as a pattern: every matching topic is consumed."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from streams.kafka.clients import ensure_topics
from streams.tools.topic_io import publish_payloads
from streams.wiring.services import build_runner
from streams.wiring.worker import EmbeddedWorker

from .helpers import valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]


async def test_every_topic_matching_the_pattern_is_consumed(make_settings: Any) -> None:
    prefix = f"test-pattern-{uuid.uuid4().hex[:8]}"
    settings = make_settings(kafka={"request_pattern": rf"{prefix}\.requests\..*", "partitions": 1})
    topics = [f"{prefix}.requests.app-a", f"{prefix}.requests.app-b"]
    k = settings.kafka
    await ensure_topics(k, [*topics, f"{prefix}.other", k.verdict_topic, k.escalation_topic, k.dlq_topic])
    await publish_payloads(k, topics[0], [valid_request(f"a-{i}", i) for i in range(30)])
    await publish_payloads(k, topics[1], [valid_request(f"b-{i}", i) for i in range(20)])
    await publish_payloads(k, f"{prefix}.other", [valid_request(f"x-{i}", i) for i in range(5)])

    async with EmbeddedWorker(settings, lambda: build_runner(settings)) as worker:
        await worker.wait_for(lambda r: r.acker.acked >= 50, timeout_s=90, what="both topics consumed")
        judged = worker.runner.stats.verdicts
    assert judged == 50  # the non-matching topic is left alone
