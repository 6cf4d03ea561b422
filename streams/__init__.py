"""eleanor-streams: governance of AI traffic on Kafka."""

__all__ = ["__version__"]

__version__ = "0.1.0"
