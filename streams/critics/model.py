"""The critic model artifact: numpy weights and a JSON manifest, loaded once, one matmul per window.

The artifact lives in ``streams/critics/model/``: ``weights.safetensors`` (float32 weights and biases of
every head over the dense features; the lexical block's weights as the rows any training case touched,
their bucket indices and float16 values; float16 vectors of the positive training cases) and
``manifest.json`` (feature spec, embedder id, heads, thresholds, corpus digest, training parameters, dev
and test metrics). Its hash (xxh3-64 over both files) is part of ``ruleset_version``. Inference is numpy
only; scikit-learn is needed to *train* (``streams.critics.train``), never to judge.

Inference per window: one dense matmul plus one sparse (CSR) matmul over the lexical block.

Heads (logistic, Platt-calibrated on the dev split, the calibration folded into the weights):

- ``amber``: P(light >= AMBER), ``red``: P(light = RED), trained on every case (the light labels);
- one ``attr:<critic>`` head per critic: P(critic concerned | not GREEN), trained on the non-GREEN cases.

A critic's probability of judging the request AMBER or RED is the light head times its attribution: the
factorisation lets every case teach the harm heads (light labels are the reliable part of the corpus;
critic labels of public cases are partly keyword-derived, see DATA.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
import xxhash
from safetensors.numpy import load_file

from streams.errors import ConfigError

__all__ = ["ARTIFACT_DIR", "MAX_ARTIFACT_BYTES", "POSITIVES_SCALE", "CriticModel", "artifact_hash", "load_model"]

ARTIFACT_DIR = Path(__file__).parent / "model"
WEIGHTS = "weights.safetensors"
MANIFEST = "manifest.json"
MAX_ARTIFACT_BYTES = 5_000_000  # the artifact ships inside the package: weights and manifest together stay under 5 MB
POSITIVES_SCALE = 127.0  # the nearest-case vectors are stored as int8 round(v * scale)

Floats = npt.NDArray[np.float32]


def artifact_hash(directory: Path = ARTIFACT_DIR) -> str:
    """xxh3-64 of the weights and the manifest (16 hex digits)."""
    digest = xxhash.xxh3_64()
    for name in (WEIGHTS, MANIFEST):
        path = directory / name
        if not path.is_file():
            raise ConfigError(f"critic model artifact incomplete: {path} missing (run `eleanor-streams critics train`)")
        digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class CriticModel:
    """Weights of every head and what the model was trained on."""

    manifest: dict[str, Any]
    weights: Floats  # (features, heads), calibration folded in
    bias: Floats  # (heads,)
    lexical: Floats  # (lexical features, heads), calibration folded in; zero rows where no case had a word
    positives: Floats  # (n, dim) unit case vectors of the non-GREEN training cases
    positive_ids: tuple[str, ...]
    positive_critics: npt.NDArray[np.bool_]  # (n, critics)
    digest: str

    @property
    def critics(self) -> tuple[str, ...]:
        """Critic names, in the order of the attribution heads."""
        return tuple(self.manifest["critics"])

    @property
    def embedder_id(self) -> str:
        """The embedding space the model was trained in."""
        return str(self.manifest["embedder_id"])

    @property
    def thresholds(self) -> dict[str, float]:
        """``amber``, ``red`` (light heads) and ``attribution`` (critic heads), chosen on dev."""
        return {k: float(v) for k, v in self.manifest["thresholds"].items()}

    def probabilities(self, features: Floats, lexical: sp.csr_matrix) -> Floats:
        """``(n, heads)`` calibrated probabilities: amber, red, then one attribution per critic."""
        logits = features @ self.weights
        logits += lexical @ self.lexical
        logits += self.bias
        np.clip(logits, -30.0, 30.0, out=logits)
        np.negative(logits, out=logits)
        np.exp(logits, out=logits)
        logits += 1.0
        np.reciprocal(logits, out=logits)
        return logits


def _positives(stored: npt.NDArray[Any], manifest: dict[str, Any]) -> Floats:
    """The stored case vectors as float32 unit rows: int8 artifacts keep ``round(v * scale)`` (half the size of
    float16, cosine to the original > 0.999), older ones float16."""
    vectors = stored.astype(np.float32)
    if stored.dtype == np.int8:
        vectors /= float(manifest.get("positives_scale", POSITIVES_SCALE))
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        np.divide(vectors, norms, out=vectors, where=norms > 0)
    return np.ascontiguousarray(vectors)


def _read(directory: Path) -> CriticModel:
    digest = artifact_hash(directory)
    try:
        manifest: dict[str, Any] = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        arrays = load_file(str(directory / WEIGHTS))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"critic model artifact {directory}: {exc}") from exc
    ids = manifest.get("positive_ids", [])
    weights = np.ascontiguousarray(arrays["weights"], dtype=np.float32)
    heads = len(manifest["heads"])
    if weights.shape != (manifest["features"], heads):
        raise ConfigError(f"critic model artifact {directory}: weights {weights.shape} do not match the manifest")
    rows = arrays["lexical_rows"].astype(np.int64)
    values = arrays["lexical_weights"]
    size = int(manifest["lexical_features"])
    if values.shape != (len(rows), heads) or (len(rows) and (rows.min() < 0 or rows.max() >= size)):
        raise ConfigError(f"critic model artifact {directory}: lexical weights do not match the manifest")
    lexical = np.zeros((size, heads), dtype=np.float32)
    lexical[rows] = values
    return CriticModel(
        manifest=manifest,
        weights=weights,
        bias=np.ascontiguousarray(arrays["bias"], dtype=np.float32),
        lexical=lexical,
        positives=_positives(arrays["positives"], manifest),
        positive_ids=tuple(ids),
        positive_critics=arrays["positive_critics"].astype(np.bool_),
        digest=digest,
    )


@lru_cache(maxsize=4)
def _cached(directory: Path, digest: str) -> CriticModel:
    return _read(directory)


def load_model(directory: Path = ARTIFACT_DIR) -> CriticModel:
    """The artifact of ``directory``, read once per process and content."""
    return _cached(directory, artifact_hash(directory))
