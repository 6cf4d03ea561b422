"""After-effects of a judged window: what follows it without touching its acks.

The judgements written back to the cache (never blocking the next window; at most one write in flight), the
adaptive sizer told how the window went (its decision is window telemetry, delivered with the next window's
evidence), the metrics updated and the counters counted. A failed cache write only costs future cache hits and
a failed metrics update only a gauge: both are logged and counted, never raised.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from streams.cache.base import BatchCache
from streams.logs import kv
from streams.metrics import Metrics
from streams.pipeline.base import WindowSizer
from streams.pipeline.processor import WindowResult
from streams.pipeline.stats import WindowStats

__all__ = ["AfterEffects"]

log = logging.getLogger(__name__)


class AfterEffects:
    """Cache write-back, sizer and metrics for each judged window (see the module docstring)."""

    def __init__(
        self,
        sizer: WindowSizer,
        stats: WindowStats,
        *,
        cache: BatchCache | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.sizer = sizer
        self.cache = cache
        self.metrics = metrics
        self._stats = stats
        self._cache_write: asyncio.Task[None] | None = None

    async def submit(self, result: WindowResult, busy_s: float, size: int) -> Any:
        """Apply one window's after-effects (it took ``busy_s``, taken with ``size``); returns the sizer's decision."""
        if self.cache is not None and result.cache_writes:
            await self.drain()
            self._cache_write = asyncio.create_task(self._write_cache(self.cache, result.cache_writes))
        decision = self.sizer.observe(
            result.events, busy_s, result.success_rate, window_id=result.window_id, size=max(size, result.events)
        )
        if self.metrics is not None:
            self._observe(self.metrics, result, decision)
        self._stats.count(result)
        return decision

    async def drain(self) -> None:
        """Wait for the cache write in flight."""
        if self._cache_write is not None:
            await self._cache_write

    async def close(self) -> None:
        """Finish the cache write in flight, then close the cache."""
        await self.drain()
        if self.cache is not None:
            await self.cache.close()

    async def _write_cache(self, cache: BatchCache, writes: list[tuple[str, bytes]]) -> None:
        """Write judgements back; a failure only costs future cache hits, so it never reaches the acks."""
        try:
            await cache.set_batch(writes)
        except Exception as exc:
            self._stats.cache_write_failures += 1
            log.warning("cache write-back failed, skipped %s", kv(entries=len(writes), error=repr(exc)))

    def _observe(self, metrics: Metrics, result: WindowResult, decision: Any) -> None:
        """Update the metrics; like the sink's hooks, a failure is logged and counted, never raised (the window
        is already queued for its acks, and a metrics bug must not stop the worker)."""
        try:
            metrics.observe_window(result, decision, getattr(self.cache, "stats", None))
        except Exception as exc:
            self._stats.metrics_failures += 1
            log.warning("metrics not updated for a window %s", kv(window_id=result.window_id, error=repr(exc)))
