"""Word-by-word English glosses for text in other languages, so that it lands near the English it means.

The wordllama table was distilled for English: a Spanish or Russian sentence shares few tokens with the
English sentence that says the same, so its vector lands elsewhere — rewordings in another language miss
their precedent and the critic models read such text less well (the README's language-bias section).
Because a static embedding is a mean over words, a word-for-word gloss is enough to bring the text close:
"¿cómo envenenar al perro del vecino?" glossed is "how poison to-the dog of-the neighbour".

``glossary/<lang>.tsv`` holds ``form<TAB>gloss`` lines (inflected surface forms, lower case, one to four
English words each) and ``glossary/<lang>.stop`` the language's most frequent function words;
``glossary/en.stop`` holds English ones. A text is glossed when some language has more function words in
it than English (at least two, or one in a text of fewer than eight words), as the language with most
function words and table words in the text; an English text is never glossed, so an English word that is
also a foreign form ("gift", "die", "once") keeps its English meaning. :func:`detect` is that rule over the
counts; the embedder counts with numpy over its word table (:mod:`streams.embedding.wordllama`).

The files are data written for this project (see ``glossary/README.md``); the digest of all of them is part
of the embedder id, so a changed glossary is a changed embedding space and stored precedents are rebuilt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
import xxhash

from streams.errors import ConfigError

__all__ = ["GLOSSARY_DIR", "Glossary", "detect", "load_glossary", "normalise", "shipped_glossary"]

GLOSSARY_DIR = Path(__file__).parent / "glossary"
ENGLISH = "en"
SHORT_TEXT_WORDS = 8  # below this many words one function word is enough evidence
_EDGE = re.compile(r"^\W+|\W+$")
_GLOSS = re.compile(r"^[a-z][a-z'-]*( [a-z][a-z'-]*){0,3}$")
_APOSTROPHES = "'\u2019"  # typewriter and typographic
_ELISION = re.compile(rf"^.{{1,6}}[{_APOSTROPHES}]")  # l'argent, dell'uomo, qu'il: the part after the apostrophe


def normalise(word: str) -> str:
    """A word's look-up form: lower case, edge punctuation stripped, Unicode NFC."""
    return unicodedata.normalize("NFC", _EDGE.sub("", word.lower()))


@dataclass(frozen=True, slots=True)
class Glossary:
    """Glosses and function words per language; language ``i`` of :attr:`languages` is stop-mask bit ``i + 1``
    (bit 0 is English)."""

    languages: tuple[str, ...]
    glosses: tuple[dict[str, str], ...]
    stop_masks: dict[str, int]
    digest: str

    def gloss(self, language: int, form: str) -> str | None:
        """The English gloss of normalised ``form`` in language ``language`` (elided forms by their tail)."""
        table = self.glosses[language]
        found = table.get(form)
        if found is None and any(a in form for a in _APOSTROPHES):
            found = table.get(_ELISION.sub("", form))
        return found

    def stop_mask(self, form: str) -> int:
        """Which languages' function words normalised ``form`` is (bit 0 English, bit ``i + 1`` language i)."""
        return self.stop_masks.get(form, 0)


def _lines(path: Path) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"glossary {path.name}: {exc}") from exc
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]


def _read_glosses(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in _lines(path):
        form, sep, gloss = line.partition("\t")
        where = f"glossary {path.name}:{n}"
        if not sep or "\t" in gloss:
            raise ConfigError(f"{where}: expected 'form<TAB>gloss', got {line!r}")
        if normalise(form) != form or not form:
            raise ConfigError(
                f"{where}: form {form!r} is not one normalised word (lower case, NFC, no edge punctuation)"
            )
        if not _GLOSS.match(gloss):
            raise ConfigError(f"{where}: gloss {gloss!r} is not one to four lower-case English words")
        if form in out:
            raise ConfigError(f"{where}: form {form!r} is listed twice")
        out[form] = gloss
    return out


def _read_stop(path: Path) -> list[str]:
    words = [line.strip() for _, line in _lines(path)]
    bad = [w for w in words if normalise(w) != w or not w]
    if bad:
        raise ConfigError(f"glossary {path.name}: not normalised words: {bad[:5]}")
    return words


def load_glossary(directory: Path = GLOSSARY_DIR) -> Glossary:
    """Read and check every ``<lang>.tsv`` / ``<lang>.stop`` pair of ``directory`` and ``en.stop``."""
    english = directory / f"{ENGLISH}.stop"
    if not english.is_file():
        raise ConfigError(f"glossary directory {directory} lacks {english.name}")
    digest = xxhash.xxh3_64()
    masks: dict[str, int] = {}
    for word in _read_stop(english):
        masks[word] = 1
    digest.update(english.read_bytes())
    languages: list[str] = []
    glosses: list[dict[str, str]] = []
    for path in sorted(directory.glob("*.tsv")):
        lang = path.stem
        stop = directory / f"{lang}.stop"
        if not stop.is_file():
            raise ConfigError(f"glossary {path.name} has no {stop.name}")
        table = _read_glosses(path)
        bit = 1 << (len(languages) + 1)
        stop_words = _read_stop(stop)
        english_too = [w for w in stop_words if masks.get(w, 0) & 1]
        if english_too:
            raise ConfigError(f"glossary {stop.name}: English function words cannot detect {lang}: {english_too[:5]}")
        for word in stop_words:
            masks[word] = masks.get(word, 0) | bit
        languages.append(lang)
        glosses.append(table)
        for part in (path, stop):
            digest.update(part.name.encode() + b"\0" + part.read_bytes())
    if len(languages) > 15:
        raise ConfigError(f"glossary: {len(languages)} languages; stop masks hold 15")
    return Glossary(tuple(languages), tuple(glosses), masks, digest.hexdigest()[:8])


@lru_cache(maxsize=1)
def shipped_glossary() -> Glossary:
    """The glossary that ships with the package (read once per process)."""
    return load_glossary()


def detect(
    counts: npt.NDArray[np.int64], words: npt.NDArray[np.int64], known: npt.NDArray[np.int64] | None = None
) -> npt.NDArray[np.int64]:
    """Per text, the index of the language to gloss it as, or -1 for none.

    ``counts`` is (texts x 1 + languages): how many of each text's words are English function words
    (column 0) and each language's (column ``i + 1``); ``words`` is each text's word count; ``known``
    (texts x languages), how many of its words each language's table glosses. A text is glossed when some
    language has enough function words (at least two, or one in a text of fewer than eight words) and more
    than English; it is glossed as the language with most function words plus known words, so that
    neighbours sharing function words (Spanish, Portuguese, Italian) are told apart by their vocabulary.
    Ties go to the first language in file order.
    """
    if counts.shape[1] < 2:
        return np.full(counts.shape[0], -1, dtype=np.int64)
    foreign = counts[:, 1:]
    top = foreign.max(axis=1)
    need = np.where(words < SHORT_TEXT_WORDS, 1, 2)
    chosen = (top >= need) & (top > counts[:, 0])
    best = np.argmax(foreign if known is None else foreign + known, axis=1)
    return np.where(chosen, best, -1).astype(np.int64)
