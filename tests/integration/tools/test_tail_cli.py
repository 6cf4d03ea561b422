"""`eleanor-streams tail` against the real broker: only new messages by default, history with --from-beginning."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable

import pytest

from streams.config import load_settings
from streams.tools.cli.main import main
from streams.tools.topic_io import publish_payloads

pytestmark = pytest.mark.kafka


def _publish(topic: str, payloads: list[bytes]) -> None:
    asyncio.run(publish_payloads(load_settings().kafka, topic, payloads))


def _ids(out: str) -> list[str]:
    return [json.loads(line)["id"] for line in out.splitlines() if line.startswith("{")]


@pytest.fixture
def topic(kafka_bootstrap: str, topic_factory: Callable[..., str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ELEANOR_KAFKA__BOOTSTRAP", kafka_bootstrap)
    name = topic_factory("tail")
    _publish(name, [json.dumps({"id": f"old-{i}"}).encode() for i in range(3)])
    return name


def test_tail_prints_only_messages_published_after_it_started(topic: str, capsys: pytest.CaptureFixture[str]) -> None:
    codes: list[int] = []
    reader = threading.Thread(
        target=lambda: codes.append(main(["tail", "--topic", topic, "--json", "--max", "2", "--timeout", "60"]))
    )
    reader.start()
    # Keep publishing new messages until tail has printed two: no guess about when it started reading.
    deadline = time.monotonic() + 60
    sent = 0
    while reader.is_alive() and time.monotonic() < deadline:
        _publish(topic, [json.dumps({"id": f"new-{sent}"}).encode()])
        sent += 1
        reader.join(0.3)
    reader.join(5)
    assert codes == [0]
    printed = _ids(capsys.readouterr().out)
    assert len(printed) == 2
    assert all(i.startswith("new-") for i in printed)


def test_tail_from_beginning_prints_the_history(topic: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tail", "--topic", topic, "--json", "--from-beginning", "--max", "3", "--timeout", "30"]) == 0
    assert _ids(capsys.readouterr().out) == ["old-0", "old-1", "old-2"]
