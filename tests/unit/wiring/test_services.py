"""Opening the worker's services: waits out unreachable services, never errors no wait can clear."""

from __future__ import annotations

import pytest

from streams.errors import ConfigError, SchemaError, SinkError
from streams.pipeline.runner import WindowRunner
from streams.wiring.services import open_services


@pytest.mark.parametrize(
    "error",
    [
        SchemaError("migration 001_evidence.sql differs from the applied one: never edit an applied migration"),
        ConfigError("invalid ClickHouse database name 'x-y'"),
    ],
)
async def test_errors_no_retry_can_clear_are_raised_at_once(error: Exception) -> None:
    calls = 0

    async def build() -> WindowRunner:
        nonlocal calls
        calls += 1
        raise error

    with pytest.raises(type(error)):
        await open_services(build)
    assert calls == 1


async def test_an_unreachable_service_is_waited_out() -> None:
    calls = 0
    runner = object()

    async def build() -> WindowRunner:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise SinkError("cannot connect to ClickHouse")
        return runner  # type: ignore[return-value]

    assert await open_services(build) is runner
    assert calls == 2
