"""Tooling around the runtime: the command line, benchmarks, the local stack, the demo and generated traffic.

Nothing under ``streams/`` outside this package imports it (an import-linter contract keeps it so): the
judge worker and the evidence writer run without it; the command line only starts them.
"""

# Modules are imported by their own names; the package itself exports nothing.
__all__: list[str] = []
