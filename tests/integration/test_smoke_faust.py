"""Smoke: a minimal Faust worker on the test broker consumes one topic and produces to another.

The worker runs as a real subprocess (`worker --without-web`, the local session/heartbeat settings);
SIGTERM stops it cleanly.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

APP = """
import os
import faust

app = faust.App(
    os.environ["SMOKE_APP_ID"],
    broker="kafka://" + os.environ["SMOKE_BOOTSTRAP"],
    store="memory://",
    datadir=os.environ["SMOKE_DATADIR"],
    web_enabled=False,
    broker_session_timeout=6,
    broker_heartbeat_interval=1,
    broker_commit_interval=1,
    topic_replication_factor=1,
    topic_disable_leader=True,
    producer_acks=-1,
    consumer_auto_offset_reset="earliest",
)
source = app.topic(os.environ["SMOKE_IN"], value_serializer="raw", key_serializer="raw")
sink = app.topic(os.environ["SMOKE_OUT"], value_serializer="raw", key_serializer="raw")


@app.agent(source)
async def shout(stream):
    async for event in stream.events():
        await sink.send(key=event.key, value=event.value.upper())

if __name__ == "__main__":
    app.main()
"""


async def _produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=False)
    await producer.start()
    try:
        for i, value in enumerate(values):
            await producer.send_and_wait(topic, value, key=str(i).encode())
    finally:
        await producer.stop()


async def _collect(
    bootstrap: str, topic: str, want: int, deadline_s: float, worker: asyncio.subprocess.Process
) -> list[bytes]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    got: list[bytes] = []
    try:
        loop = asyncio.get_running_loop()
        end = loop.time() + deadline_s
        while len(got) < want and loop.time() < end and worker.returncode is None:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                got.extend(r.value for r in records if r.value is not None)
    finally:
        await consumer.stop()
    return got


async def test_faust_agent_consumes_and_produces(
    kafka_bootstrap: str, topic_factory: Callable[..., str], tmp_path: Path
) -> None:
    source, sink = topic_factory("faust-in"), topic_factory("faust-out")
    app_file = tmp_path / "smoke_app.py"
    app_file.write_text(APP)
    env = {
        **os.environ,
        "SMOKE_APP_ID": f"smoke-{source}",
        "SMOKE_BOOTSTRAP": kafka_bootstrap,
        "SMOKE_IN": source,
        "SMOKE_OUT": sink,
        "SMOKE_DATADIR": str(tmp_path / "faust"),
    }
    values = [f"hello {i}".encode() for i in range(25)]
    await _produce(kafka_bootstrap, source, values)
    log = (tmp_path / "worker.log").open("wb")
    worker = await asyncio.create_subprocess_exec(
        *[sys.executable, str(app_file), "worker", "--without-web", "--loglevel", "warn"],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        got = await _collect(kafka_bootstrap, sink, len(values), deadline_s=25, worker=worker)
    finally:
        if worker.returncode is None:
            worker.send_signal(signal.SIGTERM)
        try:
            code: int | None = await asyncio.wait_for(worker.wait(), 20)
        except TimeoutError:
            worker.kill()
            await worker.wait()
            code = None
        log.close()
    output = (tmp_path / "worker.log").read_text(errors="replace")
    assert sorted(got) == sorted(v.upper() for v in values), output[-3000:]
    assert code == 0, f"worker did not stop cleanly on SIGTERM (code {code}):\n{output[-3000:]}"
