"""Wiring: the services of a judge worker and of the evidence writer built from Settings, and the processes
that run them (the worker with faust's stream or the judge's own aiokafka loop, the writer).

The only place that knows every stage: sources (:mod:`streams.faust`, :mod:`streams.kafka.consumer`) get a
runner from here, the runner (:mod:`streams.pipeline`) gets its outputs (:mod:`streams.sinks`) from here.
"""

# Modules are imported by their own names; the package itself exports nothing.
__all__: list[str] = []
