"""Traffic for the fault scenarios: requests that each need judging, mixed with bad input, sent over time.

Every request has its own prompt, so its cache key is its own: a scenario exercises the critics, precedent
retrieval and the Redis level, not an L1 full of hits. A small share of small bad inputs from
:mod:`tests.faults.corpus` rides along so the DLQ is part of every scenario's books. :class:`Paced` publishes
in chunks from a thread at a steady rate and remembers where every message landed, for the books.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Sequence

import orjson

from streams.config import Settings
from tests.faults.books import Coord, publish_cases
from tests.faults.corpus import VERDICT, Case, bad_inputs
from tests.integration.pipeline.helpers import RESPONSES

__all__ = ["Paced", "traffic"]

# Bad-input classes of a few hundred bytes at most (the megabyte classes have a scenario of their own).
_SMALL = 2_000


def traffic(n: int, prefix: str, seed: int, bad_every: int = 50) -> list[Case]:
    """``n`` messages: valid requests with unique prompts and, one in ``bad_every``, a small bad input."""
    rng = random.Random(seed)
    pool = [c for c in bad_inputs(max(1, n // bad_every // 40 + 1), seed, prefix=f"{prefix}-bad") if _small(c)]
    cases = []
    for i in range(n):
        if bad_every and i % bad_every == bad_every - 1 and pool:
            cases.append(pool.pop())
            continue
        rid = f"{prefix}-{i}"
        body = {
            "request_id": rid,
            "prompt": f"Please help with case {i} of {prefix} ({rng.randrange(10**9)})",
            "response": RESPONSES[i % len(RESPONSES)],
        }
        cases.append(Case("valid", rid.encode(), orjson.dumps(body), VERDICT))
    return cases


def _small(case: Case) -> bool:
    return case.value is None or len(case.value) <= _SMALL


class Paced:
    """Publish ``cases`` in chunks of ``chunk`` every ``period_s`` seconds from a background thread.

    A context manager: leaving the block stops the thread after its current chunk. :attr:`sent` maps each
    published message's (partition, offset) to its case; :meth:`pause` / :meth:`resume` hold the producer
    (e.g. while the broker is frozen, so the books never depend on producer retries); :meth:`hurry` drops the
    pacing for what is left (once the part of the scenario that needs traffic over time is over); :meth:`join`
    waits until every case is published.
    """

    def __init__(self, settings: Settings, cases: Sequence[Case], chunk: int, period_s: float) -> None:
        self._settings = settings
        self._cases = list(cases)
        self._chunk = chunk
        self._period_s = period_s
        self._stopping = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._hurrying = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="paced-traffic", daemon=True)
        self.sent: dict[Coord, Case] = {}
        self.error: BaseException | None = None

    def __enter__(self) -> Paced:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._running.set()
        self._hurrying.set()
        self._thread.join()

    @property
    def published(self) -> int:
        with self._lock:
            return len(self.sent)

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def pause(self) -> None:
        """Stop publishing after the chunk in flight (returns once it is acknowledged)."""
        self._running.clear()
        with self._lock:
            pass

    def resume(self) -> None:
        self._running.set()

    def wait(self, timeout_s: float) -> bool:
        """Wait at most ``timeout_s`` seconds for publishing to end; whether it has."""
        self._thread.join(timeout_s)
        return self.done

    def hurry(self) -> None:
        """Publish the chunks that are left back to back, without the period between them."""
        self._hurrying.set()

    def _run(self) -> None:
        try:
            start = 0
            while start < len(self._cases):
                began = time.monotonic()
                self._running.wait()
                if self._stopping.is_set():
                    return
                with self._lock:
                    if not self._running.is_set():  # paused between the wait and the lock
                        continue
                    self.sent |= publish_cases(self._settings, self._cases[start : start + self._chunk])
                start += self._chunk
                self._hurrying.wait(max(0.0, self._period_s - (time.monotonic() - began)))
        except BaseException as exc:  # reported by join(); the thread must not die silently
            self.error = exc

    def join(self, timeout_s: float | None = None) -> None:
        """Wait until every case is published."""
        self._thread.join(timeout_s)
        assert self.error is None, repr(self.error)
        assert len(self.sent) == len(self._cases), f"published {len(self.sent)} of {len(self._cases)}"
