"""Precedent: decided past cases, embedded, indexed and matched against every window of requests."""

from streams.precedents.base import Embedder, PrecedentCase, PrecedentIndex, SearchResult, case_text
from streams.precedents.embedder import HashingEmbedder
from streams.precedents.index import AutoIndex, ExactIndex, UsearchIndex
from streams.precedents.retrieval import PrecedentRetriever, request_text
from streams.precedents.semantic import make_embedder
from streams.precedents.store import PrecedentStore, read_jsonl

__all__ = [
    "AutoIndex",
    "Embedder",
    "ExactIndex",
    "HashingEmbedder",
    "PrecedentCase",
    "PrecedentIndex",
    "PrecedentRetriever",
    "PrecedentStore",
    "SearchResult",
    "UsearchIndex",
    "case_text",
    "make_embedder",
    "read_jsonl",
    "request_text",
]
