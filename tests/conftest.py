"""Shared fixtures: real Kafka, Redis and ClickHouse for the tests, chosen per service in this order:

1. an explicit address: ELEANOR_TEST_KAFKA_BOOTSTRAP / ELEANOR_TEST_REDIS_URL / ELEANOR_TEST_CLICKHOUSE_DSN;
2. testcontainers, when a Docker engine answers;
3. the local stack: the Tansu broker and redis-server on free loopback ports, embedded chDB in a tmp dir.

Services are session-scoped and start only when a test asks for them; one that cannot start fails
the run with the reason (never a skip). Factory fixtures give each test unique topics, its own
ClickHouse database and its own Redis key prefix.
"""

from __future__ import annotations

import asyncio
import functools
import os
import re
import threading
import time
import uuid
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from streams.config import KafkaSettings, Settings, load_settings
from streams.errors import EleanorError
from streams.tools.devstack import kafka_ready, start_broker, start_redis

T = TypeVar("T")

# Which source each service came from and how long it took to be ready (shown in the summary).
_SERVICE_INFO: dict[str, str] = {}


def run_sync(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion on a private loop in a helper thread.

    Works from sync tests and from inside a running event loop (async tests) alike.
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(factory())
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=target, name="fixture-async")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


@functools.cache
def _docker_engine_answers() -> bool:
    """True when a Docker engine responds (checked once, fast when there is no socket at all)."""
    if not os.environ.get("DOCKER_HOST") and not Path("/var/run/docker.sock").exists():
        return False
    try:
        import docker

        docker.from_env(timeout=3).ping()
    except Exception:
        return False
    return True


def _uid() -> str:
    return uuid.uuid4().hex[:12]


def _started(name: str, source: str, began: float, where: str) -> None:
    _SERVICE_INFO[name] = f"{source} {where} (ready in {time.monotonic() - began:.2f} s)"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say which services the run used, so a reader knows what 'kafka' meant."""
    if _SERVICE_INFO:
        terminalreporter.write_sep("-", "test services")
        for name, info in sorted(_SERVICE_INFO.items()):
            terminalreporter.write_line(f"{name}: {info}")


# --------------------------------------------------------------------------- session services


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Bootstrap address "host:port" of a real Kafka-protocol broker."""
    began = time.monotonic()
    explicit = os.environ.get("ELEANOR_TEST_KAFKA_BOOTSTRAP")
    if explicit:
        if not kafka_ready(explicit.split(",")[0].strip(), timeout=5):
            pytest.fail(f"ELEANOR_TEST_KAFKA_BOOTSTRAP={explicit} does not answer a Kafka request", pytrace=False)
        _started("kafka", "explicit", began, explicit)
        yield explicit
        return
    if _docker_engine_answers():
        try:
            from testcontainers.community.kafka import KafkaContainer

            container = KafkaContainer().start()
        except Exception as exc:
            pytest.fail(f"Kafka container did not start: {exc}", pytrace=False)
        address = container.get_bootstrap_server()
        _started("kafka", "testcontainers", began, address)
        yield address
        container.stop()
        return
    try:
        handle = start_broker(tmp_path_factory.mktemp("tansu"))
    except EleanorError as exc:
        pytest.fail(f"the local Kafka broker did not start: {exc}", pytrace=False)
    _started("kafka", "local tansu", began, handle.address)
    yield handle.address
    handle.stop()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """redis:// URL of a real Redis server."""
    began = time.monotonic()
    explicit = os.environ.get("ELEANOR_TEST_REDIS_URL")
    if explicit:
        try:
            import redis

            redis.Redis.from_url(explicit, socket_timeout=5).ping()
        except Exception as exc:
            pytest.fail(f"ELEANOR_TEST_REDIS_URL={explicit} does not answer PING: {exc}", pytrace=False)
        _started("redis", "explicit", began, explicit)
        yield explicit
        return
    if _docker_engine_answers():
        try:
            from testcontainers.community.redis import RedisContainer

            container = RedisContainer().start()
        except Exception as exc:
            pytest.fail(f"Redis container did not start: {exc}", pytrace=False)
        url = f"redis://{container.get_container_host_ip()}:{container.get_exposed_port(6379)}/0"
        _started("redis", "testcontainers", began, url)
        yield url
        container.stop()
        return
    try:
        handle = start_redis(tmp_path_factory.mktemp("redis"))
    except EleanorError as exc:
        pytest.fail(f"the local Redis server did not start: {exc}", pytrace=False)
    url = f"redis://{handle.address}/0"
    _started("redis", "local redis-server", began, url)
    yield url
    handle.stop()


@pytest.fixture(scope="session")
def clickhouse_dsn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """DSN of a real ClickHouse: http(s)://... for a server, chdb:///path for the embedded engine.

    chDB allows one data path per process: everything in this test process shares this one, and a
    subprocess must be given its own path (not this one) while the tests have it open.
    """
    began = time.monotonic()
    explicit = os.environ.get("ELEANOR_TEST_CLICKHOUSE_DSN")
    if explicit:
        _started("clickhouse", "explicit", began, explicit)
        yield explicit
        return
    if _docker_engine_answers():
        try:
            from testcontainers.community.clickhouse import ClickHouseContainer

            container = ClickHouseContainer().start()
        except Exception as exc:
            pytest.fail(f"ClickHouse container did not start: {exc}", pytrace=False)
        host, port = container.get_container_host_ip(), container.get_exposed_port(8123)
        dsn = f"http://{container.username}:{container.password}@{host}:{port}"
        _started("clickhouse", "testcontainers", began, f"http://{host}:{port}")
        yield dsn
        container.stop()
        return
    dsn = f"chdb://{tmp_path_factory.mktemp('ch').resolve()}"
    _started("clickhouse", "embedded chdb", began, dsn)
    yield dsn


# --------------------------------------------------------------------------- per-test factories


def make_topics(kafka: KafkaSettings, names: list[str]) -> None:
    """Create the topics on the broker (``kafka.partitions`` each) through the project's own ``ensure_topics``."""
    from streams.kafka.clients import ensure_topics

    run_sync(lambda: ensure_topics(kafka, names))


@pytest.fixture
def topic_factory(kafka_bootstrap: str) -> Iterator[Callable[..., str]]:
    """``topic_factory(hint, partitions=1) -> name``: a unique topic created on the broker."""
    created: list[str] = []

    def make(hint: str = "topic", partitions: int = 1) -> str:
        name = f"test-{re.sub(r'[^A-Za-z0-9._-]', '-', hint)[:40]}-{_uid()}"
        make_topics(KafkaSettings(bootstrap=kafka_bootstrap, partitions=partitions, replication_factor=1), [name])
        created.append(name)
        return name

    yield make
    if created:
        from streams.kafka.clients import open_admin

        async def drop() -> None:
            async with open_admin(KafkaSettings(bootstrap=kafka_bootstrap)) as admin:
                await admin.delete_topics(created)

        # The broker keeps every topic in memory for the whole session: give it back.
        run_sync(drop)


def _ch_client(dsn: str, database: str | None = None) -> Any:
    from streams.clickhouse.client import connect

    settings = load_settings(env=_clean_env(), clickhouse={"dsn": dsn, "database": database or "default"})
    return connect(settings, database=database)


@pytest.fixture
def clickhouse_db(clickhouse_dsn: str) -> Iterator[str]:
    """A fresh, existing ClickHouse database name for this test (dropped afterwards)."""
    name = f"test_{_uid()}"
    client = _ch_client(clickhouse_dsn, name)  # connect() creates it
    yield name
    client.command(f"DROP DATABASE IF EXISTS {name}")
    client.close()


@pytest.fixture
def clickhouse_client(clickhouse_dsn: str, clickhouse_db: str) -> Iterator[Any]:
    """A clickhouse-connect client whose current database is ``clickhouse_db``."""
    client = _ch_client(clickhouse_dsn, clickhouse_db)
    yield client
    client.close()


@pytest.fixture
def redis_prefix() -> str:
    """A unique Redis key prefix for this test."""
    return f"test:{_uid()}:"


def _clean_env() -> dict[str, str]:
    """The process environment without ELEANOR_* (a developer's shell must not leak into tests)."""
    return {k: v for k, v in os.environ.items() if not k.upper().startswith("ELEANOR_")}


def _merge(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


@pytest.fixture
def make_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., Settings]:
    """``make_settings(create_topics=False, **overrides) -> Settings`` pointing at the test services.

    Topics, consumer group, database and key prefix are unique to the test. Overrides are init values;
    a section given as a dict is merged into the defaults, e.g. ``make_settings(evidence={"batch_size": 10})``.
    Services start on first use. ``create_topics=True`` also creates the request, verdict, escalation,
    DLQ and window topics with ``kafka.partitions`` partitions.
    """

    def make(create_topics: bool = False, **overrides: Any) -> Settings:
        uid = _uid()
        if "clickhouse_db" in request.fixturenames:
            database = request.getfixturevalue("clickhouse_db")
        else:  # a name only; connect() creates it on first use
            database = f"test_{uid}"
        base: dict[str, Any] = {
            "data_dir": tmp_path / "data",
            "kafka": {
                "bootstrap": request.getfixturevalue("kafka_bootstrap"),
                "request_topics": [f"test-requests-{uid}"],
                "verdict_topic": f"test-verdicts-{uid}",
                "escalation_topic": f"test-escalations-{uid}",
                "dlq_topic": f"test-dlq-{uid}",
                "window_topic": f"test-windows-{uid}",
                "consumer_group": f"test-group-{uid}",
                "evidence_group": f"test-evidence-{uid}",
                "client_id": f"test-{uid}",
                "idempotent_producer": False,
            },
            "clickhouse": {"dsn": request.getfixturevalue("clickhouse_dsn"), "database": database},
            "review": {"topic": f"test-reviews-{uid}", "shadow_topic": f"test-shadow-{uid}"},
            "precedents": {"topic": f"test-precedents-{uid}"},
            "cache": {
                "redis_url": request.getfixturevalue("redis_url"),
                "key_prefix": request.getfixturevalue("redis_prefix").rstrip(":"),
            },
        }
        settings = load_settings(env=_clean_env(), **_merge(base, overrides))
        if create_topics:
            k = settings.kafka
            names = [*k.request_topics, k.verdict_topic, k.escalation_topic, k.dlq_topic, k.window_topic]
            make_topics(k, names)
        return settings

    return make


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``make test`` runs two pytest processes (``-n 2 --dist loadgroup``): every test that drives worker
    processes or the stack for long (marked ``slow`` or ``faults``) goes to one of them, so those tests run one
    after another as before and never beside each other; the unit and short integration tests share the other.
    """
    for item in items:
        if item.get_closest_marker("slow") or item.get_closest_marker("faults"):
            item.add_marker(pytest.mark.xdist_group("processes"))
