"""The CPU kernels that training runs on, pinned so that the artifact is the same bit for bit on any x86-64.

numpy and scipy pick their OpenBLAS kernels and numpy its SIMD loops by the CPU they start on: a CPU with
AVX-512 sums and multiplies in another order than one without, the last bits of the weights differ, and the
shipped artifact would only be reproducible on the kind of machine that trained it. Training therefore runs
with OpenBLAS's Haswell (AVX2) kernels and numpy's AVX-512 loops switched off, which every x86-64 CPU with
AVX2 can run. Both libraries read these variables once, when they load: ``eleanor-streams critics train``
(and ``cross-author``) start themselves again with them set (:func:`pinned_env`). Judging is not affected.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

__all__ = ["PINNED_KERNELS", "kernels_pinned", "pinned_env"]

PINNED_KERNELS: Mapping[str, str] = {
    "OPENBLAS_CORETYPE": "Haswell",
    # numpy >= 2.4 names the AVX-512 group X86_V4, earlier releases the single features; unknown names are ignored
    "NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL AVX512_SPR",
}


def kernels_pinned(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this process was started with the pinned kernels."""
    return all(environ.get(name) == value for name, value in PINNED_KERNELS.items())


def pinned_env(environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    """``environ`` with the pinned kernels set."""
    return {**environ, **PINNED_KERNELS}
