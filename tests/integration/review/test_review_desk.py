"""The review desk shows a request's text from review_queue once the request topic no longer holds it."""

from __future__ import annotations

import time
from typing import Any

import pytest

from streams.clickhouse.migrate import migrate
from streams.review.escalations import Escalation, ReviewDesk
from streams.review.tables import REVIEW_QUEUE, queue_row
from streams.sinks.rows import columns_of

pytestmark = [pytest.mark.kafka, pytest.mark.clickhouse]


async def test_text_comes_from_the_queue_when_the_topic_lost_it(make_settings: Any, clickhouse_client: Any) -> None:
    settings = make_settings(create_topics=True, kafka={"partitions": 1})
    migrate(clickhouse_client)
    verdict = {
        "tenant": "acme",
        "request_id": "gone-1",
        "light": "AMBER",
        "decision": "constrained_allow",
        "escalation_tier": "TIER_2",
        "max_severity": 2.4,
        "ruleset_version": "rs",
        "evaluated_at": time.time(),
        "findings": [],
        # an offset the (empty) request topic never had: as if retention deleted it
        "source": {"topic": settings.kafka.request_topics[0], "partition": 0, "offset": 41},
    }
    request = {"prompt": "Is it safe?", "response": "100% guaranteed.", "context": {"domain": "finance", "x": 1}}
    row = queue_row(verdict, request)
    clickhouse_client.insert(
        REVIEW_QUEUE.name,
        columns_of([row], REVIEW_QUEUE),
        column_names=list(REVIEW_QUEUE.columns),
        column_oriented=True,
    )
    desk = ReviewDesk(
        settings.model_copy(update={"review": settings.review.model_copy(update={"lookup_timeout_s": 1.0})})
    )
    text = await desk.request_text(Escalation(verdict))
    assert text == {"prompt": "Is it safe?", "response": "100% guaranteed.", "context": {"domain": "finance"}}
    assert await desk.request_text(Escalation({**verdict, "request_id": "never-queued"})) is None
