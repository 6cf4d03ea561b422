"""One compiled multi-pattern scan shared by every lexicon critic.

All critic categories of every critic are compiled once into a single Hyperscan block-mode database
(``SINGLEMATCH``: a pattern reports at most once per text, which is all "one hit per category" needs),
and the context cues into a second one. A window is scanned once: prompt, response and the proposed
action of each request, lower-cased and UTF-8 encoded. Cues only qualify hits (discounts, absent hedges),
so the cue database is scanned only for requests with a category hit that can weigh: most traffic has
none. Critics then read the hits that belong to them; the exact evidence span is recovered with Python's
``re`` only for the few hits that become reported violations.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import is_
from typing import Any

import hyperscan

from streams.critics.lexicon import Lexicons
from streams.models.request import Request

__all__ = ["CUE_REACH", "PatternRef", "RequestScan", "Scanner", "finish_scan", "request_texts"]

PROMPT, RESPONSE, ACTION = 0, 1, 2
CUE_REACH = 200  # characters between a cue and the hit it frames (the same or the next sentence)
_NO_CUES: frozenset[str] = frozenset()
# Shared by every scan without hits or cues (most traffic): read, never written.
_NO_HITS: dict[str, list[tuple[int, int, int]]] = {}
_NO_CUE_AT: dict[str, list[tuple[int, int]]] = {}
_FLAGS = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_CASELESS


@dataclass(frozen=True, slots=True)
class PatternRef:
    """What a compiled pattern id stands for: a critic category (keyword or phrase) or a cue."""

    critic: str
    category: int
    keyword: bool
    cue: str
    source: str


@dataclass(slots=True)
class RequestScan:
    """The scan of one request.

    ``hits``: per critic, ``(pattern id, where, end)`` with ``end`` the character offset where the pattern's
    first match ends; ``cues``: the cues present anywhere; ``cue_at``: per cue, ``(where, end)`` of its
    patterns' first matches; ``texts``: the lower-cased texts.
    """

    texts: tuple[str, str, str]
    hits: dict[str, list[tuple[int, int, int]]]
    cues: frozenset[str]
    cue_at: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def frames(self, cue: str, where: int, end: int, from_prompt: bool = True) -> bool:
        """Whether ``cue`` frames a hit ending at ``end`` in text ``where``.

        A cue in the prompt frames the whole interaction ("for my history class", "in my novel") when
        ``from_prompt``; a cue in the same text frames hits within ``CUE_REACH`` characters, so an unrelated
        sentence elsewhere in a long answer does not excuse a harmful one.
        """
        for cue_where, cue_end in self.cue_at.get(cue, ()):
            if (from_prompt and cue_where == PROMPT) or (cue_where == where and abs(cue_end - end) <= CUE_REACH):
                return True
        return False


# What ``json.dumps(params, sort_keys=True, default=str, ensure_ascii=False)`` builds on every call, built
# once (``encode`` keeps no state between calls, so threads may share it).
_PARAMS = json.JSONEncoder(sort_keys=True, default=str, ensure_ascii=False)


def request_texts(request: Request) -> tuple[str, str, str]:
    """Lower-cased prompt, response and proposed action (type and params) of a request."""
    action = ""
    if request.proposed_action is not None:
        params = _PARAMS.encode(request.proposed_action.params)
        action = f"{request.proposed_action.type} {params}".lower()
    return request.prompt.lower(), request.response.lower(), action


class Scanner:
    """Compiles every lexicon pattern once and scans whole windows; remembers the last window scanned.

    The memo lets seven critics share one scan per window: each critic calls :meth:`scan` with the same
    sequence and gets the same result without rescanning. Scans are serialised by a lock because a
    Hyperscan scratch space must not be shared by two threads at once.
    """

    def __init__(self, lexicons: Lexicons) -> None:
        refs: list[PatternRef] = []
        for name, spec in lexicons.critics.items():
            for index, cat in enumerate(spec.categories):
                refs += [PatternRef(name, index, False, "", p) for p in cat.patterns]
                refs += [PatternRef(name, index, True, "", p) for p in cat.keywords]
        for cue, patterns in lexicons.cues.items():
            refs += [PatternRef("", -1, False, cue, p) for p in patterns]
        self.refs: tuple[PatternRef, ...] = tuple(refs)
        self._cancels = lexicons.cancels
        self.answer_cues = lexicons.answer_cues
        self._critic_of = [r.critic for r in refs]
        self._cue_of = [r.cue for r in refs]
        amplifiers = {
            (name, i) for name, spec in lexicons.critics.items() for i, c in enumerate(spec.categories) if c.amplifier
        }
        # A hit that can change a score (not an amplifier); only then are the cues worth scanning for.
        self._weighs = [bool(r.critic) and (r.critic, r.category) not in amplifiers for r in refs]
        self._db = _compile([(i, r.source) for i, r in enumerate(refs) if not r.cue])
        self._cue_db = _compile([(i, r.source) for i, r in enumerate(refs) if r.cue])
        self._compiled: dict[int, re.Pattern[str]] = {}
        self._lock = threading.Lock()
        self._found: list[tuple[int, int]] = []  # (pattern id, end) of one text's matches; used under the lock
        self._memo: tuple[tuple[Request, ...], list[RequestScan], dict[str, list[int]]] | None = None

    def __len__(self) -> int:
        return len(self.refs)

    def scan(self, requests: Sequence[Request]) -> list[RequestScan]:
        """Scan a window (or return the memo when it is the same window, element by element)."""
        return self.scan_rows(requests)[0]

    def scan_rows(self, requests: Sequence[Request]) -> tuple[list[RequestScan], dict[str, list[int]]]:
        """:meth:`scan`, and per critic the (ascending) positions of the requests it has hits in.

        Most requests hit nothing for most critics: a critic visits only its rows.
        """
        memo = self._memo
        if memo is not None and len(memo[0]) == len(requests) and all(map(is_, memo[0], requests)):
            return memo[1], memo[2]
        with self._lock:
            result = [self._scan_one(r) for r in requests]
            rows: dict[str, list[int]] = {}
            for i, one in enumerate(result):
                if one.hits:
                    for critic in one.hits:
                        bucket = rows.get(critic)
                        if bucket is None:
                            rows[critic] = [i]
                        else:
                            bucket.append(i)
            self._memo = (tuple(requests), result, rows)
        return result, rows

    def _scan_one(self, request: Request) -> RequestScan:
        """One request's scan (call with the lock held: the match buffer is the scanner's).

        Written for the common request, which hits nothing: it allocates its lower-cased texts and the
        scan, nothing else (a shared empty ``hits`` and ``cue_at``; one match buffer reused for every text).
        Fewer short-lived containers also mean fewer garbage collections in a busy worker.
        """
        texts = request_texts(request)
        found = self._found
        critic_of, weighs, scan = self._critic_of, self._weighs, self._db.scan
        hits: dict[str, list[tuple[int, int, int]]] | None = None
        weighty = False
        for where in (PROMPT, RESPONSE, ACTION):
            text = texts[where]
            if not text:
                continue
            data = text.encode("utf-8", "replace")
            found.clear()
            scan(data, match_event_handler=_collect, context=found)
            if not found:
                continue
            if hits is None:
                hits = {}
            ascii_text = len(data) == len(text)
            for pid, end in found:
                weighty = weighty or weighs[pid]
                critic = critic_of[pid]
                at = end if ascii_text else _chars(data, end)
                bucket = hits.get(critic)
                if bucket is None:
                    hits[critic] = [(pid, where, at)]
                else:
                    bucket.append((pid, where, at))
        if hits is None:
            return RequestScan(texts, _NO_HITS, _NO_CUES, _NO_CUE_AT)
        if not weighty:  # cues only qualify hits: most requests have none and skip the cue scan
            return RequestScan(texts, hits, _NO_CUES, _NO_CUE_AT)
        return finish_scan(texts, hits, self._cue_places(texts, found), self._cancels)

    def _cue_places(
        self, texts: tuple[str, str, str], found: list[tuple[int, int]]
    ) -> dict[str, list[tuple[int, int]]]:
        """Per cue, ``(where, end)`` of its patterns' first matches in the texts."""
        cue_at: dict[str, list[tuple[int, int]]] = {}
        cue_of, cue_scan = self._cue_of, self._cue_db.scan
        for where in (PROMPT, RESPONSE, ACTION):
            text = texts[where]
            if not text:
                continue
            data = text.encode("utf-8", "replace")
            found.clear()
            cue_scan(data, match_event_handler=_collect, context=found)
            if not found:
                continue
            ascii_text = len(data) == len(text)
            for pid, end in found:
                cue = cue_of[pid]
                at = end if ascii_text else _chars(data, end)
                places = cue_at.get(cue)
                if places is None:
                    cue_at[cue] = [(where, at)]
                else:
                    places.append((where, at))
        return cue_at

    def pattern(self, pid: int) -> re.Pattern[str]:
        """The Python form of pattern ``pid`` (compiled lazily) for recovering spans and validating."""
        compiled = self._compiled.get(pid)
        if compiled is None:
            compiled = re.compile(self.refs[pid].source, re.ASCII | re.IGNORECASE)
            self._compiled[pid] = compiled
        return compiled

    def span(self, pid: int, text: str, limit: int = 80) -> str:
        """The evidence matched by pattern ``pid`` in ``text`` (at most ``limit`` characters)."""
        match = self.pattern(pid).search(text)
        return match.group(0)[:limit] if match else ""


def _compile(patterns: list[tuple[int, str]]) -> hyperscan.Database:
    """One block-mode database over ``(id, pattern)`` pairs."""
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[source.encode() for _, source in patterns],
        ids=[pid for pid, _ in patterns],
        flags=[_FLAGS] * len(patterns),
    )
    return database


def _collect(pid: int, start: int, end: int, flags: int, found: Any) -> None:
    found.append((pid, end))


def _chars(data: bytes, end: int) -> int:
    """The character offset of byte offset ``end`` in UTF-8 ``data``."""
    return len(data[:end].decode("utf-8", "ignore"))


def finish_scan(
    texts: tuple[str, str, str],
    hits: dict[str, list[tuple[int, int, int]]],
    cue_at: dict[str, list[tuple[int, int]]],
    cancels: dict[str, tuple[str, ...]],
) -> RequestScan:
    """A scan result with cancelled cues removed (a negated hedge is no hedge)."""
    for cue in [c for c in cue_at if c in cancels]:
        for cancelled in cancels[cue]:
            cue_at.pop(cancelled, None)
    return RequestScan(texts, hits, frozenset(cue_at), cue_at)
