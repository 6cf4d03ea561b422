"""Training the critic model from the labelled corpus (needs the ``train`` extra: scikit-learn, threadpoolctl).

``eleanor-streams critics train`` runs :func:`train` and writes the artifact into the package; with
``--check`` it writes to a temporary folder and compares the hash with the shipped one, so a test can prove
that the shipped artifact is exactly what the corpus and this code produce. Determinism: cases sorted by
request id, the split a hash of the group, single-threaded BLAS while fitting (threadpoolctl), L-BFGS (no
randomness; ``seed`` is recorded and seeds numpy for anything stochastic), the same CPU kernels on every
x86-64 machine (:mod:`streams.critics.kernels`), and a safetensors file plus a JSON manifest with sorted keys
(no timestamps).

Features: the dense rows and the sparse lexical block (:mod:`streams.critics.features`), side by side.
Sample weights of the two light heads (``light_weights``): each source weighs ``1 / sqrt(its train
cases)`` in total share, so the thousands of public and everyday cases do not drown the hand-written ones,
and public prompt-only cases (``public`` or any later ``public*`` file; labels partly keyword-derived, no
answer to judge) count ``PROMPT_ONLY_WEIGHT``;
weights are normalised to mean 1 on train.

Benign requests without an answer: almost every answerless case in the corpus is a harmful public request,
so the heads learnt "no answer means harm" (benign dev requests judged without their answer came out GREEN
a third of the time). Every train GREEN case whose request is benign by its tags (``BENIGN_PROMPT_TAGS``,
and none of ``HARMFUL_PROMPT_TAGS``: a refused or premise-refuted request is not benign) is therefore also
trained without its answer, at ``PROMPT_COPY_WEIGHT``. Dev and test are untouched. Measured on dev: benign
requests without their answer 0.33 -> 0.73 GREEN, answerless harmful requests' accuracy 0.66 -> 0.65, dev
light accuracy 0.714 -> 0.698 (copies at weight 1: 0.79 GREEN, dev 0.687).

Rare words are dropped from the lexical block before fitting: a hashed bucket that fewer than
``LEXICAL_MIN_DF`` train cases use (in the prompt or in the response block) is zeroed, so it gets no weight
and is not shipped. A word only a handful of cases use is mostly one author's wording; with it the heads
remembered the authors (a feature that generalises to no one else), without it dev macro accuracy and both
cross-author figures went up. The attribution heads are unweighted and read the dense rows
only (their lexical weights are zero: which critic a harm concerns is a question of meaning, and seven
sparse fits would double the training time).

Choices, all on the **dev** split (the test split is only measured, after every choice is made):

- regularisation ``C`` of the two light heads from ``C_GRID``, by the dev objective below;
- Platt calibration of every head on dev (a 1-D logistic fit of its logit), folded into the weights;
- the light thresholds ``amber`` and ``red``: the pair that maximises the **macro-averaged light accuracy**
  on dev (the mean of the GREEN, AMBER and RED recalls, so every light counts equally however many cases it
  has) among the pairs whose dev RED recall is at least ``MIN_RED_RECALL`` (0.85). A missed harm is thus a
  hard constraint, not a price, and benign traffic is not sacrificed to a cost matrix; if no pair reaches
  the floor, the pair with the highest RED recall (ties: best macro accuracy) is taken;
- the attribution threshold by the best mean F1 of the critics on dev's non-GREEN cases; thresholds whose
  mean F1 is within ``ATTR_TIE`` (0.005, below the metric's sampling noise) of the best count as tied, and the
  lowest of them is taken: a critic's missed concern costs a safety team more than an extra one (the same
  stance as the RED recall constraint above).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from safetensors.numpy import save_file

from streams.critics.base import run_critics
from streams.critics.builtin import build_critics
from streams.critics.corpus import CRITICS, Case, Corpus, load_corpus
from streams.critics.features import feature_rows, feature_spec, lexical_rows
from streams.critics.kernels import PINNED_KERNELS, kernels_pinned
from streams.critics.model import ARTIFACT_DIR, MANIFEST, POSITIVES_SCALE, WEIGHTS, artifact_hash
from streams.embedding import TextVectors, embed_window, shared_wordllama

log = logging.getLogger(__name__)

__all__ = ["MIN_RED_RECALL", "MODEL_VERSION", "Trained", "drop_rare", "light_metrics", "light_weights", "train"]

# 5: int8 nearest-case vectors; 6: glossed other-language words; 7: 16 authors; 8: 20 authors, no placeholders;
# 9: 22 authors
MODEL_VERSION = "critic-model-9"
C_GRID = (0.25, 0.5, 1.0, 2.0)
ATTR_C = 1.0
AMBER_GRID = tuple(round(0.05 + 0.025 * i, 3) for i in range(37))  # 0.05 .. 0.95
MIN_RED_RECALL = 0.85
ATTR_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
ATTR_TIE = 0.005  # dev mean F1 this close to the best is a tie, resolved towards recall (the lower threshold)
PROMPT_ONLY_WEIGHT = 0.5  # a public prompt-only case, relative to its source's other cases
PROMPT_COPY_WEIGHT = 0.5  # a benign prompt-only copy (benign_prompt_copies), relative to its source's cases
LEXICAL_MIN_DF = 3  # train cases a lexical bucket needs to be used at all
# GREEN cases whose request is benign by its tags (and not a refused or premise-refuted harmful request):
# their prompt-only copies train the heads that a request with no answer is not harmful by itself.
BENIGN_PROMPT_TAGS = frozenset({"lookalike", "benign", "ordinary", "small_talk"})
HARMFUL_PROMPT_TAGS = frozenset(
    {"refusal", "not_jailbroken", "refutes_premise", "safe_completion", "cannot_know", "disclaimer", "preferred"}
)
Floats = npt.NDArray[np.float64]


@dataclass(slots=True)
class Trained:
    """What a training run wrote: the folder, the artifact hash and the manifest."""

    directory: Path
    digest: str
    manifest: dict[str, Any]
    seconds: float


def _levels(amber: Floats, red: Floats, t_amber: float, t_red: float) -> npt.NDArray[np.int64]:
    return np.where(red >= t_red, 2, np.where(amber >= t_amber, 1, 0)).astype(np.int64)


def _objective(expected: npt.NDArray[np.int64], predicted: npt.NDArray[np.int64]) -> tuple[float, float]:
    """(macro-averaged light accuracy, RED recall): the mean per-light recall, every light weighted equally."""
    recalls = [float((predicted[expected == k] == k).mean()) if (expected == k).any() else 1.0 for k in range(3)]
    return float(np.mean(recalls)), recalls[2]


def _rank(objective: tuple[float, float]) -> tuple[int, float, float]:
    macro, red = objective
    return (1, macro, red) if red >= MIN_RED_RECALL else (0, red, macro)


def light_metrics(expected: Sequence[int], predicted: Sequence[int]) -> dict[str, Any]:
    """Accuracy, per-light precision and recall, and the confusion counts (expected -> predicted)."""
    e, p = np.asarray(expected), np.asarray(predicted)
    out: dict[str, Any] = {"n": len(e), "accuracy": round(float((e == p).mean()) if len(e) else 0.0, 4)}
    for level, light in enumerate(("GREEN", "AMBER", "RED")):
        tp = int(((e == level) & (p == level)).sum())
        out[light] = {
            "precision": round(tp / max(1, int((p == level).sum())), 4),
            "recall": round(tp / max(1, int((e == level).sum())), 4),
        }
    out["confusion"] = [[int(((e == i) & (p == j)).sum()) for j in range(3)] for i in range(3)]
    return out


def _fit(x: sp.csr_matrix, y: npt.NDArray[np.bool_], c: float, weight: Floats | None = None) -> tuple[Floats, float]:
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 - the 'train' extra, never at run time

    model = LogisticRegression(C=c, max_iter=5000, tol=1e-6)
    model.fit(x, y, sample_weight=weight)
    return model.coef_[0].astype(np.float64), float(model.intercept_[0])


def _platt(logits: Floats, y: npt.NDArray[np.bool_]) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 - the 'train' extra, never at run time

    model = LogisticRegression(C=1e4, max_iter=5000, tol=1e-8)
    model.fit(logits.reshape(-1, 1), y)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def _sigmoid(z: Floats) -> Floats:
    out: Floats = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return out


def _features(cases: Sequence[Case], fit_rows: npt.NDArray[np.bool_]) -> tuple[sp.csr_matrix, int, TextVectors]:
    """Dense rows and the lexical block side by side (CSR; rare words of ``fit_rows`` dropped, see
    :func:`drop_rare`), the number of dense columns, the vectors."""
    requests = [c.request for c in cases]
    embedder = shared_wordllama()
    vectors = embed_window(embedder, requests)
    lexicon = run_critics(build_critics(CRITICS), requests)
    dense = feature_rows(requests, vectors, lexicon)
    x = sp.hstack([sp.csr_matrix(dense), lexical_rows(embedder, requests)], format="csr", dtype=np.float32)
    return drop_rare(x, dense.shape[1], fit_rows), dense.shape[1], vectors


def drop_rare(x: sp.csr_matrix, n_dense: int, rows: npt.NDArray[np.bool_]) -> sp.csr_matrix:
    """``x`` with every lexical column that fewer than ``LEXICAL_MIN_DF`` of ``rows`` use set to zero."""
    used = np.bincount(x[rows][:, n_dense:].indices, minlength=x.shape[1] - n_dense)
    keep = np.concatenate([np.ones(n_dense, dtype=np.float32), (used >= LEXICAL_MIN_DF).astype(np.float32)])
    out: sp.csr_matrix = (x @ sp.diags(keep, format="csr")).tocsr()
    out.eliminate_zeros()
    return out


def benign_prompt_copies(cases: Sequence[Case]) -> list[Case]:
    """Train GREEN cases whose request is itself benign, once more without their answer (see the module
    docstring): request id suffixed ``#prompt``, tag ``prompt_copy``, same group, source and split."""
    out = []
    for case in cases:
        tags = set(case.tags)
        if (
            case.split == "train"
            and case.light == "GREEN"
            and case.request.response
            and tags & BENIGN_PROMPT_TAGS
            and not tags & HARMFUL_PROMPT_TAGS
        ):
            request = replace(case.request, request_id=case.request.request_id + "#prompt", response="")
            out.append(replace(case, request=request, tags=(*case.tags, "prompt_copy")))
    return out


def with_prompt_copies(cases: Sequence[Case]) -> list[Case]:
    """``cases`` followed by :func:`benign_prompt_copies` of them."""
    return [*cases, *benign_prompt_copies(cases)]


def light_weights(cases: Sequence[Case], train_rows: npt.NDArray[np.bool_]) -> Floats:
    """Sample weights of the light heads (see the module docstring), mean 1 over the train rows."""
    source = np.array([c.source for c in cases])
    weight = np.ones(len(cases), dtype=np.float64)
    for name in np.unique(source[train_rows]):
        weight[source == name] = 1.0 / np.sqrt(float((train_rows & (source == name)).sum()))
    prompt_only = np.array([c.source.startswith("public") and not c.request.response for c in cases])
    weight[prompt_only] *= PROMPT_ONLY_WEIGHT
    weight[np.array(["prompt_copy" in c.tags for c in cases])] *= PROMPT_COPY_WEIGHT
    weight /= float(weight[train_rows].mean())
    return weight


def _best_thresholds(
    amber: Floats, red: Floats, expected: npt.NDArray[np.int64]
) -> tuple[tuple[int, float, float], float, float]:
    """The (rank, amber, red) of the best threshold pair on dev (see the module docstring)."""
    best: tuple[tuple[int, float, float], float, float] = ((-1, 0.0, 0.0), 0.5, 0.5)
    for t_amber in AMBER_GRID:
        for t_red in AMBER_GRID:
            rank = _rank(_objective(expected, _levels(amber, red, t_amber, t_red)))
            if rank > best[0]:
                best = (rank, t_amber, t_red)
    return best


def _attr_threshold(attr: Floats, truth: npt.NDArray[np.bool_]) -> tuple[float, float]:
    """The attribution threshold (see the module docstring) and its dev mean F1."""
    scores: list[tuple[float, float]] = []
    for tau in ATTR_GRID:
        concerned = attr >= tau
        concerned[np.arange(len(attr)), np.argmax(attr, axis=1)] = True
        f1s = []
        for k in range(truth.shape[1]):
            tp = float((concerned[:, k] & truth[:, k]).sum())
            denominator = float(concerned[:, k].sum() + truth[:, k].sum())
            f1s.append(2 * tp / denominator if denominator else 1.0)
        scores.append((tau, float(np.mean(f1s))))
    best = max(score for _, score in scores)
    return min((tau, score) for tau, score in scores if score >= best - ATTR_TIE)


def _fold(
    heads: Sequence[tuple[Floats, float]], platt: Sequence[tuple[float, float]], n_dense: int
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.intp], Any, npt.NDArray[np.float32]]:
    """Calibration folded into the heads: dense weights, bias, the lexical rows any train case touched and
    their float16 weights, and the full lexical matrix rebuilt from them (so every metric is the shipped model's)."""
    folded = np.stack([a * w for (w, _), (a, _) in zip(heads, platt, strict=True)], axis=1).astype(np.float32)
    bias = np.array([a * b + c for (_, b), (a, c) in zip(heads, platt, strict=True)], dtype=np.float32)
    touched = np.flatnonzero(np.any(folded[n_dense:] != 0, axis=1))  # buckets no train case has weigh 0
    values = folded[n_dense:][touched].astype(np.float16)
    lexical = np.zeros((folded.shape[0] - n_dense, len(heads)), dtype=np.float32)
    lexical[touched] = values
    return folded[:n_dense], bias, touched, values, lexical


def _begin(seed: int) -> None:
    """Seed numpy; warn unless the CPU kernels are pinned (the CLI pins them, an in-process call may not)."""
    np.random.seed(seed)
    if not kernels_pinned():
        log.warning(
            "training without the pinned CPU kernels: the artifact may differ in its last bits from one "
            "trained elsewhere (start the process with %s, as `eleanor-streams critics train` does)",
            " ".join(f"{k}='{v}'" for k, v in PINNED_KERNELS.items()),
        )


def train(
    out: Path = ARTIFACT_DIR,
    *,
    corpus: Corpus | None = None,
    seed: int = 0,
    exclude_sources: Sequence[str] = (),
) -> Trained:
    """Fit every head on train, choose on dev, measure on test, and write the artifact to ``out``."""
    from threadpoolctl import threadpool_limits  # noqa: PLC0415 - the 'train' extra, never at run time

    started = time.perf_counter()
    _begin(seed)
    corpus = corpus or load_corpus()
    cases = with_prompt_copies([c for c in corpus.cases if c.source not in exclude_sources])
    with threadpool_limits(limits=1):
        split = np.array([c.split for c in cases])
        tr, dv, te = split == "train", split == "dev", split == "test"
        x, n_dense, vectors = _features(cases, tr)
        level = np.array([c.level for c in cases], dtype=np.int64)
        critic_truth = np.array([[k in c.critics for k in CRITICS] for c in cases], dtype=np.bool_)
        weight = light_weights(cases, tr)
        # Light heads: C by the dev objective (thresholds re-chosen for each C).
        chosen: tuple[tuple[int, float, float], float, Any] | None = None
        for c in C_GRID:
            heads = [_fit(x[tr], level[tr] >= k, c, weight[tr]) for k in (1, 2)]
            z = [x[dv] @ w + b for w, b in heads]
            platt = [_platt(zk, level[dv] >= k) for zk, k in zip(z, (1, 2), strict=True)]
            probs = [_sigmoid(a * zk + b) for zk, (a, b) in zip(z, platt, strict=True)]
            rank = _best_thresholds(probs[0], probs[1], level[dv])[0]
            if chosen is None or rank > chosen[0]:
                chosen = (rank, c, (heads, platt))
        if chosen is None:  # C_GRID is never empty
            raise RuntimeError("no regularisation tried")
        _, light_c, (light_heads, light_platt) = chosen
        z_dev = [x[dv] @ w + b for w, b in light_heads]
        p_dev = [_sigmoid(a * zk + b) for zk, (a, b) in zip(z_dev, light_platt, strict=True)]
        dev_rank, t_amber, t_red = _best_thresholds(p_dev[0], p_dev[1], level[dv])
        # Attribution heads: which critic a harmful case concerns, trained on the non-GREEN cases.
        harm_tr, harm_dv = tr & (level > 0), dv & (level > 0)
        attr_heads, attr_platt = [], []
        for k in range(len(CRITICS)):
            w, b = _fit(x[:, :n_dense][harm_tr], critic_truth[harm_tr, k], ATTR_C)
            w = np.concatenate([w, np.zeros(x.shape[1] - n_dense)])  # attribution reads the dense rows only
            attr_heads.append((w, b))
            attr_platt.append(_platt(x[harm_dv] @ w + b, critic_truth[harm_dv, k]))
    heads = [*light_heads, *attr_heads]
    platt = [*light_platt, *attr_platt]
    weights, bias, touched, lexical_values, lexical = _fold(heads, platt, n_dense)

    def predict(mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.float64]:
        rows = x[mask]
        logits = rows[:, :n_dense] @ weights + rows[:, n_dense:] @ lexical + bias
        return _sigmoid(np.asarray(logits, dtype=np.float64))

    attr_dev = predict(harm_dv)[:, 2:]
    t_attr, attr_f1 = _attr_threshold(attr_dev, critic_truth[harm_dv])

    def metrics(mask: npt.NDArray[np.bool_]) -> dict[str, Any]:
        probs = predict(mask)
        return light_metrics(level[mask].tolist(), _levels(probs[:, 0], probs[:, 1], t_amber, t_red).tolist())

    positive = tr & (level > 0)
    ids = [c.request.request_id for c, keep in zip(cases, positive, strict=True) if keep]
    embedder = shared_wordllama()
    manifest: dict[str, Any] = {
        "version": MODEL_VERSION,
        "embedder_id": embedder.id,
        "features": int(n_dense),
        "lexical_features": int(x.shape[1] - n_dense),
        "feature_spec": feature_spec(embedder.dim, CRITICS),
        "critics": list(CRITICS),
        "heads": ["amber", "red", *(f"attr:{k}" for k in CRITICS)],
        "thresholds": {"amber": t_amber, "red": t_red, "attribution": t_attr},
        "training": {
            "seed": seed,
            "model": "logistic regression (L2, L-BFGS) over dense + hashed lexical features, Platt-calibrated on dev",
            "light_weights": (
                f"per source 1/sqrt(train cases); public prompt-only x{PROMPT_ONLY_WEIGHT}; mean 1 on train"
            ),
            "lexical_min_df": LEXICAL_MIN_DF,
            "light_C": light_c,
            "light_C_grid": list(C_GRID),
            "attribution_C": ATTR_C,
            "decision_rule": (
                "thresholds maximise dev macro-averaged light accuracy (mean of per-light recalls) "
                f"subject to dev RED recall >= {MIN_RED_RECALL}"
            ),
            "min_red_recall": MIN_RED_RECALL,
            "excluded_sources": sorted(exclude_sources),
            "corpus_digest": corpus.digest,
            "cases": {"train": int(tr.sum()), "dev": int(dv.sum()), "test": int(te.sum())},
            "dropped": [list(d) for d in corpus.dropped],
        },
        "metrics": {
            "note": "the model's light (before lexicon floors, precedent and aggregation) per split",
            "dev_macro_accuracy": round(dev_rank[1] if dev_rank[0] else dev_rank[2], 4),
            "dev_red_floor_met": bool(dev_rank[0]),
            "dev_attribution_mean_f1": round(attr_f1, 4),
            "train": metrics(tr),
            "dev": metrics(dv),
            "test": metrics(te),
        },
        "positive_ids": ids,
        "positives_scale": POSITIVES_SCALE,
    }
    out.mkdir(parents=True, exist_ok=True)
    save_file(
        {
            "weights": weights,
            "bias": bias,
            "lexical_rows": touched.astype(np.int32),
            "lexical_weights": lexical_values,
            "positives": np.round(vectors.case[positive] * POSITIVES_SCALE).astype(np.int8),
            "positive_critics": critic_truth[positive].astype(np.uint8),
        },
        str(out / WEIGHTS),
    )
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return Trained(out, artifact_hash(out), manifest, time.perf_counter() - started)
