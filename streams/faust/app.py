"""The Faust app, built from Settings (nothing here reads the environment).

Broker address and security come from ``settings.kafka``; the consumer knobs that decide correctness on
the local broker and on real Kafka are set explicitly (INFRA-FACTS.md): earliest offset reset, session
timeout and heartbeat from settings, a short commit interval (fewer replays after a crash), acks=all.
The web server stays off: nothing here needs it and faust would otherwise bind 0.0.0.0.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import faust
from faust.auth import SASLCredentials, SSLCredentials
from faust.types import TopicT

from streams.config import KafkaSettings, Settings
from streams.errors import ConfigError
from streams.faust.consumer import ImmediateTransport
from streams.security import kafka_ssl_context, sasl_password

__all__ = ["EleanorApp", "create_app", "faust_broker_kwargs", "request_topic"]

DrainHook = Callable[[], Awaitable[None]]


class EleanorApp(faust.App):
    """faust.App with drain hooks that run before faust waits for taken events to be acked.

    Its consumer is :class:`~streams.faust.consumer.ImmediateConsumer` (same offsets and acks,
    cheaper delivery of each fetched message).

    faust waits for every taken event to be acked on shutdown and on partition revocation; the hooks
    hand over the open window and flush the evidence buffer first, so that wait is short.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.drain_hooks: list[tuple[DrainHook, Callable[[], None]]] = []

    def _new_transport(self) -> Any:
        # faust's aiokafka transport, with a consumer that delivers messages without per-message tasks.
        return ImmediateTransport(self.conf.broker_consumer, self)

    async def _consumer_wait_empty(self, consumer: Any, logger: Any) -> None:
        for start, _ in self.drain_hooks:
            await start()
        try:
            await super()._consumer_wait_empty(consumer, logger)
        finally:
            for _, done in self.drain_hooks:
                done()


def faust_broker_kwargs(kafka: KafkaSettings) -> dict[str, Any]:
    """``broker`` and ``broker_credentials`` for :class:`faust.App` (faust hands them on to aiokafka)."""
    broker = ";".join(f"kafka://{host.strip()}" for host in kafka.bootstrap.split(",") if host.strip())
    context = kafka_ssl_context(kafka)
    credentials: SASLCredentials | SSLCredentials | None = None
    if kafka.security_protocol.startswith("SASL"):
        # faust switches the protocol to SASL_SSL exactly when it gets an ssl_context.
        credentials = SASLCredentials(
            username=kafka.sasl_username,
            password=sasl_password(kafka),
            ssl_context=context,
            mechanism=kafka.sasl_mechanism,
        )
    elif context is not None:
        credentials = SSLCredentials(context)
    return {"broker": broker, "broker_credentials": credentials}


def create_app(settings: Settings, *, app_id: str | None = None) -> EleanorApp:
    """A Faust app for ``settings`` (the consumer group is the app id)."""
    kafka = settings.kafka
    group = app_id or kafka.consumer_group
    datadir = (settings.data_dir / "faust").resolve()
    datadir.mkdir(parents=True, exist_ok=True)  # faust creates only the last level
    return EleanorApp(
        group,
        **faust_broker_kwargs(kafka),
        broker_client_id=kafka.client_id,
        broker_session_timeout=kafka.session_timeout_s,
        broker_heartbeat_interval=kafka.heartbeat_interval_s,
        broker_commit_interval=kafka.commit_interval_s,
        # A window's publish may stall while the broker refuses: stay in the group meanwhile.
        broker_max_poll_interval=1000.0,
        consumer_auto_offset_reset="earliest",
        topic_replication_factor=kafka.replication_factor,
        topic_partitions=kafka.partitions,
        # Works on the local broker and on real Kafka; we use no tables, so no leader topic is needed.
        topic_disable_leader=True,
        producer_acks=-1,
        web_enabled=False,
        web_bind="127.0.0.1",
        datadir=str(datadir / group),
        autodiscover=False,
        store="memory://",
        logging_config=None,
    )


def request_topic(app: faust.App, kafka: KafkaSettings, topics: Sequence[str] | None = None) -> TopicT:
    """The request topics as one faust topic of raw bytes.

    ``topics`` are the names to consume (with a pattern in the settings, the matching topics resolved by
    :func:`streams.kafka.clients.resolve_request_topics`: faust 0.15 cannot subscribe by pattern);
    default: the configured list.
    """
    names = list(topics) if topics is not None else list(kafka.request_topics)
    if not names:
        raise ConfigError(f"no request topics to consume (pattern {kafka.request_pattern!r} matched none)")
    return app.topic(
        *names,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=kafka.partitions,
    )
