"""One embedding per text per window: the vectors the critic models and precedent retrieval share.

:func:`embed_window` embeds each distinct prompt and response of a window once and returns three aligned
matrices: prompt, response, and the *case text* (prompt and response together, what precedents are
matched on). With an additive embedder (one that exposes ``pooled``: token-vector sums and counts, as the
wordllama embedder does) the case-text vector is the normalised sum of the two parts, so nothing is
embedded twice; any other embedder embeds the case texts in a second call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from streams.embedding.base import Embedder, Matrix, case_text
from streams.embedding.wordllama import unit_rows
from streams.models.request import Request

__all__ = ["AdditiveEmbedder", "TextVectors", "case_text", "embed_window"]


@runtime_checkable
class AdditiveEmbedder(Protocol):
    """An embedder whose vector of a concatenation is the normalised sum of its parts' token sums."""

    def pooled(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]: ...


@dataclass(frozen=True, slots=True)
class TextVectors:
    """Unit vectors of a window's requests, row ``i`` for request ``i`` (zero rows for empty texts)."""

    prompt: Matrix
    response: Matrix
    case: Matrix
    embedder_id: str

    def __len__(self) -> int:
        return int(self.prompt.shape[0])

    def take(self, rows: Sequence[int]) -> TextVectors:
        """The vectors of the given rows, in that order."""
        idx = np.asarray(rows, dtype=np.int64)
        return TextVectors(self.prompt[idx], self.response[idx], self.case[idx], self.embedder_id)


def embed_window(embedder: Embedder, requests: Sequence[Request]) -> TextVectors:
    """Embed every distinct prompt and response of ``requests`` once; see the module docstring."""
    prompts = [r.prompt for r in requests]
    responses = [r.response for r in requests]
    distinct: dict[str, int] = {}
    for text in (*prompts, *responses):
        distinct.setdefault(text, len(distinct))
    texts = list(distinct)
    p_idx = np.fromiter((distinct[t] for t in prompts), dtype=np.int64, count=len(prompts))
    r_idx = np.fromiter((distinct[t] for t in responses), dtype=np.int64, count=len(responses))
    if isinstance(embedder, AdditiveEmbedder):
        sums, _ = embedder.pooled(texts)
        unit = unit_rows(sums)
        case = unit_rows(sums[p_idx] + sums[r_idx])  # an empty response sums to zero
    else:
        unit = embedder.embed_batch(texts)
        case = embedder.embed_batch([case_text(p, r) for p, r in zip(prompts, responses, strict=True)])
    return TextVectors(unit[p_idx], unit[r_idx], case, embedder.id)
