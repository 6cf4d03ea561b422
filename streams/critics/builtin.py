"""The seven built-in critics, built from the lexicon files over one shared scanner."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from streams.critics.base import Critic
from streams.critics.lexicon import LEXICON_DIR, load_lexicons
from streams.critics.matcher import Scanner
from streams.critics.privacy import PrivacyCritic
from streams.critics.scoring import LexiconCritic
from streams.errors import ConfigError

__all__ = ["BUILTIN_CRITICS", "build_critics"]

BUILTIN_CRITICS = ("rights", "autonomy", "fairness", "truth", "risk", "pragmatics", "privacy")


def build_critics(names: Sequence[str] = BUILTIN_CRITICS, directory: Path = LEXICON_DIR) -> list[Critic]:
    """Instantiate the named built-in critics; they share one compiled scanner (one scan per window)."""
    unknown = [n for n in names if n not in BUILTIN_CRITICS]
    if unknown:
        raise ConfigError(f"ELEANOR_CRITICS__ENABLED: unknown critic(s) {unknown}; known: {', '.join(BUILTIN_CRITICS)}")
    lexicons = load_lexicons(directory)
    missing = [n for n in names if n not in lexicons.critics]
    if missing:
        raise ConfigError(f"no lexicon file for critic(s) {missing} in {directory}")
    scanner = Scanner(lexicons)
    critics: list[Critic] = []
    for name in names:
        spec = lexicons.critics[name]
        critics.append(PrivacyCritic(spec, scanner) if name == "privacy" else LexiconCritic(spec, scanner))
    return critics
