"""One frozen Settings object for the whole process.

Built once at the entry point (:func:`load_settings`) and passed down; nothing else reads the environment.
Environment variables use the prefix ``ELEANOR_`` and ``__`` between a section and its field, e.g.
``ELEANOR_KAFKA__BOOTSTRAP=broker:9092``. The seed's two variables keep their names and meaning:
``ELEANOR_DB_BATCH_SIZE`` (rows per evidence insert) and ``ELEANOR_EVIDENCE_BUFFER_SIZE`` (most evidence
rows held in memory before consumption waits).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit, urlunsplit

import orjson
import pydantic
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from streams.errors import ConfigError
from streams.models.critics import CRITICS

__all__ = [
    "CacheSettings",
    "ClickHouseSettings",
    "CriticSettings",
    "EvidenceSettings",
    "KafkaSettings",
    "LimitSettings",
    "PrecedentSettings",
    "ReviewSettings",
    "Settings",
    "SizerSettings",
    "load_settings",
    "redact_url",
]

ENV_PREFIX = "ELEANOR_"
NESTED = "__"
# The seed's variable names, kept for compatibility: env name -> (section, field).
SEED_ALIASES: dict[str, tuple[str, str]] = {
    "ELEANOR_DB_BATCH_SIZE": ("evidence", "batch_size"),
    "ELEANOR_EVIDENCE_BUFFER_SIZE": ("evidence", "buffer_size"),
}


def _split_list(value: Any) -> Any:
    """Accept a JSON list or a comma-separated string for list settings."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            return orjson.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class KafkaSettings(_Section):
    """Broker connection, topics and the consumer/producer knobs that matter for correctness."""

    bootstrap: str = Field("127.0.0.1:9092", description="Bootstrap servers, host:port[,host:port].")
    request_topics: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["eleanor.requests"],
        description="Request topics to consume (comma-separated or JSON list). Ignored when a pattern is set.",
    )
    request_pattern: str | None = Field(
        None, description="Regular expression of request topics to consume instead of the list."
    )
    verdict_topic: str = Field("eleanor.verdicts", description="Topic every verdict is published to.")
    escalation_topic: str = Field("eleanor.escalations", description="Topic for verdicts that need human review.")
    dlq_topic: str = Field("eleanor.dlq", description="Dead-letter topic for undecodable or invalid input.")
    window_topic: str = Field(
        "eleanor.windows", description="Topic of the adaptive sizer's per-window telemetry (the windows table)."
    )
    consumer_group: str = Field("eleanor-streams", description="Consumer group (and Faust app id).")
    evidence_group: str = Field(
        "eleanor-streams-evidence",
        description="Consumer group of the evidence writer (`eleanor-streams sink`), which stores the verdict,"
        " DLQ and window topics in ClickHouse.",
    )
    client_id: str = Field("eleanor-streams", description="Client id sent to the broker.")
    partitions: int = Field(4, ge=1, description="Partitions for topics this app creates.")
    replication_factor: int = Field(1, ge=1, description="Replication for topics this app creates.")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        "PLAINTEXT", description="Kafka security protocol."
    )
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = Field(
        None, description="SASL mechanism when the protocol is SASL_*."
    )
    sasl_username: str | None = Field(None, description="SASL user name.")
    sasl_password: SecretStr | None = Field(None, description="SASL password (never printed).")
    ssl_cafile: Path | None = Field(None, description="CA bundle to verify the brokers.")
    ssl_certfile: Path | None = Field(None, description="Client certificate for mutual TLS.")
    ssl_keyfile: Path | None = Field(None, description="Client key for mutual TLS.")
    idempotent_producer: bool = Field(
        False, description="Idempotent producer: on for real Kafka; the local broker cannot do it."
    )
    session_timeout_s: float = Field(
        6.0, gt=0, description="Consumer session timeout (local: ~6 s; real Kafka: 10-45 s)."
    )
    heartbeat_interval_s: float = Field(1.0, gt=0, description="Consumer heartbeat interval.")
    commit_interval_s: float = Field(1.0, gt=0, description="How often acked offsets are committed.")
    broker_probe_s: float = Field(
        5.0,
        ge=0,
        description="How often the judge worker asks the broker for metadata to notice an outage on a quiet"
        " stream (each probe may take as long; 0 turns the watchdog off).",
    )
    judge_consumer: Literal["faust", "aiokafka"] = Field(
        "aiokafka",
        description="How the judge worker takes its windows: its own aiokafka getmany loop (one ack per window)"
        " or faust's stream (noack_take, faust's per-event delivery and acks).",
    )

    _split = field_validator("request_topics", mode="before")(_split_list)

    @model_validator(mode="after")
    def _check_security(self) -> KafkaSettings:
        if self.security_protocol.startswith("SASL") and not (
            self.sasl_mechanism and self.sasl_username and self.sasl_password
        ):
            raise ValueError(
                "security_protocol SASL_* needs sasl_mechanism (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512),"
                " sasl_username and sasl_password"
            )
        if not self.request_topics and not self.request_pattern:
            raise ValueError("set request_topics (comma-separated) or request_pattern")
        return self


class ClickHouseSettings(_Section):
    """Where evidence lives: a ClickHouse server (http/https DSN) or the embedded engine (chdb DSN)."""

    dsn: str | None = Field(
        None,
        description="http(s)://host:port for a server, chdb:///abs/path for the embedded engine;"
        " default chdb under the data dir.",
    )
    database: str = Field("eleanor", pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", description="Database name.")
    username: str | None = Field(None, description="User for a ClickHouse server.")
    password: SecretStr | None = Field(None, description="Password for a ClickHouse server (never printed).")
    verify_tls: bool = Field(True, description="Verify the server certificate for https DSNs.")
    ca_cert: Path | None = Field(None, description="CA bundle for https DSNs.")

    @field_validator("dsn")
    @classmethod
    def _check_dsn(cls, value: str | None) -> str | None:
        if value is None:
            return value
        if not value.startswith(("http://", "https://", "chdb://")):
            raise ValueError("accepted forms: http://host:port, https://host:port, chdb:///abs/path, chdb://memory")
        return value


class EvidenceSettings(_Section):
    """Bulk evidence inserts (ELEANOR_DB_BATCH_SIZE, ELEANOR_EVIDENCE_BUFFER_SIZE)."""

    batch_size: int = Field(
        5_000,
        ge=1,
        le=1_000_000,
        description="Rows per evidence insert (ELEANOR_DB_BATCH_SIZE). ClickHouse wants >= 1,000 rows and"
        " about one insert per second per table.",
    )
    buffer_size: int = Field(
        50_000,
        ge=1,
        description="Most evidence rows held in memory before consumption waits (ELEANOR_EVIDENCE_BUFFER_SIZE).",
    )
    buffer_bytes: int = Field(
        256 * 1024 * 1024,
        ge=1,
        description="Most bytes of evidence held in memory before consumption waits: a dead letter counts its"
        " stored payload, other rows 512 bytes each.",
    )
    max_age_s: float = Field(1.0, gt=0, description="Flush evidence at least this often, even if small.")
    retry_initial_s: float = Field(0.2, gt=0, description="First back-off after a failed insert.")
    retry_max_s: float = Field(10.0, gt=0, description="Longest back-off between insert retries.")
    max_stall_s: float = Field(
        3_600.0,
        gt=0,
        description="How long the evidence writer may retry one insert (ClickHouse down) before the broker"
        " gives its partitions to another writer (its max poll interval).",
    )

    @model_validator(mode="after")
    def _check_buffer(self) -> EvidenceSettings:
        if self.buffer_size < self.batch_size:
            raise ValueError(
                f"ELEANOR_EVIDENCE_BUFFER_SIZE ({self.buffer_size}) must be >= ELEANOR_DB_BATCH_SIZE"
                f" ({self.batch_size})"
            )
        return self


class CacheSettings(_Section):
    """Two-level verdict cache: L1 in process, L2 Redis (none = L1 only)."""

    redis_url: str | None = Field(
        None, description="redis://[:password@]host:port/db or rediss:// for TLS; empty = L1 only."
    )
    redis_password: SecretStr | None = Field(None, description="Redis password (never printed).")
    redis_ca_cert: Path | None = Field(None, description="CA bundle for rediss:// URLs.")
    key_prefix: str = Field("eleanor", description="Prefix of every Redis key this app writes.")
    ttl_s: int = Field(3_600, ge=1, description="Time to live of L2 entries.")
    l1_size: int = Field(50_000, ge=0, description="Entries kept in the in-process L1 (0 disables it).")
    l1_ttl_s: float = Field(300.0, gt=0, description="Time to live of L1 entries.")
    timeout_s: float = Field(
        0.25, gt=0, description="Redis round-trip timeout (a whole batch); slower counts as a failure."
    )
    breaker_failures: int = Field(3, ge=1, description="Consecutive failures that open the breaker.")
    breaker_reset_s: float = Field(5.0, gt=0, description="How long the breaker stays open before a probe.")

    @field_validator("redis_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if not value:  # unset or empty: no L2
            return None
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("accepted forms: redis://host:port/db, rediss://host:port/db, unix:///path")
        return value


class SizerSettings(_Section):
    """Adaptive window sizing: bounds, targets and steps."""

    min_window: int = Field(10, ge=1, description="Smallest window (events).")
    max_window: int = Field(5_000, ge=1, description="Largest window (events).")
    initial_window: int = Field(500, ge=1, description="Window size at start.")
    target_p95_ms: float = Field(500.0, gt=0, description="Target p95 window evaluation latency (ms).")
    target_success: float = Field(0.95, gt=0, le=1, description="Target share of events judged without error.")
    max_wait_s: float = Field(0.5, gt=0, description="Longest wait for a window to fill.")
    increase_step: int = Field(200, ge=1, description="Additive increase per healthy window.")
    decrease_factor: float = Field(0.5, gt=0, lt=1, description="Multiplicative decrease on a miss.")
    history: int = Field(8, ge=1, description="Windows in the latency/success history.")

    @model_validator(mode="after")
    def _check_bounds(self) -> SizerSettings:
        if not self.min_window <= self.initial_window <= self.max_window:
            raise ValueError("need min_window <= initial_window <= max_window")
        return self


class LimitSettings(_Section):
    """Input limits; a request over them goes to the DLQ with a reason."""

    max_message_bytes: int = Field(1_000_000, ge=1, description="Largest accepted message (bytes).")
    max_text_chars: int = Field(100_000, ge=1, description="Longest prompt or response (characters).")
    max_context_depth: int = Field(5, ge=1, description="Deepest nesting allowed in context.")
    dlq_payload_bytes: int = Field(
        512 * 1024,
        ge=0,
        le=700_000,
        description="Most bytes of a bad message kept in its DLQ record and dead_letters row (the full size and"
        " hash are kept); at most 700,000 so the base64 record stays under Kafka's default 1 MB message.max.bytes.",
    )


class CriticSettings(_Section):
    """Which critics run and how long one may take."""

    enabled: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(CRITICS),
        description="Critics to run (comma-separated).",
    )
    timeout_s: float = Field(
        5.0,
        gt=0,
        description="Longest a pluggable (non-inline) critic may take for one window; while a timed-out call is"
        " still running, later windows mark that critic errored ('critic busy').",
    )
    plugins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Extra critics by import path, 'package.module:name' (comma-separated): a Critic class or a"
        " factory called without arguments; they run after the built-in critics and change the ruleset version.",
    )
    mode: Literal["semantic", "lexicon"] = Field(
        "semantic",
        description="semantic: learned models over the shared embedding, lexicons as features, evidence and exact"
        " floors; lexicon: the lexicon rules alone (for comparison).",
    )

    _split = field_validator("enabled", "plugins", mode="before")(_split_list)


class PrecedentSettings(_Section):
    """Precedent retrieval."""

    enabled: bool = Field(True, description="Retrieve precedent for every request.")
    embedder: Literal["wordllama", "hashing", "minilm"] = Field(
        "wordllama",
        description=(
            "wordllama (static semantic embedding shipped in its wheel, shared with the critic models),"
            " hashing (feature hashing, no model) or minilm (extra 'semantic'). Stored cases embedded by"
            " another embedder are re-embedded and rewritten at start and by `precedents load`."
        ),
    )
    dim: int = Field(256, ge=16, le=4096, description="Embedding dimensions of the hashing embedder.")
    k: int = Field(10, ge=1, le=100, description="Nearest neighbours per request.")
    threshold: float | None = Field(
        None,
        ge=0,
        le=1,
        description=(
            "Cosine similarity a match must reach; unset = calibrated per embedder"
            " (wordllama 0.45, hashing 0.55, minilm 0.55)."
        ),
    )
    threads: int = Field(2, ge=1, le=64, description="Threads for batch index search.")
    refresh_s: float = Field(
        5.0,
        ge=0,
        le=10,
        description=(
            "How often a judge worker reads new precedents (reviewed cases) from the precedent topic into its"
            " live index; when some arrived, the precedent generation in the cache key moves on. 0 = never."
        ),
    )
    topic: str = Field(
        "eleanor.precedents",
        description="Topic announcing every precedent made from a review (key case_id, compacted where supported).",
    )


class ReviewSettings(_Section):
    """The human review loop (reviews in, precedents out) and replay."""

    enabled: bool = Field(
        True, description="The evidence writer also records escalations for review and the reviews themselves."
    )
    topic: str = Field("eleanor.reviews", description="Topic of human reviews (schemas/review.v1.json).")
    queue_retention_days: int = Field(
        90, ge=1, le=3650, description="Days the judged text of an escalated request is kept in review_queue."
    )
    shadow_topic: str = Field(
        "eleanor.verdicts.shadow", description="Topic replay publishes its verdicts to (never the live verdicts)."
    )
    lookup_timeout_s: float = Field(
        10.0, gt=0, description="Longest wait for the request messages of escalations read back by coordinates."
    )


class Settings(BaseSettings):
    """All settings of one eleanor-streams process (env prefix ELEANOR_, sections split by __)."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter=NESTED,
        frozen=True,
        extra="forbid",
        case_sensitive=False,
    )

    data_dir: Path = Field(Path(".eleanor"), description="Local state: stack files, embedded ClickHouse.")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Log level.")
    metrics_port: int = Field(0, ge=0, le=65535, description="Prometheus metrics port (0 = off).")
    metrics_host: str = Field(
        "127.0.0.1",
        description="Address the metrics endpoint binds; 0.0.0.0 inside a container so Prometheus can scrape it.",
    )
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)  # type: ignore[arg-type]
    clickhouse: ClickHouseSettings = Field(default_factory=ClickHouseSettings)  # type: ignore[arg-type]
    evidence: EvidenceSettings = Field(default_factory=EvidenceSettings)  # type: ignore[arg-type]
    cache: CacheSettings = Field(default_factory=CacheSettings)  # type: ignore[arg-type]
    sizer: SizerSettings = Field(default_factory=SizerSettings)  # type: ignore[arg-type]
    limits: LimitSettings = Field(default_factory=LimitSettings)  # type: ignore[arg-type]
    critics: CriticSettings = Field(default_factory=CriticSettings)  # type: ignore[arg-type]
    precedents: PrecedentSettings = Field(default_factory=PrecedentSettings)  # type: ignore[arg-type]
    review: ReviewSettings = Field(default_factory=ReviewSettings)  # type: ignore[arg-type]

    @property
    def clickhouse_dsn(self) -> str:
        """The effective DSN: the configured one, or the embedded engine under the data dir."""
        if self.clickhouse.dsn:
            return self.clickhouse.dsn
        return f"chdb://{(self.data_dir / 'clickhouse').resolve()}"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, _SeedAliasSource(settings_cls), _EnvSource(settings_cls))

    def redacted(self) -> dict[str, Any]:
        """Effective settings as plain data with every secret replaced by ``**********``."""
        data: dict[str, Any] = self.model_dump(mode="json")
        data["clickhouse"]["dsn"] = redact_url(self.clickhouse.dsn)
        data["cache"]["redis_url"] = redact_url(self.cache.redis_url)
        data["clickhouse_dsn_effective"] = redact_url(self.clickhouse_dsn)
        return data


# The variables load_settings(env=...) reads instead of the process environment (None: the process's).
_ENV: ContextVar[Mapping[str, str] | None] = ContextVar("eleanor_settings_env", default=None)


class _EnvSource(EnvSettingsSource):
    """The ``ELEANOR_*`` variables, from :data:`_ENV` when set (tests, tools), else from the process environment."""

    def _load_env_vars(self) -> Mapping[str, str | None]:
        env = _ENV.get()
        if env is None:
            return super()._load_env_vars()
        return {name.lower(): value for name, value in env.items()}


class _SeedAliasSource(_EnvSource):
    """Reads the seed's flat variable names into their sections."""

    def __call__(self) -> dict[str, Any]:
        out: dict[str, dict[str, str]] = {}
        for name, (section, field) in SEED_ALIASES.items():
            value = self.env_vars.get(name.lower())
            if value is not None:
                out.setdefault(section, {})[field] = value
        return out


def redact_url(url: str | None) -> str | None:
    """``url`` with any password it carries replaced by ``**********`` (safe to print or log)."""
    if not url:
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:**********@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def env_name(loc: tuple[int | str, ...]) -> str:
    """The environment variable that sets the field at ``loc`` (seed names where they apply)."""
    parts = [str(p) for p in loc if not isinstance(p, int)]
    for name, path in SEED_ALIASES.items():
        if tuple(parts[:2]) == path:
            return name
    return ENV_PREFIX + NESTED.join(p.upper() for p in parts)


def load_settings(env: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Build the Settings once, turning validation failures into a :class:`ConfigError`.

    ``env`` is read instead of the process environment (which is never modified); ``overrides`` are init values.
    """
    token = _ENV.set(env)
    try:
        return Settings(**overrides)
    except pydantic.ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = env_name(err["loc"]) if err["loc"] else "ELEANOR_* settings"
            lines.append(f"{where}: {err['msg']} (got {err.get('input')!r})")
        raise ConfigError("invalid settings:\n  " + "\n  ".join(lines)) from exc
    finally:
        _ENV.reset(token)
