"""Cache keys: xxh3_128 over the canonical bytes of exactly what determines a judgement.

The key covers the prompt, the response, the context fields critics read, the policy profile, the
proposed action and the ruleset version (see :meth:`Request.judged_content`). Request ids, tenants,
timestamps and unread context never enter it: an earlier engine hashed the whole request, so keys never
repeated and the cache never hit.
"""

from __future__ import annotations

from typing import Any

import orjson
import xxhash

from streams.errors import CacheError
from streams.models.request import Request

__all__ = ["JUDGEMENT_KIND", "KEY_FORMAT", "canonical_bytes", "judgement_key"]

JUDGEMENT_KIND = "judgement"
# Bumped whenever the canonical form changes, so old entries simply stop matching.
KEY_FORMAT = "k1"

_CANONICAL = orjson.OPT_SORT_KEYS


def canonical_bytes(request: Request, ruleset_version: str, precedent_generation: int | None = None) -> bytes:
    """Deterministic bytes of the judged content plus the ruleset version (keys sorted at every depth).

    With a ``precedent_generation`` it is part of the bytes too: a precedent added since changes the key.
    """
    doc: dict[str, Any] = {"judged": request.judged_content(), "ruleset": ruleset_version}
    if precedent_generation is not None:
        doc["precedents"] = precedent_generation
    try:
        return orjson.dumps(doc, option=_CANONICAL)
    except orjson.JSONEncodeError as exc:
        raise CacheError(f"request {request.request_id!r} has judged content that is not plain JSON: {exc}") from exc


def judgement_key(request: Request, ruleset_version: str, prefix: str, precedent_generation: int | None = None) -> str:
    """``prefix:judgement:k1:<ruleset_version>[:p<generation>]:<xxh3_128 hex>`` for ``request``.

    The ruleset version is hashed and also spelled out, so entries of an old ruleset can be found by pattern.
    ``precedent_generation`` (the live precedent index's generation, streams.review.refresh) is hashed and
    spelled out the same way: a judgement made before a precedent existed stops matching once it arrives.
    """
    if not ruleset_version:
        raise CacheError("judgement_key needs a non-empty ruleset_version")
    digest = xxhash.xxh3_128_hexdigest(canonical_bytes(request, ruleset_version, precedent_generation))
    generation = "" if precedent_generation is None else f"p{precedent_generation}:"
    return f"{prefix}:{JUDGEMENT_KIND}:{KEY_FORMAT}:{ruleset_version}:{generation}{digest}"
