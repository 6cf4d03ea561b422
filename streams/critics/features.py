"""The feature rows the critic models read: embedding, lexicon and context features of a window.

One row per request, float32, in this order (the artifact's manifest records the spec and the model
refuses a spec it was not trained on):

- ``prompt`` (256): the prompt's unit embedding;
- ``response`` (256): the response's unit embedding (zero when there is none);
- ``product`` (256): their element-wise product (what the response does with what was asked);
- ``lexicon`` (7): each lexicon critic's score (0-1) times ``LEXICON_SCALE``. The scale is below 1 on
  purpose: under one shared L2 penalty a small-scale feature needs a large weight to matter, so the
  lexicons inform the model without dominating it (they were written by one author and miss what other
  authors write);
- ``context`` (8): high-stakes domain groups (health, finance, legal/justice, decisions about people,
  operations), vulnerable user, has a response, has a proposed action.

and a sparse **lexical** block (:func:`lexical_rows`, ``2 x 2**LEXICAL_BITS`` columns, float32 CSR): the
hashed word unigrams and bigrams of the prompt, then of the response, each text's counts sublinear
(1 + ln tf) and L2-normalised, times ``LEXICAL_SCALE``. Words are the embedder's whitespace words, lower
case, edge punctuation stripped (the embedder's word table remembers each word's hash, so the block costs
no Python per word); a unigram's bucket is its hash mod 2**bits, a bigram's the mix ``(a * K + b) mod 2**64``
of its two hashes mod 2**bits. The dense embedding generalises across paraphrase, the lexical block
remembers wording; the scale above 1 lets the words count under the shared L2 penalty.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from streams.critics.scoring import VULNERABLE_ROLES
from streams.embedding import TextVectors
from streams.models.finding import Finding
from streams.models.request import Request

__all__ = [
    "CONTEXT_FEATURES",
    "FEATURE_SPEC",
    "LEXICAL_BITS",
    "LEXICAL_SCALE",
    "LEXICON_SCALE",
    "feature_rows",
    "feature_spec",
    "lexical_rows",
]

LEXICON_SCALE = 0.5
LEXICAL_BITS = 18
LEXICAL_SCALE = 2.0
_BIGRAM_MIX = np.uint64(0x9E3779B97F4A7C15)
DOMAIN_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("domain_health", frozenset({"health", "healthcare", "medical", "mental_health", "pharmacy"})),
    ("domain_finance", frozenset({"finance", "financial", "banking", "investing"})),
    ("domain_legal", frozenset({"legal", "justice"})),
    (
        "domain_decisions",
        frozenset(
            {"hiring", "employment", "recruiting", "hr", "credit", "lending", "housing", "insurance", "education"}
        ),
    ),
    ("domain_ops", frozenset({"ops", "devops", "operations", "infrastructure", "security"})),
)
CONTEXT_FEATURES = (*(name for name, _ in DOMAIN_GROUPS), "vulnerable_user", "has_response", "has_action")
FEATURE_SPEC = "features-2"


def feature_spec(dim: int, critics: Sequence[str]) -> dict[str, object]:
    """The layout a model is trained on (stored in its manifest, checked at load)."""
    return {
        "version": FEATURE_SPEC,
        "blocks": [
            ["prompt", dim],
            ["response", dim],
            ["product", dim],
            ["lexicon", len(critics)],
            ["context", len(CONTEXT_FEATURES)],
        ],
        "lexicon_critics": list(critics),
        "lexicon_scale": LEXICON_SCALE,
        "context": list(CONTEXT_FEATURES),
        "lexical": {
            "blocks": [["prompt", 1 << LEXICAL_BITS], ["response", 1 << LEXICAL_BITS]],
            "terms": "hashed word unigrams and bigrams (xxh3-64 of lower-cased, edge-stripped words)",
            "weighting": "1 + ln tf, L2 per text",
            "scale": LEXICAL_SCALE,
        },
    }


def _vulnerable(request: Request) -> bool:
    role = request.context.get("user_role")
    return request.context.get("vulnerable_user") is True or (
        isinstance(role, str) and role.lower() in VULNERABLE_ROLES
    )


def _context_block(requests: Sequence[Request], out: npt.NDArray[np.float32]) -> None:
    """Fill ``out`` (``(n, len(CONTEXT_FEATURES))``) column by column: 1.0 where a context feature holds."""
    n = len(requests)
    domains = [r.domain for r in requests]
    for j, (_, names) in enumerate(DOMAIN_GROUPS):
        out[:, j] = np.fromiter((d in names for d in domains), dtype=bool, count=n)
    base = len(DOMAIN_GROUPS)
    out[:, base] = np.fromiter(map(_vulnerable, requests), dtype=bool, count=n)
    out[:, base + 1] = np.fromiter((bool(r.response) for r in requests), dtype=bool, count=n)
    out[:, base + 2] = np.fromiter((r.proposed_action is not None for r in requests), dtype=bool, count=n)


def feature_rows(
    requests: Sequence[Request], vectors: TextVectors, lexicon: Sequence[Sequence[Finding]]
) -> npt.NDArray[np.float32]:
    """The ``(n, features)`` matrix; ``lexicon[i]`` holds request ``i``'s lexicon findings in critic order."""
    n = len(requests)
    dim = vectors.prompt.shape[1]
    k = len(lexicon[0]) if n else 0
    out = np.empty((n, 3 * dim + k + len(CONTEXT_FEATURES)), dtype=np.float32)
    out[:, :dim] = vectors.prompt
    out[:, dim : 2 * dim] = vectors.response
    np.multiply(vectors.prompt, vectors.response, out=out[:, 2 * dim : 3 * dim])
    lex = out[:, 3 * dim : 3 * dim + k]
    # Built column-wise from flat iterators: no Python list per request (the values are the same floats).
    scores = (0.0 if f.errored else f.score for row in lexicon for f in row)
    lex[:] = np.fromiter(scores, dtype=np.float64, count=n * k).reshape(n, k)
    lex *= LEXICON_SCALE
    _context_block(requests, out[:, 3 * dim + k :])
    return out


class WordHasher(Protocol):
    """An embedder whose word table remembers each word's hash (``WordLlamaEmbedder``)."""

    def word_hashes(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]: ...


def _hashed_counts(hashes: npt.NDArray[np.uint64], owner: npt.NDArray[np.int64], n: int) -> sp.csr_matrix:
    """``(n, 2**LEXICAL_BITS)``: each text's unigram and bigram buckets, 1 + ln tf, L2 per row, scaled.

    Built canonical: every term becomes one integer ``row << LEXICAL_BITS | bucket``; one sort of those keys
    orders them by row, then bucket, and equal neighbours are counted, so the matrix is born with sorted,
    unique indices (what ``sum_duplicates`` would make of the unsorted terms, without scipy's conversions
    and per-row sorts). Same values, same order of the stored entries.
    """
    bits = LEXICAL_BITS
    mask = np.uint64((1 << bits) - 1)
    word = hashes != 0
    pair = word[:-1] & word[1:] & (owner[:-1] == owner[1:])
    with np.errstate(over="ignore"):
        bigrams = hashes[:-1][pair] * _BIGRAM_MIX + hashes[1:][pair]
    keys = np.concatenate([hashes[word] & mask, bigrams & mask]).view(np.int64)  # buckets < 2**bits
    keys |= np.concatenate([owner[word], owner[:-1][pair]]) << bits
    if n <= 1 << (32 - bits):  # up to 16,384 texts the keys fit in 32 bits, which sort twice as fast
        keys = keys.astype(np.uint32)
    keys.sort()
    first = np.empty(len(keys), dtype=bool)
    first[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    terms = keys[starts]
    tf = np.diff(starts, append=len(keys)).astype(np.float32)
    data = 1.0 + np.log(tf)
    row_of = (terms >> bits).astype(np.int64)
    indptr = np.searchsorted(row_of, np.arange(n + 1)).astype(np.int32)
    norms = np.sqrt(np.bincount(row_of, weights=np.square(data, dtype=np.float64), minlength=n))
    data = (data / norms[row_of] * LEXICAL_SCALE).astype(np.float32)
    indices = (terms & int(mask)).astype(np.int32)
    counts = sp.csr_matrix((data, indices, indptr), shape=(n, 1 << bits))
    counts.has_sorted_indices = True  # sorted and unique by construction: scipy need not check or sort
    counts.has_canonical_format = True
    return counts


def lexical_rows(embedder: WordHasher, requests: Sequence[Request]) -> sp.csr_matrix:
    """The ``(n, 2 * 2**LEXICAL_BITS)`` sparse lexical block (prompt buckets, then response buckets).

    The distinct texts are listed exactly as :func:`streams.embedding.embed_window` lists them, so the
    embedder reuses the word split it made for the window's vectors; each distinct text is hashed once.
    """
    distinct: dict[str, int] = {}
    for text in (*(r.prompt for r in requests), *(r.response for r in requests)):
        distinct.setdefault(text, len(distinct))
    texts = list(distinct)
    p_idx = np.fromiter((distinct[r.prompt] for r in requests), dtype=np.int64, count=len(requests))
    r_idx = np.fromiter((distinct[r.response] for r in requests), dtype=np.int64, count=len(requests))
    hashes, owner = embedder.word_hashes(texts)
    per_text = _hashed_counts(hashes, owner, len(texts))
    block: sp.csr_matrix = sp.hstack([per_text[p_idx], per_text[r_idx]], format="csr", dtype=np.float32)
    return block
