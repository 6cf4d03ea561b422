"""ClickHouse access: connecting (server or embedded chDB) and schema migrations."""

from streams.clickhouse.client import connect, is_embedded

__all__ = ["connect", "is_embedded"]
