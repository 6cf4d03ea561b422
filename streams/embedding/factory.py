"""Choosing an embedder by name, and the similarity threshold calibrated for each.

``wordllama`` (default) is the process's shared static embedding (:func:`shared_wordllama`): the same
instance, so the same vectors, as the critic models. ``hashing`` is the model-free feature-hashing
embedder; ``minilm`` the optional sentence-transformers one (extra ``semantic``).

Thresholds. Cosine scales differ between embedders: with hashing, unrelated texts sit near 0.2-0.3; with
wordllama (a mean of token vectors that all share a common direction) unrelated texts sit at 0.2-0.55. A
precedent match counts only at or above the threshold of the embedder that produced the vectors.

The wordllama value (0.45) was chosen on data: the 210 seed cases against (a) 138 hand-written paraphrases
of seed cases in other words (tests/unit/precedents/paraphrases.jsonl, 16 of them not in English), (b) 58
hand-written unrelated requests (tests/unit/precedents/unrelated.jsonl) and (c) 3,000 generated requests
with no precedent in them (``generate_request_dicts(3000, seed=3, repeat_share=0, precedent_share=0)``).
A false match is the costlier error (it moves every critic's severity by the precedent adjustment), so the
threshold sits where generated new traffic stays novel: at 0.45, 97 % of (c) and 95 % of (b) stay novel
and 96 % of the English paraphrases find their case as the top match above it. Lower, false matches on
(c) rise quickly (7 % at 0.42, 12 % at 0.40); higher, English paraphrase hits fall (93 % at 0.47).
The hashing value (0.55) predates this and stays: near-verbatim variants of a case score above 0.75 and
unrelated texts stay below 0.35. MiniLM keeps 0.55 (not recalibrated here).
Glossing (the default wordllama embedder reads text in ten languages other than English through an English
glossary, ``streams.embedding.glossary``) leaves English text unchanged and
was added after the choice; at 0.45 it finds 11 of the 16 other-language paraphrases (1 without it) and
keeps 97 % of (b) novel. ``tests/unit/precedents/test_paraphrases.py`` prints the figures for both built-in
embedders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from streams.embedding.base import Embedder
from streams.embedding.hashing import HashingEmbedder
from streams.embedding.minilm import MiniLMEmbedder
from streams.embedding.wordllama import WordLlamaEmbedder, shared_wordllama
from streams.errors import ConfigError

if TYPE_CHECKING:
    from streams.config import PrecedentSettings

__all__ = ["EMBEDDER_NAMES", "THRESHOLDS", "EmbedderName", "default_threshold", "make_embedder"]

EmbedderName = Literal["wordllama", "hashing", "minilm"]
EMBEDDER_NAMES: tuple[EmbedderName, ...] = ("wordllama", "hashing", "minilm")
# Per embedding-space id prefix: the cosine a precedent match must reach (see the module docstring).
THRESHOLDS: dict[str, float] = {
    WordLlamaEmbedder.VERSION: 0.45,
    HashingEmbedder.VERSION: 0.55,
    MiniLMEmbedder.ID_PREFIX: 0.55,
}
_FALLBACK_THRESHOLD = 0.55


def make_embedder(spec: str | PrecedentSettings, *, dim: int = 256) -> Embedder:
    """The embedder named by ``spec`` (a name, or the precedent settings: their ``embedder`` and ``dim``).

    ``dim`` applies to the hashing embedder only; the others have the dimensions of their model.
    """
    name = spec if isinstance(spec, str) else spec.embedder
    if not isinstance(spec, str):
        dim = spec.dim
    if name == "wordllama":
        return shared_wordllama()
    if name == "hashing":
        return HashingEmbedder(dim)
    if name == "minilm":
        return MiniLMEmbedder()
    raise ConfigError(f"unknown embedder {name!r}; choose one of {', '.join(EMBEDDER_NAMES)}")


def default_threshold(embedder_id: str) -> float:
    """The calibrated match threshold of the embedding space ``embedder_id`` (0.55 for unknown ones)."""
    for prefix, value in THRESHOLDS.items():
        if embedder_id.startswith(prefix):
            return value
    return _FALLBACK_THRESHOLD
