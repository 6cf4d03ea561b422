"""The wordllama ``l2_supercat`` static embedding (256 dimensions), loaded offline from its wheel.

The model is a table of 32,000 token vectors (Llama-2 BPE vocabulary) distilled from a large language
model's token embeddings; a text's embedding is the mean of its token rows, normalised. The ``wordllama``
package's own loader looks for the tokenizer under a folder name the wheel does not ship and then tries
to download it, so this module reads the two shipped files directly and never touches the network.

Speed. The reference path tokenizes every text with the BPE tokenizer (~80 us for a ~430-character text
here, because the tokenizer has no pre-tokenizer and runs BPE over the whole string) and pools by a dense
gather. Here the text is split on whitespace and each distinct word is tokenized once (``▁word`` as the
tokenizer's normaliser would produce it) and remembered, so a text costs dictionary look-ups; pooling is
one sparse (texts x vocabulary) count matrix times the table (~25 us per request of two ~430-character
texts here, against ~170 us for the reference). Whitespace tokens (runs of spaces, new lines, tabs) carry
no meaning and are dropped: on single-spaced prose the vectors equal the reference (cosine > 0.999,
tested); a short text full of line breaks moves further, because the reference counts every break. Because
the pooled sum of a concatenation is the sum of the parts, :meth:`WordLlamaEmbedder.pooled` lets a caller
build the embedding of ``prompt + response`` from the two texts' sums without embedding it again.

Word hashes. The word table also remembers, per word, a 64-bit hash of its *normalised* form (lower case,
leading and trailing punctuation stripped; 0 when nothing is left): :meth:`WordLlamaEmbedder.word_hashes`
returns them for a batch of texts, so a hashed bag-of-words (the critic models' lexical block) costs no
Python per word; the last batch's word split is remembered, so asking for the hashes of the texts just
pooled (what the critic models do after ``embed_window``) does not split them again. The vectors do not
depend on either.

Glossing. With a glossary (:mod:`streams.embedding.glossary`; the shared embedder uses the shipped one), the
word table also remembers per word which languages' function words it is and, per language, the table entry
of its English gloss (a gloss is learnt as a word of its own). A batch then counts each text's function words
per language with numpy, and the words of a text detected as another language are swapped for their glosses
before pooling and hashing; English text is untouched, so its vectors and hashes are those of the plain
table. The glossary's digest is part of :attr:`WordLlamaEmbedder.id`.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
import xxhash
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from streams.embedding.base import Matrix
from streams.embedding.glossary import Glossary, detect, normalise, shipped_glossary
from streams.errors import ConfigError

__all__ = ["Matrix", "WordLlamaEmbedder", "shared_wordllama", "unit_rows", "word_hash", "wordllama_files"]

_WEIGHTS = "weights/l2_supercat_256.safetensors"
_TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
_TABLE_KEY = "embedding.weight"
# Joins a batch's texts into one string, a word of its own between texts: a private-use character, which
# ``str.split`` does not treat as whitespace (the ASCII separators 0x1c-0x1f it does).
_SEP = "\ue000"
# Distinct words remembered before the table starts over. Traffic brings new words without end (ids, numbers,
# names): at ~350 bytes a word, a million of them grew a worker by ~250 MB in the 30-minute memory soak
# (tests/faults/test_memory.py); 100,000 bound the table at ~35 MB, and starting over costs one window's
# tokenizer calls.
_WORD_CACHE_LIMIT = 100_000
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")


def word_hash(word: str) -> int:
    """64-bit hash of a word's normalised form (lower case, edge punctuation stripped); 0 if nothing is left."""
    norm = _EDGE_PUNCTUATION.sub("", word.lower())
    return xxhash.xxh3_64_intdigest(norm.encode()) if norm else 0


def wordllama_files() -> tuple[Path, Path]:
    """Paths of the weights and tokenizer shipped inside the installed ``wordllama`` wheel."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the wordllama embedder needs the 'wordllama' package: pip install wordllama")
    root = Path(next(iter(spec.submodule_search_locations)))
    weights, tokenizer = root / _WEIGHTS, root / _TOKENIZER
    for path in (weights, tokenizer):
        if not path.is_file():
            raise ConfigError(f"wordllama package at {root} lacks {path.relative_to(root)}")
    return weights, tokenizer


class WordLlamaEmbedder:
    """Static sentence embeddings: mean of token vectors, unit rows, 256 float32 dimensions."""

    VERSION = "wordllama-l2supercat-v1"

    # The word table: word -> index; word i's token ids are _word_tokens[_word_start[i]:][:_word_len[i]],
    # its normalised form's hash _word_hash[i].
    _index: dict[str, int]
    _word_hash: npt.NDArray[np.uint64]
    _word_start: npt.NDArray[np.int64]
    _word_len: npt.NDArray[np.int64]
    _word_tokens: npt.NDArray[np.int32]
    # Glossing (streams.embedding.glossary): per word, which languages' function words it is (bit mask), and
    # per glossary language the table index of the word's English gloss (its own index when it has none).
    # Both as a class: an index into _masks[0] / _masks[1], the distinct masks seen (few; class 0 = no bit).
    _word_stop: npt.NDArray[np.int64]  # bit 0 English, bit i + 1 language i: the word is a function word
    _word_known: npt.NDArray[np.int64]  # bit i: language i's table glosses the word
    _masks: tuple[dict[int, int], dict[int, int]]
    _gloss_to: list[npt.NDArray[np.int64]]

    def __init__(
        self, weights: Path | None = None, tokenizer: Path | None = None, glossary: Glossary | None = None
    ) -> None:
        if weights is None or tokenizer is None:
            weights, tokenizer = wordllama_files()
        table = load_file(str(weights)).get(_TABLE_KEY)
        if table is None or table.ndim != 2:
            raise ConfigError(f"{weights}: no 2-D tensor {_TABLE_KEY!r}")
        self._table: Matrix = np.ascontiguousarray(table, dtype=np.float32)
        self._tokenizer = Tokenizer.from_file(str(tokenizer))
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        self._glossary = glossary
        self._lock = threading.Lock()  # the word table is shared by the threads of one worker
        self._reset_words()

    @property
    def id(self) -> str:
        """Embedding-space id: ``wordllama-l2supercat-v1-256``, with ``-gloss-<digest>`` when glossing."""
        base = f"{self.VERSION}-{self.dim}"
        return base if self._glossary is None else f"{base}-gloss-{self._glossary.digest}"

    @property
    def dim(self) -> int:
        """Vector length (256)."""
        return int(self._table.shape[1])

    def _learn(self, words: list[str]) -> None:
        """Tokenize new words once and append their token ids to the flat word table (and, when glossing,
        their function-word masks and glosses; a gloss not yet in the table is learnt as a word of its own,
        with the same masks and glosses as when a text brings it, so an entry never depends on which came
        first)."""
        base = len(self._word_len)
        encoded = self._tokenizer.encode_batch(words, add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encoded), dtype=np.int64, count=len(encoded))
        tokens = np.fromiter((t for e in encoded for t in e.ids), dtype=np.int32, count=int(lengths.sum()))
        self._word_start = np.concatenate([self._word_start, len(self._word_tokens) + np.cumsum(lengths) - lengths])
        self._word_len = np.concatenate([self._word_len, lengths])
        self._word_tokens = np.concatenate([self._word_tokens, tokens])
        hashes = np.fromiter(map(word_hash, words), dtype=np.uint64, count=len(words))
        self._word_hash = np.concatenate([self._word_hash, hashes])
        glossary = self._glossary
        if glossary is None:
            return
        own = np.arange(base, base + len(words), dtype=np.int64)
        forms = [normalise(w) for w in words]
        stop = np.fromiter(map(glossary.stop_mask, forms), dtype=np.int64, count=len(words))
        self._word_stop = np.concatenate([self._word_stop, self._classes(0, stop)])
        targets = [[glossary.gloss(lang, f) for f in forms] for lang in range(len(glossary.languages))]
        known = np.zeros(len(words), dtype=np.int64)
        for lang, per in enumerate(targets):
            known |= np.fromiter((t is not None for t in per), dtype=np.int64, count=len(words)) << lang
        self._word_known = np.concatenate([self._word_known, self._classes(1, known)])
        new = list(dict.fromkeys(t for per in targets for t in per if t is not None and t not in self._index))
        start = len(self._word_len)
        self._index.update((text, start + k) for k, text in enumerate(new))
        self._gloss_to = [np.concatenate([g, own]) for g in self._gloss_to]
        if new:  # ends: each round learns only glossary strings not yet in the table
            self._learn(new)
        index = self._index
        for lang, per in enumerate(targets):
            for k, target in enumerate(per):
                if target is not None:
                    self._gloss_to[lang][base + k] = index[target]

    def _reset_words(self) -> None:
        self._last: tuple[tuple[str, ...], npt.NDArray[np.int64], npt.NDArray[np.int64]] | None = None
        self._index = {_SEP: -1}  # the separator word of a joined batch
        self._word_hash = np.zeros(0, dtype=np.uint64)
        self._word_start = np.zeros(0, dtype=np.int64)
        self._word_len = np.zeros(0, dtype=np.int64)
        self._word_tokens = np.zeros(0, dtype=np.int32)
        self._word_stop = np.zeros(0, dtype=np.int64)
        self._word_known = np.zeros(0, dtype=np.int64)
        self._masks = ({0: 0}, {0: 0})
        languages = 0 if self._glossary is None else len(self._glossary.languages)
        self._gloss_to = [np.zeros(0, dtype=np.int64) for _ in range(languages)]

    def _classes(self, kind: int, masks: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """The class of each mask in ``self._masks[kind]`` (new masks get the next class)."""
        table = self._masks[kind]
        for mask in set(masks.tolist()) - table.keys():
            table[mask] = len(table)
        return np.fromiter((table[m] for m in masks.tolist()), dtype=np.int64, count=len(masks))

    def _languages(
        self, words: npt.NDArray[np.int64], owner: npt.NDArray[np.int64], texts: int
    ) -> npt.NDArray[np.int64]:
        """Per text, the glossary language it is read as, or -1 (see :func:`streams.embedding.glossary.detect`)."""
        languages = len(self._gloss_to)
        stop = self._word_stop[words]
        hit = np.flatnonzero(stop)
        if not languages or not len(hit):
            return np.full(texts, -1, dtype=np.int64)
        counts = _class_counts(stop[hit], owner[hit], texts, self._masks[0], languages + 1)
        # Vocabulary is counted only in texts with a foreign function word (the others cannot be glossed).
        foreign = np.asarray((counts[:, 1:] > 0).any(axis=1), dtype=bool)
        candidate = foreign[owner]
        known = _class_counts(self._word_known[words[candidate]], owner[candidate], texts, self._masks[1], languages)
        return detect(counts, np.bincount(owner, minlength=texts), known)

    def _glossed(self, words: npt.NDArray[np.int64], owner: npt.NDArray[np.int64], texts: int) -> npt.NDArray[np.int64]:
        """``words`` with every word of a text detected as another language replaced by its English gloss."""
        if self._glossary is None or not len(words):
            return words
        language = self._languages(words, owner, texts)
        if not (language >= 0).any():
            return words
        per_word = language[owner]
        out = words.copy()
        for lang in np.unique(language[language >= 0]):
            mask = per_word == lang
            out[mask] = self._gloss_to[int(lang)][words[mask]]
        return out

    def _word_ids(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Word-table index of every word of every text, concatenated, and the text each word belongs to.

        The texts are joined with a separator word and split once (one ``split`` and one ``map`` for the
        whole batch instead of a Python loop per text); should a text itself contain the separator as a
        word, the batch is split text by text instead.
        """
        index = self._index
        words = f" {_SEP} ".join(texts).split()
        try:  # straight from the look-ups into the array: no list of Python ints in between
            ids = np.fromiter(map(index.__getitem__, words), dtype=np.int64, count=len(words))
        except KeyError:  # words never seen: learn them, then look up again
            new = list(dict.fromkeys(w for w in words if w not in index))
            base = len(self._word_len)
            index.update((word, base + k) for k, word in enumerate(new))
            self._learn(new)
            ids = np.fromiter(map(index.__getitem__, words), dtype=np.int64, count=len(words))
        is_sep = ids < 0
        if int(is_sep.sum()) != len(texts) - 1:
            per_text = [np.array([index[w] for w in t.split() if w != _SEP], dtype=np.int64) for t in texts]
            owner = np.repeat(np.arange(len(texts), dtype=np.int64), [len(a) for a in per_text])
            return (np.concatenate(per_text) if per_text else np.zeros(0, dtype=np.int64)), owner
        owner = np.cumsum(is_sep)
        keep = ~is_sep
        return ids[keep], owner[keep]

    def _words(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """:meth:`_word_ids` with other-language texts glossed (:meth:`_glossed`), remembered for the last
        batch, so pooling and hashing the same window detect its languages once (call with the lock held)."""
        key = tuple(texts)
        last = self._last
        if last is not None and last[0] == key:  # element identity first: cheap for the same strings
            return last[1], last[2]
        if len(self._index) > _WORD_CACHE_LIMIT:  # a bound on memory: start over
            self._reset_words()
        words, owner = self._word_ids(texts)
        words = self._glossed(words, owner, len(texts))
        self._last = (key, words, owner)
        return words, owner

    def _token_ids(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int64]]:
        """Token ids of every text, concatenated, and the CSR row pointer (one row per text)."""
        with self._lock:
            words, owner = self._words(texts)
            lengths = self._word_len[words]
            starts = self._word_start[words]
            tokens = self._word_tokens
        ends = np.cumsum(lengths)
        total = int(ends[-1]) if len(ends) else 0
        positions = np.repeat(starts - (ends - lengths), lengths) + np.arange(total, dtype=np.int64)
        per_text = np.bincount(owner, weights=lengths, minlength=len(texts)).astype(np.int64)
        indptr = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(per_text, out=indptr[1:])
        return tokens[positions], indptr

    def word_hashes(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
        """Every word's normalised hash (see :func:`word_hash`; 0 for pure punctuation), in text order, and
        the text each word belongs to (non-decreasing)."""
        with self._lock:
            words, owner = self._words(texts)
            return self._word_hash[words], owner

    def pooled(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
        """Per text, the *sum* of its token vectors (float64, not normalised) and its token count."""
        ids, indptr = self._token_ids(texts)
        counts = sp.csr_matrix(
            (np.ones(len(ids), dtype=np.float32), ids, indptr), shape=(len(texts), self._table.shape[0])
        )
        sums = np.asarray(counts @ self._table, dtype=np.float64)
        return sums, np.diff(indptr)

    def embed_batch(self, texts: Sequence[str]) -> Matrix:
        """Embed ``texts`` into an ``(n, 256)`` float32 array of unit rows (zero rows for empty texts)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        sums, _ = self.pooled(texts)
        return unit_rows(sums)


def _class_counts(
    classes: npt.NDArray[np.int64], owner: npt.NDArray[np.int64], texts: int, masks: dict[int, int], bits: int
) -> npt.NDArray[np.int64]:
    """(texts x bits): per text, how many of its words have each bit set in their mask.

    Words carry a mask *class* (few distinct masks), so the words are counted per (text, class) in one
    bincount and the classes' bits multiplied in after: no sort and no (words x bits) array.
    """
    by_class = np.zeros(len(masks), dtype=np.int64)
    for mask, index in masks.items():
        by_class[index] = mask
    per_class = np.bincount(owner * len(masks) + classes, minlength=texts * len(masks)).reshape(texts, len(masks))
    table: npt.NDArray[np.int64] = (by_class[:, None] >> np.arange(bits, dtype=np.int64)) & 1
    counts: npt.NDArray[np.int64] = per_class @ table
    return counts


def unit_rows(sums: npt.NDArray[np.float64]) -> Matrix:
    """Rows scaled to unit length (all-zero rows stay zero), as float32."""
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    out = np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0)
    unit: Matrix = out.astype(np.float32)
    return unit


@lru_cache(maxsize=1)
def shared_wordllama() -> WordLlamaEmbedder:
    """The process's one wordllama embedder, glossing with the shipped glossary (the table is 32 MB; critics
    and precedents share it)."""
    return WordLlamaEmbedder(glossary=shipped_glossary())
