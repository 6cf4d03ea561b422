"""Scoring judgements against expected labels: accuracy, confusion, precision and recall per light and critic.

Shared by ``eleanor-streams evaluate FILE --report``, ``eleanor-streams critics`` and the corpus tests, so
every figure is computed one way. A critic *fires* when its finding is VIOLATION or worse (score >= 0.45)
or it raises a TIER clause: a WARNING is carried in the verdict but decides nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from streams.models import Judgement
from streams.models.critics import CRITICS

__all__ = ["LIGHTS", "Labelled", "fired", "render", "score"]

LIGHTS = ("GREEN", "AMBER", "RED")


@dataclass(frozen=True, slots=True)
class Labelled:
    """One judged case: what was expected and what came out."""

    expected_light: str
    expected_critics: frozenset[str]
    light: str
    fired: frozenset[str]
    source: str = ""


def fired(judgement: Judgement) -> frozenset[str]:
    """Critics that fired: VIOLATION or worse, or a TIER clause."""
    return frozenset(
        f.critic
        for f in judgement.findings
        if f.label in ("VIOLATION", "CRITICAL") or any(c.startswith("TIER_") for c in f.clauses)
    )


def _pr(tp: int, fp: int, fn: int) -> dict[str, Any]:
    return {
        "n": tp + fn,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
    }


def score(rows: Sequence[Labelled], critics: Iterable[str] = CRITICS) -> dict[str, Any]:
    """Accuracy, confusion (expected -> got), per-light and per-critic precision/recall, per-source accuracy."""
    n = len(rows)
    out: dict[str, Any] = {
        "n": n,
        "accuracy": round(sum(r.light == r.expected_light for r in rows) / n, 4) if n else 0.0,
    }
    confusion = Counter((r.expected_light, r.light) for r in rows)
    out["confusion"] = {e: {g: confusion[(e, g)] for g in LIGHTS} for e in LIGHTS}
    out["lights"] = {
        light: _pr(
            sum(r.expected_light == light and r.light == light for r in rows),
            sum(r.expected_light != light and r.light == light for r in rows),
            sum(r.expected_light == light and r.light != light for r in rows),
        )
        for light in LIGHTS
    }
    out["critics"] = {
        critic: _pr(
            sum(critic in r.expected_critics and critic in r.fired for r in rows),
            sum(critic not in r.expected_critics and critic in r.fired for r in rows),
            sum(critic in r.expected_critics and critic not in r.fired for r in rows),
        )
        for critic in critics
    }
    sources = sorted({r.source for r in rows if r.source})
    if len(sources) > 1:
        out["sources"] = {}
        for source in sources:
            part = [r for r in rows if r.source == source]
            out["sources"][source] = {
                "n": len(part),
                "accuracy": round(sum(r.light == r.expected_light for r in part) / len(part), 4),
                "RED_recall": score(part, ())["lights"]["RED"]["recall"],
                "GREEN_precision": score(part, ())["lights"]["GREEN"]["precision"],
            }
    return out


def render(report: dict[str, Any], title: str) -> list[str]:
    """The report as readable lines."""
    lines = [f"{title}: {report['n']} cases, light accuracy {report['accuracy']:.3f}"]
    lines.append("confusion (rows expected, columns judged): " + "  ".join(f"{g:>6}" for g in LIGHTS))
    for e in LIGHTS:
        lines.append(f"  {e:<6}" + "".join(f"{report['confusion'][e][g]:>8}" for g in LIGHTS))
    lines.append(f"{'light':<12}{'n':>6}{'precision':>11}{'recall':>8}")
    for light, m in report["lights"].items():
        lines.append(f"{light:<12}{m['n']:>6}{m['precision']:>11.3f}{m['recall']:>8.3f}")
    if report["critics"]:
        lines.append(f"{'critic':<12}{'n':>6}{'precision':>11}{'recall':>8}")
        for critic, m in report["critics"].items():
            lines.append(f"{critic:<12}{m['n']:>6}{m['precision']:>11.3f}{m['recall']:>8.3f}")
    for source, m in report.get("sources", {}).items():
        lines.append(
            f"source {source:<10} n {m['n']:>5}  accuracy {m['accuracy']:.3f}  RED recall {m['RED_recall']:.3f}"
            f"  GREEN precision {m['GREEN_precision']:.3f}"
        )
    return lines
