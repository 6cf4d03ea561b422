"""infra/docker-compose.yml: every ELEANOR_ variable is a real setting, the stack is wired as documented,
and ``docker compose config`` accepts it where the compose plugin exists."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from typing import Any

import pytest

from streams.config import load_settings
from tests.unit.infra.compose import (
    COMPOSE_FILE,
    INFRA,
    REQUIRED_ENV,
    MissingVariable,
    interpolate,
    load_compose,
    service_env,
    setting_path,
)

LONG_RUNNING = ("kafka", "clickhouse", "redis", "worker", "sink", "grafana")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return load_compose()


def _eleanor_env(compose: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """ELEANOR_* variables of every service: name -> (service, raw value)."""
    found: dict[str, tuple[str, str]] = {}
    for service in compose["services"]:
        for name, value in service_env(compose, service).items():
            if name.startswith("ELEANOR_"):
                found[name] = (service, value)
    return found


def test_setting_path_maps_sections_fields_and_seed_names() -> None:
    assert setting_path("ELEANOR_KAFKA__BOOTSTRAP") == ("kafka", "bootstrap")
    assert setting_path("ELEANOR_METRICS_PORT") == ("metrics_port",)
    assert setting_path("ELEANOR_DB_BATCH_SIZE") == ("evidence", "batch_size")
    assert setting_path("ELEANOR_EVIDENCE_BUFFER_SIZE") == ("evidence", "buffer_size")
    # Misspelt, unknown, or a whole section: none of these configure anything.
    assert setting_path("ELEANOR_KAFKA__BOOTSTRAPS") is None
    assert setting_path("ELEANOR_KAFKA_BOOTSTRAP") is None
    assert setting_path("ELEANOR_WORKERS") is None
    assert setting_path("ELEANOR_KAFKA") is None


def test_every_eleanor_variable_exists_in_settings(compose: dict[str, Any]) -> None:
    variables = _eleanor_env(compose)
    assert len(variables) >= 15
    unknown = {name: service for name, (service, _) in variables.items() if setting_path(name) is None}
    assert unknown == {}, f"compose sets variables Settings does not know: {unknown}"


def test_worker_environment_loads_into_settings(compose: dict[str, Any]) -> None:
    env = {name: interpolate(value, REQUIRED_ENV) for name, value in service_env(compose, "worker").items()}
    settings = load_settings(env=env)
    assert settings.kafka.bootstrap == "kafka:9092"
    assert settings.kafka.idempotent_producer is True
    assert settings.kafka.partitions == 12
    assert settings.clickhouse.dsn == "http://clickhouse:8123"
    assert settings.clickhouse.password is not None
    assert settings.clickhouse.password.get_secret_value() == REQUIRED_ENV["CLICKHOUSE_PASSWORD"]
    assert settings.cache.redis_password is not None
    assert settings.cache.redis_password.get_secret_value() == REQUIRED_ENV["REDIS_PASSWORD"]
    assert settings.evidence.batch_size == 10_000
    assert settings.evidence.buffer_size == 100_000
    assert settings.metrics_port == 9108
    # The migrate job must reach the same database as the workers.
    assert service_env(compose, "migrate") == service_env(compose, "worker")


def test_secrets_are_required_never_written(compose: dict[str, Any]) -> None:
    text = COMPOSE_FILE.read_text()
    for name in REQUIRED_ENV:
        assert f"${{{name}:?" in text, f"{name} must be required with ${{{name}:?...}}"
        assert name in (INFRA / ".env.example").read_text()
    with pytest.raises(MissingVariable, match="CLICKHOUSE_PASSWORD"):
        interpolate(service_env(compose, "worker")["ELEANOR_CLICKHOUSE__PASSWORD"], {})
    for service in compose["services"]:
        for name, value in service_env(compose, service).items():
            if re.search(r"PASSWORD|SECRET", name):
                assert value.startswith(("${", "$$")), f"{service}.{name} holds a literal secret"


def test_services_healthchecks_and_order(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"kafka", "kafka-setup", "clickhouse", "redis", "migrate", "worker", "sink", "grafana"}
    for name in LONG_RUNNING:
        assert "test" in services[name].get("healthcheck", {}), f"{name} has no healthcheck"
    worker_deps = services["worker"]["depends_on"]
    assert worker_deps["kafka-setup"]["condition"] == "service_completed_successfully"
    assert worker_deps["migrate"]["condition"] == "service_completed_successfully"
    assert worker_deps["redis"]["condition"] == "service_healthy"
    assert services["kafka-setup"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert services["kafka-setup"]["restart"] == "no"
    assert services["migrate"]["command"] == ["db", "migrate"]
    assert services["worker"]["command"] == ["worker"]
    assert services["worker"]["image"] == services["migrate"]["image"]
    assert services["migrate"]["build"]["dockerfile"] == "infra/Dockerfile"


def test_kafka_is_the_official_image_in_kraft_mode(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = service_env(compose, "kafka")
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert "ZOOKEEPER" not in " ".join(env)
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"  # topics come from kafka-setup only


def test_partitions_cover_the_workers(compose: dict[str, Any]) -> None:
    services = compose["services"]
    setup = service_env(compose, "kafka-setup")
    replicas = interpolate(str(services["worker"]["deploy"]["replicas"]), {})
    partitions = interpolate(setup["PARTITIONS"], {})
    assert int(partitions) >= int(replicas) >= 2
    # The setup job checks the same worker count the deployment uses, and the app agrees on partitions.
    assert setup["WORKERS"] == str(services["worker"]["deploy"]["replicas"])
    assert setup["PARTITIONS"] == service_env(compose, "worker")["ELEANOR_KAFKA__PARTITIONS"]
    worker = service_env(compose, "worker")
    for topic_var, setting in (
        ("REQUEST_TOPIC", "ELEANOR_KAFKA__REQUEST_TOPICS"),
        ("VERDICT_TOPIC", "ELEANOR_KAFKA__VERDICT_TOPIC"),
        ("ESCALATION_TOPIC", "ELEANOR_KAFKA__ESCALATION_TOPIC"),
        ("DLQ_TOPIC", "ELEANOR_KAFKA__DLQ_TOPIC"),
        ("WINDOW_TOPIC", "ELEANOR_KAFKA__WINDOW_TOPIC"),
    ):
        assert setup[topic_var] == worker[setting]


def test_published_ports_are_loopback_only(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"


def test_grafana_gets_the_plugin_and_the_provisioning(compose: dict[str, Any]) -> None:
    grafana = compose["services"]["grafana"]
    env = service_env(compose, "grafana")
    assert "grafana-clickhouse-datasource" in env["GF_INSTALL_PLUGINS"]
    mounts = {m.split(":")[0]: m.split(":")[1] for m in grafana["volumes"] if m.startswith("./")}
    assert mounts["./grafana/provisioning"] == "/etc/grafana/provisioning"
    assert (INFRA / "grafana" / "provisioning" / "datasources" / "clickhouse.yaml").is_file()
    assert env["GRAFANA_CLICKHOUSE_USER"] == "grafana"
    assert env["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"].startswith(mounts["./grafana/dashboards"])


def test_bind_mounted_files_exist(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        for mount in service.get("volumes", []):
            source = mount.split(":")[0]
            if source.startswith("./"):
                assert (INFRA / source).exists(), f"{name} mounts missing {source}"


@functools.cache
def _compose_plugin() -> str | None:
    """``docker compose version`` output, or None when the docker client or its compose plugin is missing."""
    if shutil.which("docker") is None:
        return None
    done = subprocess.run(["docker", "compose", "version"], check=False, capture_output=True, text=True, timeout=30)
    return done.stdout.strip() if done.returncode == 0 else None


def test_docker_compose_config_validates() -> None:
    version = _compose_plugin()
    if version is None:
        client = "present" if shutil.which("docker") else "absent"
        pytest.skip(f"docker compose plugin not installed (`docker compose version` fails; docker client {client})")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ELEANOR_")} | REQUIRED_ENV
    done = subprocess.run(
        ["docker", "compose", "-f", str(COMPOSE_FILE), "config", "--quiet"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, f"{version}: {done.stderr}"
    missing = subprocess.run(
        ["docker", "compose", "-f", str(COMPOSE_FILE), "config", "--quiet"],
        check=False,
        capture_output=True,
        text=True,
        env={k: v for k, v in env.items() if k != "REDIS_PASSWORD"},
        timeout=60,
    )
    assert missing.returncode != 0
    assert "REDIS_PASSWORD" in missing.stderr
