"""The window spine: a window of raw messages judged, delivered and followed up, free of Kafka and faust.

``processor`` judges one window (decode, cache, the evaluator, precedent); ``delivery`` publishes it, hands its
evidence to the sink and acks its events in order (``acking``); ``aftereffects`` writes the cache back, tells the
sizer and updates the metrics; ``runner`` runs those three for each window a source submits. ``base`` holds the
seams the spine is built against (outputs: :mod:`streams.sinks.base`); ``stats`` its counters.
"""

# Modules are imported by their own names; the package itself exports nothing.
__all__: list[str] = []
