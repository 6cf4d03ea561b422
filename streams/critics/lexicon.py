"""Lexicon data files: load, expand macros, validate, and hash them into the ruleset version.

Every lexicon lives in ``streams/critics/lexicons/*.json``: ``macros.json`` (shared fragments substituted as
``{NAME}``), ``cues.json`` (context frames such as reporting, fiction, hedges), ``profiles.json`` (policy
profiles: a score multiplier, vulnerable users) and one file per critic with its
categories (weight, optional severity floor, escalation clause, cues that discount it, patterns and
keyword-only patterns). Patterns are written in lower case: texts are lower-cased once before scanning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import xxhash

from streams.errors import ConfigError

__all__ = [
    "CRITIC_CODE_VERSION",
    "LEXICON_DIR",
    "CategorySpec",
    "CriticSpec",
    "Lexicons",
    "Profile",
    "load_lexicons",
    "ruleset_version",
]

LEXICON_DIR = Path(__file__).parent / "lexicons"
# Bump when the scoring code changes meaning; it is hashed into the ruleset version with the data files.
CRITIC_CODE_VERSION = "critics-1"
WHERE = ("prompt", "response", "action")
NOT_CRITICS = ("macros", "cues", "profiles")
_MACRO = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True, slots=True)
class CategorySpec:
    """One category of a critic: how much it weighs and what matches it."""

    name: str
    weight: float
    patterns: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    floor: float | None = None
    clause: str | None = None
    clause_from_prompt: bool = False
    discounted_by: tuple[str, ...] = ()
    only_in: str | None = None
    amplifier: float | None = None
    validator: str | None = None
    needs_domain: frozenset[str] = frozenset()
    requires_absent_cue: str | None = None
    floor_only_in_high_stakes: bool = False
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class CriticSpec:
    """A lexicon critic's rules: categories, discounts and context multipliers."""

    name: str
    description: str
    categories: tuple[CategorySpec, ...]
    prompt_factor: float
    keyword_discount: float
    cue_discount: float
    domain_multipliers: dict[str, float]
    vulnerable_multiplier: float
    irreversible_multiplier: float
    response_only: bool = False
    combo_floors: tuple[tuple[frozenset[str], float], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Profile:
    """A policy profile: a score multiplier (>= 1) and whether every user counts as vulnerable."""

    multiplier: float = 1.0
    vulnerable: bool = False


@dataclass(frozen=True, slots=True)
class Lexicons:
    """All lexicon data: critic specs by name, cue patterns by cue name, and which cues cancel which."""

    critics: dict[str, CriticSpec]
    cues: dict[str, tuple[str, ...]]
    cancels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    profiles: dict[str, Profile] = field(default_factory=dict)
    answer_cues: frozenset[str] = frozenset()


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise ConfigError(f"{where}: unknown macro {{{name}}} in pattern {pattern!r}")
        return macros[name]

    expanded = _MACRO.sub(sub, pattern)
    try:
        re.compile(expanded, re.ASCII)
    except re.error as exc:
        raise ConfigError(f"{where}: invalid pattern {pattern!r}: {exc}") from exc
    return expanded


def _category(name: str, raw: dict[str, Any], macros: dict[str, str], where: str) -> CategorySpec:
    if raw.get("only_in") not in (None, *WHERE):
        raise ConfigError(f"{where}.{name}: only_in must be one of {WHERE}")
    return CategorySpec(
        name=name,
        weight=float(raw.get("weight", 0.0)),
        patterns=tuple(_expand(p, macros, f"{where}.{name}") for p in raw.get("patterns", ())),
        keywords=tuple(_expand(p, macros, f"{where}.{name}") for p in raw.get("keywords", ())),
        floor=raw.get("floor"),
        clause=raw.get("clause"),
        clause_from_prompt=bool(raw.get("clause_from_prompt", False)),
        discounted_by=tuple(raw.get("discounted_by", ())),
        only_in=raw.get("only_in"),
        amplifier=raw.get("amplifier"),
        validator=raw.get("validator"),
        needs_domain=frozenset(raw.get("needs_domain", ())),
        requires_absent_cue=raw.get("requires_absent_cue"),
        floor_only_in_high_stakes=bool(raw.get("floor_only_in_high_stakes", False)),
        anchor=raw.get("anchor"),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise ConfigError(f"lexicon {path.name}: {exc}") from exc
    return data


def load_lexicons(directory: Path = LEXICON_DIR) -> Lexicons:
    """Read and validate every lexicon file of ``directory``."""
    macros: dict[str, str] = _read(directory / "macros.json")["macros"]
    cue_file = _read(directory / "cues.json")
    raw_cues: dict[str, list[str]] = cue_file["cues"]
    cancels = {k: tuple(v) for k, v in cue_file.get("cancels", {}).items()}
    cues = {name: tuple(_expand(p, macros, f"cues.{name}") for p in pats) for name, pats in raw_cues.items()}
    critics: dict[str, CriticSpec] = {}
    for path in sorted(directory.glob("*.json")):
        if path.stem in NOT_CRITICS:
            continue
        raw = _read(path)
        name = raw["critic"]
        cats = tuple(_category(cat, spec, macros, name) for cat, spec in raw["categories"].items())
        for cat in cats:
            unknown = [c for c in (*cat.discounted_by, cat.requires_absent_cue) if c and c not in cues]
            if unknown:
                raise ConfigError(f"{name}.{cat.name}: unknown cue(s) {unknown}")
        mult = raw.get("multipliers", {})
        critics[name] = CriticSpec(
            name=name,
            description=raw.get("description", ""),
            categories=cats,
            prompt_factor=float(raw.get("prompt_factor", 0.4)),
            keyword_discount=float(raw.get("keyword_discount", 0.6)),
            cue_discount=float(raw.get("cue_discount", 0.3)),
            domain_multipliers={k.lower(): float(v) for k, v in mult.get("domain", {}).items()},
            vulnerable_multiplier=float(mult.get("vulnerable_user", 1.0)),
            irreversible_multiplier=float(mult.get("irreversible_action", 1.0)),
            response_only=bool(raw.get("response_only", False)),
            combo_floors=tuple((frozenset(c["categories"]), float(c["floor"])) for c in raw.get("combo_floors", ())),
            extra={k: v for k, v in raw.items() if k in ("role_accounts", "example_domains")},
        )
    return Lexicons(
        critics=critics,
        cues=cues,
        cancels=cancels,
        profiles=_profiles(directory / "profiles.json"),
        answer_cues=frozenset(cue_file.get("answer_cues", ())),
    )


def _profiles(path: Path) -> dict[str, Profile]:
    if not path.exists():
        return {}
    out = {}
    for name, raw in _read(path)["profiles"].items():
        multiplier = float(raw.get("multiplier", 1.0))
        if multiplier < 1.0:
            raise ConfigError(f"profiles.{name}: multiplier {multiplier} < 1; profiles may only tighten")
        out[name.lower()] = Profile(multiplier, bool(raw.get("vulnerable", False)))
    return out


def ruleset_version(directory: Path = LEXICON_DIR) -> str:
    """Content hash (xxh3-64) of every lexicon file and the critic code version, e.g. ``rs-1a2b3c4d5e6f7a8b``."""
    digest = xxhash.xxh3_64()
    digest.update(CRITIC_CODE_VERSION.encode())
    for path in sorted(directory.glob("*.json")):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
    return f"rs-{digest.hexdigest()}"
