"""``eleanor-streams precedents load/stats`` against the embedded ClickHouse."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.embedding import shared_wordllama
from streams.precedents.store import PrecedentStore
from streams.tools.cli.main import main

pytestmark = pytest.mark.clickhouse

WORDLLAMA = shared_wordllama().id  # the default embedding space: wordllama, glossing


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, clickhouse_dsn: str, clickhouse_db: str) -> None:
    monkeypatch.setenv("ELEANOR_CLICKHOUSE__DSN", clickhouse_dsn)
    monkeypatch.setenv("ELEANOR_CLICKHOUSE__DATABASE", clickhouse_db)


@pytest.mark.usefixtures("env")
def test_load_seed_then_file_then_stats(
    tmp_path: Path, clickhouse_client: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["precedents", "load", "--seed"]) == 0
    assert "loaded 210 cases from seed corpus" in capsys.readouterr().out
    path = tmp_path / "reviewed.jsonl"
    path.write_text(
        '{"case_id": "rev-1", "prompt": "Can I share my own medical record with my physiotherapist?",'
        ' "response": "Yes, you may share your own record.", "decision": "allow", "severities": {"privacy": 0.2}}\n'
    )
    assert main(["precedents", "load", str(path)]) == 0
    assert main(["precedents", "load", "--seed"]) == 0  # again: replaced, not duplicated
    capsys.readouterr()
    assert main(["precedents", "stats", "--json"]) == 0
    stats = orjson.loads(capsys.readouterr().out)
    assert stats["cases"] == 211
    assert stats["by_source"] == {"review": 1, "seed": 210}
    assert stats["by_embedder_id"] == {WORDLLAMA: 211}
    loaded = {c.case_id: c for c in PrecedentStore(clickhouse_client).load_all()}
    assert loaded["rev-1"].severities == {"privacy": pytest.approx(0.2)}


@pytest.mark.usefixtures("env")
def test_a_bad_line_fails_clearly_and_writes_nothing(
    tmp_path: Path, clickhouse_client: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"case_id": "ok", "prompt": "fine", "decision": "allow"}\n'
        '{"case_id": "bad", "prompt": "p", "decision": "approve"}\n'
    )
    assert main(["precedents", "load", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:2: decision 'approve' is not one of" in err
    assert main(["precedents", "stats"]) == 0
    assert "cases 0" in capsys.readouterr().out


@pytest.mark.usefixtures("env")
def test_load_with_another_embedder_rebuilds_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clickhouse_client: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ELEANOR_PRECEDENTS__EMBEDDER", "hashing")
    assert main(["precedents", "load", "--seed"]) == 0
    assert "rebuild" not in capsys.readouterr().out
    monkeypatch.delenv("ELEANOR_PRECEDENTS__EMBEDDER")  # the default: wordllama
    path = tmp_path / "reviewed.jsonl"
    path.write_text('{"case_id": "rev-1", "prompt": "Is it fine to water tomatoes daily?", "decision": "allow"}\n')
    assert main(["precedents", "load", str(path)]) == 0
    out = capsys.readouterr().out
    assert "loaded 1 cases" in out
    assert f"rebuild: re-embedded 210 cases (hash-v1-256: 210) with {WORDLLAMA} and rewrote them in the store" in out
    assert main(["precedents", "stats", "--json"]) == 0
    stats = orjson.loads(capsys.readouterr().out)
    assert stats["by_embedder_id"] == {WORDLLAMA: 211}
    assert {c.embedder_id for c in PrecedentStore(clickhouse_client).load_all()} == {WORDLLAMA}
