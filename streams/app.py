"""The Faust app, built from Settings (nothing here reads the environment).

Broker address and security come from ``settings.kafka``; the consumer knobs that decide correctness on
the local broker and on real Kafka are set explicitly (INFRA-FACTS.md): earliest offset reset, session
timeout and heartbeat from settings, a short commit interval (fewer replays after a crash), acks=all.
The web server stays off: nothing here needs it and faust would otherwise bind 0.0.0.0.
"""

from __future__ import annotations

import re

import faust
from faust.types import TopicT

from streams.config import KafkaSettings, Settings
from streams.security import faust_broker_kwargs

__all__ = ["create_app", "request_topic"]


def create_app(settings: Settings, *, app_id: str | None = None) -> faust.App:
    """A Faust app for ``settings`` (the consumer group is the app id)."""
    kafka = settings.kafka
    group = app_id or kafka.consumer_group
    datadir = (settings.data_dir / "faust").resolve()
    datadir.mkdir(parents=True, exist_ok=True)  # faust creates only the last level
    return faust.App(
        group,
        **faust_broker_kwargs(kafka),
        broker_client_id=kafka.client_id,
        broker_session_timeout=kafka.session_timeout_s,
        broker_heartbeat_interval=kafka.heartbeat_interval_s,
        broker_commit_interval=kafka.commit_interval_s,
        # The flush may stall while ClickHouse is down: stay in the group meanwhile.
        broker_max_poll_interval=1000.0,
        consumer_auto_offset_reset="earliest",
        topic_replication_factor=kafka.replication_factor,
        topic_partitions=kafka.partitions,
        # Works on the local broker and on real Kafka; we use no tables, so no leader topic is needed.
        topic_disable_leader=True,
        producer_acks=-1,
        web_enabled=False,
        web_bind="127.0.0.1",
        web_port=settings.metrics_port or 6066,
        datadir=str(datadir / group),
        autodiscover=False,
        store="memory://",
        logging_config=None,
    )


def request_topic(app: faust.App, kafka: KafkaSettings) -> TopicT:
    """The request topics as one faust topic of raw bytes: the configured pattern, else the list."""
    if kafka.request_pattern:
        return app.topic(
            pattern=re.compile(kafka.request_pattern),
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
        )
    return app.topic(
        *kafka.request_topics,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=kafka.partitions,
    )
