"""The difference between what was decided then and what the current ruleset decides now. Pure."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Change", "ReplayDiff"]


@dataclass(frozen=True, slots=True)
class Change:
    """One request whose light or decision changed."""

    tenant: str
    request_id: str
    light_then: str
    light_now: str
    decision_then: str
    decision_now: str


@dataclass
class ReplayDiff:
    """Counts per light transition (``GREEN->RED``, ``GREEN=GREEN`` ...) and the first ``keep`` changes."""

    keep: int = 20
    transitions: Counter[str] = field(default_factory=Counter)
    changes: list[Change] = field(default_factory=list)
    judged: int = 0
    changed: int = 0
    without_then: int = 0

    def add(self, then: dict[str, Any] | None, now: dict[str, Any]) -> None:
        """Record one re-judged request (``then`` None: no verdict of it was found on the verdict topic)."""
        self.judged += 1
        if then is None:
            self.without_then += 1
            self.transitions[f"(none)->{now['light']}"] += 1
            return
        same = then["light"] == now["light"] and then["decision"] == now["decision"]
        arrow = "=" if then["light"] == now["light"] else "->"
        self.transitions[f"{then['light']}{arrow}{now['light']}"] += 1
        if not same:
            self.changed += 1
            if len(self.changes) < self.keep:
                self.changes.append(
                    Change(
                        now["tenant"], now["request_id"], then["light"], now["light"], then["decision"], now["decision"]
                    )
                )

    def render(self) -> str:
        """The human report."""
        lines = [
            f"re-judged {self.judged:,} request(s): {self.changed:,} changed,"
            f" {self.without_then:,} without a past verdict"
        ]
        lines.append("light transitions:")
        for name, count in sorted(self.transitions.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {name:<16} {count:,}")
        if self.changes:
            lines.append(f"first {len(self.changes)} changed request(s):")
            for c in self.changes:
                lines.append(
                    f"  {c.tenant}/{c.request_id}  {c.light_then}->{c.light_now}  {c.decision_then}->{c.decision_now}"
                )
        return "\n".join(lines)
