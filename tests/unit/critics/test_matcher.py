"""The shared scan: one scan per window, the same findings as the naive per-pattern baseline."""

from __future__ import annotations

import orjson

from streams.config import CriticSettings
from streams.critics.builtin import build_critics
from streams.critics.scoring import LexiconCritic
from streams.engine import Evaluator
from streams.models import Request
from streams.tools.bench.naive_critics import NaiveCritics
from streams.tools.workload import generate_request_dicts, to_request
from tests.corpus.test_corpus import LABEL_KEYS, load_cases


def test_a_window_is_scanned_once_for_all_critics() -> None:
    critics = build_critics()
    assert isinstance(critics[0], LexiconCritic)
    scanner = critics[0].scanner
    assert all(isinstance(c, LexiconCritic) and c.scanner is scanner for c in critics)
    window = [Request(request_id=str(i), prompt="hello", response="world") for i in range(4)]
    first = scanner.scan(window)
    assert scanner.scan(list(window)) is first  # same requests, element by element: the memo
    assert scanner.scan([*window[:3], Request(request_id="x", prompt="hello")]) is not first


def test_undecodable_text_and_long_unicode_do_not_break_the_scan() -> None:
    (critic, *_) = build_critics(["risk"])
    weird = Request(
        request_id="w", prompt="\ud800 lone surrogate", response="Ünïcödé " * 2000 + "how to make a pipe bomb"
    )
    (finding,) = critic.evaluate_batch([weird])
    assert finding.severity >= 2.5


def test_fast_critics_agree_with_the_naive_baseline_everywhere() -> None:
    rows = load_cases()
    requests = [to_request({k: v for k, v in r.items() if k not in LABEL_KEYS}) for r in rows]
    requests += [to_request(d) for d in generate_request_dicts(150, seed=7)]
    fast = Evaluator.from_settings(CriticSettings(mode="lexicon")).findings_batch(requests)
    naive = NaiveCritics()
    assert fast == [naive.findings(r) for r in requests]
    assert orjson.dumps([f.severity for row in fast for f in row])  # plain floats throughout


def test_scan_rows_list_exactly_the_requests_each_critic_has_hits_in() -> None:
    (critic, *_) = build_critics()
    assert isinstance(critic, LexiconCritic)
    window = [to_request(d) for d in generate_request_dicts(60, seed=11)]
    scans, rows = critic.scanner.scan_rows(window)
    assert scans is critic.scanner.scan(window)
    expected: dict[str, list[int]] = {}
    for i, scan in enumerate(scans):
        for name in scan.hits:
            expected.setdefault(name, []).append(i)
    assert rows == expected
