"""The adaptive sizer inside the running pipeline: windows grow while judging is fast and shrink when a
critic turns slow mid-run."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import orjson
import pytest

from streams.critics import build_critics, ruleset_version
from streams.engine import Evaluator
from streams.models import Finding, Request
from streams.tools.topic_io import publish_payloads
from streams.windowing import AdaptiveSizer, SizerPolicy, WindowDecision
from streams.wiring.services import build_runner
from streams.wiring.worker import EmbeddedWorker

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]


class SlowCritic:
    """A test critic whose cost per request can be changed while the pipeline runs."""

    name = "slowpoke"
    inline = True

    def __init__(self) -> None:
        self.seconds_per_request = 0.0

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        time.sleep(self.seconds_per_request * len(requests))
        return [Finding(self.name, 0.0, 0.0, "INFO", rationale="no signal")] * len(requests)


class RecordingSizer(AdaptiveSizer):
    """The real sizer, keeping every decision for the assertions."""

    def __init__(self, policy: SizerPolicy) -> None:
        super().__init__(policy)
        self.decisions: list[WindowDecision] = []

    def observe(self, *args: Any, **kwargs: Any) -> WindowDecision:
        decision = super().observe(*args, **kwargs)
        self.decisions.append(decision)
        return decision


def unique_requests(prefix: str, n: int) -> list[bytes]:
    # distinct content: every request misses the cache and reaches the critics
    return [orjson.dumps({"request_id": f"{prefix}-{i}", "prompt": f"{prefix} question {i}"}) for i in range(n)]


async def test_windows_grow_when_fast_and_shrink_when_a_critic_slows_down(make_settings: Any) -> None:
    settings = make_settings(
        create_topics=True,
        kafka={"partitions": 1},
        sizer={
            "min_window": 10,
            "initial_window": 20,
            "max_window": 2_000,
            "increase_step": 60,
            # Wide margins both ways, so a loaded machine neither stops the growth nor fakes the shrink: fast
            # windows of 300 take a fraction of the target, slow ones three times it.
            "target_p95_ms": 2_000.0,
            "max_wait_s": 0.3,
            "history": 4,
        },
    )
    slow = SlowCritic()
    evaluator = Evaluator([*build_critics(), slow], ruleset_version())
    sizer = RecordingSizer(SizerPolicy.from_settings(settings.sizer))
    topic = settings.kafka.request_topics[0]
    await publish_payloads(settings.kafka, topic, unique_requests("fast", 6_000))

    async with EmbeddedWorker(settings, lambda: build_runner(settings, evaluator=evaluator, sizer=sizer)) as worker:
        await worker.wait_for(lambda r: r.sizer.next_size >= 300, timeout_s=90, what="windows to grow")
        fast_phase = list(sizer.decisions)
        peak = max(d.next_size for d in fast_phase)

        slow.seconds_per_request = 0.02  # 300 events now take 6 s, 3 times the target
        await publish_payloads(settings.kafka, topic, unique_requests("slow", 3_000))
        await worker.wait_for(lambda r: r.sizer.next_size <= 100, timeout_s=90, what="windows to shrink")
        slow_phase = sizer.decisions[len(fast_phase) :]

    assert fast_phase[0].size_chosen == 20
    assert peak >= 300
    assert [d.reason for d in fast_phase].count("grow") >= 5
    assert any(d.reason == "shrink_latency" for d in slow_phase)
    shrunk = next(d for d in slow_phase if d.reason == "shrink_latency")
    assert shrunk.latency_ms > 2_000.0
    assert shrunk.next_size < shrunk.size_chosen
    assert sizer.next_size < peak / 2
