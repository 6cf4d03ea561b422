"""Reading infra/docker-compose.yml the way docker compose does, for the infra tests."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from streams.config import ENV_PREFIX, NESTED, SEED_ALIASES, Settings

INFRA = Path(__file__).resolve().parents[3] / "infra"
COMPOSE_FILE = INFRA / "docker-compose.yml"

# The variables an operator must provide (infra/.env.example), with test values.
REQUIRED_ENV = {
    "CLICKHOUSE_PASSWORD": "ch-writer-test-pw",
    "GRAFANA_CLICKHOUSE_PASSWORD": "ch-reader-test-pw",
    "GRAFANA_ADMIN_PASSWORD": "grafana-admin-test-pw",
    "REDIS_PASSWORD": "redis-test-pw",
}

_INTERPOLATION = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)")


class MissingVariable(KeyError):
    """A ``${VAR:?message}`` whose variable is unset or empty."""


def interpolate(value: str, env: Mapping[str, str]) -> str:
    """Compose's interpolation: ``$$``, ``$VAR``, ``${VAR}``, ``${VAR:-default}``, ``${VAR-default}``, ``${VAR:?e}``."""

    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1) or match.group(4)
        op, arg = match.group(2), match.group(3) or ""
        # With a colon, empty counts as unset (compose semantics).
        present = bool(env.get(name)) if (op or "").startswith(":") else name in env
        if op in (":-", "-"):
            return env[name] if present else arg
        if op in (":?", "?"):
            if not present:
                raise MissingVariable(f"{name}: {arg}")
            return env[name]
        return env.get(name, "")

    return _INTERPOLATION.sub(replace, value)


def load_compose() -> dict[str, Any]:
    """The compose file as data (YAML anchors resolved, no interpolation)."""
    data: dict[str, Any] = yaml.safe_load(COMPOSE_FILE.read_text())
    return data


def service_env(compose: dict[str, Any], service: str) -> dict[str, str]:
    """A service's ``environment`` as a mapping (list form accepted), values as written."""
    env = compose["services"][service].get("environment") or {}
    if isinstance(env, list):
        return dict(item.split("=", 1) for item in env)
    return {str(k): str(v) for k, v in env.items()}


def setting_path(name: str) -> tuple[str, ...] | None:
    """Where ``ELEANOR_...`` lands in :class:`Settings` (seed aliases included), or None if nowhere."""
    if name in SEED_ALIASES:
        return SEED_ALIASES[name]
    if not name.startswith(ENV_PREFIX):
        return None
    parts = tuple(name[len(ENV_PREFIX) :].lower().split(NESTED.lower()))
    model: type[BaseModel] | None = Settings
    for i, part in enumerate(parts):
        if model is None or part not in model.model_fields:
            return None
        annotation = model.model_fields[part].annotation
        is_section = isinstance(annotation, type) and issubclass(annotation, BaseModel)
        if i == len(parts) - 1 and is_section:
            return None  # a whole section from one variable is not how this stack configures anything
        model = annotation if is_section else None
    return parts
