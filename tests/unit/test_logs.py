import io
import logging
import sys

import pytest

from streams.logs import configure_logging, kv


def test_configure_is_idempotent_and_follows_current_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    configure_logging("INFO")
    configure_logging("DEBUG")
    logger = logging.getLogger("streams")
    named = [h for h in logger.handlers if h.get_name() == "eleanor-streams"]
    assert len(named) == 1
    assert logger.level == logging.DEBUG

    swapped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", swapped)
    logging.getLogger("streams.test").info("hello %s", kv(window_id="w1", offset=7))
    assert "hello window_id=w1 offset=7" in swapped.getvalue()


def test_kafka_client_errors_carry_time_and_level(monkeypatch: pytest.MonkeyPatch) -> None:
    configure_logging("INFO")
    swapped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", swapped)
    logging.getLogger("aiokafka.conn").error("Unable connect to node with id %s", 1)
    line = swapped.getvalue().strip()
    assert line.endswith("ERROR aiokafka.conn Unable connect to node with id 1"), line
    assert line[:4].isdigit()  # the timestamp comes first
