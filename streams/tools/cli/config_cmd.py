"""``eleanor-streams config``: print the effective settings (secrets redacted) or the variable reference."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

import orjson
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from streams.config import SEED_ALIASES, Settings, env_name

__all__ = ["reference_markdown", "register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``config`` subcommand."""
    parser = sub.add_parser("config", help="print the effective settings (secrets redacted)")
    parser.add_argument("--markdown", action="store_true", help="print the table of every ELEANOR_ variable instead")
    parser.set_defaults(func=run)


def _default(info: FieldInfo) -> str:
    if info.default_factory is not None:
        value: Any = info.default_factory()  # type: ignore[call-arg]
    else:
        value = info.default
    if isinstance(value, BaseModel):
        return ""
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return "" if value is None else str(value)


def _rows(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, str, str]]:
    for name, info in model.model_fields.items():
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _rows(annotation, (*prefix, name))
            continue
        yield env_name((*prefix, name)), _default(info), (info.description or "").replace("|", "\\|")


def reference_markdown() -> str:
    """A Markdown table of every setting: variable, default, meaning (the README embeds it)."""
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    lines += [
        f"| `{var}` | {f'`{default}`' if default else '(unset)'} | {text} |" for var, default, text in _rows(Settings)
    ]
    lines.append("")
    aliases = ", ".join(f"`{name}`" for name in SEED_ALIASES)
    lines.append(f"The seed's names {aliases} are the canonical spelling of the two evidence sizes.")
    return "\n".join(lines)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the settings as indented JSON, or the variable reference as Markdown."""
    if args.markdown:
        print(reference_markdown())
        return 0
    print(orjson.dumps(settings.redacted(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode())
    return 0
