"""The window pipeline and the Kafka/faust runtime around it.

Only ``processor.py`` (judging one window) and ``base.py`` (the seams it is built against) are free of Kafka;
everything else here is the runtime: the ordered acker and the window runner, the service wiring, the
Kafka publishers and clients (``kafka.py``, ``publishers.py``, ``streaming_io.py``), the faust window taker
and consumer, the worker and the demo.
"""

# Modules are imported by their own names; the package itself exports nothing.
__all__: list[str] = []
