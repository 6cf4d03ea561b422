"""An embedder wrapper for tests: the real embedder's vectors, recording how many texts each call embeds."""

from __future__ import annotations

from collections.abc import Sequence

from streams.embedding.hashing import HashingEmbedder
from streams.precedents.base import Embedder, Matrix


class CountingEmbedder:
    """Delegates to ``inner`` (the hashing embedder by default) and records each call's batch size."""

    def __init__(self, inner: Embedder | None = None, dim: int = 256) -> None:
        self.inner = inner if inner is not None else HashingEmbedder(dim)
        self.calls: list[int] = []

    @property
    def id(self) -> str:
        return self.inner.id

    @property
    def dim(self) -> int:
        return self.inner.dim

    def embed_batch(self, texts: Sequence[str]) -> Matrix:
        self.calls.append(len(texts))
        return self.inner.embed_batch(texts)
