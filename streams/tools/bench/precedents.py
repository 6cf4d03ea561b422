"""``bench precedents``: window retrieval vs one request at a time, and how retrieval scales.

Main comparison (side by side, one run): a store of 10,000 generated precedents in ClickHouse, the index
built from it with ``PrecedentRetriever.from_store`` (default index: HNSW past 2,000 cases); the same
requests retrieved with ``retrieve_batch`` over windows of 500 and with ``retrieve_one`` one at a time,
window by window alternately, each side starting every window with an empty embedding cache. The same
comparison on the brute-force index is reported as ``exact_*``. Both sides must return the same results;
``count`` is the number of precedent summaries each side returned.

Scaling sweep (details): latency (p95 and median) of a 500-request window, index memory (graph, vectors
and the re-scoring copy), build time and recall at 1k, 100k and 1M generated precedents, all on the HNSW
index with its default settings and the configured dimensions, built with multi-threaded adds in chunks
of 50k. Every size holds the same first 1,000 cases and answers the same windows (a third are
near-duplicates of those cases), timed in turn so background load hits every size alike. Recall is the
share of the exact top-k matches above the threshold that retrieval returned (first 100 requests).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from streams.clickhouse.client import connect
from streams.config import Settings
from streams.errors import PrecedentError
from streams.models.request import Request
from streams.models.verdict import Decision, PrecedentSummary
from streams.precedents.base import Matrix, PrecedentCase
from streams.precedents.embedder import HashingEmbedder
from streams.precedents.index import ExactIndex, UsearchIndex
from streams.precedents.retrieval import PrecedentRetriever, request_text
from streams.precedents.store import PrecedentStore
from streams.tools.bench import BenchResult, Measured

__all__ = ["CorpusGenerator", "run"]

_DECISIONS: tuple[Decision, ...] = ("allow", "constrained_allow", "escalate", "deny")
_SYLLABLES = [a + b for a in "bcdfghklmnprstvz" for b in ("a", "e", "i", "o", "u", "ai", "ou")]


class CorpusGenerator:
    """Deterministic generated cases: texts drawn from topic clusters, a decision leaning per topic.

    A topic is a bag of ~40 words from a shared vocabulary plus common filler words, so texts of one topic
    overlap the way similar real cases do and texts of different topics mostly do not.
    """

    def __init__(
        self, seed: int = 7, *, draws: int | None = None, topics: int = 2_000, vocabulary: int = 20_000
    ) -> None:
        """Vocabulary and topics come from ``seed``; texts from ``draws`` (default: the same seed)."""
        self.rng = np.random.default_rng(seed)
        self.vocab = np.array(
            ["".join(self.rng.choice(_SYLLABLES, size=self.rng.integers(2, 4))) for _ in range(vocabulary)]
        )
        self.topic_words = self.rng.integers(0, vocabulary, size=(topics, 40))
        self.topic_decision = self.rng.integers(0, len(_DECISIONS), size=topics)
        self.filler = self.rng.integers(0, 300, size=400)  # words every topic shares
        if draws is not None:
            self.rng = np.random.default_rng(draws)

    def texts(self, n: int) -> tuple[list[str], np.ndarray[Any, np.dtype[np.int64]]]:
        """``n`` texts of 20-35 words and the topic of each."""
        topic = self.rng.integers(0, len(self.topic_words), size=n)
        picks = self.rng.integers(0, 40, size=(n, 35))
        filler = self.filler[self.rng.integers(0, len(self.filler), size=(n, 35))]
        use_filler = self.rng.random((n, 35)) < 0.3
        words = np.where(use_filler, filler, self.topic_words[topic[:, None], picks])
        lengths = self.rng.integers(20, 36, size=n)
        return [" ".join(self.vocab[w[:k]]) for w, k in zip(words, lengths, strict=True)], topic

    def cases(self, n: int, prefix: str = "gen") -> Iterator[PrecedentCase]:
        """``n`` decided cases; 80% take their topic's decision, the rest a random one."""
        texts, topic = self.texts(n)
        flip = self.rng.random(n) < 0.2
        other = self.rng.integers(0, len(_DECISIONS), size=n)
        decision = np.where(flip, other, self.topic_decision[topic])
        severity = self.rng.uniform(0, 3, size=n)
        for i in range(n):
            yield PrecedentCase(
                case_id=f"{prefix}-{i:07d}",
                text=texts[i],
                decision=_DECISIONS[int(decision[i])],
                severities={"risk": float(round(severity[i], 2))},
                rationale="generated",
                source="review",
                created_at=1.7e9 + i,
            )

    def requests(self, n: int, near: Sequence[str] = ()) -> list[Request]:
        """``n`` requests: a third near-duplicates of ``near`` texts (a word changed), the rest fresh."""
        texts, _ = self.texts(n)
        if near:
            for i in range(0, n, 3):
                words = near[int(self.rng.integers(0, len(near)))].split()
                words[int(self.rng.integers(0, len(words)))] = str(self.vocab[int(self.rng.integers(0, 20_000))])
                texts[i] = " ".join(words)
        return [Request(request_id=f"q{i}", prompt=t) for i, t in enumerate(texts)]


def _windows(requests: Sequence[Request], size: int) -> list[Sequence[Request]]:
    return [requests[i : i + size] for i in range(0, len(requests), size)]


def _agree(a: Sequence[PrecedentSummary], b: Sequence[PrecedentSummary]) -> bool:
    """Same matches, decisions and novelty; scores equal up to float rounding (BLAS batch vs single)."""
    for x, y in zip(a, b, strict=True):
        if x.novel != y.novel or [m.case_id for m in x.matches] != [m.case_id for m in y.matches]:
            return False
        if abs(x.alignment - y.alignment) > 1e-5 or abs(x.conflict - y.conflict) > 1e-5:
            return False
    return True


def _interleaved(retriever: PrecedentRetriever, requests: Sequence[Request], window: int) -> dict[str, float]:
    """Seconds for batch windows, one-by-one and warm-cache windows over the same requests.

    Window by window, alternating sides, so load from other processes hits both alike; each side starts
    every window with no cached embeddings.
    """
    retriever.retrieve_batch(requests[:window])  # warm the word table and index pages for both sides
    took = {"batch": 0.0, "single": 0.0, "cached": 0.0}
    batched: list[PrecedentSummary] = []
    one_by_one: list[PrecedentSummary] = []
    for w in _windows(requests, window):
        retriever.clear_cache()
        t0 = time.perf_counter()
        batched.extend(retriever.retrieve_batch(w))
        took["batch"] += time.perf_counter() - t0
        retriever.clear_cache()
        t0 = time.perf_counter()
        one_by_one.extend(retriever.retrieve_one(r) for r in w)
        took["single"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        retriever.retrieve_batch(w)  # again: every embedding now comes from the cache
        took["cached"] += time.perf_counter() - t0
    if not _agree(batched, one_by_one):
        raise PrecedentError("bench precedents: retrieve_batch and retrieve_one disagree")
    took["matched_share"] = sum(not s.novel for s in batched) / len(batched)
    took["batch_count"], took["single_count"] = len(batched), len(one_by_one)
    return took


def _compare(
    settings: Settings, n_cases: int, n_requests: int, window: int
) -> tuple[Measured, Measured, dict[str, Any]]:
    """Batch and one-by-one retrieval (requests/s, summaries returned) over a ClickHouse store of ``n_cases``.

    The headline uses the default index (HNSW past 2,000 cases); the same comparison on the brute-force
    index is reported beside it.
    """
    gen = CorpusGenerator(seed=11)
    database = f"bench_precedents_{uuid.uuid4().hex[:8]}"
    client = connect(settings, database=database)
    try:
        store = PrecedentStore(client)
        store.ensure_table()
        embedder = HashingEmbedder(settings.precedents.dim)
        cases = list(gen.cases(n_cases))
        t0 = time.perf_counter()
        store.insert(PrecedentRetriever(embedder, ExactIndex(embedder.dim)).embed_cases(cases))
        stored_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        default = PrecedentRetriever.from_store(store, embedder, settings.precedents)
        build_s = time.perf_counter() - t0
        exact = PrecedentRetriever.from_store(store, embedder, settings.precedents, index=ExactIndex(embedder.dim))
    finally:
        client.command(f"DROP DATABASE IF EXISTS `{database}`")
        client.close()
    requests = gen.requests(n_requests, near=[c.text for c in cases])
    main = _interleaved(default, requests, window)
    forced = _interleaved(exact, requests, window)
    index = default.index
    details = {
        "store_cases": n_cases,
        "requests": n_requests,
        "window": window,
        "index": getattr(index, "kind", type(index).__name__),
        "store_insert_s": round(stored_s, 2),
        "index_build_from_store_s": round(build_s, 2),
        "matched_share": round(main["matched_share"], 3),
        "batch_cached_per_s": round(n_requests / main["cached"], 1),
        "exact_batch_per_s": round(n_requests / forced["batch"], 1),
        "exact_single_per_s": round(n_requests / forced["single"], 1),
        "exact_ratio": round(forced["single"] / forced["batch"], 2),
    }
    batch = Measured(f"retrieve_batch, windows of {window}", n_requests / main["batch"], int(main["batch_count"]))
    single = Measured("retrieve_one, one request at a time", n_requests / main["single"], int(main["single_count"]))
    return batch, single, details


class _ExactTopK:
    """Exact top-k cosine neighbours of a few fixed queries, accumulated chunk by chunk during a build."""

    def __init__(self, queries: Matrix, k: int) -> None:
        self.queries, self.k = queries, k
        self.sims = np.full((len(queries), 0), -np.inf, dtype=np.float32)
        self.labels = np.zeros((len(queries), 0), dtype=np.int64)

    def add(self, first_label: int, vectors: Matrix) -> None:
        sims = np.concatenate([self.sims, self.queries @ vectors.T], axis=1)
        labels = np.concatenate(
            [
                self.labels,
                np.broadcast_to(np.arange(first_label, first_label + len(vectors)), (len(sims), len(vectors))),
            ],
            axis=1,
        )
        top = np.argsort(-sims, axis=1, kind="stable")[:, : self.k]
        self.sims, self.labels = np.take_along_axis(sims, top, 1), np.take_along_axis(labels, top, 1)

    def recall(self, found: Sequence[PrecedentSummary], case_ids: Sequence[str], threshold: float) -> float | None:
        """Share of the exact matches above ``threshold`` that retrieval returned."""
        want = [
            {case_ids[j] for j, s in zip(lab, sim, strict=True) if s >= threshold}
            for lab, sim in zip(self.labels, self.sims, strict=True)
        ]
        total = sum(len(w) for w in want)
        hit = sum(len(w & {m.case_id for m in f.matches}) for w, f in zip(want, found, strict=True))
        return round(hit / total, 4) if total else None


def _sweep(sizes: Sequence[int], dim: int, windows: int, threads: int, window: int = 500) -> dict[str, Any]:
    """Index every size, then time the same windows against each size in turn (interleaved)."""
    first = min(1_000, *sizes)
    probe = CorpusGenerator(seed=23, draws=29)  # same vocabulary as the stored cases, other texts
    head = list(CorpusGenerator(seed=23).cases(first, prefix="s0"))
    batches = [probe.requests(window, near=[c.text for c in head]) for _ in range(windows)]
    embedder = HashingEmbedder(dim)
    recall_queries = embedder.embed_batch([request_text(r) for r in batches[0][:100]])
    built: dict[int, tuple[PrecedentRetriever, _ExactTopK, float]] = {}
    for size in sizes:
        gen = CorpusGenerator(seed=23)  # same first cases at every size, so the same requests fit all
        retriever = PrecedentRetriever(embedder, UsearchIndex(dim, threads=threads), cache_size=0)
        exact = _ExactTopK(recall_queries, retriever.k)
        t0 = time.perf_counter()
        start = 0
        while start < size:
            part = list(gen.cases(first if start == 0 else min(50_000, size - start), prefix=f"s{start}"))
            embedded = retriever.embed_cases(part)
            retriever.index_cases(embedded)
            exact.add(start, np.stack([np.asarray(c.embedding, dtype=np.float32) for c in embedded]))
            start += len(part)
        built[size] = (retriever, exact, time.perf_counter() - t0)
    latencies: dict[int, list[float]] = {size: [] for size in sizes}
    first_window: dict[int, list[PrecedentSummary]] = {}
    for requests in batches:
        for size in sizes:
            t0 = time.perf_counter()
            found = built[size][0].retrieve_batch(requests)
            latencies[size].append(time.perf_counter() - t0)
            first_window.setdefault(size, found)
    out: dict[str, Any] = {}
    for size in sizes:
        retriever, exact, build_s = built[size]
        out[f"{size:,}"] = {
            "p95_ms": round(float(np.percentile(latencies[size], 95)) * 1000, 1),
            "median_ms": round(float(np.median(latencies[size])) * 1000, 1),
            "index_mb": round(retriever.index.memory_bytes / 2**20, 1),
            "build_s": round(build_s, 1),
            "matched_share": round(sum(not s.novel for s in first_window[size]) / window, 3),
            "recall_above_threshold": exact.recall(first_window[size][:100], retriever.case_ids(), retriever.threshold),
        }
    return out


def run(settings: Settings, quick: bool) -> BenchResult:
    """Batch vs one-by-one over a store of 10,000 (quick: 500) and the 1k/100k/1M sweep (quick: tiny)."""
    n_cases, n_requests = (500, 100) if quick else (10_000, 2_000)
    window = 50 if quick else 500
    batch, single, details = _compare(settings, n_cases, n_requests, window)
    sizes = (200, 1_000) if quick else (1_000, 100_000, 1_000_000)
    sweep = _sweep(sizes, settings.precedents.dim, 3 if quick else 20, settings.precedents.threads)
    details["scaling"] = sweep
    first, last = sweep[f"{sizes[0]:,}"]["p95_ms"], sweep[f"{sizes[-1]:,}"]["p95_ms"]
    details["p95_growth"] = round(last / first, 2) if first else None
    low, high = sweep[f"{sizes[0]:,}"]["median_ms"], sweep[f"{sizes[-1]:,}"]["median_ms"]
    details["median_growth"] = round(high / low, 2) if low else None
    return BenchResult(
        benchmark="precedents",
        candidate=batch,
        baseline=single,
        details=details,
    )
