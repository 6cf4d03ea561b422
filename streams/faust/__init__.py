"""Everything that knows faust: the app, the one thin agent, the window taker and the consumer fast path.

faust and mode internals are overridden here and nowhere else (``EleanorApp._consumer_wait_empty`` and
``_new_transport``, ``ImmediateConsumer.wait_first``, the stream's ``_enable_passive``/``_processors`` in
:mod:`streams.faust.windows`); the pins in ``pyproject.toml`` are for these modules.
"""

# Modules are imported by their own names; the package itself exports nothing.
__all__: list[str] = []
