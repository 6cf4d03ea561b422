"""Settings: defaults, the seed's variable names, errors that name the variable, redacted printing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from streams.config import load_settings
from streams.errors import ConfigError
from streams.tools.cli.main import main


def test_defaults_without_any_environment() -> None:
    settings = load_settings(env={})
    assert settings.kafka.bootstrap == "127.0.0.1:9092"
    assert settings.kafka.request_topics == ["eleanor.requests"]
    assert settings.kafka.idempotent_producer is False
    assert settings.evidence.batch_size == 5_000
    assert settings.evidence.buffer_size == 50_000
    assert settings.cache.redis_url is None  # L1 only unless Redis is configured
    assert settings.clickhouse.dsn is None
    assert settings.clickhouse_dsn == f"chdb://{Path('.eleanor/clickhouse').resolve()}"


def test_nested_variables_and_lists() -> None:
    settings = load_settings(
        env={
            "ELEANOR_KAFKA__BOOTSTRAP": "b1:9092,b2:9092",
            "ELEANOR_KAFKA__REQUEST_TOPICS": "a, b ,c",
            "ELEANOR_CRITICS__ENABLED": '["truth", "risk"]',
            "ELEANOR_DATA_DIR": "/srv/eleanor",
            "ELEANOR_CACHE__REDIS_URL": "redis://127.0.0.1:6379/2",
        }
    )
    assert settings.kafka.bootstrap == "b1:9092,b2:9092"
    assert settings.kafka.request_topics == ["a", "b", "c"]
    assert settings.critics.enabled == ["truth", "risk"]
    assert settings.clickhouse_dsn == "chdb:///srv/eleanor/clickhouse"
    assert settings.cache.redis_url == "redis://127.0.0.1:6379/2"


def test_seed_aliases_set_the_evidence_section() -> None:
    settings = load_settings(env={"ELEANOR_DB_BATCH_SIZE": "2000", "ELEANOR_EVIDENCE_BUFFER_SIZE": "9000"})
    assert settings.evidence.batch_size == 2_000
    assert settings.evidence.buffer_size == 9_000


def test_an_explicit_environment_is_read_without_touching_the_process_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELEANOR_KAFKA__PARTITIONS", "7")
    before = dict(os.environ)
    settings = load_settings(env={"ELEANOR_KAFKA__CLIENT_ID": "given"})
    assert settings.kafka.client_id == "given"
    assert settings.kafka.partitions == 4  # the process's variable is not read
    assert dict(os.environ) == before
    assert load_settings().kafka.partitions == 7


def test_settings_are_frozen() -> None:
    settings = load_settings(env={})
    with pytest.raises(ValidationError, match="frozen"):
        settings.kafka.bootstrap = "x:1"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("env", "variable", "accepted"),
    [
        ({"ELEANOR_DB_BATCH_SIZE": "lots"}, "ELEANOR_DB_BATCH_SIZE", "valid integer"),
        ({"ELEANOR_DB_BATCH_SIZE": "0"}, "ELEANOR_DB_BATCH_SIZE", "greater than or equal to 1"),
        ({"ELEANOR_EVIDENCE_BUFFER_SIZE": "-5"}, "ELEANOR_EVIDENCE_BUFFER_SIZE", "greater than or equal to 1"),
        ({"ELEANOR_CLICKHOUSE__DSN": "mysql://x"}, "ELEANOR_CLICKHOUSE__DSN", "chdb:///abs/path"),
        ({"ELEANOR_CACHE__REDIS_URL": "http://r"}, "ELEANOR_CACHE__REDIS_URL", "redis://host:port/db"),
        ({"ELEANOR_KAFKA__SECURITY_PROTOCOL": "TLS"}, "ELEANOR_KAFKA__SECURITY_PROTOCOL", "SASL_SSL"),
        ({"ELEANOR_LOG_LEVEL": "LOUD"}, "ELEANOR_LOG_LEVEL", "DEBUG"),
    ],
)
def test_invalid_values_name_the_variable_and_accepted_values(
    env: dict[str, str], variable: str, accepted: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(env=env)
    message = str(info.value)
    assert variable in message
    assert accepted in message


def test_buffer_smaller_than_batch_names_both_seed_variables() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(env={"ELEANOR_DB_BATCH_SIZE": "5000", "ELEANOR_EVIDENCE_BUFFER_SIZE": "100"})
    assert "ELEANOR_EVIDENCE_BUFFER_SIZE" in str(info.value)
    assert "ELEANOR_DB_BATCH_SIZE" in str(info.value)


def test_config_command_redacts_secrets(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name in [n for n in os.environ if n.startswith("ELEANOR_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("ELEANOR_KAFKA__SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("ELEANOR_KAFKA__SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("ELEANOR_KAFKA__SASL_USERNAME", "svc")
    monkeypatch.setenv("ELEANOR_KAFKA__SASL_PASSWORD", "kafka-hunter2")
    monkeypatch.setenv("ELEANOR_CLICKHOUSE__PASSWORD", "ch-hunter2")
    monkeypatch.setenv("ELEANOR_CACHE__REDIS_PASSWORD", "redis-hunter2")
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "hunter2" not in out
    shown = json.loads(out)
    assert shown["kafka"]["sasl_password"] == "**********"
    assert shown["clickhouse"]["password"] == "**********"
    assert shown["cache"]["redis_password"] == "**********"
    assert shown["kafka"]["sasl_username"] == "svc"


def test_config_command_fails_on_invalid_settings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ELEANOR_DB_BATCH_SIZE", "many")
    assert main(["config"]) == 2
    assert "ELEANOR_DB_BATCH_SIZE" in capsys.readouterr().err
