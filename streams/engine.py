"""The evaluation core's entry point: embedding, critics over a window, then aggregation per request.

``Evaluator`` is pure: plain requests in, vectors, findings or judgements out. It holds the window's one
embedder: :meth:`Evaluator.embed` embeds every prompt and response of a window once, and those vectors feed
the learned critics (:meth:`Evaluator.findings_batch`) and precedent retrieval alike. The pipeline embeds
in a worker thread, then runs the critics and retrieval concurrently on the same vectors and aggregates
each request with its precedent summary; :meth:`Evaluator.judge_batch` does all of it in one call
(offline judging, benchmarks) and takes the precedent summaries when a caller has them.

Aggregation memo. Most traffic is clean, and the learned critics hand out their sub-threshold findings
from a small table of shared objects, so the findings of clean requests are the *same objects*.
:meth:`Evaluator.aggregate` remembers judgements keyed by the identity of the finding objects (it holds
references, so an identity cannot be reused while remembered) and by the *value* of the precedent summary:
the pipeline builds a new summary per request, and equal summaries (typically "novel") must hit as they
do in a benchmark that passes one shared object. Aggregation is deterministic, so a hit returns exactly
what aggregating again would.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any

from streams.aggregation import aggregate
from streams.config import CriticSettings
from streams.critics import Critic, build_mode, mode_ruleset_version, run_critics
from streams.critics.plugins import load_plugins, plugin_ruleset_version
from streams.embedding import TextVectors, embed_window, shared_wordllama
from streams.errors import ConfigError, PrecedentError
from streams.models import Finding, Judgement, PrecedentSummary, Request

__all__ = ["Evaluator"]

_NO_PRECEDENT = PrecedentSummary.none()
MEMO_SIZE = 512


class Evaluator:
    """Runs a fixed list of critics and aggregates their findings, stamping ``ruleset_version``.

    ``memo_size`` bounds the judgement memo (0 disables it); ``timeout_s`` bounds each non-inline critic
    per window (a critic over the limit is reported as errored for that window); ``embedder`` embeds the
    windows (default: the process's shared wordllama embedder, loaded on first use).
    """

    def __init__(
        self,
        critics: Sequence[Critic],
        ruleset_version: str,
        memo_size: int = MEMO_SIZE,
        timeout_s: float | None = None,
        embedder: Any = None,
    ) -> None:
        names = [c.name for c in critics]
        if len(set(names)) != len(names):
            raise ConfigError(f"critic names must be unique, got {names}")
        self.critics: tuple[Critic, ...] = tuple(critics)
        self.ruleset_version = ruleset_version
        self._memo_size = memo_size
        self.timeout_s = timeout_s
        self._embedder = embedder
        self._uses_vectors = any(getattr(c, "uses_vectors", False) for c in critics)
        self._memo: dict[tuple[object, ...], tuple[tuple[Finding, ...], Judgement]] = {}

    @classmethod
    def from_settings(cls, settings: CriticSettings, embedder: Any = None) -> Evaluator:
        """The built-in critics named in ``settings.enabled``, in ``settings.mode``, with its ruleset version."""
        if not settings.enabled:
            raise ConfigError("ELEANOR_CRITICS__ENABLED: at least one critic must be enabled")
        if embedder is None:
            embedder = shared_wordllama()
        critics = [*build_mode(settings.enabled, settings.mode, embedder), *load_plugins(settings.plugins)]
        version = plugin_ruleset_version(mode_ruleset_version(settings.mode), settings.plugins)
        return cls(critics, version, timeout_s=settings.timeout_s, embedder=embedder)

    @property
    def critic_names(self) -> tuple[str, ...]:
        """Names of the critics, in the order their findings appear."""
        return tuple(c.name for c in self.critics)

    @cached_property
    def embedder(self) -> Any:
        """The embedder of every window (the shared wordllama one unless another was given)."""
        if self._embedder is not None:
            return self._embedder
        return shared_wordllama()

    def embed(self, requests: Sequence[Request]) -> TextVectors:
        """The window's vectors: each prompt and response embedded once (shared by critics and precedent)."""
        return embed_window(self.embedder, requests)

    def findings_batch(
        self, requests: Sequence[Request], vectors: TextVectors | None = None
    ) -> list[tuple[Finding, ...]]:
        """Per request, one finding per critic (errored findings for a critic that failed).

        ``vectors`` are the window's embeddings from :meth:`embed`; without them the window is embedded here
        (only when a critic reads vectors).
        """
        if not requests:
            return []
        if vectors is None and self._uses_vectors:
            vectors = self.embed(requests)
        return run_critics(self.critics, requests, self.timeout_s, vectors)

    def judge_batch(
        self,
        requests: Sequence[Request],
        precedents: Sequence[PrecedentSummary] | None = None,
        vectors: TextVectors | None = None,
    ) -> list[Judgement]:
        """Findings and aggregation for a window; ``precedents`` aligned with ``requests`` (default: none)."""
        if precedents is not None and len(precedents) != len(requests):
            raise PrecedentError(f"{len(precedents)} precedent summaries for {len(requests)} requests")
        findings = self.findings_batch(requests, vectors)
        if precedents is None:
            return [self.aggregate(f, _NO_PRECEDENT) for f in findings]
        return [self.aggregate(f, p) for f, p in zip(findings, precedents, strict=True)]

    def aggregate(self, findings: tuple[Finding, ...], precedent: PrecedentSummary) -> Judgement:
        """``aggregation.aggregate`` stamped with this ruleset, remembered for recurring findings (see module)."""
        if not self._memo_size:
            return aggregate(findings, precedent, self.ruleset_version)
        key = (*map(id, findings), precedent)
        hit = self._memo.get(key)
        if hit is not None:
            return hit[1]
        judgement = aggregate(findings, precedent, self.ruleset_version)
        if len(self._memo) >= self._memo_size:
            self._memo.clear()
        self._memo[key] = (findings, judgement)  # the references keep the ids unique
        return judgement
