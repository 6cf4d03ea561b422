"""Client keyword arguments built from Settings: Kafka (aiokafka), ClickHouse, Redis.

Imports no client library: faust's credentials are built from these in :func:`streams.faust.app.faust_broker_kwargs`.

One place turns the security settings (SASL PLAIN/SCRAM, TLS, user/password, CA bundles) into what each
client library expects, so every client of the process authenticates the same way. Secrets leave their
:class:`~pydantic.SecretStr` only here, straight into the client's arguments; nothing here logs them.

Usage::

    AIOKafkaProducer(**aiokafka_kwargs(settings.kafka), acks="all")
    clickhouse_connect.get_client(**clickhouse_kwargs(settings.clickhouse, dsn=settings.clickhouse_dsn))
    redis.asyncio.Redis.from_url(settings.cache.redis_url, **redis_kwargs(settings.cache))
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

from streams.config import CacheSettings, ClickHouseSettings, KafkaSettings
from streams.errors import ConfigError

__all__ = [
    "aiokafka_kwargs",
    "clickhouse_kwargs",
    "kafka_ssl_context",
    "redis_kwargs",
    "sasl_password",
]


def _readable(path: Path, what: str) -> str:
    if not path.is_file():
        raise ConfigError(f"{what} {path} does not exist or is not a file")
    return str(path)


def kafka_ssl_context(kafka: KafkaSettings) -> ssl.SSLContext | None:
    """The TLS context for ``SSL``/``SASL_SSL`` (system CAs unless ``ssl_cafile``), else ``None``.

    TLS files set with a plaintext protocol are a configuration error: silently sending plaintext to a
    broker the operator meant to reach over TLS is worse than refusing to start.
    """
    uses_tls = kafka.security_protocol in ("SSL", "SASL_SSL")
    files = {
        "ELEANOR_KAFKA__SSL_CAFILE": kafka.ssl_cafile,
        "ELEANOR_KAFKA__SSL_CERTFILE": kafka.ssl_certfile,
        "ELEANOR_KAFKA__SSL_KEYFILE": kafka.ssl_keyfile,
    }
    if not uses_tls:
        given = [name for name, value in files.items() if value is not None]
        if given:
            raise ConfigError(
                f"{', '.join(given)} set but ELEANOR_KAFKA__SECURITY_PROTOCOL is {kafka.security_protocol};"
                " use SSL or SASL_SSL for TLS"
            )
        return None
    if kafka.ssl_keyfile is not None and kafka.ssl_certfile is None:
        raise ConfigError("ELEANOR_KAFKA__SSL_KEYFILE needs ELEANOR_KAFKA__SSL_CERTFILE (mutual TLS)")
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if kafka.ssl_cafile is not None:
        try:
            context.load_verify_locations(cafile=_readable(kafka.ssl_cafile, "ELEANOR_KAFKA__SSL_CAFILE"))
        except ssl.SSLError as exc:
            raise ConfigError(f"ELEANOR_KAFKA__SSL_CAFILE {kafka.ssl_cafile} is not a PEM CA bundle: {exc}") from exc
    if kafka.ssl_certfile is not None:
        certfile = _readable(kafka.ssl_certfile, "ELEANOR_KAFKA__SSL_CERTFILE")
        keyfile = _readable(kafka.ssl_keyfile, "ELEANOR_KAFKA__SSL_KEYFILE") if kafka.ssl_keyfile else None
        try:
            context.load_cert_chain(certfile=certfile, keyfile=keyfile)
        except ssl.SSLError as exc:
            raise ConfigError(f"client certificate/key for Kafka could not be loaded: {exc}") from exc
    return context


def aiokafka_kwargs(kafka: KafkaSettings) -> dict[str, Any]:
    """Connection and security arguments for any aiokafka client (producer, consumer, admin).

    Returns ``bootstrap_servers``, ``security_protocol`` and, as the protocol needs them, ``ssl_context``,
    ``sasl_mechanism``, ``sasl_plain_username`` and ``sasl_plain_password`` (aiokafka uses the
    ``sasl_plain_*`` names for SCRAM too).
    """
    kwargs: dict[str, Any] = {
        "bootstrap_servers": kafka.bootstrap,
        "security_protocol": kafka.security_protocol,
    }
    context = kafka_ssl_context(kafka)
    if context is not None:
        kwargs["ssl_context"] = context
    if kafka.security_protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = kafka.sasl_mechanism
        kwargs["sasl_plain_username"] = kafka.sasl_username
        kwargs["sasl_plain_password"] = sasl_password(kafka)
    return kwargs


def sasl_password(kafka: KafkaSettings) -> str:
    # KafkaSettings already refuses SASL without a password; this keeps the guarantee explicit here too.
    if kafka.sasl_password is None:
        raise ConfigError(f"ELEANOR_KAFKA__SASL_PASSWORD is required with {kafka.security_protocol}")
    return kafka.sasl_password.get_secret_value()


def clickhouse_kwargs(clickhouse: ClickHouseSettings, dsn: str | None = None) -> dict[str, Any]:
    """Connection arguments for ``clickhouse_connect.get_client`` (the database is chosen by the caller).

    ``dsn`` defaults to ``clickhouse.dsn``; pass ``settings.clickhouse_dsn`` to get the embedded default.
    For a server: ``dsn``, ``username``/``password`` when set, ``secure`` (True exactly for
    https DSNs: clickhouse-connect would otherwise speak plain HTTP to an https DSN on a non-standard
    port), ``verify`` and ``ca_cert``. For the embedded engine (``chdb://``) only ``dsn``: it has no users or
    transport (clickhouse-connect would warn about ignored arguments).
    """
    target = dsn or clickhouse.dsn
    if not target:
        raise ConfigError("no ClickHouse DSN: set ELEANOR_CLICKHOUSE__DSN or pass settings.clickhouse_dsn")
    kwargs: dict[str, Any] = {"dsn": target}
    if target.startswith("chdb://"):
        return kwargs
    secure = target.startswith("https://")
    if clickhouse.ca_cert is not None and not secure:
        raise ConfigError("ELEANOR_CLICKHOUSE__CA_CERT set but the DSN is not https://")
    kwargs["secure"] = secure
    if clickhouse.username is not None:
        kwargs["username"] = clickhouse.username
    if clickhouse.password is not None:
        kwargs["password"] = clickhouse.password.get_secret_value()
    if secure:
        kwargs["verify"] = clickhouse.verify_tls
        if clickhouse.ca_cert is not None:
            kwargs["ca_cert"] = _readable(clickhouse.ca_cert, "ELEANOR_CLICKHOUSE__CA_CERT")
    return kwargs


def redis_kwargs(cache: CacheSettings) -> dict[str, Any]:
    """Arguments for ``redis.asyncio.Redis.from_url(cache.redis_url, **kwargs)``.

    TLS follows the URL scheme (``rediss://``); the CA bundle and certificate checks are added for it.
    ``password`` overrides one embedded in the URL, so the URL can stay free of secrets.
    """
    if cache.redis_url is None:
        raise ConfigError("no Redis configured (ELEANOR_CACHE__REDIS_URL is empty): the cache runs L1 only")
    tls = cache.redis_url.startswith("rediss://")
    if cache.redis_ca_cert is not None and not tls:
        raise ConfigError("ELEANOR_CACHE__REDIS_CA_CERT set but ELEANOR_CACHE__REDIS_URL is not rediss://")
    kwargs: dict[str, Any] = {
        "socket_timeout": cache.timeout_s,
        "socket_connect_timeout": cache.timeout_s,
    }
    if cache.redis_password is not None:
        kwargs["password"] = cache.redis_password.get_secret_value()
    if tls:
        kwargs["ssl_cert_reqs"] = "required"
        kwargs["ssl_check_hostname"] = True
        if cache.redis_ca_cert is not None:
            kwargs["ssl_ca_certs"] = _readable(cache.redis_ca_cert, "ELEANOR_CACHE__REDIS_CA_CERT")
    return kwargs
