"""The feature rows the critic models read: embedding, lexicon and context features of a window.

One row per request, float32, in this order (the artifact's manifest records the spec and the model
refuses a spec it was not trained on):

- ``prompt`` (256): the prompt's unit embedding;
- ``response`` (256): the response's unit embedding (zero when there is none);
- ``product`` (256): their element-wise product (what the response does with what was asked);
- ``lexicon`` (7): each lexicon critic's score (0-1) times ``LEXICON_SCALE``. The scale is below 1 on
  purpose: under one shared L2 penalty a small-scale feature needs a large weight to matter, so the
  lexicons inform the model without dominating it (they were written by one author and miss what other
  authors write);
- ``context`` (8): high-stakes domain groups (health, finance, legal/justice, decisions about people,
  operations), vulnerable user, has a response, has a proposed action.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from streams.critics.scoring import VULNERABLE_ROLES
from streams.embedding import TextVectors
from streams.models.finding import Finding
from streams.models.request import Request

__all__ = ["CONTEXT_FEATURES", "FEATURE_SPEC", "LEXICON_SCALE", "feature_rows", "feature_spec"]

LEXICON_SCALE = 0.5
DOMAIN_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("domain_health", frozenset({"health", "healthcare", "medical", "mental_health", "pharmacy"})),
    ("domain_finance", frozenset({"finance", "financial", "banking", "investing"})),
    ("domain_legal", frozenset({"legal", "justice"})),
    (
        "domain_decisions",
        frozenset(
            {"hiring", "employment", "recruiting", "hr", "credit", "lending", "housing", "insurance", "education"}
        ),
    ),
    ("domain_ops", frozenset({"ops", "devops", "operations", "infrastructure", "security"})),
)
CONTEXT_FEATURES = (*(name for name, _ in DOMAIN_GROUPS), "vulnerable_user", "has_response", "has_action")
FEATURE_SPEC = "features-1"


def feature_spec(dim: int, critics: Sequence[str]) -> dict[str, object]:
    """The layout a model is trained on (stored in its manifest, checked at load)."""
    return {
        "version": FEATURE_SPEC,
        "blocks": [
            ["prompt", dim],
            ["response", dim],
            ["product", dim],
            ["lexicon", len(critics)],
            ["context", len(CONTEXT_FEATURES)],
        ],
        "lexicon_critics": list(critics),
        "lexicon_scale": LEXICON_SCALE,
        "context": list(CONTEXT_FEATURES),
    }


def _context(request: Request) -> list[float]:
    domain = request.domain
    row = [1.0 if domain in names else 0.0 for _, names in DOMAIN_GROUPS]
    role = request.context.get("user_role")
    vulnerable = request.context.get("vulnerable_user") is True or (
        isinstance(role, str) and role.lower() in VULNERABLE_ROLES
    )
    row += [float(vulnerable), float(bool(request.response)), float(request.proposed_action is not None)]
    return row


def feature_rows(
    requests: Sequence[Request], vectors: TextVectors, lexicon: Sequence[Sequence[Finding]]
) -> npt.NDArray[np.float32]:
    """The ``(n, features)`` matrix; ``lexicon[i]`` holds request ``i``'s lexicon findings in critic order."""
    n = len(requests)
    dim = vectors.prompt.shape[1]
    k = len(lexicon[0]) if n else 0
    out = np.empty((n, 3 * dim + k + len(CONTEXT_FEATURES)), dtype=np.float32)
    out[:, :dim] = vectors.prompt
    out[:, dim : 2 * dim] = vectors.response
    np.multiply(vectors.prompt, vectors.response, out=out[:, 2 * dim : 3 * dim])
    lex = out[:, 3 * dim : 3 * dim + k]
    lex[:] = [[0.0 if f.errored else f.score for f in row] for row in lexicon] if n else 0.0
    lex *= LEXICON_SCALE
    out[:, 3 * dim + k :] = [_context(r) for r in requests] if n else 0.0
    return out
