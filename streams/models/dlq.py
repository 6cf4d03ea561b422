"""A dead letter: a message that could not be judged, kept whole with the reason."""

from __future__ import annotations

from dataclasses import dataclass

from streams.models.request import SourceRef

__all__ = ["DeadLetter"]


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """Original bytes, a stable reason code, a human detail and where the message came from."""

    payload: bytes
    reason: str
    detail: str
    source: SourceRef | None
    received_at: float
    request_id: str | None = None
