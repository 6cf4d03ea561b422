"""Sentence embeddings shared by the whole judging step.

A window's prompts and responses are embedded once (:func:`embed_window`); the same vectors feed the
learned critic models and precedent retrieval. ``wordllama`` (the default) is a static embedding read
from the files inside the ``wordllama`` wheel: no download, numpy + a sparse product only.
"""

from streams.embedding.window import TextVectors, embed_window
from streams.embedding.wordllama import WordLlamaEmbedder, shared_wordllama

__all__ = ["TextVectors", "WordLlamaEmbedder", "embed_window", "shared_wordllama"]
