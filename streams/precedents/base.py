"""Seams of precedent retrieval: the case record and the PrecedentIndex protocol.

The Embedder protocol, the vector type and ``case_text`` live with the embedders (streams.embedding.base)
and are re-exported here for the precedent modules.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt
import xxhash

from streams.embedding.base import Embedder, Matrix, case_text
from streams.errors import PrecedentError
from streams.models.verdict import DECISION_VALUES, Decision

__all__ = [
    "SOURCES",
    "Embedder",
    "Matrix",
    "PrecedentCase",
    "PrecedentIndex",
    "SearchResult",
    "case_text",
    "text_digest",
]

SOURCES = ("seed", "review")


def text_digest(text: str) -> str:
    """Stable 128-bit hex digest of a text (the store's dedupe and audit key)."""
    return xxhash.xxh3_128_hexdigest(text.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class PrecedentCase:
    """A decided past case.

    ``severities`` maps critic area to the severity (0-3) it was judged at; ``embedding`` is filled when the
    case has been embedded (by ``embedder_id``), else ``None``.
    """

    case_id: str
    text: str
    decision: Decision
    severities: Mapping[str, float] = field(default_factory=dict)
    rationale: str = ""
    source: str = "seed"
    created_at: float = field(default_factory=time.time)
    embedding: Matrix | None = None
    embedder_id: str = ""

    def __post_init__(self) -> None:
        if not self.case_id:
            raise PrecedentError("a precedent needs a non-empty case_id")
        if self.decision not in DECISION_VALUES:
            raise PrecedentError(
                f"case {self.case_id!r}: decision {self.decision!r} is not one of {sorted(DECISION_VALUES)}"
            )
        if self.source not in SOURCES:
            raise PrecedentError(f"case {self.case_id!r}: source {self.source!r} is not one of {SOURCES}")
        for critic, value in self.severities.items():
            if not 0.0 <= float(value) <= 3.0:
                raise PrecedentError(f"case {self.case_id!r}: severity {critic}={value} is outside 0-3")

    @property
    def mean_severity(self) -> float:
        """Mean of the per-critic severities (0 when none were recorded)."""
        if not self.severities:
            return 0.0
        return float(sum(self.severities.values()) / len(self.severities))

    @property
    def digest(self) -> str:
        """Digest of the case text."""
        return text_digest(self.text)


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Batch search answer: ``keys`` and cosine ``similarities`` of shape ``(n, k)``, best first.

    Slots past ``counts[i]`` are padding: key -1 and similarity -inf.
    """

    keys: npt.NDArray[np.int64]
    similarities: Matrix
    counts: npt.NDArray[np.int64]


@runtime_checkable
class PrecedentIndex(Protocol):
    """Nearest-neighbour index over unit vectors, keyed by dense integer labels, cosine similarity."""

    @property
    def dim(self) -> int:
        """Vector length."""
        ...

    def __len__(self) -> int: ...

    def add(self, keys: npt.NDArray[np.int64], vectors: Matrix) -> None:
        """Add vectors under the given labels (one call for the whole batch)."""
        ...

    def search(self, vectors: Matrix, k: int) -> SearchResult:
        """The ``k`` most similar stored vectors of every query row (one call for the whole batch)."""
        ...

    @property
    def memory_bytes(self) -> int:
        """Bytes the index holds (vectors and graph)."""
        ...
