"""The one error tree of eleanor-streams.

Every error the package raises on purpose derives from :class:`EleanorError`. Client errors from Kafka,
ClickHouse or Redis are wrapped (``raise SinkError(...) from exc``) so callers catch one family.
Control-flow signals (a window closing, a shutdown) are not errors and do not live here.
"""

from __future__ import annotations

__all__ = [
    "BackpressureError",
    "CacheError",
    "ConfigError",
    "CriticError",
    "DecodeError",
    "EleanorError",
    "PrecedentError",
    "SchemaError",
    "SinkError",
    "StackError",
    "UndeliverableError",
    "ValidationError",
]


class EleanorError(Exception):
    """Root of every error eleanor-streams raises on purpose."""


class ConfigError(EleanorError):
    """Settings are invalid or inconsistent; the message names the variable and the accepted values."""


class StackError(EleanorError):
    """The local service stack could not be started, probed or stopped."""


class DecodeError(EleanorError):
    """An input message could not be decoded or validated.

    ``reason`` is the stable, machine-readable DLQ reason code (e.g. ``invalid_json``,
    ``missing_field:request_id``); ``detail`` is the human sentence that goes with it.
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class ValidationError(DecodeError):
    """The message decoded but broke the request contract (types, sizes, depth)."""


class CriticError(EleanorError):
    """A critic failed on a request; the finding is marked errored, never scored as zero."""

    def __init__(self, critic: str, detail: str) -> None:
        super().__init__(f"critic {critic!r} failed: {detail}")
        self.critic = critic
        self.detail = detail


class PrecedentError(EleanorError):
    """Precedent storage, indexing or retrieval failed."""


class CacheError(EleanorError):
    """The cache could not be read or written (the caller degrades to L1)."""


class SinkError(EleanorError):
    """A sink (ClickHouse evidence, Kafka publisher) failed to accept a batch."""


class UndeliverableError(SinkError):
    """A sink refused a batch for a reason no retry can clear: a message too large for the broker, a value
    that cannot be serialised, no authorisation. Retrying would stop the stream for good, so the worker
    stops instead (a restart with fixed configuration replays the window)."""


class SchemaError(SinkError):
    """The database schema is not what the migrations describe (an applied migration was edited): no retry
    can clear it, so the worker stops instead of waiting for it."""


class BackpressureError(SinkError):
    """A sink cannot take more now; consumption must wait ``retry_after`` seconds and retry."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after
