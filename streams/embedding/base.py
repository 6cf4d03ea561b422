"""The embedder seam: the Embedder protocol, the vector type, and the text a case is embedded from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

__all__ = ["Embedder", "Matrix", "case_text"]

Matrix = npt.NDArray[np.float32]


def case_text(prompt: str, response: str) -> str:
    """The text a case (or a request) is matched on: prompt and response, one blank line apart."""
    return f"{prompt}\n\n{response}" if response else prompt


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors, a whole batch per call."""

    @property
    def id(self) -> str:
        """Identifies the embedding space (model and dimensions); stored with every precedent case."""
        ...

    @property
    def dim(self) -> int:
        """Vector length."""
        ...

    def embed_batch(self, texts: Sequence[str]) -> Matrix:
        """Embed ``texts`` into an ``(n, dim)`` float32 array of unit rows (all-zero for empty texts)."""
        ...
