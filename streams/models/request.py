"""The request: one model interaction to judge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["JUDGED_CONTEXT_FIELDS", "ModelRef", "ProposedAction", "Request", "SourceRef"]

# The only context fields critics may read; with prompt, response, policy profile and proposed action they
# determine the judgement (and so the cache key). Ids and timestamps never do.
JUDGED_CONTEXT_FIELDS = ("domain", "jurisdiction", "user_role", "risk_tier", "vulnerable_user")


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a message came from: topic, partition and offset."""

    topic: str
    partition: int
    offset: int


@dataclass(frozen=True, slots=True)
class ModelRef:
    """The model that produced the response."""

    id: str
    version: str | None = None


@dataclass(frozen=True, slots=True)
class ProposedAction:
    """An action the model proposes to take (tool call, transaction, ...)."""

    type: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Request:
    """A model interaction as published by an application (contract: schemas/request.v1.json).

    ``timestamp`` is seconds since the epoch (UTC) when the application saw the interaction.
    ``context`` keeps every field the producer sent; critics read ``domain``, ``jurisdiction``,
    ``user_role``, ``risk_tier`` and ``vulnerable_user`` from it.
    """

    request_id: str
    prompt: str
    response: str = ""
    tenant: str = "default"
    timestamp: float | None = None
    model: ModelRef | None = None
    context: dict[str, Any] = field(default_factory=dict)
    policy_profile: str | None = None
    proposed_action: ProposedAction | None = None

    @property
    def domain(self) -> str:
        """The context's domain, lower-cased ('' when absent)."""
        value = self.context.get("domain")
        return value.lower() if isinstance(value, str) else ""

    def judged_content(self) -> dict[str, Any]:
        """Exactly what determines the judgement of this request: the cache key is built from it."""
        return {
            "prompt": self.prompt,
            "response": self.response,
            "context": {k: self.context[k] for k in JUDGED_CONTEXT_FIELDS if k in self.context},
            "policy_profile": self.policy_profile,
            "proposed_action": (
                {"type": self.proposed_action.type, "params": self.proposed_action.params}
                if self.proposed_action
                else None
            ),
        }
