"""Process tuning for a judge worker, applied once its services are open.

Measured on the worker (README, performance): OpenBLAS's helper thread busy-waits after every small matrix
product, so BLAS is pinned to one thread (the window's concurrency comes from the event loop and the
critics' thread, not from BLAS); full garbage-collection passes over the long-lived start-up objects
(lexicons, the precedent index, compiled patterns) cost ~90 ms each, so those objects are frozen out of the
collector and the young-generation threshold is raised (a window allocates many short-lived objects).
"""

from __future__ import annotations

import gc
import logging

from threadpoolctl import threadpool_limits

from streams.logs import kv

__all__ = ["GC_THRESHOLDS", "tune_process"]

log = logging.getLogger(__name__)

# Young generation collected every 20,000 net allocations (default 700); older generations as often as before
# relative to it.
GC_THRESHOLDS = (20_000, 20, 20)

_tuned: list[bool] = []


def tune_process() -> None:
    """Pin BLAS to one thread, raise the GC thresholds and freeze what exists now (idempotent)."""
    if _tuned:
        return
    _tuned.append(True)
    threadpool_limits(limits=1, user_api="blas")
    gc.collect()
    gc.set_threshold(*GC_THRESHOLDS)
    gc.freeze()
    log.info("process tuned %s", kv(blas_threads=1, gc_thresholds=GC_THRESHOLDS, gc_frozen=gc.get_freeze_count()))
