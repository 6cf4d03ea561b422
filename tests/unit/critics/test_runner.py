"""The critic runner: a failing critic is reported as errored for every request of its window."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from streams.critics import Critic, run_critics
from streams.critics.base import BUSY
from streams.models import Finding, Request


class Constant:
    """A critic that gives every request the same severity."""

    def __init__(self, name: str, severity: float) -> None:
        self.name = name
        self.severity = severity

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        return [Finding(self.name, self.severity, self.severity / 3, "INFO") for _ in requests]


class Raising:
    name = "boom"

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        raise RuntimeError("model endpoint timed out")


class Short:
    name = "short"

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        return []


REQUESTS = [Request(request_id=f"r{i}", prompt="hi", response="hello") for i in range(3)]


def test_findings_are_per_request_in_critic_order() -> None:
    out = run_critics([Constant("a", 0.5), Constant("b", 1.0)], REQUESTS)
    assert len(out) == 3
    assert [[f.critic for f in row] for row in out] == [["a", "b"]] * 3
    assert all(row[1].severity == 1.0 for row in out)


def test_a_raising_critic_is_errored_for_every_request_never_severity_zero() -> None:
    out = run_critics([Constant("a", 0.5), Raising(), Short()], REQUESTS)
    for row in out:
        assert row[0].errored is False
        boom, short = row[1], row[2]
        assert boom.errored
        assert boom.label == "ERROR"
        assert boom.error == "RuntimeError: model endpoint timed out"
        assert short.errored
        assert "returned 0 findings for 3 requests" in (short.error or "")


def test_protocol_is_runtime_checkable_and_empty_window_is_fine() -> None:
    assert isinstance(Constant("a", 0), Critic)
    assert run_critics([Constant("a", 0)], []) == []
    assert run_critics([], REQUESTS) == [(), (), ()]


class Sleepy:
    """A remote-style critic (not inline) that takes too long."""

    name = "slow"

    def __init__(self, delay: float) -> None:
        self.delay = delay

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        time.sleep(self.delay)
        return [Finding(self.name, 1.0, 0.33, "WARNING") for _ in requests]


class Inline(Constant):
    inline = True


def test_a_critic_over_the_timeout_is_errored_and_others_still_answer() -> None:
    out = run_critics([Inline("fast", 0.5), Sleepy(2.0), Constant("remote-ok", 1.0)], REQUESTS, timeout_s=0.2)
    for fast, slow, remote in out:
        assert not fast.errored
        assert slow.errored
        assert slow.error == "timed out after 0.2 s"
        assert not remote.errored
        assert remote.severity == 1.0


def test_a_threaded_critic_within_the_timeout_and_a_raising_one() -> None:
    out = run_critics([Sleepy(0.01), Raising()], REQUESTS, timeout_s=5.0)
    assert all(not slow.errored and boom.errored for slow, boom in out)


class RaisesTimeout:
    name = "own-timeout"

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        raise TimeoutError("upstream said 504")


def test_a_critic_raising_timeouterror_itself_is_reported_as_its_error() -> None:
    for timeout in (None, 5.0):
        (row, *_) = run_critics([RaisesTimeout()], REQUESTS, timeout_s=timeout)
        assert row[0].error == "TimeoutError: upstream said 504"


class Hanging:
    """A remote-style critic that blocks until released, counting its calls."""

    name = "hanging"

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls = 0

    def evaluate_batch(self, requests: Sequence[Request]) -> list[Finding]:
        self.calls += 1
        self.release.wait()
        return [Finding(self.name, 0.5, 0.17, "INFO") for _ in requests]


def _critic_threads(name: str) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == f"critic-{name}"]


def test_a_hung_critic_keeps_one_thread_and_later_windows_report_it_busy() -> None:
    critic = Hanging()
    first = run_critics([critic, Constant("ok", 1.0)], REQUESTS, timeout_s=0.05)
    assert all(row[0].error == "timed out after 0.05 s" for row in first)
    for _ in range(5):
        later = run_critics([critic, Constant("ok", 1.0)], REQUESTS, timeout_s=0.05)
        assert all(hung.errored and hung.error == BUSY and not ok.errored for hung, ok in later)
    assert critic.calls == 1
    assert len(_critic_threads("hanging")) == 1
    critic.release.set()
    for thread in _critic_threads("hanging"):
        thread.join()
    # Its call over, the critic runs again (and answers within the timeout now that nothing blocks it).
    again = run_critics([critic], REQUESTS, timeout_s=30.0)
    assert critic.calls == 2
    assert all(not row[0].errored and row[0].severity == 0.5 for row in again)
