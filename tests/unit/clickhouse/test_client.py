"""connect(): DSN redaction, database-name checks and errors that say where (no server needed)."""

from __future__ import annotations

import pytest

from streams.clickhouse.client import connect, is_embedded
from streams.config import load_settings, redact_url
from streams.errors import ConfigError, SinkError
from streams.tools.devstack import free_port


def test_dsn_redaction_hides_only_the_password() -> None:
    assert redact_url("https://svc:s3cret@ch.example:8443/db?x=1") == "https://svc:**********@ch.example:8443/db?x=1"
    assert redact_url("http://ch:8123") == "http://ch:8123"
    assert redact_url("chdb:///var/lib/eleanor/clickhouse") == "chdb:///var/lib/eleanor/clickhouse"


def test_is_embedded() -> None:
    assert is_embedded("chdb:///x")
    assert is_embedded("chdb://memory")
    assert not is_embedded("http://ch:8123")


def test_bad_database_name_is_refused_before_connecting() -> None:
    settings = load_settings(env={}, clickhouse={"dsn": "http://127.0.0.1:1"})
    with pytest.raises(ConfigError, match="invalid ClickHouse database name"):
        connect(settings, database="x; DROP TABLE y")


def test_unreachable_server_names_the_redacted_dsn_and_database() -> None:
    dsn = f"http://svc:topsecret@127.0.0.1:{free_port()}"
    settings = load_settings(env={}, clickhouse={"dsn": dsn, "database": "evidence"})
    with pytest.raises(SinkError) as info:
        connect(settings)
    message = str(info.value)
    assert "svc:**********@127.0.0.1" in message
    assert "database evidence" in message
    assert "topsecret" not in message
