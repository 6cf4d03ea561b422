"""aiokafka clients from the Kafka settings (security included), shared by every client we open, and the topics
the worker needs (created when missing; a request pattern resolved to names)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from streams.config import KafkaSettings
from streams.security import aiokafka_kwargs

__all__ = ["ensure_topics", "make_consumer", "make_producer", "open_admin", "resolve_request_topics"]


@asynccontextmanager
async def open_admin(kafka: KafkaSettings) -> AsyncIterator[AIOKafkaAdminClient]:
    """A started admin client for the block's duration, closed on the way out (error or not)."""
    admin = AIOKafkaAdminClient(request_timeout_ms=15_000, **aiokafka_kwargs(kafka))
    await admin.start()
    try:
        yield admin
    finally:
        await admin.close()


def make_producer(kafka: KafkaSettings, *, linger_ms: int = 5, client_suffix: str = "producer") -> AIOKafkaProducer:
    """A producer that waits for every in-sync replica (acks=all); idempotent when the settings say so."""
    return AIOKafkaProducer(
        client_id=f"{kafka.client_id}-{client_suffix}",
        acks="all",
        enable_idempotence=kafka.idempotent_producer,
        linger_ms=linger_ms,
        max_batch_size=256 * 1024,
        max_request_size=2 * 1_048_576,  # a request may be 1 MB; its verdict can be larger
        **aiokafka_kwargs(kafka),
    )


def make_consumer(
    kafka: KafkaSettings, *topics: str, group_id: str | None = None, auto_commit: bool = True
) -> AIOKafkaConsumer:
    """A consumer from the earliest offset (the only reliable reset on the local broker).

    With a ``group_id`` it commits automatically unless ``auto_commit`` is False (a reader that only looks at
    the group's committed offsets must never move them).
    """
    return AIOKafkaConsumer(
        *topics,
        client_id=f"{kafka.client_id}-reader",
        group_id=group_id,
        auto_offset_reset="earliest",
        enable_auto_commit=auto_commit and group_id is not None,
        session_timeout_ms=int(kafka.session_timeout_s * 1000),
        heartbeat_interval_ms=int(kafka.heartbeat_interval_s * 1000),
        **aiokafka_kwargs(kafka),
    )


async def ensure_topics(kafka: KafkaSettings, names: Iterable[str]) -> None:
    """Create the topics that do not exist yet (``kafka.partitions`` partitions each)."""
    async with open_admin(kafka) as admin:
        existing = set(await admin.list_topics())
        wanted = [n for n in dict.fromkeys(names) if n not in existing]
        if wanted:
            new = [
                NewTopic(n, num_partitions=kafka.partitions, replication_factor=kafka.replication_factor)
                for n in wanted
            ]
            with contextlib.suppress(TopicAlreadyExistsError):  # created concurrently by another process
                await admin.create_topics(new)


async def resolve_request_topics(kafka: KafkaSettings) -> list[str]:
    """The topics to consume: the configured list, or every existing topic the pattern fully matches."""
    if not kafka.request_pattern:
        return list(kafka.request_topics)
    pattern = re.compile(kafka.request_pattern)
    async with open_admin(kafka) as admin:
        names = await admin.list_topics()
    return sorted(name for name in names if pattern.fullmatch(name))
