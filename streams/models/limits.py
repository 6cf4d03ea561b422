"""Fixed input limits of the request contract and the checks that enforce the configurable ones.

The configurable limits (message bytes, text characters, context depth) live in
:class:`streams.config.LimitSettings`. The limits here are part of schemas/request.v1.json itself:
identifiers become Kafka keys and ClickHouse sort keys, so they stay short whatever the settings say.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "CONTROL_RE",
    "IDENTIFIER_PATTERN",
    "INVISIBLE_CHARS",
    "MAX_ID_CHARS",
    "MAX_TIMESTAMP",
    "RFC3339_PATTERN",
    "exceeds_depth",
    "has_visible",
]

# Longest request_id, tenant, policy_profile, model id/version and proposed_action type (characters).
MAX_ID_CHARS = 256

# Format characters that render as nothing (soft hyphen, zero-width space/joiners, direction marks and
# isolates, word joiner, invisible operators, BOM). An identifier made only of these and whitespace is blank:
# two such ids look identical wherever a person reads them. A fixed list, so the rule does not move with the
# Unicode version of the interpreter.
INVISIBLE_CHARS = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_VISIBLE_RE = re.compile(f"[^\\s{INVISIBLE_CHARS}]")
# C0 and C1 control characters and DEL: never part of an identifier.
CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f]")
# The identifier rule of schemas/request.v1.json ($defs.identifier): a visible character, no control character.
# Lookaheads only: ``$`` also matches before a final newline in Python, which would let an id ending in one pass.
IDENTIFIER_PATTERN = f"^(?=[\\s\\S]*[^\\s{INVISIBLE_CHARS}])(?![\\s\\S]*[\\x00-\\x1f\\x7f-\\x9f])"


def has_visible(value: str) -> bool:
    """Whether ``value`` holds a character that is neither whitespace nor in :data:`INVISIBLE_CHARS`."""
    return _VISIBLE_RE.search(value) is not None


# 9999-12-31T23:59:59Z: a numeric timestamp above it is not epoch seconds (usually milliseconds).
MAX_TIMESTAMP = 253_402_300_799

# RFC 3339 date-time (section 5.6), the same pattern as schemas/request.v1.json. Calendar validity
# (e.g. 30 February) is checked by the decoder, which a pattern cannot do.
RFC3339_PATTERN = (
    r"^(?!0000)(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)"
    r"(\.\d+)?([Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$"
)
RFC3339_RE = re.compile(RFC3339_PATTERN)


def exceeds_depth(value: Any, limit: int) -> bool:
    """Whether ``value`` nests containers more than ``limit`` levels deep.

    A scalar has depth 0, an object or array one more than its deepest member, so ``{"a": {"b": 1}}``
    has depth 2. The walk stops as soon as the limit is passed, so hostile nesting costs little and never
    reaches Python's recursion limit.
    """
    if type(value) is dict:
        children: Any = value.values()
    elif type(value) is list:
        children = value
    else:
        return False
    if limit == 0:
        return True
    below = limit - 1
    for child in children:
        kind = type(child)
        if kind is not dict and kind is not list:
            continue
        if exceeds_depth(child, below):
            return True
    return False
