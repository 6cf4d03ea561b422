"""What the matches say: alignment, conflict, novelty and drift baseline (DOMAIN.md, Precedent).

For one request with matches of cosine similarity ``s_i`` >= threshold and past decision values ``v_i``
(allow 1, constrained_allow 0.5, escalate 0, deny -1):

- alignment = sum(s_i * v_i) / sum(s_i), in [-1, 1];
- conflict = sum(s_i * (v_i - alignment)^2) / sum(s_i), in [0, 1] (1 = evenly split between allow and deny);
- novel when no match reaches the threshold (alignment and conflict are then 0);
- mean_severity = sum(s_i * case_mean_severity_i) / sum(s_i), the baseline drift is measured against.

Everything is computed for a whole window at once over ``(n, k)`` arrays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from streams.models.verdict import Decision, PrecedentMatch, PrecedentSummary
from streams.precedents.base import Matrix

__all__ = ["ScoredBatch", "score_batch", "summaries"]


@dataclass(frozen=True, slots=True)
class ScoredBatch:
    """Per-request scores of a window (arrays of length n) and the mask of matches that counted."""

    alignment: npt.NDArray[np.float64]
    conflict: npt.NDArray[np.float64]
    novel: npt.NDArray[np.bool_]
    mean_severity: npt.NDArray[np.float64]
    counted: npt.NDArray[np.bool_]


def score_batch(
    similarities: Matrix,
    decision_values: npt.NDArray[np.float64],
    case_severity: npt.NDArray[np.float64],
    threshold: float,
) -> ScoredBatch:
    """Score ``(n, k)`` matches: only finite similarities >= ``threshold`` count."""
    sims = similarities.astype(np.float64)
    counted = np.isfinite(sims) & (sims >= threshold)
    w = np.where(counted, sims, 0.0)
    total = w.sum(axis=1)
    novel = total <= 0.0
    safe = np.where(novel, 1.0, total)
    values = np.where(counted, decision_values, 0.0)
    alignment = (w * values).sum(axis=1) / safe
    conflict = (w * (values - alignment[:, None]) ** 2).sum(axis=1) / safe
    mean_sev = (w * np.where(counted, case_severity, 0.0)).sum(axis=1) / safe
    alignment = np.where(novel, 0.0, np.clip(alignment, -1.0, 1.0))
    conflict = np.where(novel, 0.0, conflict)
    mean_sev = np.where(novel, np.nan, mean_sev)
    return ScoredBatch(alignment, conflict, novel, mean_sev, counted)


def summaries(
    scored: ScoredBatch,
    similarities: Matrix,
    labels: npt.NDArray[np.int64],
    case_ids: Sequence[str],
    decisions: Sequence[Decision],
) -> list[PrecedentSummary]:
    """One PrecedentSummary per request; ``matches`` lists the counted matches, best first.

    ``labels`` are the ``(n, k)`` index labels; ``case_ids`` and ``decisions`` are indexed by label.
    """
    out: list[PrecedentSummary] = []
    for i in range(len(scored.novel)):
        if scored.novel[i]:
            out.append(PrecedentSummary(novel=True))
            continue
        row = scored.counted[i]
        matches = tuple(
            PrecedentMatch(case_id=case_ids[label], similarity=float(similarities[i, j]), decision=decisions[label])
            for j in np.flatnonzero(row)
            for label in (int(labels[i, j]),)
        )
        out.append(
            PrecedentSummary(
                alignment=float(scored.alignment[i]),
                conflict=float(scored.conflict[i]),
                novel=False,
                mean_severity=float(scored.mean_severity[i]),
                matches=matches,
            )
        )
    return out
