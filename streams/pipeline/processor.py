"""The window processor: a list of (raw bytes, source) in, verdicts and dead letters out.

Kafka-agnostic and free of side effects except the cache: decode + validate (bad -> dead letter), look
the judgements up in the cache, embed the misses once (in a thread), run the critics and precedent
retrieval concurrently on those same vectors, aggregate, stamp verdicts. Publishing, evidence and acking
are the caller's job (the agent), so the same code runs under Faust, in benchmarks and in unit tests with
fakes.

When precedent retrieval fails, the window's misses are judged without precedent rather than dead-lettered.
Such judgements are degraded: they are never written to the cache (once retrieval recovers, the same content
is judged with its precedent again), and they count against the window's success rate like an errored
critic, so the sizer, the ``eleanor_window_success_ratio`` gauge and the ``windows`` evidence table show it;
the warning log names how many requests were affected.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from streams import __version__
from streams.cache.keys import judgement_key
from streams.config import CacheSettings, LimitSettings
from streams.errors import DecodeError
from streams.logs import kv
from streams.models import DeadLetter, Judgement, PrecedentSummary, Request, SourceRef, Verdict
from streams.models.codec import decode_request, request_id_hint
from streams.models.wire import decode_judgement, encode_judgement
from streams.pipeline.base import PrecedentSource

if TYPE_CHECKING:  # types only: the processor stays free of the cache's redis imports
    from streams.cache.base import BatchCache
    from streams.embedding import TextVectors
    from streams.engine import Evaluator

__all__ = ["WindowProcessor", "WindowResult", "window_id_for"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class WindowResult:
    """What one window produced, in input order (verdicts and dead letters each keep their own order)."""

    window_id: str
    verdicts: list[Verdict]
    dead_letters: list[DeadLetter]
    cache_writes: list[tuple[str, bytes]] = field(default_factory=list)
    cache_hits: int = 0
    # Verdicts not fully judged: an errored critic, or no precedent because retrieval failed.
    errored: int = 0
    # Of those, verdicts judged without precedent because retrieval failed (never cached).
    precedent_degraded: int = 0
    latency_s: float = 0.0

    @property
    def events(self) -> int:
        """Messages in the window."""
        return len(self.verdicts) + len(self.dead_letters)

    @property
    def success_rate(self) -> float:
        """Share of valid requests judged without an errored critic and with their precedent (1.0 for a window
        of dead letters)."""
        if not self.verdicts:
            return 1.0
        return 1.0 - self.errored / len(self.verdicts)

    @property
    def escalations(self) -> list[Verdict]:
        """Verdicts that need a human: AMBER/RED with ``requires_human_review``."""
        return [v for v in self.verdicts if v.judgement.requires_human_review and v.judgement.light in ("AMBER", "RED")]


def window_id_for(items: Sequence[tuple[bytes, SourceRef]]) -> str:
    """A stable id from the window's first source coordinates and size (same window -> same id on replay)."""
    if not items:
        return "empty"
    first = items[0][1]
    return f"{first.topic}:{first.partition}:{first.offset}+{len(items)}"


class WindowProcessor:
    """Turns windows of raw messages into verdicts and dead letters using the evaluator, cache and precedents.

    Requests are decoded against ``limits``; judgements are cached under keys with ``key_prefix`` and, when
    ``precedent_generation`` is given, the live precedent index's generation (a refresh that brings new
    precedents retires every judgement cached before it).
    """

    def __init__(
        self,
        evaluator: Evaluator,
        cache: BatchCache | None = None,
        precedents: PrecedentSource | None = None,
        engine_version: str = __version__,
        *,
        limits: LimitSettings | None = None,
        key_prefix: str | None = None,
        precedent_generation: Callable[[], int] | None = None,
    ) -> None:
        self._evaluator = evaluator
        self._limits = limits if limits is not None else LimitSettings.model_validate({})
        self._key_prefix = (
            key_prefix if key_prefix is not None else str(CacheSettings.model_fields["key_prefix"].default)
        )
        self._cache = cache
        self._generation = precedent_generation
        self._precedents = precedents
        self._engine_version = engine_version

    @property
    def precedent_generation(self) -> int | None:
        """The live precedent index's generation now (None when the cache key carries none)."""
        return self._generation() if self._generation is not None else None

    async def process(self, items: Sequence[tuple[bytes, SourceRef]]) -> WindowResult:
        """Judge one window. Never raises for bad input; core failures propagate (the caller retries)."""
        started = time.perf_counter()
        now = time.time()
        window_id = window_id_for(items)
        requests: list[tuple[Request, SourceRef]] = []
        dead: list[DeadLetter] = []
        for raw, source in items:
            try:
                requests.append((decode_request(raw, self._limits), source))
            except DecodeError as exc:
                dead.append(
                    DeadLetter(
                        payload=raw or b"",  # a tombstone (no value) is kept as empty bytes
                        reason=exc.reason,
                        detail=exc.detail,
                        source=source,
                        received_at=now,
                        request_id=request_id_hint(raw),
                    )
                )
        judgements, hits, writes, degraded = await self._judge([r for r, _ in requests])
        # The verdict's latency_ms (schemas/verdict.v1.json): this window's evaluation time, stamped on each request.
        latency_ms = (time.perf_counter() - started) * 1000.0
        verdicts = [
            Verdict(
                request_id=req.request_id,
                tenant=req.tenant,
                judgement=judgement,
                engine_version=self._engine_version,
                window_id=window_id,
                source=source,
                latency_ms=latency_ms,
                evaluated_at=time.time(),
                request_timestamp=req.timestamp,
                cache_hit=hit,
            )
            for (req, source), judgement, hit in zip(requests, judgements, hits, strict=True)
        ]
        errored = sum(1 for i, v in enumerate(verdicts) if v.judgement.errored_critics or i in degraded)
        result = WindowResult(
            window_id=window_id,
            verdicts=verdicts,
            dead_letters=dead,
            cache_writes=writes,
            cache_hits=sum(hits),
            errored=errored,
            precedent_degraded=len(degraded),
            latency_s=time.perf_counter() - started,
        )
        log.debug(
            "window judged %s",
            kv(window_id=window_id, events=result.events, dlq=len(dead), hits=result.cache_hits, errored=errored),
        )
        return result

    async def _judge(
        self, requests: list[Request]
    ) -> tuple[list[Judgement], list[bool], list[tuple[str, bytes]], set[int]]:
        """Judgements in request order, whether each came from the cache, what to write back, and the positions
        judged without precedent because retrieval failed."""
        if not requests:
            return [], [], [], set()
        ruleset = self._evaluator.ruleset_version
        generation = self.precedent_generation
        keys = [judgement_key(r, ruleset, self._key_prefix, generation) for r in requests]
        cached: list[bytes | None] = [None] * len(requests)
        if self._cache is not None:
            cached = await self._cache.get_batch(keys)
        found: list[Judgement | None] = []
        for key, data in zip(keys, cached, strict=True):
            found.append(self._decode_cached(key, data))
        miss_idx = [i for i, j in enumerate(found) if j is None]
        writes: list[tuple[str, bytes]] = []
        degraded: set[int] = set()
        if miss_idx:
            # Identical content in one window is judged once.
            first_of: dict[str, int] = {}
            for i in miss_idx:
                first_of.setdefault(keys[i], i)
            unique = list(first_of.values())
            misses = [requests[i] for i in unique]
            # One embedding per text: the critics and precedent retrieval read the same vectors.
            vectors = await asyncio.to_thread(self._embed, misses)
            findings, (precedents, retrieved) = await asyncio.gather(
                asyncio.to_thread(self._evaluator.findings_batch, misses, vectors),
                asyncio.to_thread(self._precedent_batch, misses, vectors),
            )
            if not retrieved:
                degraded = set(miss_idx)
            judged: dict[str, Judgement] = {}
            for i, f, p in zip(unique, findings, precedents, strict=True):
                judgement = self._evaluator.aggregate(f, p)
                judged[keys[i]] = judgement
                # A judgement with an errored critic or without its precedent is not cached: the next
                # sighting deserves a real try.
                if retrieved and not judgement.errored_critics:
                    writes.append((keys[i], encode_judgement(judgement)))
            for i in miss_idx:
                found[i] = judged[keys[i]]
        miss_set = set(miss_idx)
        judgements = [j for j in found if j is not None]
        return judgements, [i not in miss_set for i in range(len(requests))], writes, degraded

    def _embed(self, requests: list[Request]) -> TextVectors | None:
        """The window's vectors, or None when embedding failed: each consumer then embeds for itself, and a
        critic that cannot is reported errored (visible in the verdict), rather than failing the window."""
        try:
            return self._evaluator.embed(requests)
        except Exception as exc:
            log.warning("embedding the window failed, critics and precedent embed alone %s", kv(error=repr(exc)))
            return None

    def _decode_cached(self, key: str, data: bytes | None) -> Judgement | None:
        if data is None:
            return None
        try:
            judgement = decode_judgement(data)
        except Exception as exc:  # a corrupt entry is a miss, not a failed window
            log.warning("corrupt cache entry treated as a miss %s", kv(key=key, error=repr(exc)))
            return None
        if judgement.ruleset_version != self._evaluator.ruleset_version:
            return None
        return judgement

    def _precedent_batch(
        self, requests: list[Request], vectors: TextVectors | None
    ) -> tuple[list[PrecedentSummary], bool]:
        """The summaries, and False when retrieval failed and they stand in for the missing precedent."""
        if self._precedents is None:
            return [PrecedentSummary.none() for _ in requests], True
        try:
            return self._precedents.retrieve_batch(requests, vectors=vectors), True
        except Exception as exc:  # degrade: judge without precedent rather than dead-letter the window
            log.warning(
                "precedent retrieval failed, judging without (not cached, counted as unsuccessful) %s",
                kv(requests=len(requests), error=repr(exc)),
            )
            return [PrecedentSummary.none() for _ in requests], False
