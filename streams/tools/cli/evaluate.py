"""``eleanor-streams evaluate FILE.jsonl [--json]``: judge requests from a file, without Kafka.

For trying a ruleset or checking policies in CI. Each non-empty line is one request (the wire format of
schemas/request.v1.json); ``-`` reads standard input. Requests are judged in windows by the same
``Evaluator`` the pipeline uses (no cache, no evidence).

Output: with ``--json`` one verdict JSON per line on stdout (schemas/verdict.v1.json) and the summary on
stderr; without it one readable line per request and a summary on stdout. A malformed line is reported on
stderr with its line number and DLQ reason code (``invalid_json``, ``missing_field:request_id``, ...),
counted, and skipped: it never stops the run.

With ``--report``, lines may carry expected labels (``expected_light``, ``expected_critics``, and optional
``tags``, ``source``, ``lang``, ``group``: the corpus format); they are set aside before decoding, and at the
end the confusion matrix, accuracy, per-light and per-critic precision/recall (and accuracy per ``source``
when there are several) are printed for the lines that carried ``expected_light``.

Exit code: 0 when the file was read to the end (malformed lines included); 1 when the file cannot be read;
2 for usage errors. With ``--fail-on AMBER|RED`` (a CI gate): 3 when any verdict is at least that light,
otherwise 4 when any line was malformed or nothing was judged at all (an empty or garbage file must not
pass the gate).

Precedent: each window is matched against decided cases like in the pipeline, through an in-memory index
(no ClickHouse): by default the seed corpus shipped in the package, ``--precedents FILE.jsonl`` for another
case file (the format of ``precedents load``), ``--no-precedents`` (or ``ELEANOR_PRECEDENTS__ENABLED=false``)
to judge without. The verdicts carry the precedent summary (novel, alignment, matches); the summary line
counts the requests that matched precedent. Each window is embedded once and the vectors go to both the
critics and precedent retrieval. ``judge_lines`` takes any ``precedents`` callable (a window of requests
and its vectors -> one summary each).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

import orjson

from streams import __version__
from streams.config import LimitSettings, Settings
from streams.critics.report import Labelled, fired, render, score
from streams.errors import DecodeError, EleanorError
from streams.models import PrecedentSummary, Request, Verdict
from streams.models.codec import decode_request
from streams.models.wire import encode_verdict

if TYPE_CHECKING:
    from streams.embedding import TextVectors
    from streams.engine import Evaluator
    from streams.precedents import PrecedentRetriever

__all__ = ["EvaluateSummary", "PrecedentLookup", "build_retriever", "judge_lines", "register", "run"]

WINDOW = 1_000
LIGHT_RANK = {"GREEN": 0, "AMBER": 1, "RED": 2}
PrecedentLookup = Callable[[Sequence[Request], "TextVectors"], Sequence[PrecedentSummary]]
LABEL_KEYS = ("expected_light", "expected_critics", "tags", "source", "lang", "group")


@dataclass(slots=True)
class EvaluateSummary:
    """What a run judged: verdicts per light, malformed lines per reason, elapsed time."""

    lights: Counter[str] = field(default_factory=Counter)
    malformed: Counter[str] = field(default_factory=Counter)
    elapsed_s: float = 0.0
    precedent_source: str | None = None  # None: judged without precedent
    with_precedent: int = 0  # verdicts whose request matched at least one decided case

    @property
    def judged(self) -> int:
        """Requests judged."""
        return sum(self.lights.values())

    def text(self) -> str:
        """One human line."""
        lights = ", ".join(f"{k} {self.lights[k]}" for k in LIGHT_RANK if self.lights[k])
        bad = sum(self.malformed.values())
        reasons = f" ({', '.join(f'{r} {n}' for r, n in sorted(self.malformed.items()))})" if bad else ""
        rate = self.judged / self.elapsed_s if self.elapsed_s > 0 else 0.0
        if self.precedent_source is None:
            precedent = "precedent off"
        else:
            precedent = f"precedent matched {self.with_precedent} ({self.precedent_source})"
        return (
            f"judged {self.judged}: {lights or 'none'}; malformed {bad}{reasons}; {precedent}; {rate:,.0f} requests/s"
        )


def _numbered(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip(b"\r\n")
        if line.strip():
            yield number, line


def judge_lines(
    lines: Iterable[bytes],
    evaluator: Evaluator,
    limits: LimitSettings,
    *,
    precedents: PrecedentLookup | None = None,
    on_malformed: Callable[[int, DecodeError], None] | None = None,
    window: int = WINDOW,
) -> Iterator[tuple[int, Verdict]]:
    """Decode, judge in windows and yield ``(line number, verdict)`` in input order.

    Malformed lines go to ``on_malformed`` (line number, the decode error with its DLQ reason).
    """
    pending: list[tuple[int, Request]] = []
    # latency_ms means what the pipeline stamps: the time spent evaluating the request's window (decoding
    # its lines, precedent, critics), the same for every request of the window.
    decode_s = 0.0

    def flush() -> Iterator[tuple[int, Verdict]]:
        nonlocal decode_s
        requests = [r for _, r in pending]
        start = time.perf_counter()
        vectors = evaluator.embed(requests)  # one embedding per text, for critics and precedent
        summaries = precedents(requests, vectors) if precedents is not None else None
        judgements = evaluator.judge_batch(requests, summaries, vectors)
        latency_ms = (decode_s + time.perf_counter() - start) * 1000.0
        decode_s = 0.0
        window_id = f"offline-{pending[0][0]}+{len(requests)}"
        now = time.time()
        for (number, request), judgement in zip(pending, judgements, strict=True):
            yield (
                number,
                Verdict(
                    request_id=request.request_id,
                    tenant=request.tenant,
                    judgement=judgement,
                    engine_version=__version__,
                    window_id=window_id,
                    source=None,
                    latency_ms=latency_ms,
                    evaluated_at=now,
                    request_timestamp=request.timestamp,
                ),
            )
        pending.clear()

    for number, line in _numbered(lines):
        began = time.perf_counter()
        try:
            pending.append((number, decode_request(line, limits)))
        except DecodeError as exc:
            if on_malformed is not None:
                on_malformed(number, exc)
            continue
        finally:
            decode_s += time.perf_counter() - began
        if len(pending) >= window:
            yield from flush()
    if pending:
        yield from flush()


def _unlabelled(lines: Iterable[bytes], labels: dict[int, tuple[str, frozenset[str], str]]) -> Iterator[bytes]:
    """The lines with their expected labels set aside in ``labels`` (by line number, as ``judge_lines`` counts)."""
    for number, raw in enumerate(lines, start=1):
        try:
            row = orjson.loads(raw)
        except orjson.JSONDecodeError:
            yield raw  # reported as malformed by judge_lines
            continue
        if isinstance(row, dict) and "expected_light" in row:
            labels[number] = (
                str(row["expected_light"]),
                frozenset(row.get("expected_critics") or ()),
                str(row.get("source") or ""),
            )
            yield orjson.dumps({k: v for k, v in row.items() if k not in LABEL_KEYS}) + b"\n"
        else:
            yield raw


def _readable(verdict: Verdict) -> str:
    j = verdict.judgement
    flagged = [f"{f.critic}={f.severity:.2f}({f.label})" for f in j.findings if f.errored or f.label not in ("INFO",)]
    tier = "" if j.escalation_tier == "none" else f" {j.escalation_tier}"
    best = j.precedent.matches[0] if j.precedent.matches else None
    precedent = f" precedent={best.case_id}({best.decision}, {best.similarity:.2f})" if best else ""
    return f"{verdict.request_id:<28} {j.light:<5} {j.decision:<17}{tier:<8} {' '.join(flagged) or '-'}{precedent}"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``evaluate`` subcommand."""
    parser = sub.add_parser("evaluate", help="judge requests from a JSONL file without Kafka")
    parser.add_argument("file", help="JSONL file, one request per line ('-' for stdin)")
    parser.add_argument("--json", action="store_true", help="one verdict JSON per line on stdout")
    parser.add_argument(
        "--fail-on",
        choices=("AMBER", "RED"),
        default=None,
        help="exit 3 if any verdict is at least this light, else 4 if a line was malformed or nothing was judged",
    )
    cases = parser.add_mutually_exclusive_group()
    cases.add_argument(
        "--precedents",
        type=Path,
        metavar="FILE.jsonl",
        help="decided cases to match against (default: the seed corpus shipped in the package)",
    )
    cases.add_argument("--no-precedents", action="store_true", help="judge without precedent")
    parser.add_argument(
        "--report",
        action="store_true",
        help="lines carry expected labels (corpus format): print confusion, accuracy, per-light/critic "
        "precision/recall",
    )
    parser.set_defaults(func=run)


def build_retriever(settings: Settings, path: Path | None = None) -> PrecedentRetriever:
    """An in-memory precedent retriever over the cases of ``path`` (default: the shipped seed corpus).

    Same embedder, neighbour count and threshold as the pipeline (from the precedent settings); no store.
    Raises PrecedentError for an unreadable or invalid case file.
    """
    from streams.precedents import AutoIndex, PrecedentRetriever, make_embedder, read_jsonl

    cases = read_jsonl(path)
    embedder = make_embedder(settings.precedents)
    p = settings.precedents
    retriever = PrecedentRetriever(embedder, AutoIndex(embedder.dim, threads=p.threads), k=p.k, threshold=p.threshold)
    retriever.index_cases(cases)
    return retriever


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Judge the file and print verdicts; see the module docstring for output and exit codes."""
    from streams.engine import Evaluator

    out: IO[str] = sys.stdout
    err: IO[str] = sys.stderr
    summary = EvaluateSummary()

    def malformed(number: int, exc: DecodeError) -> None:
        summary.malformed[exc.reason] += 1
        print(f"line {number}: malformed, DLQ reason {exc.reason}: {exc.detail}", file=err)

    evaluator = Evaluator.from_settings(settings.critics)
    lookup: PrecedentLookup | None = None
    if not args.no_precedents and (settings.precedents.enabled or args.precedents is not None):
        retriever = build_retriever(settings, args.precedents)

        def lookup(requests: Sequence[Request], vectors: TextVectors) -> Sequence[PrecedentSummary]:
            return retriever.retrieve_batch(requests, vectors=vectors)

        name = str(args.precedents) if args.precedents is not None else "seed corpus"
        summary.precedent_source = f"{len(retriever)} cases from {name}"
    try:
        handle = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115
    except OSError as exc:
        raise EleanorError(f"cannot read {args.file}: {exc.strerror}") from exc
    start = time.perf_counter()
    worst = -1
    labels: dict[int, tuple[str, frozenset[str], str]] = {}
    scored: list[Labelled] = []
    with handle:
        lines: Iterable[bytes] = _unlabelled(handle, labels) if args.report else handle
        for number, verdict in judge_lines(
            lines, evaluator, settings.limits, precedents=lookup, on_malformed=malformed
        ):
            if number in labels:
                light, critics, source = labels[number]
                scored.append(Labelled(light, critics, verdict.judgement.light, fired(verdict.judgement), source))
            light = verdict.judgement.light
            summary.lights[light] += 1
            summary.with_precedent += not verdict.judgement.precedent.novel
            worst = max(worst, LIGHT_RANK[light])
            if args.json:
                out.write(encode_verdict(verdict).decode() + "\n")
            else:
                print(_readable(verdict), file=out)
    summary.elapsed_s = time.perf_counter() - start
    print(f"ruleset {evaluator.ruleset_version}: {summary.text()}", file=err if args.json else out)
    if args.report:
        title = f"report ({settings.critics.mode} critics)"
        lines_out = render(score(scored), title) if scored else [f"{title}: no line carried expected_light"]
        print("\n".join(lines_out), file=err if args.json else out)
    if args.fail_on is None:
        return 0
    if worst >= LIGHT_RANK[args.fail_on]:
        return 3
    if summary.malformed or summary.judged == 0:
        return 4
    return 0
