"""Kafka without faust: client factories and topics (:mod:`~streams.kafka.clients`) and the judge's own
aiokafka consumer loop (:mod:`~streams.kafka.consumer`)."""

# Modules are imported by their own names; the package itself exports nothing.
__all__: list[str] = []
