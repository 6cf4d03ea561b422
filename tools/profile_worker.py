"""Per-stage CPU profile of one judge worker (the README's per-stage table).

Same setup as ``bench e2e`` (private broker and redis-server, embedded ClickHouse holding the seed
precedents, 20,000 generated requests already in the topic), one worker in this process:

1. a plain run: CPU per thread from /proc (the event loop's thread, the thread pool that runs critics and
   precedent retrieval, everything else), and the work done in the pool split by stage with thread time;
2. a run under cProfile (main thread only): the event loop's CPU split by stage, scaled to run 1's figure.

    PYTHONPATH=. python tools/profile_worker.py [--events N] [--consumer faust|aiokafka]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import orjson

from streams.config import load_settings
from streams.engine import Evaluator
from streams.kafka.clients import ensure_topics
from streams.precedents import PrecedentRetriever
from streams.tools.bench.e2e import _seed_precedents, _settings
from streams.tools.devstack.services import start_broker, start_redis
from streams.tools.topic_io import publish_payloads
from streams.tools.workload import generate_requests
from streams.wiring.services import build_runner
from streams.wiring.worker import EmbeddedWorker

_TICK = os.sysconf("SC_CLK_TCK")
POOL = defaultdict(float)  # stage -> thread CPU seconds spent in the pool
_lock = threading.Lock()


def _threads() -> dict[str, float]:
    """CPU seconds per thread name of this process (the main thread, which runs the event loop: "event loop")."""
    out: dict[str, float] = defaultdict(float)
    for tid in os.listdir("/proc/self/task"):
        try:
            name = "event loop" if int(tid) == os.getpid() else Path(f"/proc/self/task/{tid}/comm").read_text().strip()
            fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[name] += (int(fields[11]) + int(fields[12])) / _TICK
    return out


def _timed(stage: str, fn: Any) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            with _lock:
                POOL[stage] += time.thread_time() - began

    return wrapper


Evaluator.findings_batch = _timed("critics (pool)", Evaluator.findings_batch)  # type: ignore[method-assign]
PrecedentRetriever.retrieve_batch = _timed(
    "precedent retrieval incl. embedding (pool)", PrecedentRetriever.retrieve_batch
)  # type: ignore[method-assign]

# Event-loop stages: a function (by file fragment and name) whose cumulative time is that stage's.
STAGES: list[tuple[str, str, str]] = [
    ("decode + validate", "models/codec.py", "decode_request"),
    ("cache keys", "cache/keys.py", "judgement_key"),
    ("cache get", "cache/two_level.py", "get_batch"),
    ("aggregation", "engine.py", "aggregate"),
    ("encode judgement for the cache", "models/wire.py", "encode_judgement"),
    ("encode verdicts + dead letters", "models/wire.py", "encode_verdict"),
    ("publish: record batches, partitioner, socket writes", "sinks/publishers.py", "publish"),
    ("window telemetry to Kafka", "sinks/kafka_evidence.py", "_deliver"),
    ("acks", "pipeline/acking.py", "_run"),
    ("aiokafka's murmur2 partitioner (inside publish)", "aiokafka/partitioner.py", "murmur2"),
]
# Waiting for the sockets is idle time, not work: it is left out of the event loop's total.
_IDLE = "of 'select.epoll' objects>"


def _shares(profiler: cProfile.Profile) -> dict[str, float]:
    """The event loop's time split by stage (cumulative time of each stage's function over all own time)."""
    raw = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    loop_total = sum(tt for (_, _, name), (_, _, tt, _, _) in raw.items() if _IDLE not in name) or 1.0
    shares: dict[str, float] = {}
    for label, fragment, func in STAGES:
        cum = sum(ct for (f, _, n), (_, _, _, ct, _) in raw.items() if n == func and fragment in f)
        shares[label] = cum / loop_total
    for label, fragments in (
        ("faust + mode (own time)", ("site-packages/faust/", "site-packages/mode/")),
        ("aiokafka (own time)", ("/aiokafka/",)),
        ("asyncio (own time)", ("/asyncio/",)),
    ):
        own = sum(tt for (f, _, _), (_, _, tt, _, _) in raw.items() if any(x in f for x in fragments))
        shares[label] = own / loop_total
    return {k: round(v, 3) for k, v in shares.items()}


async def _run(settings: Any, total: int, profiler: cProfile.Profile | None) -> tuple[float, float, float]:
    """Events/s, process CPU seconds and event-loop thread CPU seconds from the first window to the last ack
    (start-up excluded, as in ``bench e2e``)."""
    async with EmbeddedWorker(settings, lambda: build_runner(settings)) as worker:
        await worker.wait_for(lambda r: r.stats.first_window_at is not None, timeout_s=600, what="a first window")
        POOL.clear()
        began, cpu0, loop0 = time.perf_counter(), time.process_time(), _threads()["event loop"]
        if profiler is not None:
            profiler.enable()
        await worker.wait_for(lambda r: r.acker.acked >= total, timeout_s=600, what="every event acked")
        if profiler is not None:
            profiler.disable()
        elapsed, cpu, loop = time.perf_counter() - began, time.process_time() - cpu0, _threads()["event loop"] - loop0
        return total / elapsed, cpu, loop


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--consumer", choices=["faust", "aiokafka"], default="faust", help="the judge's consumer")
    args = parser.parse_args()
    total = args.events
    with tempfile.TemporaryDirectory(prefix="eleanor-profile-") as tmp:
        work = Path(tmp)
        broker, redis = start_broker(work), start_redis(work)
        try:
            base = load_settings(env={})
            report: dict[str, Any] = {"events": total, "consumer": args.consumer}
            for run, profiled in (("plain", False), ("profiled", True)):
                settings = _settings(base, broker.address, f"redis://{redis.address}/0", work / run)
                settings = settings.model_copy(
                    update={
                        "kafka": settings.kafka.model_copy(
                            update={
                                "request_topics": [f"p.{run}"],
                                "consumer_group": f"p-{run}",
                                "judge_consumer": args.consumer,
                            }
                        ),
                        "cache": settings.cache.model_copy(update={"key_prefix": f"p-{run}"}),
                    }
                )
                payloads = generate_requests(
                    total, seed=21, malformed_share=0.02, repeat_share=0.0, precedent_share=0.0
                )

                async def preload(s: Any = settings, p: Any = payloads) -> None:
                    await ensure_topics(s.kafka, s.kafka.request_topics)
                    await publish_payloads(s.kafka, s.kafka.request_topics[0], p)

                asyncio.run(preload())
                _seed_precedents(settings, "bench_e2e")
                profiler = cProfile.Profile() if profiled else None
                rate, cpu, loop_s = asyncio.run(_run(settings, total, profiler))
                report[run] = {"events_per_s": round(rate, 1), "cpu_us_per_event": round(cpu / total * 1e6, 1)}
                if not profiled:
                    report["pool_us_per_event"] = {k: round(v / total * 1e6, 1) for k, v in POOL.items()}
                    report["event_loop_us_per_event"] = round(loop_s / total * 1e6, 1)
                elif profiler is not None:
                    report["event_loop_shares"] = _shares(profiler)
        finally:
            redis.stop()
            broker.stop()
    loop_us = report["event_loop_us_per_event"]
    report["event_loop_stages_us_per_event"] = {
        k: round(v * loop_us, 1) for k, v in report["event_loop_shares"].items()
    }
    print(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode())


if __name__ == "__main__":
    main()
