"""Precedent: decided past cases, embedded, indexed and matched against every window of requests."""

from streams.embedding import HashingEmbedder, MiniLMEmbedder, WordLlamaEmbedder, default_threshold, make_embedder
from streams.precedents.base import Embedder, PrecedentCase, PrecedentIndex, SearchResult, case_text
from streams.precedents.index import AutoIndex, ExactIndex, UsearchIndex
from streams.precedents.retrieval import PrecedentRetriever, request_text
from streams.precedents.store import PrecedentStore, Rebuild, read_jsonl

__all__ = [
    "AutoIndex",
    "Embedder",
    "ExactIndex",
    "HashingEmbedder",
    "MiniLMEmbedder",
    "PrecedentCase",
    "PrecedentIndex",
    "PrecedentRetriever",
    "PrecedentStore",
    "Rebuild",
    "SearchResult",
    "UsearchIndex",
    "WordLlamaEmbedder",
    "case_text",
    "default_threshold",
    "make_embedder",
    "read_jsonl",
    "request_text",
]
