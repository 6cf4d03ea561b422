"""The seven built-in critics, built from the lexicon files over one shared scanner."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from streams.critics.base import Critic
from streams.critics.lexicon import LEXICON_DIR, Lexicons, load_lexicons, ruleset_version
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


@lru_cache(maxsize=4)
def _compiled(directory: Path, version: str) -> tuple[Lexicons, Scanner]:
    """Lexicons and their compiled scanner, once per process and content version (compiling takes ~2 s)."""
    lexicons = load_lexicons(directory)
    return lexicons, Scanner(lexicons)
