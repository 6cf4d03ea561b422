"""Local development services: the Tansu Kafka-protocol broker, redis-server, embedded ClickHouse path.

``LocalStack`` manages a detached stack with a state file (the ``eleanor-streams stack`` command);
``start_broker`` / ``start_redis`` start one service tied to the calling process (test fixtures).
"""

from streams.tools.devstack.probe import free_port, kafka_ready, redis_ready
from streams.tools.devstack.services import ServiceHandle, find_redis_server, find_tansu, start_broker, start_redis
from streams.tools.devstack.stack import LocalStack, ServiceRecord, ServiceStatus, StackState

__all__ = [
    "LocalStack",
    "ServiceHandle",
    "ServiceRecord",
    "ServiceStatus",
    "StackState",
    "find_redis_server",
    "find_tansu",
    "free_port",
    "kafka_ready",
    "redis_ready",
    "start_broker",
    "start_redis",
]
