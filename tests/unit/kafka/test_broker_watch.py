"""The broker watchdog: a probe that hangs or fails is reported once, repeated while it lasts, and the return is
reported with the outage's length."""

from __future__ import annotations

import asyncio
import logging

import pytest

from streams.kafka.broker_watch import BrokerWatch


class Broker:
    def __init__(self) -> None:
        self.mode = "up"
        self.probes = 0

    async def probe(self) -> None:
        self.probes += 1
        if self.mode == "frozen":
            await asyncio.sleep(60)
        if self.mode == "refused":
            raise ConnectionRefusedError("connection refused")


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_a_frozen_broker_is_reported_and_its_return_too(caplog: pytest.LogCaptureFixture) -> None:
    broker, clock, reports = Broker(), Clock(), []
    watch = BrokerWatch(broker.probe, interval_s=1.0, timeout_s=0.05, repeat_s=30.0, report=reports.append, clock=clock)
    caplog.set_level(logging.INFO, logger="streams.kafka.broker_watch")

    assert await watch.check() is True
    assert watch.up
    assert reports == []
    assert not caplog.records

    broker.mode = "frozen"
    assert await watch.check() is False
    assert not watch.up
    assert reports == [False]
    assert watch.outages == 1
    assert "broker not answering" in caplog.text
    assert "no answer within the probe timeout" in caplog.text

    caplog.clear()
    clock.now += 10.0
    assert await watch.check() is False  # still down: not repeated before repeat_s
    assert not caplog.records
    assert reports == [False]
    clock.now += 25.0
    broker.mode = "refused"
    assert await watch.check() is False
    assert "for_s=35.0" in caplog.text
    assert "ConnectionRefusedError" in caplog.text

    caplog.clear()
    clock.now += 5.0
    broker.mode = "up"
    assert await watch.check() is True
    assert watch.up
    assert reports == [False, True]
    assert "broker answering again" in caplog.text
    assert "after_s=40.0" in caplog.text
    assert watch.outages == 1


async def test_run_probes_on_its_interval_until_cancelled() -> None:
    broker = Broker()
    watch = BrokerWatch(broker.probe, interval_s=0.01, timeout_s=0.5)
    task = asyncio.create_task(watch.run())
    await asyncio.sleep(0.1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert broker.probes >= 3


def test_bad_intervals_are_refused() -> None:
    with pytest.raises(ValueError, match="interval_s and timeout_s must be > 0"):
        BrokerWatch(Broker().probe, interval_s=0, timeout_s=1)
