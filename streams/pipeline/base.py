"""The seams of the window pipeline: what the processor and the agent need from the rest of the system.

Each Protocol is small on purpose: precedent retrieval and the adaptive sizer satisfy them as they are (the
evaluation core is :class:`streams.engine.Evaluator` itself; the output seams are in :mod:`streams.sinks.base`),
and unit tests use in-memory fakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from streams.models import PrecedentSummary, Request

if TYPE_CHECKING:
    from streams.embedding import TextVectors

__all__ = ["PrecedentSource", "WindowSizer"]


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
