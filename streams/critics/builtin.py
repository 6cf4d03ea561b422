"""The seven built-in critics, in either mode, and the ruleset version that names what judged a verdict.

``semantic`` (the default): learned models over the shared sentence embedding, with the lexicon critics as
features, evidence and exact floors (:mod:`streams.critics.semantic`). ``lexicon``: the lexicon rules alone,
kept so that the two can be compared on the same corpus and traffic.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import xxhash

from streams.critics.base import Critic
from streams.critics.lexicon import LEXICON_DIR, Lexicons, load_lexicons, ruleset_version
from streams.critics.matcher import Scanner
from streams.critics.model import ARTIFACT_DIR, artifact_hash, load_model
from streams.critics.privacy import PrivacyCritic
from streams.critics.scoring import LexiconCritic
from streams.errors import ConfigError
from streams.models.critics import CRITICS

__all__ = ["BUILTIN_CRITICS", "CriticMode", "build_critics", "build_mode", "mode_ruleset_version"]

BUILTIN_CRITICS = CRITICS  # the built-in critics, in the order of a verdict's findings
CriticMode = Literal["semantic", "lexicon"]


def _check(names: Sequence[str]) -> None:
    unknown = [n for n in names if n not in BUILTIN_CRITICS]
    if unknown:
        raise ConfigError(f"ELEANOR_CRITICS__ENABLED: unknown critic(s) {unknown}; known: {', '.join(BUILTIN_CRITICS)}")


def build_critics(names: Sequence[str] = BUILTIN_CRITICS, directory: Path = LEXICON_DIR) -> list[Critic]:
    """The named lexicon critics; they share one compiled scanner (one scan per window)."""
    _check(names)
    lexicons, scanner = _compiled(directory, ruleset_version(directory))
    missing = [n for n in names if n not in lexicons.critics]
    if missing:
        raise ConfigError(f"no lexicon file for critic(s) {missing} in {directory}")
    critics: list[Critic] = []
    for name in names:
        spec = lexicons.critics[name]
        kind = PrivacyCritic if name == "privacy" else LexiconCritic
        critics.append(kind(spec, scanner, lexicons.profiles))
    return critics


def build_mode(names: Sequence[str], mode: CriticMode, embedder: Any, artifact: Path = ARTIFACT_DIR) -> list[Critic]:
    """The named critics of ``mode``; semantic critics read ``embedder``'s vectors (and embed with it)."""
    _check(names)
    if mode == "lexicon":
        return build_critics(names)
    from streams.critics.semantic import build_semantic_critics  # noqa: PLC0415 - semantic imports lexicon wiring

    return build_semantic_critics(names, load_model(artifact), build_critics(BUILTIN_CRITICS), embedder)


def mode_ruleset_version(mode: CriticMode, artifact: Path = ARTIFACT_DIR) -> str:
    """``rs-…`` of the lexicons, and in semantic mode of the lexicons and the model artifact together."""
    lexicons = ruleset_version()
    if mode == "lexicon":
        return lexicons
    return f"rs-{xxhash.xxh3_64((lexicons + artifact_hash(artifact)).encode()).hexdigest()}"


@lru_cache(maxsize=4)
def _compiled(directory: Path, version: str) -> tuple[Lexicons, Scanner]:
    """Lexicons and their compiled scanner, once per process and content version (compiling takes ~2 s)."""
    lexicons = load_lexicons(directory)
    return lexicons, Scanner(lexicons)
