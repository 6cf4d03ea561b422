"""aiokafka client arguments from the Kafka settings (security included), shared by every client we open."""

from __future__ import annotations

from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams.config import KafkaSettings
from streams.security import aiokafka_kwargs

__all__ = ["client_kwargs", "make_consumer", "make_producer"]


def client_kwargs(kafka: KafkaSettings) -> dict[str, Any]:
    """Connection and security arguments common to aiokafka producers, consumers and admin clients."""
    return aiokafka_kwargs(kafka)


def make_producer(kafka: KafkaSettings, *, linger_ms: int = 5, client_suffix: str = "producer") -> AIOKafkaProducer:
    """A producer that waits for every in-sync replica (acks=all); idempotent when the settings say so."""
    return AIOKafkaProducer(
        client_id=f"{kafka.client_id}-{client_suffix}",
        acks="all",
        enable_idempotence=kafka.idempotent_producer,
        linger_ms=linger_ms,
        max_batch_size=256 * 1024,
        max_request_size=2 * 1_048_576,  # a request may be 1 MB; its verdict can be larger
        **client_kwargs(kafka),
    )


def make_consumer(kafka: KafkaSettings, *topics: str, group_id: str | None = None) -> AIOKafkaConsumer:
    """A consumer from the earliest offset (the only reliable reset on the local broker)."""
    return AIOKafkaConsumer(
        *topics,
        client_id=f"{kafka.client_id}-reader",
        group_id=group_id,
        auto_offset_reset="earliest",
        enable_auto_commit=group_id is not None,
        session_timeout_ms=int(kafka.session_timeout_s * 1000),
        heartbeat_interval_ms=int(kafka.heartbeat_interval_s * 1000),
        **client_kwargs(kafka),
    )
