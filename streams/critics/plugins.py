"""Critics from outside the package, named by import path (``ELEANOR_CRITICS__PLUGINS``).

An entry is ``package.module:name``; ``name`` is a class or a factory that is called without arguments and
returns a :class:`~streams.critics.base.Critic`. Plugins run after the built-in critics; one that does not
declare ``inline = True`` runs in its own thread, bounded by ``ELEANOR_CRITICS__TIMEOUT_S``. They take part
in the ruleset version (:func:`plugin_ruleset_version`), so judgements cached without them never answer for
a worker that runs them.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import xxhash

from streams.critics.base import Critic
from streams.errors import ConfigError

__all__ = ["load_plugins", "plugin_ruleset_version"]


def load_plugins(paths: Sequence[str]) -> list[Critic]:
    """One critic per import path; a path that does not import or does not give a critic is a ConfigError."""
    critics: list[Critic] = []
    for path in paths:
        module_name, sep, attribute = path.partition(":")
        if not sep or not module_name or not attribute:
            raise ConfigError(f"ELEANOR_CRITICS__PLUGINS: {path!r} is not 'package.module:name'")
        try:
            factory = getattr(importlib.import_module(module_name), attribute)
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"ELEANOR_CRITICS__PLUGINS: cannot import {path!r}: {exc}") from exc
        if not callable(factory):
            raise ConfigError(f"ELEANOR_CRITICS__PLUGINS: {path!r} is not a class or factory")
        try:
            critic = factory()
        except Exception as exc:
            raise ConfigError(f"ELEANOR_CRITICS__PLUGINS: {path!r} failed to build its critic: {exc!r}") from exc
        if not isinstance(critic, Critic):
            raise ConfigError(f"ELEANOR_CRITICS__PLUGINS: {path!r} did not give a critic (name, evaluate_batch)")
        critics.append(critic)
    return critics


def plugin_ruleset_version(base: str, paths: Sequence[str]) -> str:
    """``base`` when there are no plugins, else ``base+p<hash of the paths>``."""
    if not paths:
        return base
    return f"{base}+p{xxhash.xxh3_64_hexdigest(','.join(paths).encode())[:8]}"
