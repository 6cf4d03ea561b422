"""Sentence embeddings shared by the whole judging step.

A window's prompts and responses are embedded once (:func:`embed_window`); the same vectors feed the
learned critic models and precedent retrieval. ``wordllama`` (the default) is a static embedding read
from the files inside the ``wordllama`` wheel: no download, numpy + a sparse product only. ``hashing``
(feature hashing, no model) and ``minilm`` (sentence-transformers, extra ``semantic``) are the
alternatives; :func:`make_embedder` picks one by name.
"""

from streams.embedding.base import Embedder, Matrix, case_text
from streams.embedding.factory import EMBEDDER_NAMES, THRESHOLDS, default_threshold, make_embedder
from streams.embedding.hashing import HashingEmbedder
from streams.embedding.minilm import MiniLMEmbedder
from streams.embedding.window import TextVectors, embed_window
from streams.embedding.wordllama import WordLlamaEmbedder, shared_wordllama

__all__ = [
    "EMBEDDER_NAMES",
    "THRESHOLDS",
    "Embedder",
    "HashingEmbedder",
    "Matrix",
    "MiniLMEmbedder",
    "TextVectors",
    "WordLlamaEmbedder",
    "case_text",
    "default_threshold",
    "embed_window",
    "make_embedder",
    "shared_wordllama",
]
