"""Where results go: the ClickHouse evidence sink (verdicts, findings, windows, dead letters)."""

from streams.sinks.base import EvidenceSink, SinkStats, Ticket
from streams.sinks.evidence import ClickHouseEvidenceSink
from streams.sinks.rows import TABLES, TableSpec

__all__ = ["TABLES", "ClickHouseEvidenceSink", "EvidenceSink", "SinkStats", "TableSpec", "Ticket"]
