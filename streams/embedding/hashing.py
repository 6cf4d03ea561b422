"""Feature-hashing embedder: no model, no download, a whole batch vectorised with numpy.

Features of a text (lower-cased, stop words dropped):
- word unigrams (weight 1.0) and word bigrams (0.7): a near-duplicate shares most of them;
- character 3- and 4-grams of each word with boundary marks (0.25 each): spelling variants and
  inflections (``deny``/``denied``) still overlap.
Each feature is hashed with xxh3_64; the low bit gives the sign (signed hashing keeps collisions from
biasing every similarity upwards), the rest picks one of ``dim`` buckets. Term frequency is sublinear:
a word (or bigram) seen ``tf`` times in a text counts ``1 + ln(tf)``, and a word's character n-grams carry
its weight. Every row is then L2-normalised, so a dot product is the cosine.

Speed: each distinct word is hashed once and kept as a *signature* (its buckets and signed weights) in flat
arrays; a batch then only splits texts into words in Python and does everything else with a handful of
numpy calls over the whole batch (gather the signatures, count, one ``bincount``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import xxhash

from streams.embedding.base import Matrix

__all__ = ["HashingEmbedder"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Function words carry no case-specific meaning and would pull every pair of English texts together.
_STOP_WORDS = (
    "a an the and or but if of to in on at by for with from as is are was were be been being it its this that"
    " these those i you he she we they me my your our their his her them us do does did so can could"
    " would should will shall may might must have has had what which who whom how when where why there here"
    " than then just very also about into over any all some such"
)
_STOP = frozenset(_STOP_WORDS.split())
_STOP_BYTES = tuple(w.encode() for w in sorted(_STOP))
# Lower-cased UTF-8 with every ASCII byte that is not a letter or digit turned into a space: ``split()`` then
# yields the words of ``_WORD`` for ASCII text; bytes >= 0x80 (parts of non-ASCII characters) are kept and
# such a token is split by ``_WORD`` itself, so the words are exactly ``_WORD``'s for any text.
_SEPARATE = bytes(b if b >= 0x80 or chr(b).isalnum() else 0x20 for b in range(256))
_U64 = np.uint64
_MASK40 = _U64((1 << 40) - 1)
_SEED_WORD, _SEED_CHAR = 1, 2
_W_WORD, _W_BIGRAM, _W_CHAR = 1.0, 0.7, 0.25
_MEMO_LIMIT = 1_000_000


def _mix(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """A 64-bit finaliser (splitmix64) that spreads combined hashes over all bits, vectorised."""
    with np.errstate(over="ignore"):
        z = values + _U64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> _U64(30))) * _U64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> _U64(27))) * _U64(0x94D049BB133111EB)
        return z ^ (z >> _U64(31))


def _words(text: str) -> list[bytes]:
    """The words of ``text`` (lower-cased, UTF-8), in order, as ``_WORD.findall(text.lower())`` finds them."""
    data = text.lower().encode()
    tokens = data.translate(_SEPARATE).split()
    if data.isascii():
        return tokens
    out: list[bytes] = []
    for token in tokens:
        if token.isascii():
            out.append(token)
        else:
            out.extend(w.encode() for w in _WORD.findall(token.decode()))
    return out


class HashingEmbedder:
    """Signed feature hashing of words, word bigrams and character n-grams into ``dim`` dimensions."""

    VERSION = "hash-v1"

    def __init__(self, dim: int = 256, *, char_ngrams: tuple[int, ...] = (3, 4)) -> None:
        if dim < 2:
            raise ValueError("dim must be at least 2")
        self._dim = dim
        self._char_ngrams = char_ngrams
        # One batch at a time: the work is GIL-bound anyway and the word table must not move underneath.
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        # Word (UTF-8) -> id; stop words map to -1 so one dict lookup per word decides both.
        self._ids: dict[bytes, int] = dict.fromkeys(_STOP_BYTES, -1)
        self._word_hash = np.zeros(0, dtype=np.uint64)
        self._sig_start = np.zeros(0, dtype=np.int64)
        self._sig_len = np.zeros(0, dtype=np.int64)
        self._sig_bucket = np.zeros(0, dtype=np.int64)
        self._sig_weight = np.zeros(0, dtype=np.float64)

    @property
    def id(self) -> str:
        """Embedding-space id, e.g. ``hash-v1-256``."""
        return f"{self.VERSION}-{self._dim}"

    @property
    def dim(self) -> int:
        """Vector length."""
        return self._dim

    def _signed(
        self, hashes: npt.NDArray[np.uint64], weight: float
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """Bucket and signed weight of each hash: low bit = sign, the rest modulo ``dim`` = bucket."""
        sign = np.where((hashes & _U64(1)) == 1, -weight, weight)
        return ((hashes >> _U64(1)) % _U64(self._dim)).astype(np.int64), sign

    def _learn(self, words: list[bytes]) -> None:
        """Hash new words (UTF-8) once and append their signatures (word hash + character n-grams)."""
        word_hash = np.array([xxhash.xxh3_64_intdigest(w, seed=_SEED_WORD) for w in words], dtype=np.uint64)
        grams: list[int] = []
        lengths = np.zeros(len(words), dtype=np.int64)
        for i, word in enumerate(words):
            marked = f"<{word.decode()}>"
            found = [marked[j : j + n] for n in self._char_ngrams for j in range(len(marked) - n + 1)]
            grams.extend(xxhash.xxh3_64_intdigest(g.encode(), seed=_SEED_CHAR) for g in found)
            lengths[i] = len(found)
        word_bucket, word_weight = self._signed(word_hash, _W_WORD)
        char_bucket, char_weight = self._signed(np.array(grams, dtype=np.uint64), _W_CHAR)
        # Signature of word i: its own bucket first, then its n-grams.
        owner = np.concatenate([np.arange(len(words)), np.repeat(np.arange(len(words)), lengths)])
        order = np.argsort(owner, kind="stable")
        bucket = np.concatenate([word_bucket, char_bucket])[order]
        weight = np.concatenate([word_weight, char_weight])[order]
        base = len(self._sig_bucket)
        sig_len = lengths + 1
        self._sig_start = np.concatenate([self._sig_start, base + np.cumsum(sig_len) - sig_len])
        self._sig_len = np.concatenate([self._sig_len, sig_len])
        self._sig_bucket = np.concatenate([self._sig_bucket, bucket])
        self._sig_weight = np.concatenate([self._sig_weight, weight])
        self._word_hash = np.concatenate([self._word_hash, word_hash])

    def _word_ids(self, texts: Sequence[str]) -> tuple[list[int], npt.NDArray[np.int64]]:
        """Word ids of every text, concatenated (``-1`` for a stop word), and the number of words per text."""
        if len(self._ids) > _MEMO_LIMIT:  # a bound on memory; rebuilding costs one re-hash per word
            self._reset()
        ids = self._ids
        get = ids.get
        out: list[int] = []
        counts = np.zeros(len(texts), dtype=np.int64)
        new: list[bytes] = []
        for row, text in enumerate(texts):
            words = _words(text)
            found = list(map(get, words))
            if None in found:
                for i, w in enumerate(words):
                    if found[i] is None:
                        if w not in ids:
                            ids[w] = len(ids) - len(_STOP)
                            new.append(w)
                        found[i] = ids[w]
            out.extend(found)  # type: ignore[arg-type]  # no None is left
            counts[row] = len(found)
        if new:
            self._learn(new)
        return out, counts

    def embed_batch(self, texts: Sequence[str]) -> Matrix:
        """Embed ``texts`` into an ``(n, dim)`` float32 array of unit rows (all-zero rows for empty texts)."""
        n, dim = len(texts), self._dim
        if n == 0:
            return np.zeros((0, dim), dtype=np.float32)
        with self._lock:
            flat_ids, counts = self._word_ids(texts)
            ids = np.array(flat_ids, dtype=np.int64)
            keep = ids >= 0  # stop words dropped (bigrams then join the words around them)
            rows = np.repeat(np.arange(n, dtype=np.int64), counts)[keep]
            ids = ids[keep]
            if not len(ids):
                return np.zeros((n, dim), dtype=np.float32)
            # Words: count each (row, word) once, weight 1 + ln(tf), then gather the word's signature.
            vocab = len(self._ids) + 1
            uniq, tf = np.unique(rows * vocab + ids, return_counts=True)
            u_row, u_id = uniq // vocab, uniq % vocab
            lens = self._sig_len[u_id]
            ends = np.cumsum(lens)
            pos = np.repeat(self._sig_start[u_id] - (ends - lens), lens) + np.arange(int(ends[-1]))
            word_target = np.repeat(u_row, lens) * dim + self._sig_bucket[pos]
            word_value = self._sig_weight[pos] * np.repeat(1.0 + np.log(tf), lens)
            # Bigrams: consecutive words of one text, hashed from the two word hashes (order-sensitive).
            same = rows[:-1] == rows[1:]
            hashes = self._word_hash[ids]
            big = _mix((hashes[:-1] * _U64(31)) ^ hashes[1:])[same]
            b_uniq, b_tf = np.unique(
                (rows[:-1][same].astype(np.uint64) << _U64(40)) | (big & _MASK40), return_counts=True
            )
            b_bucket, b_sign = self._signed(b_uniq & _MASK40, _W_BIGRAM)
            big_target = (b_uniq >> _U64(40)).astype(np.int64) * dim + b_bucket
            big_value = b_sign * (1.0 + np.log(b_tf))
        out = np.bincount(
            np.concatenate([word_target, big_target]),
            weights=np.concatenate([word_value, big_value]),
            minlength=n * dim,
        ).reshape(n, dim)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out.astype(np.float32)
