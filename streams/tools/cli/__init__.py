"""The ``eleanor-streams`` command line."""

# Subcommand modules are loaded by name from ``main.COMMAND_MODULES``; the package itself exports nothing.
__all__: list[str] = []
