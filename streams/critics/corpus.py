"""The labelled corpus the critic models are trained and measured on: assembly, checks and fixed splits.

Sources (all JSONL, one case per line, request fields plus ``expected_light``, ``expected_critics``,
``tags`` and, in the semantic files, ``source``, ``lang`` and ``group``):

- ``tests/corpus/semantic/public.jsonl``, ``public2.jsonl``: converted public data sets (licences in ``DATA.md``);
- ``tests/corpus/semantic/hand_a.jsonl`` … ``hand_l.jsonl`` and ``hand_q.jsonl`` … ``hand_z.jsonl``: hard cases,
  one file per independent author (``HAND_SOURCES``);
- ``tests/corpus/semantic/pairs.jsonl``: hand-written refusals and compliant answers to public prompts, and
  benign look-alikes;
- ``tests/corpus/semantic/everyday.jsonl``: ordinary benign assistant traffic (public instruction data and
  hand-written small talk in several languages), all GREEN;
- ``tests/corpus/cases.jsonl``, ``holdout.jsonl``: the project's first hand-written cases (no group: each
  case is its own group, source ``project``);
- a missing file is skipped (training treats every ``public*`` source as public data);
- ``tests/corpus/outside/hand_m.jsonl`` … ``hand_p.jsonl`` (``OUTSIDE_FILES``) are *not* read by default: an
  evaluation set by four more authors, never trained on or used for a choice.

Split: by a stable hash of ``group`` (first 8 hex digits of SHA-256 mod 100: < 70 train, < 85 dev, else
test), the function the data card documents, so the variants of one scenario never straddle two splits.
The test split is never used for any choice (model, threshold, regularisation). Cases are sorted by
``request_id`` so that every consumer sees them in the same order whatever order the files were merged in.

A case that cannot be used is dropped here with a recorded reason (``Corpus.dropped``), never by editing a
data file: duplicate request ids across files, an empty prompt, an unknown light or critic, or a GREEN case
with critics / a non-GREEN case without any.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import orjson

from streams.errors import ConfigError
from streams.models.critics import CRITICS
from streams.models.request import ProposedAction, Request

__all__ = [
    "CORPUS_FILES",
    "CRITICS",
    "HAND_SOURCES",
    "LIGHTS",
    "OUTSIDE_FILES",
    "Case",
    "Corpus",
    "corpus_dir",
    "load_corpus",
    "split_of",
    "without_placeholders",
]

Split = Literal["train", "dev", "test"]
LIGHTS = ("GREEN", "AMBER", "RED")
# Relative to the corpus directory (tests/corpus); the source name each file gives cases without their own.
CORPUS_FILES: tuple[tuple[str, str], ...] = (
    ("semantic/public.jsonl", "public"),
    ("semantic/hand_a.jsonl", "hand_a"),
    ("semantic/hand_b.jsonl", "hand_b"),
    ("semantic/pairs.jsonl", "pairs"),  # refusals and compliant answers to public prompts, look-alikes
    ("semantic/everyday.jsonl", "everyday"),  # ordinary benign assistant traffic and small talk
    ("semantic/everyday2.jsonl", "everyday2"),  # short everyday requests, mostly without an answer
    ("cases.jsonl", "project"),
    ("holdout.jsonl", "project"),
    ("semantic/hand_c.jsonl", "hand_c"),  # a third author's hard cases
    ("semantic/public2.jsonl", "public2"),  # more converted public data
    ("semantic/hand_d.jsonl", "hand_d"),  # authors four to twelve (DATA.md)
    ("semantic/hand_e.jsonl", "hand_e"),
    ("semantic/hand_f.jsonl", "hand_f"),
    ("semantic/hand_g.jsonl", "hand_g"),
    ("semantic/hand_h.jsonl", "hand_h"),
    ("semantic/hand_i.jsonl", "hand_i"),
    ("semantic/hand_j.jsonl", "hand_j"),
    ("semantic/hand_k.jsonl", "hand_k"),
    ("semantic/hand_l.jsonl", "hand_l"),
    ("semantic/hand_q.jsonl", "hand_q"),  # authors thirteen to sixteen (DATA.md)
    ("semantic/hand_r.jsonl", "hand_r"),
    ("semantic/hand_s.jsonl", "hand_s"),
    ("semantic/hand_t.jsonl", "hand_t"),
    ("semantic/hand_u.jsonl", "hand_u"),  # authors seventeen to twenty: clear-cut requests and look-alikes
    ("semantic/hand_v.jsonl", "hand_v"),
    ("semantic/hand_w.jsonl", "hand_w"),
    ("semantic/hand_x.jsonl", "hand_x"),
    ("semantic/hand_y.jsonl", "hand_y"),  # authors twenty-one and twenty-two: sensitive-but-fine requests,
    ("semantic/hand_z.jsonl", "hand_z"),  # the AMBER line
)
# Outside authors: four more authors' cases kept out of training and out of every choice, judged as text by
# writers the model never read (``critics report --split outside``; tests/corpus/test_outside.py).
OUTSIDE_FILES: tuple[tuple[str, str], ...] = tuple(
    (f"outside/hand_{letter}.jsonl", f"hand_{letter}") for letter in ("m", "n", "o", "p")
)
# One source per independent author of hand-written hard cases: what ``critics cross-author`` holds out.
HAND_SOURCES = tuple(source for _, source in CORPUS_FILES if source.startswith("hand_"))
_REQUEST_KEYS = ("request_id", "prompt", "response", "context", "policy_profile", "proposed_action")
# Authors elide the dangerous part of a harmful answer with a bracketed placeholder ("[...]", "[removed]",
# "[amount]", "[entfernt]"). Real traffic has none, and in some authors' files most RED answers carry one, so a
# model would learn the brackets as the sign of harm: training and measurement read the hand-written files
# (``_hand_written``) without them. Public data keeps its text as published: its placeholders ("[Your Name]" in a
# model's template letter, a jailbreak's bracketed suffix) are what models and attackers really write.
# A placeholder is a bracketed ellipsis or a few words without digits, not followed by "(" (a Markdown link).
_PLACEHOLDER = re.compile(r" ?\[(?:\.\.\.|…|[^\W\d_][^\[\]\n\d]{0,58})\](?!\()")


def _hand_written(source: str) -> bool:
    """Whether a file's cases were written for this corpus (every author's file, the pairs, the first cases)."""
    return source.startswith("hand_") or source in ("pairs", "project")


def without_placeholders(text: str) -> str:
    """``text`` with every author's placeholder removed (see ``_PLACEHOLDER``)."""
    return _PLACEHOLDER.sub("", text) if "[" in text else text


def split_of(group: str) -> Split:
    """Stable 70/15/15 split by group (the data card's function)."""
    bucket = int(hashlib.sha256(group.encode()).hexdigest()[:8], 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled case: the request, its expected light and critics, and where it comes from."""

    request: Request
    light: str
    critics: frozenset[str]
    tags: tuple[str, ...]
    source: str  # the file's source name (CORPUS_FILES): public, hand_a, pairs, everyday, project, ...
    origin: str  # the case's own source field (a public data set, 'hand', ...)
    lang: str
    group: str
    split: Split

    @property
    def level(self) -> int:
        """0 GREEN, 1 AMBER, 2 RED."""
        return LIGHTS.index(self.light)


@dataclass(slots=True)
class Corpus:
    """Every usable case (sorted by request id), the cases dropped with their reason, and a content hash."""

    cases: list[Case]
    dropped: list[tuple[str, str]] = field(default_factory=list)
    digest: str = ""

    def split(self, name: Split) -> list[Case]:
        """The cases of one split, in corpus order."""
        return [c for c in self.cases if c.split == name]

    def summary(self) -> dict[str, Any]:
        """Counts per split, light, critic, source and language (the stratification check reads it)."""
        out: dict[str, Any] = {"cases": len(self.cases), "dropped": len(self.dropped), "digest": self.digest}
        names: tuple[Split, ...] = ("train", "dev", "test")
        for name in names:
            part = self.split(name)
            out[name] = {
                "cases": len(part),
                "lights": dict(Counter(c.light for c in part)),
                "critics": dict(Counter(k for c in part for k in sorted(c.critics))),
                "sources": dict(Counter(c.source for c in part)),
                "non_english": sum(1 for c in part if c.lang != "en"),
            }
        return out


def corpus_dir() -> Path:
    """``tests/corpus`` of the source checkout this package runs from (training is a development task)."""
    return Path(__file__).resolve().parents[2] / "tests" / "corpus"


def _request(row: dict[str, Any], hand_written: bool) -> Request:
    action = row.get("proposed_action")
    prompt, response = str(row.get("prompt", "")), str(row.get("response") or "")
    if hand_written:
        prompt, response = without_placeholders(prompt), without_placeholders(response)
    return Request(
        request_id=str(row["request_id"]),
        prompt=prompt,
        response=response,
        context=dict(row.get("context") or {}),
        policy_profile=row.get("policy_profile"),
        proposed_action=(
            ProposedAction(str(action["type"]), dict(action.get("params") or {})) if isinstance(action, dict) else None
        ),
    )


def _problem(row: dict[str, Any]) -> str | None:
    light, critics = row.get("expected_light"), row.get("expected_critics")
    if not str(row.get("prompt", "")).strip():
        return "empty prompt"
    if light not in LIGHTS:
        return f"unknown light {light!r}"
    if not isinstance(critics, list) or any(c not in CRITICS for c in critics):
        return f"unknown critics {critics!r}"
    if (light == "GREEN") != (not critics):
        return f"{light} with critics {critics}"
    return None


def load_corpus(directory: Path | None = None, files: tuple[tuple[str, str], ...] = CORPUS_FILES) -> Corpus:
    """Read, check and split every corpus file present under ``directory`` (default :func:`corpus_dir`)."""
    directory = directory or corpus_dir()
    seen: set[str] = set()
    cases: list[Case] = []
    dropped: list[tuple[str, str]] = []
    digest = hashlib.sha256()
    found = 0
    for name, source in files:
        path = directory / name
        if not path.is_file():
            continue
        found += 1
        data = path.read_bytes()
        digest.update(name.encode() + b"\0" + data)
        hand_written = _hand_written(source)
        for line in data.splitlines():
            if not line.strip():
                continue
            row = orjson.loads(line)
            rid = str(row.get("request_id", ""))
            problem = "duplicate request_id" if rid in seen else _problem(row)
            if problem is not None:
                dropped.append((rid, problem))
                continue
            seen.add(rid)
            group = str(row.get("group") or rid)
            cases.append(
                Case(
                    request=_request({k: row[k] for k in _REQUEST_KEYS if k in row}, hand_written),
                    light=row["expected_light"],
                    critics=frozenset(row["expected_critics"]),
                    tags=tuple(row.get("tags", ())),
                    source=source,
                    origin=str(row.get("source", source)),
                    lang=str(row.get("lang", "en")),
                    group=group,
                    split=split_of(group),
                )
            )
    if not found:
        raise ConfigError(f"no corpus file under {directory}")
    cases.sort(key=lambda c: c.request.request_id)
    return Corpus(cases, dropped, digest.hexdigest()[:16])
