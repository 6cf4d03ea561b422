"""``eleanor-streams bench critics``: the whole judging step, batched, against the same work done per event.

Candidate: ``Evaluator.judge_batch`` in the default (semantic) mode, on windows of 1, 100 and 1,000
realistic ~1 KB requests from ``streams.workload``: embedding every prompt and response (wordllama),
the lexicon scan (one compiled Hyperscan scan) as features and evidence, the critic model (one matmul for
every head), findings, and aggregation — exactly what the pipeline's ``_judge`` does for cache misses,
minus precedent retrieval (measured by ``bench precedents``).
Baseline: ``NaiveCritics.judge_each_semantic``, one request at a time: embedded alone, scanned with one
``re.search`` per pattern, its feature row multiplied alone, aggregated alone; same model, and the run
checks that both produce the same findings.

Aggregation memo (issue 13): ``Evaluator.aggregate`` remembers judgements by finding identity and
precedent *value*; the pipeline builds a new "novel" summary per request and hits it just the same, so
the headline keeps it, and ``without_judgement_memo`` reports the same run with the memo off.
Requests are decoded before timing; each repetition decodes fresh objects so no per-window memo carries
over. Time is this process's CPU time; BLAS runs single-threaded (threadpoolctl) so that CPU time is
one core's work; the best of three repetitions is kept on both sides.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from streams.bench import BenchResult, Measured
from streams.bench.naive_critics import NaiveCritics
from streams.config import Settings
from streams.critics import build_mode, mode_ruleset_version
from streams.critics.model import load_model
from streams.embedding import shared_wordllama
from streams.engine import Evaluator
from streams.models import Request
from streams.workload import generate_request_dicts, to_request

__all__ = ["run"]

REPEATS = 3


def _decoded(dicts: Sequence[dict[str, Any]]) -> list[Request]:
    return [to_request(d) for d in dicts]


def _best_rate(dicts: Sequence[dict[str, Any]], work: Callable[[list[Request]], object]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        requests = _decoded(dicts)
        start = time.process_time()
        work(requests)
        best = min(best, time.process_time() - start)
    return len(dicts) / best if best > 0 else float("inf")


def _windows(evaluator: Evaluator, window: int) -> Callable[[list[Request]], object]:
    def go(requests: list[Request]) -> None:
        for start in range(0, len(requests), window):
            evaluator.judge_batch(requests[start : start + window])

    return go


def run(settings: Settings, quick: bool) -> BenchResult:
    """Measure candidate (per window size) and baseline side by side."""
    from threadpoolctl import threadpool_limits  # noqa: PLC0415 - installed with the 'train' extra only

    windows = (1, 10, 100) if quick else (1, 100, 1_000)
    events = 200 if quick else 10_000
    baseline_events = 20 if quick else 300
    dicts = generate_request_dicts(events, seed=2026, repeat_share=0.0, precedent_share=0.0)  # unique traffic

    start = time.perf_counter()
    embedder = shared_wordllama()
    critics = build_mode(settings.critics.enabled, "semantic", embedder)
    ruleset = mode_ruleset_version("semantic")
    compile_s = time.perf_counter() - start
    evaluator = Evaluator(critics, ruleset, embedder=embedder)
    with threadpool_limits(limits=1):
        evaluator.judge_batch(_decoded(dicts[:50]))  # warm-up: word table, lazy span patterns, allocator
        per_window = {w: _best_rate(dicts, _windows(evaluator, w)) for w in windows}
        largest = windows[-1]
        embed_only = _best_rate(dicts[:largest], evaluator.embed)
        findings_only = _best_rate(dicts[:largest], evaluator.findings_batch)
        no_memo = Evaluator(critics, ruleset, memo_size=0, embedder=embedder)
        without_memo = _best_rate(dicts, _windows(no_memo, largest))
        lexicon_critics = build_mode(settings.critics.enabled, "lexicon", embedder)
        lexicon = Evaluator(lexicon_critics, mode_ruleset_version("lexicon"), embedder=embedder)
        lexicon_rate = _best_rate(dicts, _windows(lexicon, largest))

        naive = NaiveCritics()
        judge = naive.semantic_judge(load_model(), embedder)
        sample = dicts[:baseline_events]
        baseline = _best_rate(sample, lambda rs: naive.judge_each_semantic(rs, judge, ruleset))
        batched = [j.findings for j in evaluator.judge_batch(_decoded(sample))]
        each = [j.findings for j in naive.judge_each_semantic(_decoded(sample), judge, ruleset)]
    same = batched == each
    differing = sum(a != b for a, b in zip(batched, each, strict=True))
    lights = Counter(j.light for j in evaluator.judge_batch(_decoded(dicts)))
    avg_chars = sum(len(to_request(d).prompt) + len(to_request(d).response) for d in dicts[:200]) / min(200, events)
    details: dict[str, Any] = {
        "events": events,
        "baseline_events": baseline_events,
        "windows": {str(w): round(rate, 1) for w, rate in per_window.items()},
        f"embedding_only_window_{largest}": round(embed_only, 1),
        f"findings_only_window_{largest}": round(findings_only, 1),
        f"without_judgement_memo_window_{largest}": round(without_memo, 1),
        f"lexicon_mode_window_{largest}": round(lexicon_rate, 1),
        "identical_findings_to_baseline": same,
        "requests_with_different_findings": differing,
        "lights": dict(lights),
        "avg_text_chars": round(avg_chars),
        "compile_s": round(compile_s, 3),
        "blas_threads": 1,
        "quick": quick,
    }
    return BenchResult(
        benchmark="critics",
        candidate=Measured(
            f"Evaluator.judge_batch (semantic, embedding included), window {largest}", per_window[largest]
        ),
        baseline=Measured(
            "per event: embed, re.search per pattern, model and aggregation one request at a time", baseline
        ),
        details=details,
    )
