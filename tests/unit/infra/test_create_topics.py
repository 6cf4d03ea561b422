"""infra/kafka/create-topics.sh against a stand-in kafka-topics.sh that records calls and keeps topic state."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[3] / "infra" / "kafka" / "create-topics.sh"

# Mimics the parts of kafka-topics.sh the script uses: --list, --describe, --create, --alter.
FAKE_TOOL = r"""#!/usr/bin/env bash
state="$FAKE_STATE"; log="$FAKE_LOG"
echo "$*" >> "$log"
topic=""; partitions=""; action=""
while (( $# )); do
  case "$1" in
    --topic) topic="$2"; shift ;;
    --partitions) partitions="$2"; shift ;;
    --list|--describe|--create|--alter) action="$1" ;;
  esac
  shift
done
touch "$state"
case "$action" in
  --list) cut -d' ' -f1 "$state" ;;
  --describe)
    line=$(grep "^$topic " "$state") || { echo "Topic '$topic' does not exist" >&2; exit 1; }
    echo "Topic: $topic	TopicId: x	PartitionCount: ${line#* }	ReplicationFactor: 1	Configs:" ;;
  --create) echo "$topic $partitions" >> "$state" ;;
  --alter) sed -i "s/^$topic .*/$topic $partitions/" "$state" ;;
esac
"""


def _run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    tool = tmp_path / "kafka-topics.sh"
    if not tool.exists():
        tool.write_text(FAKE_TOOL)
        tool.chmod(0o755)
    full = {
        "PATH": os.environ["PATH"],
        "KAFKA_TOPICS": str(tool),
        "FAKE_STATE": str(tmp_path / "topics"),
        "FAKE_LOG": str(tmp_path / "calls"),
        "BOOTSTRAP": "broker:9092",
    } | env
    return subprocess.run(["bash", str(SCRIPT)], check=False, env=full, capture_output=True, text=True, timeout=60)


def _topics(tmp_path: Path) -> dict[str, int]:
    lines = (tmp_path / "topics").read_text().split("\n")
    return {name: int(count) for name, count in (line.split() for line in lines if line)}


def test_creates_every_topic_with_the_partitions(tmp_path: Path) -> None:
    done = _run(tmp_path, PARTITIONS="8", WORKERS="4", REPLICATION="1")
    assert done.returncode == 0, done.stderr
    assert _topics(tmp_path) == {
        "eleanor.requests": 8,
        "eleanor.verdicts": 8,
        "eleanor.escalations": 8,
        "eleanor.dlq": 8,
        "eleanor.windows": 8,
        "eleanor.reviews": 8,
        "eleanor.verdicts.shadow": 8,
        "eleanor.precedents": 8,
    }
    calls = (tmp_path / "calls").read_text()
    assert "--topic eleanor.precedents --partitions 8 --replication-factor 1 --config cleanup.policy=compact" in calls
    assert "--bootstrap-server broker:9092" in calls
    assert "--replication-factor 1" in calls


def test_rerun_leaves_topics_alone_and_growth_adds_partitions(tmp_path: Path) -> None:
    assert _run(tmp_path, PARTITIONS="4").returncode == 0
    again = _run(tmp_path, PARTITIONS="4")
    assert again.returncode == 0
    assert again.stdout.count("unchanged") == 8
    grown = _run(tmp_path, PARTITIONS="12", WORKERS="6")
    assert grown.returncode == 0, grown.stderr
    assert "grew eleanor.requests from 4 to 12" in grown.stdout
    assert set(_topics(tmp_path).values()) == {12}
    # Asking for fewer partitions never shrinks a topic (Kafka cannot).
    fewer = _run(tmp_path, PARTITIONS="2")
    assert fewer.returncode == 0
    assert set(_topics(tmp_path).values()) == {12}


def test_custom_topic_names(tmp_path: Path) -> None:
    names = {
        "REQUEST_TOPIC": "a.req",
        "VERDICT_TOPIC": "a.ver",
        "ESCALATION_TOPIC": "a.esc",
        "DLQ_TOPIC": "a.dlq",
        "WINDOW_TOPIC": "a.win",
        "REVIEW_TOPIC": "a.rev",
        "SHADOW_TOPIC": "a.shadow",
        "PRECEDENT_TOPIC": "a.prec",
    }
    assert _run(tmp_path, PARTITIONS="2", **names).returncode == 0
    assert set(_topics(tmp_path)) == set(names.values())


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PARTITIONS": "2", "WORKERS": "3"}, "PARTITIONS (2) < WORKERS (3)"),
        ({"PARTITIONS": "zero"}, "must be positive integers"),
        ({"REPLICATION": "0"}, "must be positive integers"),
    ],
)
def test_refuses_bad_sizes_before_touching_the_broker(tmp_path: Path, env: dict[str, str], message: str) -> None:
    done = _run(tmp_path, **env)
    assert done.returncode == 2
    assert message in done.stderr
    assert not (tmp_path / "calls").exists()


def test_unreachable_broker_fails(tmp_path: Path) -> None:
    tool = tmp_path / "kafka-topics.sh"
    tool.write_text("#!/usr/bin/env bash\nexit 1\n")
    tool.chmod(0o755)
    # 30 attempts 2 s apart would take a minute: shorten sleep with a stub on PATH.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "sleep").write_text("#!/usr/bin/env bash\nexit 0\n")
    (bin_dir / "sleep").chmod(0o755)
    done = _run(tmp_path, PATH=f"{bin_dir}:{os.environ['PATH']}")
    assert done.returncode == 1
    assert "not reachable" in done.stderr
