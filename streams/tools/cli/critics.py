"""``eleanor-streams critics``: train the critic model, check the shipped artifact, report on the corpus.

- ``critics train [--seed N] [--check] [--out DIR]``: train from ``tests/corpus`` (the ``train`` extra is
  needed). Without ``--out`` the artifact inside the package is replaced; ``--check`` trains into a
  temporary folder and exits 1 unless the result is bit for bit the shipped artifact.
- ``critics report [--split dev|test|all|outside] [--mode semantic|lexicon] [--json]``: judge a corpus split
  (or ``outside``: the outside authors' set, ``OUTSIDE_FILES``) with the full judging step (no precedent) and
  print confusion, accuracy, per-light, per-critic and per-source figures. The test split and the outside
  set are for reporting only: no choice is made on them.
- ``critics cross-author [--source hand_a ...]``: for each author (default: every ``HAND_SOURCES`` file
  present), train without that author's cases (none of their splits is seen for fitting or choosing), then
  judge all of that author's cases: an estimate of how the model does on text written by someone it never read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from streams.config import Settings
from streams.critics.corpus import HAND_SOURCES, OUTSIDE_FILES

__all__ = ["judge_cases", "register", "run_cross_author", "run_report", "run_train"]


def judge_cases(cases: Sequence[Any], evaluator: Any) -> dict[str, Any]:
    """Judge corpus cases in windows of 1,000 (no precedent) and score them."""
    from streams.critics.report import Labelled, fired, score

    rows = []
    for start in range(0, len(cases), 1_000):
        part = cases[start : start + 1_000]
        for case, judgement in zip(part, evaluator.judge_batch([c.request for c in part]), strict=True):
            rows.append(Labelled(case.light, case.critics, judgement.light, fired(judgement), case.source))
    return score(rows)


def _evaluator(settings: Settings, mode: str, artifact: Path | None = None) -> Any:
    from streams.critics import build_mode, mode_ruleset_version
    from streams.critics.model import ARTIFACT_DIR
    from streams.embedding import shared_wordllama
    from streams.engine import Evaluator

    embedder = shared_wordllama()
    directory = artifact or ARTIFACT_DIR
    critics = build_mode(settings.critics.enabled, mode, embedder, directory)  # type: ignore[arg-type]
    return Evaluator(critics, mode_ruleset_version(mode, directory), embedder=embedder)  # type: ignore[arg-type]


def _with_pinned_kernels(argv: list[str]) -> None:
    """Unless this process runs with the pinned CPU kernels, run ``eleanor-streams *argv`` in its place with
    them (numpy and OpenBLAS choose their kernels when they load, so only a new process can change them)."""
    from streams.critics.kernels import kernels_pinned, pinned_env

    if not kernels_pinned():
        sys.stdout.flush()
        os.execve(sys.executable, [sys.executable, "-m", "streams.tools.cli.main", *argv], pinned_env())  # noqa: S606 - fixed argv


def run_train(args: argparse.Namespace, settings: Settings) -> int:
    """Train (or check) the artifact."""
    _with_pinned_kernels(
        ["critics", "train", "--seed", str(args.seed)]
        + (["--check"] if args.check else [])
        + (["--out", str(args.out)] if args.out is not None else [])
    )
    from streams.critics.model import ARTIFACT_DIR, artifact_hash
    from streams.critics.train import train

    if args.check:
        shipped = artifact_hash(ARTIFACT_DIR)
        with tempfile.TemporaryDirectory() as tmp:
            result = train(Path(tmp), seed=args.seed)
        same = result.digest == shipped
        verdict = "identical" if same else "DIFFERENT"
        print(f"trained {result.digest} in {result.seconds:.1f} s; shipped {shipped}: {verdict}")
        return 0 if same else 1
    result = train(args.out or ARTIFACT_DIR, seed=args.seed)
    metrics = result.manifest["metrics"]
    print(f"artifact {result.directory} hash {result.digest} in {result.seconds:.1f} s")
    print(f"thresholds {result.manifest['thresholds']}")
    for split in ("dev", "test"):
        m = metrics[split]
        print(
            f"{split}: accuracy {m['accuracy']:.3f}, RED recall {m['RED']['recall']:.3f}, "
            f"GREEN precision {m['GREEN']['precision']:.3f} (model light before floors and precedent)"
        )
    return 0


def run_report(args: argparse.Namespace, settings: Settings) -> int:
    """Judge a corpus split and print the report."""
    from streams.critics.corpus import load_corpus
    from streams.critics.report import render

    if args.split == "outside":
        cases = load_corpus(files=OUTSIDE_FILES).cases
    else:
        corpus = load_corpus()
        cases = corpus.cases if args.split == "all" else corpus.split(args.split)
    report = judge_cases(cases, _evaluator(settings, args.mode))
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print("\n".join(render(report, f"{args.split} split, {args.mode} critics")))
    return 0


def run_cross_author(args: argparse.Namespace, settings: Settings) -> int:
    """Train without each named source and judge that source's cases."""
    _with_pinned_kernels(
        ["critics", "cross-author"]
        + [f"--source={source}" for source in args.source or []]
        + (["--json"] if args.json else [])
    )
    from streams.critics.corpus import load_corpus
    from streams.critics.report import render
    from streams.critics.train import train

    corpus = load_corpus()
    out: dict[str, Any] = {}
    present = {c.source for c in corpus.cases}
    for source in args.source or [s for s in HAND_SOURCES if s in present]:
        held = [c for c in corpus.cases if c.source == source]
        with tempfile.TemporaryDirectory() as tmp:
            train(Path(tmp), corpus=corpus, exclude_sources=(source,))
            out[source] = judge_cases(held, _evaluator(settings, "semantic", Path(tmp)))
        if not args.json:
            print("\n".join(render(out[source], f"cross-author: trained without {source}, judged on all of it")))
    if args.json:
        print(json.dumps(out, indent=1))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``critics`` command and its subcommands."""
    parser = sub.add_parser("critics", help="train, check and measure the learned critics")
    inner = parser.add_subparsers(dest="critics_command", metavar="SUBCOMMAND")
    inner.required = True
    train = inner.add_parser("train", help="train the critic model from tests/corpus (needs the 'train' extra)")
    train.add_argument("--seed", type=int, default=0, help="seed recorded in the manifest")
    train.add_argument("--check", action="store_true", help="train into a temporary folder; exit 1 unless identical")
    train.add_argument("--out", type=Path, default=None, help="folder to write (default: the package's artifact)")
    train.set_defaults(func=run_train)
    report = inner.add_parser("report", help="judge a corpus split and print precision/recall")
    report.add_argument(
        "--split",
        choices=("dev", "test", "all", "outside"),
        default="test",
        help="a corpus split, the whole corpus, or the outside authors' evaluation set (never trained on)",
    )
    report.add_argument("--mode", choices=("semantic", "lexicon"), default="semantic")
    report.add_argument("--json", action="store_true", help="the report as JSON")
    report.set_defaults(func=run_report)
    cross = inner.add_parser("cross-author", help="train without one author's cases and judge them")
    cross.add_argument(
        "--source", action="append", choices=(*HAND_SOURCES, "public", "project"), help="default: every author"
    )
    cross.add_argument("--json", action="store_true", help="the reports as JSON")
    cross.set_defaults(func=run_cross_author)
