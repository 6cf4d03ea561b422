"""One way to open ClickHouse: a server over http(s) or the embedded chDB engine, same Client API.

``connect(settings)`` reads the effective DSN (``settings.clickhouse_dsn``), creates the database when
it is missing and returns a clickhouse-connect ``Client`` whose current database is that database.
chDB has no async client and allows one data path per process: call it from a worker thread and never
open the same path from two processes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import clickhouse_connect
from clickhouse_connect.driver.client import Client

from streams.config import Settings, redact_url
from streams.errors import ConfigError, SinkError
from streams.security import clickhouse_kwargs

__all__ = ["Client", "connect", "is_embedded"]

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def is_embedded(dsn: str) -> bool:
    """True for the embedded engine (chdb:// DSNs)."""
    return dsn.startswith("chdb:")


def _client_kwargs(settings: Settings, dsn: str) -> dict[str, Any]:
    if is_embedded(dsn):
        path = urlsplit(dsn).path
        if path and path not in ("/", "/memory"):
            Path(path).mkdir(parents=True, exist_ok=True)  # chDB wants its directory to exist
    # credentials and TLS are built in one place for every client of the process
    return clickhouse_kwargs(settings.clickhouse, dsn=dsn)


def connect(settings: Settings, database: str | None = None) -> Client:
    """A client on ``database`` (default ``settings.clickhouse.database``), created if missing.

    Raises ConfigError for unusable TLS settings or an invalid database name, and SinkError naming the
    (redacted) DSN and the database when the engine or server refuses.
    """
    dsn = settings.clickhouse_dsn
    name = database or settings.clickhouse.database
    if not _IDENTIFIER.match(name):
        raise ConfigError(f"invalid ClickHouse database name {name!r}: letters, digits and _ only")
    kwargs = _client_kwargs(settings, dsn)
    where = f"ClickHouse at {redact_url(dsn)} (database {name})"
    try:
        client = clickhouse_connect.get_client(**kwargs)
    except Exception as exc:  # the driver raises many types (OperationalError, ProgrammingError, OSError)
        raise SinkError(f"cannot connect to {where}: {exc}") from exc
    try:
        client.command(f"CREATE DATABASE IF NOT EXISTS `{name}`")
        client.database = name
        client.command("SELECT 1")  # applies the database now so a bad one fails here, not later
    except Exception as exc:
        client.close()
        raise SinkError(f"cannot use {where}: {exc}") from exc
    return client
