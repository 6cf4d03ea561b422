"""The critic seam: the ``Critic`` protocol and the runner that never lets a failure pass as severity 0."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from streams.errors import CriticError
from streams.models.finding import Finding
from streams.models.request import Request

if TYPE_CHECKING:
    from streams.embedding import TextVectors

__all__ = ["BUSY", "Critic", "run_critics"]

log = logging.getLogger(__name__)


@runtime_checkable
class Critic(Protocol):
    """A critic judges a whole window at once and returns one finding per request, in order.

    Critics are pure (no I/O, no shared mutable state visible to callers) and read only the judged content
    of a request: prompt, response, policy profile, proposed action and the context fields listed in
    ``models.request.JUDGED_CONTEXT_FIELDS`` (the cache key is built from exactly those). A critic may set
    a class attribute ``inline = True`` to declare itself fast and local: it then runs in the caller's
    thread without a timeout (the built-in critics do). Any other critic runs in its own thread, bounded by
    the runner's timeout (e.g. an LLM judge over HTTP), one call at a time. A critic that sets
    ``uses_vectors = True`` is called as ``evaluate_batch(requests, vectors=...)`` with the window's shared
    :class:`~streams.embedding.TextVectors` (or ``None``: it then embeds the window itself).
    """

    name: str

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        """One finding per request, in the order of ``requests``."""
        ...


def _evaluate(critic: Critic, requests: Sequence[Request], vectors: TextVectors | None = None) -> list[Finding]:
    if getattr(critic, "uses_vectors", False):  # a learned critic reads the window's shared embeddings
        findings: list[Finding] = critic.evaluate_batch(requests, vectors=vectors)  # type: ignore[call-arg]
    else:
        findings = critic.evaluate_batch(requests)
    if len(findings) != len(requests):
        raise CriticError(critic.name, f"returned {len(findings)} findings for {len(requests)} requests")
    return findings


def _failed(critic: Critic, requests: Sequence[Request], error: str) -> list[Finding]:
    log.warning("critic=%s failed on a window of %d: %s", critic.name, len(requests), error)
    return [Finding.failed(critic.name, error)] * len(requests)


BUSY = "critic busy: its call on an earlier window is still running"

# The call in flight per non-inline critic (by id: the running thread holds the critic, so the id cannot be
# reused before the entry is gone). A critic that hangs keeps one thread, not one more per window.
_running: dict[int, Future[list[Finding]]] = {}
_running_lock = threading.Lock()


def _in_thread(
    critic: Critic, requests: Sequence[Request], vectors: TextVectors | None
) -> Future[list[Finding]] | None:
    """Run a critic in a daemon thread, or ``None`` while its previous call is still running.

    A daemon thread (not an executor's worker, which the interpreter joins at exit) so that a hung critic
    is abandoned without blocking shutdown.
    """
    with _running_lock:
        previous = _running.get(id(critic))
        if previous is not None and not previous.done():
            return None
        future: Future[list[Finding]] = Future()
        _running[id(critic)] = future

    def work() -> None:
        try:
            future.set_result(_evaluate(critic, requests, vectors))
        except BaseException as exc:  # handed to the caller, who reports it
            future.set_exception(exc)
        finally:
            with _running_lock:
                if _running.get(id(critic)) is future:
                    del _running[id(critic)]

    threading.Thread(target=work, name=f"critic-{critic.name}", daemon=True).start()
    return future


def run_critics(
    critics: Sequence[Critic],
    requests: Sequence[Request],
    timeout_s: float | None = None,
    vectors: TextVectors | None = None,
) -> list[tuple[Finding, ...]]:
    """Evaluate every critic over the window; per request, one finding per critic (in critic order).

    A critic that raises, returns the wrong number of findings, or (when not inline) takes longer than
    ``timeout_s`` yields an errored finding (``Finding.failed``) for every request of the window: failures
    are visible, never a silent zero. Non-inline critics start first and run concurrently with the inline
    ones; a timed-out thread is abandoned (its late result is dropped). While it still runs, that critic
    is errored (:data:`BUSY`) for every later window instead of getting another thread. ``vectors`` (the
    window's embeddings) go to the critics that declare ``uses_vectors``.
    """
    threaded = timeout_s is not None
    pending = {
        i: _in_thread(c, requests, vectors)
        for i, c in enumerate(critics)
        if threaded and not getattr(c, "inline", False)
    }
    deadline = time.monotonic() + (timeout_s or 0.0)
    columns: list[list[Finding]] = []
    for i, critic in enumerate(critics):
        try:
            if i not in pending:
                findings = _evaluate(critic, requests, vectors)
            elif (future := pending[i]) is None:
                findings = _failed(critic, requests, BUSY)
            else:
                findings = future.result(timeout=max(0.0, deadline - time.monotonic()))
        except Exception as exc:  # a critic is user code: any failure is reported, not raised
            running = pending.get(i)
            timed_out = running is not None and not running.done()  # the wait ended, not the critic
            error = f"timed out after {timeout_s:g} s" if timed_out else f"{type(exc).__name__}: {exc}"
            findings = _failed(critic, requests, error)
        columns.append(findings)
    return list(zip(*columns, strict=True)) if columns else [() for _ in requests]
