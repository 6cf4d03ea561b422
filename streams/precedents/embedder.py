"""The feature-hashing embedder, at its former import path (it lives in streams.embedding.hashing)."""

from streams.embedding.hashing import HashingEmbedder

__all__ = ["HashingEmbedder"]
