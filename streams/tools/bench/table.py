"""The README's performance table, generated from a results file (``make bench`` writes both).

Every figure in the table is read from the results file; nothing is typed by hand. Goals are the
project's targets for each ratio (not measurements); the table says whether the recorded run met them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from streams.errors import EleanorError
from streams.tools.bench.record import RESULTS_FILE, read_results

__all__ = ["END", "GOALS", "START", "markdown", "render_readme", "replace_block"]

START, END = "<!-- bench-table:start -->", "<!-- bench-table:end -->"

# benchmark -> (lowest ratio that meets the goal, how the goal reads)
GOALS: dict[str, tuple[float, str]] = {
    "critics": (10.0, "≥ 10x"),
    "keys": (5.0, "≥ 5x"),
    "cache": (10.0, "≥ 10x"),
    "precedents": (5.0, "≥ 5x"),
    "evidence": (100.0, "≥ 100x"),
    "sizer": (1.3, "≥ 1.3x"),
    "e2e": (0.15, "≥ 0.15x"),
}


def _n(value: Any, digits: int = 0) -> str:
    if value is None:
        return "-"
    if isinstance(value, int | float):
        return f"{value:,.{digits}f}"
    return str(value)


def _r(value: Any) -> str:
    if not isinstance(value, int | float):
        return "-"
    return f"{value:,.2f}x" if value < 100 else f"{value:,.0f}x"


def _get(details: dict[str, Any], *path: str) -> Any:
    node: Any = details
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _critics(d: dict[str, Any]) -> list[str]:
    out = [f"window {w}: {_n(rate)}/s" for w, rate in (_get(d, "windows") or {}).items()]
    for key, value in d.items():
        if key.startswith("without_judgement_memo"):
            out.append(f"{key.replace('_', ' ')}: {_n(value)}/s")
    if "identical_findings_to_baseline" in d:
        out.append(f"identical findings to baseline: {d['identical_findings_to_baseline']}")
    return out


def _keys(d: dict[str, Any]) -> list[str]:
    return [
        f"hash alone (xxh3_128 vs SHA-256 over pre-built bytes): {_r(_get(d, 'hash_only_ratio'))}",
        f"canonicalisation share of an xxh3 key: {_n((_get(d, 'canonicalisation_share_of_xxh3_key') or 0) * 100)} %",
    ]


def _cache(d: dict[str, Any]) -> list[str]:
    return [
        f"writes {_r(_get(d, 'write_ratio'))}, reads {_r(_get(d, 'read_ratio'))}",
        f"redis-py's own Pipeline + MGET vs its single commands: {_r(_get(d, 'redis_py', 'batch_vs_single_ratio'))}",
    ]


def _precedents(d: dict[str, Any]) -> list[str]:
    out = [f"exact index: {_r(_get(d, 'exact_ratio'))}"]
    scaling = _get(d, "scaling") or {}
    if scaling:
        p95 = " / ".join(f"{_n(point.get('p95_ms'), 1)}" for point in scaling.values())
        out.append(f"p95 of a window at {' / '.join(scaling)} cases: {p95} ms (growth {_r(_get(d, 'p95_growth'))})")
        recall = " / ".join(_n(point.get("recall_above_threshold"), 2) for point in scaling.values())
        out.append(f"recall above threshold: {recall}")
    return out


def _evidence(d: dict[str, Any]) -> list[str]:
    return [f"{_n(_get(d, 'rows'))} rows on both sides; batch size {_n(_get(d, 'batch_size'))}"]


def _sizer(d: dict[str, Any]) -> list[str]:
    return [
        f"best fixed size of the fine sweep: {_get(d, 'best_fixed')}",
        f"vs the best of the coarse ladder {_get(d, 'coarse_ladder', 'sizes')}: "
        f"{_r(_get(d, 'coarse_ladder', 'ratio'))} ({_get(d, 'coarse_ladder', 'best')})",
        f"jump after half the time instead of half the events: {_r(_get(d, 'jump_by_time', 'ratio'))}"
        f" (vs {_get(d, 'jump_by_time', 'best_fixed')})",
        f"a smaller x{_get(d, 'small_jump', 'jump')} jump: {_r(_get(d, 'small_jump', 'ratio'))}"
        f" (vs {_get(d, 'small_jump', 'best_fixed')})",
        "a simulation with chosen costs, not a measurement of the pipeline",
    ]


def _e2e(d: dict[str, Any]) -> list[str]:
    out = [
        f"vs a naive per-event agent: {_r(_get(d, 'vs_naive'))} ({_get(d, 'naive_sample')}; goal ≥ 10x)",
        f"window latency p50 / p99: {_n(_get(d, 'p50_window_ms'))} / {_n(_get(d, 'p99_window_ms'))} ms",
        f"CPU per event: {_n(_get(d, 'pipeline_cpu_us_per_event'))} µs; peak RSS {_n(_get(d, 'peak_rss_mb'))} MB",
    ]
    runs: dict[str, dict[str, Any]] = _get(d, "workers") or {}
    if runs:
        rss = [_get(run, "worker_peak_rss_mb", "max") for run in runs.values()]
        out.append(
            f"{' / '.join(runs)} worker processes: {' / '.join(_n(r.get('per_s')) for r in runs.values())} events/s,"
            f" CPU {' / '.join(_n(r.get('cpu_us_per_event')) for r in runs.values())} µs per event, peak RSS of a"
            f" worker {_n(max((mb for mb in rss if isinstance(mb, int | float)), default=None))} MB"
        )
    return out


_BESIDE: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "critics": _critics,
    "keys": _keys,
    "cache": _cache,
    "precedents": _precedents,
    "evidence": _evidence,
    "sizer": _sizer,
    "e2e": _e2e,
}


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _row(result: dict[str, Any]) -> str:
    name = result["benchmark"]
    cand, base = result["candidate"], result["baseline"]
    goal = GOALS.get(name)
    met = "-" if goal is None else f"{goal[1]}: {'met' if result['ratio'] >= goal[0] else '**missed**'}"
    reading = _BESIDE.get(name)
    beside = "; ".join(reading(result.get("details") or {})) if reading is not None else ""
    cells = [
        f"`bench {name}`",
        f"{cand['label']}: {_n(cand['per_s'])}/s",
        f"{base['label']}: {_n(base['per_s'])}/s",
        f"{_n(cand.get('count'))} / {_n(base.get('count'))}",
        f"**{_r(result['ratio'])}**",
        met,
        beside,
        f"{_n(result['machine']['load_avg'][0], 2)} → {_n(result['machine'].get('load_avg_after', [None])[0], 2)}",
    ]
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def markdown(data: dict[str, Any]) -> str:
    """The performance table (and the line saying where it was measured) for a results file's content."""
    results: Sequence[dict[str, Any]] = data["results"]
    if not results:
        raise EleanorError("the bench results file holds no results")
    first = results[0]
    commit, box = first["commit"], first["machine"]
    dirty = " with uncommitted changes" if commit.get("dirty") else ""
    quick = any(r.get("quick") for r in results)
    lines = [
        f"Recorded by `{data.get('command', 'eleanor-streams bench')}` on commit `{(commit.get('sha') or '?')[:12]}`"
        f"{dirty}, {first['timestamp']} (UTC), in {_n(sum(r.get('seconds', 0) for r in results))} s;"
        f" machine: {box.get('cores_usable')} usable cores ({box.get('cpu')}), {_n(box.get('memory_gib'), 1)} GiB,"
        f" Python {box.get('python')}. Settings, machine and every detail: `{RESULTS_FILE}`."
        + (" **Quick run: tiny sizes, the figures mean little.**" if quick else ""),
        "",
        "| benchmark | candidate | baseline | outputs (candidate / baseline) | ratio | goal | beside it"
        " | load avg before → after |",
        "|---|---|---|---|---|---|---|---|",
        *(_row(r) for r in results),
    ]
    return "\n".join(lines)


def replace_block(text: str, table: str) -> str:
    """``text`` (the README) with the block between the table markers replaced by ``table``."""
    if START not in text or END not in text:
        raise EleanorError(f"README lacks the markers {START} … {END}")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table}\n{END}{tail}"


def render_readme(results_path: Path, readme: Path) -> None:
    """Rewrite the README's table block from the results file."""
    readme.write_text(replace_block(readme.read_text(encoding="utf-8"), markdown(read_results(results_path))))
