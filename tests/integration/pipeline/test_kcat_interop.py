"""Interop with a foreign client: requests published with kcat, verdicts and dead letters read with kcat.

The wire format is plain JSON keyed by request_id: any Kafka client can produce requests and consume
verdicts. (kcat reaches the local broker through :mod:`.kafka_shim`; see there why.)
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.wiring.services import build_runner
from streams.wiring.worker import EmbeddedWorker

from .helpers import valid_request
from .kafka_shim import ShimmedBroker

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

COUNT = 200


@pytest.fixture
def shimmed_broker(tmp_path: Path) -> Iterator[ShimmedBroker]:
    if shutil.which("kcat") is None:
        pytest.fail("kcat is not installed (apt-get install kcat); the interop test needs it")
    broker = ShimmedBroker(tmp_path / "shim")
    yield broker
    broker.stop()


async def kcat(*args: str, stdin: bytes | None = None) -> bytes:
    proc = await asyncio.create_subprocess_exec(
        "kcat",
        *args,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    async with asyncio.timeout(60):
        out, err = await proc.communicate(stdin)
    assert proc.returncode == 0, err.decode(errors="replace")
    return out


async def test_requests_from_kcat_get_verdicts_kcat_can_read(make_settings: Any, shimmed_broker: ShimmedBroker) -> None:
    settings = make_settings(create_topics=True, kafka={"bootstrap": shimmed_broker.address, "partitions": 2})
    k = settings.kafka
    lines = b"".join(f"kc-{i}\t".encode() + valid_request(f"kc-{i}", i) + b"\n" for i in range(COUNT))
    lines += b"bad-1\t{not json\nbad-2\t" + orjson.dumps({"request_id": "bad-2"}) + b"\n"
    await kcat("-b", k.bootstrap, "-t", k.request_topics[0], "-P", "-K\t", stdin=lines)

    async with EmbeddedWorker(settings, lambda: build_runner(settings)) as worker:
        await worker.wait_for(lambda r: r.acker.acked == COUNT + 2, what="every request acked")
        fmt = "%k\t%s\n"
        verdicts = await kcat(
            "-b", k.bootstrap, "-t", k.verdict_topic, "-C", "-o", "beginning", "-c", str(COUNT), "-f", fmt
        )
        dead = await kcat("-b", k.bootstrap, "-t", k.dlq_topic, "-C", "-o", "beginning", "-c", "2", "-f", fmt)

    by_key = {}
    for line in verdicts.decode().splitlines():
        key, _, value = line.partition("\t")
        doc = orjson.loads(value)
        assert doc["request_id"] == key  # keyed by request_id
        assert doc["light"] in ("GREEN", "AMBER", "RED")
        by_key[key] = doc
    assert set(by_key) == {f"kc-{i}" for i in range(COUNT)}
    letters = [orjson.loads(line.partition("\t")[2]) for line in dead.decode().splitlines()]
    assert sorted(d["reason"] for d in letters) == ["invalid_json", "missing_field:prompt"]
    assert sorted(d["request_id"] or "" for d in letters) == ["", "bad-2"]
