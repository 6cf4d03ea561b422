"""The seams of the window pipeline: what the processor and the agent need from the rest of the system.

Each Protocol is small on purpose: the real implementations (codec + engine + aggregation, the two-level
cache, precedent retrieval, the adaptive sizer; the evidence sink's seam is
:class:`streams.sinks.base.EvidenceSink`) are adapted to them in
:mod:`streams.wiring.services`, and unit tests use in-memory fakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from streams.models import Finding, Judgement, PrecedentSummary, Request

if TYPE_CHECKING:
    from streams.embedding import TextVectors

__all__ = ["Core", "PrecedentSource", "WindowSizer"]


class Core(Protocol):
    """The pure evaluation core: decode, key, critics, aggregation, judgement (de)serialisation."""

    @property
    def ruleset_version(self) -> str:
        """Version of the rules; part of every cache key and verdict."""
        ...

    def decode(self, raw: bytes) -> Request:
        """Decode and validate one message; raises DecodeError (with a DLQ reason) on bad input."""
        ...

    def request_id_hint(self, raw: bytes) -> str | None:
        """Best-effort request_id of a message that failed to decode (for the dead letter)."""
        ...

    def cache_key(self, request: Request) -> str:
        """The judgement cache key of a request."""
        ...

    def embed(self, requests: Sequence[Request]) -> TextVectors:
        """The window's vectors: every prompt and response embedded once, for critics and precedent alike."""
        ...

    def findings_batch(self, requests: Sequence[Request], vectors: TextVectors | None) -> list[tuple[Finding, ...]]:
        """Every enabled critic's finding for every request (errored findings, never exceptions), reading
        ``vectors`` from :meth:`embed` (embedding the window itself when None)."""
        ...

    def aggregate(self, findings: tuple[Finding, ...], precedent: PrecedentSummary) -> Judgement:
        """Findings + precedent -> judgement."""
        ...

    def encode_judgement(self, judgement: Judgement) -> bytes:
        """Bytes for the cache."""
        ...

    def decode_judgement(self, data: bytes) -> Judgement:
        """Inverse of :meth:`encode_judgement`; raises on corrupt bytes."""
        ...


class PrecedentSource(Protocol):
    """Precedent retrieval (sync; the processor runs it in a thread beside the critics)."""

    def retrieve_batch(self, requests: Sequence[Request], vectors: TextVectors | None = None) -> list[PrecedentSummary]:
        """One summary per request, in order; ``vectors`` are the window's embeddings (used when they come
        from the retriever's own embedder, ignored otherwise)."""
        ...


class WindowSizer(Protocol):
    """The adaptive window sizer as the agent sees it."""

    @property
    def next_size(self) -> int:
        """Events in the next window."""
        ...

    @property
    def max_wait_s(self) -> float:
        """Longest wait for a window to fill."""
        ...

    def observe(
        self,
        events: int,
        latency_s: float,
        success_rate: float,
        *,
        window_id: str | None = None,
        size: int | None = None,
    ) -> Any:
        """Feed one window's outcome (taken with ``size``); returns the decision (recorded as evidence)."""
        ...
