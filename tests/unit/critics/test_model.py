"""The shipped critic model artifact: its size, and the nearest-case vectors it stores in int8."""

from __future__ import annotations

import numpy as np

from streams.critics.corpus import load_corpus
from streams.critics.model import ARTIFACT_DIR, MAX_ARTIFACT_BYTES, load_model
from streams.embedding import embed_window, shared_wordllama


def test_the_artifact_ships_under_five_megabytes() -> None:
    size = sum(path.stat().st_size for path in ARTIFACT_DIR.iterdir() if path.is_file())
    assert 0 < size < MAX_ARTIFACT_BYTES, size


def test_stored_case_vectors_are_unit_rows_close_to_the_cases_own_vectors() -> None:
    model = load_model()
    assert model.positives.dtype == np.float32
    assert len(model.positives) == len(model.positive_ids) == len(model.positive_critics)
    norms = np.linalg.norm(model.positives, axis=1)
    assert np.allclose(norms, 1.0, atol=1e-5)
    # Every 97th stored case against its case vector embedded now: int8 keeps cosine above 0.999.
    by_id = {c.request.request_id: c.request for c in load_corpus().cases}
    picks = [i for i in range(0, len(model.positive_ids), 97) if model.positive_ids[i] in by_id]
    assert len(picks) > 20
    vectors = embed_window(shared_wordllama(), [by_id[model.positive_ids[i]] for i in picks]).case
    cosines = np.sum(vectors * model.positives[picks], axis=1)
    assert cosines.min() > 0.999, cosines.min()
