"""The user-facing commands: publish (file and generated), tail, and the one-command demo."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

from .helpers import REPO, WorkerProcess, settings_env, valid_request

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]


def cli(env: dict[str, str], *args: str, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "streams.tools.cli.main", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_publish_a_file_and_generated_requests_then_tail_the_verdicts(make_settings: Any, tmp_path: Path) -> None:
    settings = make_settings(create_topics=True, clickhouse={"dsn": f"chdb://{tmp_path / 'ch'}"})
    env = settings_env(settings)
    requests = tmp_path / "requests.jsonl"
    requests.write_bytes(b"\n".join(valid_request(f"file-{i}", i) for i in range(20)) + b"\n{broken\n")

    published = cli(env, "publish", str(requests))
    assert published.returncode == 0, published.stderr
    assert "published 21 messages" in published.stdout
    generated = cli(env, "publish", "--generate", "50", "--malformed", "0", "--repeats", "0.2", "--precedent-like", "0")
    assert generated.returncode == 0, generated.stderr
    assert "published 50 messages" in generated.stdout
    invalid = cli(env, "publish", "--generate", "5", "--repeats", "1.5")
    assert invalid.returncode == 1
    assert "repeat_share must be within 0..1" in invalid.stderr

    with WorkerProcess(settings, tmp_path / "worker.log") as worker:
        # --from-beginning: the verdicts may already be on the topic when tail starts
        tailed = cli(env, "tail", "--from-beginning", "--max", "70", "--timeout", "60", "--json")
        lines = cli(env, "tail", "--from-beginning", "--max", "3", "--timeout", "30")
        dead = cli(
            env, "tail", "--from-beginning", "--topic", settings.kafka.dlq_topic, "--max", "1", "--timeout", "30"
        )
        code = worker.terminate()
    assert code == 0, worker.log_text()[-3000:]
    verdicts = [orjson.loads(line) for line in tailed.stdout.splitlines()]
    assert len(verdicts) == 70
    assert {v["request_id"] for v in verdicts} >= {f"file-{i}" for i in range(20)}
    assert len(lines.stdout.splitlines()) == 3
    assert all(any(light in line for light in ("GREEN", "AMBER", "RED")) for line in lines.stdout.splitlines())
    assert "DLQ" in dead.stdout
    assert "invalid_json" in dead.stdout


def test_demo_accounts_for_every_request(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("ELEANOR_")}
    env["ELEANOR_DATA_DIR"] = str(tmp_path / "demo")
    done = cli(env, "demo", "--events", "600", timeout=240)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    out = done.stdout
    assert "accounted for          600 (all)" in out
    assert "GREEN" in out
    assert "dead letters (DLQ)" in out
    assert "worker ready: a warm-up request made the round trip" in out
    # the default traffic repeats earlier requests and resembles seed cases: both show in the summary
    cache_hits = re.search(r"^cache hits +([\d,]+) ", out, re.MULTILINE)
    matched = re.search(r"^precedent +([\d,]+) verdicts matched decided cases", out, re.MULTILINE)
    assert cache_hits is not None
    assert matched is not None
    assert int(cache_hits.group(1).replace(",", "")) > 0
    assert int(matched.group(1).replace(",", "")) > 0
    assert re.search(r"^window evaluation +p50 [\d,]+ ms", out, re.MULTILINE)
    assert "eleanor-streams db query" in out
    assert "local stack stopped" in out
