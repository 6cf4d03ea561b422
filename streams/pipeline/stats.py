"""What the window runner has done, counted (for logs, the demo summary, benchmarks and tests)."""

from __future__ import annotations

from streams.pipeline.processor import WindowResult

__all__ = ["WindowStats"]


class WindowStats:
    """Counters of the runner, its delivery and its after-effects."""

    def __init__(self) -> None:
        self.windows = 0
        self.events = 0
        self.verdicts = 0
        self.dead_letters = 0
        self.escalations = 0
        self.cache_hits = 0
        self.retries = 0
        # Side work that failed without touching acks (logged): cache write-backs, metrics updates.
        self.cache_write_failures = 0
        self.metrics_failures = 0
        self.sizes: list[int] = []
        self.first_window_at: float | None = None  # perf_counter when the first window arrived

    def count(self, result: WindowResult) -> None:
        """Count one handled window."""
        self.windows += 1
        self.events += result.events
        self.verdicts += len(result.verdicts)
        self.dead_letters += len(result.dead_letters)
        self.escalations += len(result.escalations)
        self.cache_hits += result.cache_hits
        self.sizes.append(result.events)
        if len(self.sizes) > 10_000:
            del self.sizes[:5_000]
