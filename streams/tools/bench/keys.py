"""``bench keys``: the pipeline's cache key function (xxh3_128) vs the same function with SHA-256.

``ratio`` is what the pipeline gets: the whole key function as the cache calls it per request —
canonicalisation (orjson, sorted keys) + hash + key formatting — with xxh3_128 (``judgement_key``) vs
the same steps with SHA-256. Beside it (``details.hash_only_ratio``): the hash alone, xxh3_128 vs SHA-256
hex digests of the same pre-built canonical bytes. Canonicalisation costs the same on both sides and
dominates a key, so the key function gains much less than the hash. ``count`` is the number of distinct
keys each side made from the window's distinct requests (equal: both did the same work).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from typing import Any

import xxhash

from streams.cache.keys import JUDGEMENT_KIND, KEY_FORMAT, canonical_bytes, judgement_key
from streams.config import Settings
from streams.errors import EleanorError
from streams.models.request import Request
from streams.tools.bench import BenchResult, Measured
from streams.tools.workload import generate_request_dicts, to_request

__all__ = ["realistic_requests", "run"]

RULESET = "bench-rules-1"


def realistic_requests(count: int, seed: int = 7) -> list[Request]:
    """``count`` distinct requests of about 1 KB from the shared workload generator.

    No repeats and no precedent-like cases, so every request has its own key.
    """
    dicts = generate_request_dicts(count, seed, repeat_share=0.0, precedent_share=0.0)
    return [to_request(d) for d in dicts]


def _sha256_key(request: Request, ruleset_version: str, prefix: str) -> str:
    """The baseline: the same key function with SHA-256 instead of xxh3_128."""
    digest = hashlib.sha256(canonical_bytes(request, ruleset_version)).hexdigest()
    return f"{prefix}:{JUDGEMENT_KIND}:{KEY_FORMAT}:{ruleset_version}:{digest}"


def _rate(work: Callable[[Any], object], items: Sequence[Any], rounds: int) -> float:
    """Items per second of the fastest of ``rounds`` passes (the least disturbed by other processes)."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for item in items:
            work(item)
        best = min(best, time.perf_counter() - started)
    return len(items) / best


def _sha256_hex(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def run(settings: Settings, quick: bool) -> BenchResult:
    """Measure both comparisons on the same requests in one run."""
    # One window of requests: its canonical bytes stay in CPU cache, as they do when keys are made per window.
    count, rounds = (500, 5) if quick else (2_000, 60)
    prefix = settings.cache.key_prefix
    requests = realistic_requests(count)
    blobs = [canonical_bytes(r, RULESET) for r in requests]

    def xxh3_key(request: Request) -> str:
        return judgement_key(request, RULESET, prefix)

    def sha256_key(request: Request) -> str:
        return _sha256_key(request, RULESET, prefix)

    def canonical(request: Request) -> bytes:
        return canonical_bytes(request, RULESET)

    def hash_xxh3(blob: bytes) -> str:
        return xxhash.xxh3_128_hexdigest(blob)

    # Interleaved in short passes so candidate and baseline see the same machine load; best pass wins.
    rates = {"xxh_hash": 0.0, "sha_hash": 0.0, "xxh_key": 0.0, "sha_key": 0.0, "canon": 0.0}
    for _ in range(rounds):
        for name, work, items in (
            ("xxh_hash", hash_xxh3, blobs),
            ("sha_hash", _sha256_hex, blobs),
            ("xxh_key", xxh3_key, requests),
            ("sha_key", sha256_key, requests),
            ("canon", canonical, requests),
        ):
            rates[name] = max(rates[name], _rate(work, items, 1))
    xxh_hash, sha_hash, xxh_key, sha_key, canon = rates.values()

    distinct = {"xxh3": len({xxh3_key(r) for r in requests}), "sha256": len({sha256_key(r) for r in requests})}
    if min(distinct.values()) != count:
        raise EleanorError(f"bench keys: {count} distinct requests gave {distinct} distinct keys")
    canon_share = (1 / canon) / (1 / xxh_key)
    return BenchResult(
        benchmark="keys",
        candidate=Measured("judgement_key: canonical bytes + xxh3_128", xxh_key, distinct["xxh3"]),
        baseline=Measured("the same key function with SHA-256", sha_key, distinct["sha256"]),
        details={
            "ratio_measures": "the whole key function per request (canonicalisation + hash), as the pipeline runs it",
            "requests": count,
            "mean_canonical_bytes": round(sum(map(len, blobs)) / count),
            "passes_best_of": rounds,
            "hash_only_xxh3_per_s": round(xxh_hash, 1),
            "hash_only_sha256_per_s": round(sha_hash, 1),
            "hash_only_ratio": round(xxh_hash / sha_hash, 3),
            "canonicalisation_per_s": round(canon, 1),
            "canonicalisation_share_of_xxh3_key": round(canon_share, 3),
        },
    )
