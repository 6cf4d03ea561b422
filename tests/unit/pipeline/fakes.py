"""In-memory fakes of the pipeline's own seams (evaluator, cache, sink, sizer) for pure unit tests."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from streams.cache.base import CacheItems
from streams.cache.keys import judgement_key
from streams.errors import SinkError
from streams.models import (
    DeadLetter,
    Finding,
    Judgement,
    PrecedentSummary,
    Request,
    Uncertainty,
    Verdict,
)
from streams.models.wire import encode_judgement
from streams.sinks.base import Ticket


class FakeEvaluator:
    """One critic that scores 0.9 when the prompt says 'bad' (an errored finding when it says 'error')."""

    ruleset_version = "test-1"

    def __init__(self) -> None:
        self.judged: list[str] = []
        self.embedded: list[int] = []  # requests per embed call
        self.fail_on: str | None = None

    def embed(self, requests: Sequence[Request]) -> Any:
        self.embedded.append(len(requests))
        return ("vectors", len(requests))

    def findings_batch(self, requests: Sequence[Request], vectors: Any) -> list[tuple[Finding, ...]]:
        assert vectors in (None, ("vectors", len(requests))), "critics read the window's one embedding"
        out = []
        for r in requests:
            if self.fail_on is not None and self.fail_on in r.prompt:
                raise RuntimeError("core bug")
            self.judged.append(r.request_id)
            if "error" in r.prompt:
                out.append((Finding.failed("risk", "timeout"),))
            else:
                score = 0.9 if "bad" in r.prompt else 0.0
                out.append((Finding("risk", 3.0 * score, score, "CRITICAL" if score else "INFO"),))
        return out

    def aggregate(self, findings: tuple[Finding, ...], precedent: PrecedentSummary) -> Judgement:
        worst = max(f.score for f in findings)
        light = "RED" if worst > 0.5 else "GREEN"
        return Judgement(
            decision="deny" if light == "RED" else "allow",
            light=light,
            escalation_tier="TIER_3" if light == "RED" else "none",
            requires_human_review=light == "RED",
            max_severity=max(f.severity for f in findings),
            mean_severity=0.0,
            findings=findings,
            precedent=precedent,
            uncertainty=Uncertainty(0, 0, 0, 0, 0),
            dissent=(),
            errored_critics=tuple(f.critic for f in findings if f.errored),
            ruleset_version=self.ruleset_version,
        )


def key(prompt: str) -> str:
    """The cache key the processor uses for a request with ``prompt`` (judged content only: ids do not count)."""
    return judgement_key(Request(request_id="-", prompt=prompt), FakeEvaluator.ruleset_version, "eleanor")


def cached(light: str) -> bytes:
    """Cache bytes of a judgement with ``light``, as judged earlier."""
    score = 0.9 if light == "RED" else 0.0
    return encode_judgement(
        FakeEvaluator().aggregate((Finding("risk", 3 * score, score, "INFO"),), PrecedentSummary.none())
    )


class FakeCache:
    """A dict with the cache's batch API."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    async def get_batch(self, keys: Sequence[str]) -> list[bytes | None]:
        return [self.data.get(k) for k in keys]

    async def set_batch(self, items: CacheItems) -> None:
        self.data.update(items)

    async def close(self) -> None:
        return None


class FakeSink:
    """Holds added evidence until :meth:`flush`, with the real sink's tickets; can be told to fail."""

    def __init__(self) -> None:
        self.rows: list[Verdict] = []
        self.dead: list[DeadLetter] = []
        self.windows: list[Any] = []
        self._staged: list[tuple[Sequence[Verdict], Sequence[DeadLetter], Sequence[Any], asyncio.Future[None]]] = []
        self._seq = 0
        self.fail_adds = 0
        self.closed = False

    async def add(
        self, verdicts: Sequence[Verdict] = (), dead_letters: Sequence[DeadLetter] = (), windows: Sequence[Any] = ()
    ) -> Ticket:
        if self.fail_adds:
            self.fail_adds -= 1
            raise SinkError("clickhouse down")
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._seq += 1
        self._staged.append((verdicts, dead_letters, windows, future))
        return Ticket(self._seq, future)

    async def flush(self) -> None:
        for verdicts, dead, windows, future in self._staged:
            self.rows += verdicts
            self.dead += dead
            self.windows += windows
            future.set_result(None)
        self._staged.clear()

    async def close(self) -> None:
        await self.flush()
        self.closed = True


class FakePublisher:
    """Records what would be published."""

    def __init__(self) -> None:
        self.verdicts: list[Verdict] = []
        self.escalations: list[Verdict] = []
        self.dead_letters: list[DeadLetter] = []
        self.fail = 0

    async def publish(
        self, verdicts: Sequence[Verdict], escalations: Sequence[Verdict], dead_letters: Sequence[DeadLetter]
    ) -> None:
        if self.fail:
            self.fail -= 1
            raise RuntimeError("broker down")
        self.verdicts += verdicts
        self.escalations += escalations
        self.dead_letters += dead_letters

    async def stop(self) -> None:
        return None


class FixedSizer:
    """Always the same size; records observations."""

    def __init__(self, size: int = 10) -> None:
        self.size = size
        self.observed: list[tuple[int, float, float]] = []

    @property
    def next_size(self) -> int:
        return self.size

    @property
    def max_wait_s(self) -> float:
        return 0.1

    def observe(
        self,
        events: int,
        latency_s: float,
        success_rate: float,
        *,
        window_id: str | None = None,
        size: int | None = None,
    ) -> Any:
        self.observed.append((events, latency_s, success_rate))
        return ("decision", events)
