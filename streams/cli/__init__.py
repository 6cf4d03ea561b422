"""The ``eleanor-streams`` command line."""
