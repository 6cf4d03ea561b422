"""The built-in critics, named once: the one registry that the settings, the precedent store, the reports, the
corpus and the benchmarks read (their order is the order of a verdict's findings)."""

from __future__ import annotations

__all__ = ["CRITICS"]

CRITICS: tuple[str, ...] = ("rights", "autonomy", "fairness", "truth", "risk", "pragmatics", "privacy")
