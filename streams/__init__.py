"""eleanor-streams: governance of AI traffic on Kafka."""

__version__ = "0.1.0"
