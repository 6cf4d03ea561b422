"""The window pipeline: processor, publishers, acking, runner and service wiring (Kafka-agnostic core)."""
