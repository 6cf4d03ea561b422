"""Glossing other-language text word by word: the files' checks, the language rule, the embedder's use of it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from streams.embedding import WordLlamaEmbedder
from streams.embedding.glossary import GLOSSARY_DIR, detect, load_glossary, normalise
from streams.errors import ConfigError

ES = "# toy Spanish\nel\tthe\nperro\tdog\nenvenenar\tpoison\nvecino\tneighbour\ndel\tof the\ncómo\thow\nregalo\tgift\n"
ES_STOP = "el\ndel\ncómo\nla\n"
DE = "gift\tpoison\ndie\tthe\nist\tis\nhund\tdog\n"
DE_STOP = "die\nist\nder\n"


def _write(directory: Path, files: dict[str, str]) -> Path:
    directory.mkdir(exist_ok=True)
    (directory / "en.stop").write_bytes((GLOSSARY_DIR / "en.stop").read_bytes())
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {"es.tsv": ES, "es.stop": ES_STOP, "de.tsv": DE, "de.stop": DE_STOP}
    return _write(tmp_path_factory.mktemp("gloss"), files)


@pytest.fixture(scope="module")
def plain() -> WordLlamaEmbedder:
    return WordLlamaEmbedder()


@pytest.fixture(scope="module")
def glossing(toy: Path) -> WordLlamaEmbedder:
    return WordLlamaEmbedder(glossary=load_glossary(toy))


def test_load_reads_languages_in_file_order(toy: Path) -> None:
    glossary = load_glossary(toy)
    assert glossary.languages == ("de", "es")
    assert glossary.gloss(1, "perro") == "dog"
    assert glossary.stop_mask("el") == 1 << 2
    assert glossary.stop_mask("the") == 1
    assert glossary.stop_mask("perro") == 0


def test_elided_forms_are_looked_up_by_their_tail(tmp_path: Path) -> None:
    glossary = load_glossary(_write(tmp_path, {"fr.tsv": "argent\tmoney\n", "fr.stop": "le\nla\n"}))
    assert glossary.gloss(0, "l'argent") == "money"
    assert glossary.gloss(0, "l\u2019argent") == "money"
    assert glossary.gloss(0, "argentine") is None


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"es.tsv": "perro\tdog\nperro\tpup\n", "es.stop": "el\n"}, "listed twice"),
        ({"es.tsv": "perro\tDog\n", "es.stop": "el\n"}, "is not one to four lower-case English words"),
        ({"es.tsv": "perro dog\n", "es.stop": "el\n"}, "expected 'form<TAB>gloss'"),
        ({"es.tsv": "Perro\tdog\n", "es.stop": "el\n"}, "is not one normalised word"),
        ({"es.tsv": "perro\tdog\n"}, "has no es.stop"),
        ({"es.tsv": "perro\tdog\n", "es.stop": "el\nthe\n"}, "English function words cannot detect es"),
    ],
)
def test_bad_files_are_refused_with_the_line(tmp_path: Path, files: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_glossary(_write(tmp_path, files))


def test_detect_needs_more_foreign_than_english_function_words() -> None:
    counts = np.array(
        [
            [0, 3, 1],  # three German function words: German
            [4, 2, 0],  # more English ones: English, not glossed
            [0, 1, 0],  # one German word in a short text: German
            [0, 1, 0],  # one in a long text: not enough
            [0, 2, 2],  # a tie goes to the first language
            [0, 0, 0],
        ]
    )
    words = np.array([10, 20, 5, 30, 12, 3])
    assert detect(counts, words).tolist() == [0, -1, 0, -1, 0, -1]


def test_vocabulary_tells_apart_languages_that_share_function_words() -> None:
    counts = np.array([[0, 2, 2], [0, 2, 2], [0, 3, 0]])
    known = np.array([[1, 4], [4, 1], [0, 9]])  # the third: German function words, Spanish-looking words
    assert detect(counts, np.array([10, 10, 10]), known).tolist() == [1, 0, 1]


def test_neighbour_languages_get_their_own_table(tmp_path: Path, plain: WordLlamaEmbedder) -> None:
    files = {
        "es.tsv": "que\tthat\nde\tof\nel\tthe\nperro\tdog\ncomió\tate\n",
        "es.stop": "que\nde\nel\n",
        "pt.tsv": "que\tthat\nde\tof\no\tthe\ncão\tdog\ncomeu\tate\nbolo\tcake\n",
        "pt.stop": "que\nde\n",
    }
    glossing = WordLlamaEmbedder(glossary=load_glossary(_write(tmp_path, files)))
    got = glossing.embed_batch(["o cão que comeu o bolo de fubá", "el perro que comió"])
    want = plain.embed_batch(["the dog that ate the cake of fubá", "the dog that ate"])
    assert np.allclose(got, want, atol=1e-6)


def test_a_foreign_text_embeds_as_its_english_gloss(plain: WordLlamaEmbedder, glossing: WordLlamaEmbedder) -> None:
    spanish = "¿Cómo envenenar el perro del vecino?"
    glossed = glossing.embed_batch([spanish])
    # the gloss is word for word; the words without an entry ("¿Cómo" is normalised to "cómo") keep their own
    expected = plain.embed_batch(["how poison the dog of the neighbour"])
    assert float(glossed[0] @ expected[0]) > 0.999
    assert float(plain.embed_batch([spanish])[0] @ expected[0]) < 0.9  # and far from it without glossing


def test_english_text_is_never_glossed(plain: WordLlamaEmbedder, glossing: WordLlamaEmbedder) -> None:
    texts = [
        "The gift is for the dog, and it is in the car.",  # 'gift' and 'die' are German forms too
        "Please do not let the dog die alone.",
        "",
        "El",
    ]
    got, want = glossing.embed_batch(texts), plain.embed_batch(texts)
    assert np.array_equal(got[:3], want[:3])


def test_a_text_embeds_the_same_whatever_the_table_learnt_before(toy: Path) -> None:
    # "the" enters the table as the gloss of "el" in one embedder and as a word of an English text in the
    # other; either way it must count as an English function word, or the text below (one English and one
    # Spanish function word: not glossed) would be read as Spanish in the first embedder only.
    text = ["the dog del vecino"]
    first, second = WordLlamaEmbedder(glossary=load_glossary(toy)), WordLlamaEmbedder(glossary=load_glossary(toy))
    first.embed_batch(["el perro"])
    assert np.array_equal(first.embed_batch(text), second.embed_batch(text))
    assert np.array_equal(first.word_hashes(text)[0], second.word_hashes(text)[0])


def test_each_text_of_a_batch_gets_its_own_language(plain: WordLlamaEmbedder, glossing: WordLlamaEmbedder) -> None:
    texts = ["Die Gift ist der Hund", "the gift is a dog", "cómo el perro"]
    got = glossing.embed_batch(texts)
    want = plain.embed_batch(["the poison is der dog", "the gift is a dog", "how the dog"])
    assert np.allclose(got, want, atol=1e-6)


def test_the_id_names_the_glossary_digest(toy: Path, tmp_path: Path, plain: WordLlamaEmbedder) -> None:
    first = WordLlamaEmbedder(glossary=load_glossary(toy))
    changed = _write(tmp_path, {"es.tsv": ES + "gato\tcat\n", "es.stop": ES_STOP, "de.tsv": DE, "de.stop": DE_STOP})
    second = WordLlamaEmbedder(glossary=load_glossary(changed))
    assert plain.id == "wordllama-l2supercat-v1-256"
    assert first.id.startswith("wordllama-l2supercat-v1-256-gloss-")
    assert first.id != second.id


def test_normalise_strips_edges_and_lowers() -> None:
    assert normalise("¿Cómo") == "cómo"
    assert normalise("VECINO?!") == "vecino"
    assert normalise("...") == ""


def test_the_shipped_glossary_loads() -> None:
    glossary = load_glossary()
    assert set(glossary.languages) >= {"de", "es", "fr", "it", "pt"}
    assert all(len(table) >= 2_000 for table in glossary.glosses)
