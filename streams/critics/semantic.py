"""The seven learned critics: one model over the shared embedding, lexicons as features, evidence and floors.

Per window, once for all seven critics (:class:`SemanticJudge`): the lexicon critics run over the window
(one Hyperscan scan), the feature rows and the sparse lexical block are built
(:mod:`streams.critics.features`) and one dense plus one sparse matmul give every head's calibrated
probability (:mod:`streams.critics.model`). Each critic then reads its column.

From probabilities to a finding (thresholds chosen on the dev split, stored in the manifest):

- the window's *level*: RED when P(RED) >= ``red``, else AMBER when P(>= AMBER) >= ``amber``, else GREEN;
- a critic is *concerned* when its attribution P(critic | harmful) >= ``attribution``, and the most
  attributed critic always is (the harm the light heads see belongs to someone);
- a concerned critic at level RED gets severity 2.5-3.0 (deny), at AMBER 2.0-2.45 (constrained allow),
  scaled by how far the probability passed its threshold; every other finding is *sub-threshold*: severity
  0.99 x P(>= AMBER) x attribution / ``amber``, in steps of 0.1, below 1.0 so that sub-threshold findings
  can never reach aggregation's mean-severity rule on their own. The light is thus exactly the model's level.
- **hard floors**: where a lexicon signal is exact (a Luhn-valid card number, a national id in range, a
  valid IBAN, an explicit threat of violence in the answer) its severity stands whatever the model says;
- **evidence**: a concerned finding lists the lexicon's spans when the lexicon matched; otherwise it cites
  the nearest labelled training cases of that critic (case id and cosine similarity), so a reviewer sees why;
- **confidence**: from the margin past the threshold, the attribution and whether the lexicon agrees.

Sub-threshold findings come from a small table of shared objects (one per critic and step): most traffic
is clean, and identical findings are then the same objects, which keeps aggregation's memo useful.
A failure anywhere in the window (model, features, lexicon) errors every critic's finding for the window.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from streams.critics.base import Critic, run_critics
from streams.critics.features import feature_rows, lexical_rows
from streams.critics.model import CriticModel
from streams.embedding import TextVectors, embed_window
from streams.errors import CriticError
from streams.models.finding import Finding, Violation, label_for
from streams.models.request import Request

__all__ = ["EXACT_FLOORS", "SemanticCritic", "SemanticJudge", "build_semantic_critics"]

# Lexicon categories exact enough to stand against the model (validators, explicit threats).
EXACT_FLOORS: dict[str, frozenset[str]] = {
    "privacy": frozenset({"payment_card", "national_id", "iban"}),
    "risk": frozenset({"violence"}),
}
STEPS = 10  # sub-threshold severity steps (0.0 .. 0.9)
CITED = 2  # nearest training cases cited per finding
LEXICON_FIRES = 0.45  # a lexicon score that would be VIOLATION on its own


@dataclass(frozen=True, slots=True)
class _Window:
    findings: list[list[Finding]]  # per critic, per request


class SemanticJudge:
    """Judges a window once for all seven critics (lexicon scan, features, one matmul, findings)."""

    def __init__(self, model: CriticModel, lexicon: Sequence[Critic], embedder: Any) -> None:
        names = tuple(c.name for c in lexicon)
        if names != model.critics:
            raise CriticError("semantic", f"lexicon critics {names} do not match the model's {model.critics}")
        if embedder.id != model.embedder_id:
            raise CriticError("semantic", f"embedder {embedder.id} is not the model's {model.embedder_id}")
        self.model = model
        self.lexicon = tuple(lexicon)
        self.embedder = embedder
        t = model.thresholds
        self._amber, self._red, self._attr = t["amber"], t["red"], t["attribution"]
        self._lock = threading.Lock()
        self._memo: tuple[tuple[Request, ...], TextVectors | None, _Window] | None = None
        self._clean = [[self._sub_threshold(name, step) for step in range(STEPS)] for name in model.critics]
        self._positives = [model.positives[model.positive_critics[:, k]] for k in range(len(model.critics))]
        self._positive_ids = [
            [pid for pid, on in zip(model.positive_ids, model.positive_critics[:, k], strict=True) if on]
            for k in range(len(model.critics))
        ]

    def findings(self, index: int, requests: Sequence[Request], vectors: TextVectors | None) -> list[Finding]:
        """Critic ``index``'s findings for the window (computed once per window for all critics)."""
        memo = self._memo
        if (
            memo is not None
            and memo[1] is vectors
            and len(memo[0]) == len(requests)
            and all(a is b for a, b in zip(memo[0], requests, strict=True))
        ):
            return memo[2].findings[index]
        with self._lock:
            window = self._judge(requests, vectors)
            self._memo = (tuple(requests), vectors, window)
        return window.findings[index]

    # -- the window ---------------------------------------------------------------------------------------
    def _judge(self, requests: Sequence[Request], given: TextVectors | None) -> _Window:
        vectors = given if given is not None else embed_window(self.embedder, requests)
        if len(vectors) != len(requests) or vectors.embedder_id != self.model.embedder_id:
            raise CriticError("semantic", f"vectors from {vectors.embedder_id} for {len(requests)} requests")
        lexicon = run_critics(self.lexicon, requests)
        probs = self.model.probabilities(
            feature_rows(requests, vectors, lexicon), lexical_rows(self.embedder, requests)
        )
        amber, red, attr = probs[:, 0], probs[:, 1], probs[:, 2:]
        level = np.where(red >= self._red, 2, np.where(amber >= self._amber, 1, 0))
        concerned = attr >= self._attr
        concerned[np.arange(len(requests)), np.argmax(attr, axis=1)] = True
        # Sub-threshold steps for every (request, critic); concerned critics at GREEN level use P(>= AMBER).
        share = np.where(concerned, 1.0, attr) * amber[:, None]
        steps = np.minimum(STEPS - 1, np.floor(0.99 * STEPS * share / self._amber)).astype(np.int64)
        firing = concerned & (level[:, None] > 0)
        out: list[list[Finding]] = []
        for k, name in enumerate(self.model.critics):
            clean = self._clean[k]
            column = [clean[s] for s in steps[:, k].tolist()]
            rows = np.flatnonzero(firing[:, k]).tolist()
            cite = [i for i in rows if not lexicon[i][k].violations]
            cited = self._nearest(k, vectors.case[cite]) if cite else []
            citations = dict(zip(cite, cited, strict=True))
            for i in rows:
                column[i] = self._firing(
                    name,
                    level=int(level[i]),
                    amber=float(amber[i]),
                    red=float(red[i]),
                    attribution=float(attr[i, k]),
                    lex=lexicon[i][k],
                    cited=citations.get(i, ()),
                )
            for i, row in enumerate(lexicon):
                lex = row[k]
                if not lex.errored and lex.score >= LEXICON_FIRES and not firing[i, k]:
                    column[i] = self._with_lexicon(column[i], lex)
            out.append(column)
        return _Window(out)

    # -- findings -----------------------------------------------------------------------------------------
    def _sub_threshold(self, critic: str, step: int) -> Finding:
        severity = step / STEPS
        return Finding(
            critic=critic,
            severity=severity,
            score=round(severity / 3.0, 4),
            label=label_for(severity / 3.0),
            rationale=f"No {critic} concern: the model puts this below its AMBER threshold (step {step} of {STEPS}).",
            confidence=round(0.9 - 0.4 * step / (STEPS - 1), 3),
        )

    def _firing(
        self,
        critic: str,
        *,
        level: int,
        amber: float,
        red: float,
        attribution: float,
        lex: Finding,
        cited: Sequence[tuple[str, float]],
    ) -> Finding:
        if level == 2:
            margin = (red - self._red) / max(1e-9, 1.0 - self._red)
            severity, what = 2.5 + 0.5 * margin, f"RED-level harm (P(RED) {red:.2f})"
        else:
            margin = (amber - self._amber) / max(1e-9, 1.0 - self._amber)
            severity, what = 2.0 + 0.45 * margin, f"AMBER-level harm (P(>=AMBER) {amber:.2f})"
        agrees = not lex.errored and lex.score >= LEXICON_FIRES
        if lex.violations:
            violations = lex.violations
            evidence = "lexicon matched " + ", ".join(v.category.replace("_", " ") for v in lex.violations[:3])
        else:
            violations = tuple(
                Violation("similar_case", f"{cid} (similarity {sim:.2f})", "context") for cid, sim in cited
            )
            evidence = "nearest labelled cases " + ", ".join(f"{cid} ({sim:.2f})" for cid, sim in cited)
        severity = max(severity, self._floor(lex))
        confidence = 0.45 + 0.3 * margin + 0.15 * attribution + (0.1 if agrees else 0.0)
        return Finding(
            critic=critic,
            severity=round(min(3.0, severity), 4),
            score=round(min(3.0, severity) / 3.0, 4),
            label=label_for(min(3.0, severity) / 3.0),
            violations=violations,
            rationale=(
                f"{critic.capitalize()}: the model sees {what}, {critic} attribution {attribution:.2f}; {evidence}."
            ),
            confidence=round(min(0.95, max(0.35, confidence)), 3),
            clauses=lex.clauses if not lex.errored else (),
        )

    def _floor(self, lex: Finding) -> float:
        exact = EXACT_FLOORS.get(lex.critic)
        if exact is None or lex.errored or lex.severity < 2.5:
            return 0.0
        return lex.severity if any(v.category in exact for v in lex.violations) else 0.0

    def _with_lexicon(self, finding: Finding, lex: Finding) -> Finding:
        """A sub-threshold finding that keeps the lexicon's evidence (and its exact floor, if any)."""
        floor = self._floor(lex)
        if floor:
            return Finding(
                critic=finding.critic,
                severity=floor,
                score=round(floor / 3.0, 4),
                label=label_for(floor / 3.0),
                violations=lex.violations,
                rationale=f"{lex.rationale} Exact signal: it stands whatever the model says.",
                confidence=max(lex.confidence, 0.8),
                clauses=lex.clauses,
            )
        return Finding(
            critic=finding.critic,
            severity=finding.severity,
            score=finding.score,
            label=finding.label,
            violations=lex.violations,
            rationale=(
                f"{finding.rationale} The lexicon matched ({lex.rationale}), but the model does not find it harmful."
            ),
            confidence=round(max(0.35, finding.confidence - 0.2), 3),
        )

    def _nearest(self, k: int, queries: npt.NDArray[np.float32]) -> list[tuple[tuple[str, float], ...]]:
        positives, ids = self._positives[k], self._positive_ids[k]
        if not len(ids):
            return [() for _ in range(len(queries))]
        sims = queries @ positives.T
        top = _top(sims, CITED)
        return [
            tuple((ids[j], float(sims[r, j])) for j in top[r].tolist() if math.isfinite(float(sims[r, j])))
            for r in range(len(queries))
        ]


def _top(sims: npt.NDArray[np.float32], k: int) -> npt.NDArray[np.intp]:
    """Per row the columns of the ``k`` largest values, largest first, ties to the lower column: exactly
    ``np.argsort(-sims, axis=1, kind="stable")[:, :k]``, by ``k`` argmax passes instead of a full sort of every
    row (embedding plus findings of a 1,000-request window 3-8 % faster here)."""
    if not np.isfinite(sims).all():  # NaN or infinities: the sort's own order
        ordered: npt.NDArray[np.intp] = np.argsort(-sims, axis=1, kind="stable")[:, :k]
        return ordered
    work = sims.copy()
    rows = np.arange(len(work))
    top = np.empty((len(work), min(k, work.shape[1])), dtype=np.intp)
    for c in range(top.shape[1]):
        top[:, c] = np.argmax(work, axis=1)  # the first of equal maxima, as the stable sort
        work[rows, top[:, c]] = -np.inf
    return top


class SemanticCritic:
    """One of the seven learned critics: a view on the shared :class:`SemanticJudge`."""

    inline = True  # local numpy work: runs in the caller's thread
    uses_vectors = True  # takes the window's shared TextVectors

    def __init__(self, name: str, index: int, judge: SemanticJudge) -> None:
        self.name = name
        self._index = index
        self.judge = judge

    def evaluate_batch(self, requests: Sequence[Request], vectors: TextVectors | None = None) -> list[Finding]:
        """One finding per request; ``vectors`` are the window's embeddings (embedded here when None)."""
        return self.judge.findings(self._index, requests, vectors)


def build_semantic_critics(
    names: Sequence[str], model: CriticModel, lexicon: Sequence[Critic], embedder: Any
) -> list[Critic]:
    """The named critics over one judge (the judge always computes all seven: they share the matmul)."""
    judge = SemanticJudge(model, lexicon, embedder)
    index = {n: i for i, n in enumerate(model.critics)}
    return [SemanticCritic(n, index[n], judge) for n in names]
