"""The critic seam: the ``Critic`` protocol and the runner that never lets a failure pass as severity 0."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from streams.models.finding import Finding
from streams.models.request import Request

__all__ = ["Critic", "run_critics"]

log = logging.getLogger(__name__)


@runtime_checkable
class Critic(Protocol):
    """A critic judges a whole window at once and returns one finding per request, in order.

    Critics are pure (no I/O, no shared mutable state visible to callers) and read only the judged content
    of a request: prompt, response, policy profile, proposed action and the context fields listed in
    ``models.request.JUDGED_CONTEXT_FIELDS`` (the cache key is built from exactly those).
    """

    name: str

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        """One finding per request, in the order of ``requests``."""
        ...


def run_critics(critics: Sequence[Critic], requests: Sequence[Request]) -> list[tuple[Finding, ...]]:
    """Evaluate every critic over the window; per request, one finding per critic (in critic order).

    A critic that raises, or returns the wrong number of findings, yields an errored finding
    (``Finding.failed``) for every request of the window: failures are visible, never a silent zero.
    """
    columns: list[list[Finding]] = []
    for critic in critics:
        try:
            findings = critic.evaluate_batch(requests)
            if len(findings) != len(requests):
                raise ValueError(f"returned {len(findings)} findings for {len(requests)} requests")
        except Exception as exc:  # a critic is user code: any failure is reported, not raised
            log.warning("critic=%s failed on a window of %d: %r", critic.name, len(requests), exc)
            error = f"{type(exc).__name__}: {exc}"
            findings = [Finding.failed(critic.name, error)] * len(requests)
        columns.append(findings)
    return list(zip(*columns, strict=True)) if columns else [() for _ in requests]
