"""Every dashboard panel runs on the evidence of a real pipeline run, and the key panels show that run.

The check runs in a child process (``python -m tests.integration.dashboards.check``) because the run's
embedded ClickHouse path belongs to one process at a time. The judge worker's metrics and the evidence
writer's metrics are scraped while they run: the worker reports what it consumed and judged, the writer what it
stored in ClickHouse.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections import Counter

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.integration.dashboards.check import PanelResult, Report, parse_report
from tests.integration.dashboards.pipeline_run import REPO, RunOutcome, run_pipeline

pytestmark = [pytest.mark.kafka, pytest.mark.redis, pytest.mark.clickhouse, pytest.mark.slow]

EVENTS = 1_200
INTERVAL_S = 5.0

# Panels that must show data after a run (a number other than zero in at least one row).
KEY_PANELS = (
    "Overview / Verdicts",
    "Overview / Escalations waiting for review",
    "Overview / Dead letters",
    "Overview / Verdicts per second by light",
    "Overview / End-to-end latency p50 / p95 / p99",
    "Overview / Dead letters per second by reason",
    "Overview / Consumer throughput",
    "Overview / Throughput by source partition",
    "Critics / Findings by critic and label",
    "Critics / Severity distribution per critic",
    "Critics / Top violation categories",
    "Adaptive sizer / Current window size",
    "Adaptive sizer / Window size chosen",
    "Adaptive sizer / Window latency against the p95 target",
    "Adaptive sizer / Success rate against the target",
    "Precedent / Novel share",
    "Precedent / Mean alignment",
    "Precedent / Cache hit rate",
    "Precedent / Precedent cases",
    "Precedent / Alignment distribution",
    "Tenants / Volume per tenant",
    "Tenants / Light mix per tenant",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def run(kafka_bootstrap: str, redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> RunOutcome:
    workdir = tmp_path_factory.mktemp("dashboard-run")
    outcome = run_pipeline(
        kafka_bootstrap, redis_url, workdir, EVENTS, metrics_port=_free_port(), writer_metrics_port=_free_port()
    )
    assert outcome.worker_exit == 0, (workdir / "worker.log").read_text()[-3000:]
    assert outcome.writer_exit == 0, (workdir / "writer.log").read_text()[-3000:]
    assert outcome.catch_up_exit == 0, (workdir / "writer.log").read_text()[-3000:]
    return outcome


def _check(run: RunOutcome, *select: str) -> Report:
    args = [run.dsn, run.database, str(run.started - 120), str(run.ended + 60), "--interval", str(INTERVAL_S)]
    for item in select:
        args += ["--select", item]
    done = subprocess.run(
        [sys.executable, "-m", "tests.integration.dashboards.check", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return parse_report(done.stdout)


@pytest.fixture(scope="module")
def report(run: RunOutcome) -> Report:
    return _check(run)


def _panel(report: Report, short: str) -> PanelResult:
    matches = [p for p in report.panels if p.name == f"eleanor-streams / {short} / A"]
    assert len(matches) == 1, f"{short}: {[p.name for p in report.panels]}"
    return matches[0]


def test_every_panel_executes(report: Report) -> None:
    assert report.failures == [], "\n".join(f"{p.name}: {p.error}" for p in report.failures)
    assert len(report.panels) >= 40


@pytest.mark.parametrize("short", KEY_PANELS)
def test_key_panel_shows_the_run(report: Report, short: str) -> None:
    panel = _panel(report, short)
    assert panel.nonzero_rows >= 1, f"{panel.name} shows nothing:\n{panel.sql}"


def test_tenant_variable_lists_the_run_tenants(report: Report, run: RunOutcome) -> None:
    assert sorted(report.variables["tenant"]) == sorted(run.tenants)


def test_panel_numbers_equal_the_run(run: RunOutcome, report: Report) -> None:
    # Every valid request has one verdicts row (FINAL) and every malformed one a dead_letters row.
    assert len(run.verdicts) + run.dead_letters == run.published
    assert _panel(report, "Overview / Verdicts").sample == [[len(run.verdicts)]]
    assert _panel(report, "Overview / Dead letters").sample == [[run.dead_letters]]
    lights = Counter(run.verdicts.values())
    escalated = _panel(report, "Overview / Escalations waiting for review").sample[0][0]
    assert 0 < escalated <= lights["AMBER"] + lights["RED"]
    mix = _panel(report, "Tenants / Light mix per tenant")
    by_tenant = dict(zip(mix.column("tenant"), mix.column("verdicts"), strict=True))
    assert by_tenant == dict(run.tenants)
    assert sum(mix.column("red")) == lights["RED"]
    assert sum(mix.column("amber")) == lights["AMBER"]
    severity = _panel(report, "Critics / Severity distribution per critic")
    assert len(severity.column("critic")) == 7  # one row per enabled critic


def test_selecting_one_tenant_filters_every_tenant_panel(run: RunOutcome) -> None:
    tenant = run.tenants.most_common()[-1][0]
    report = _check(run, f"tenant={tenant}")
    assert report.failures == []
    mix = _panel(report, "Tenants / Light mix per tenant")
    assert mix.column("tenant") == [tenant]
    assert mix.column("verdicts") == [run.tenants[tenant]]
    assert _panel(report, "Overview / Verdicts").sample == [[run.tenants[tenant]]]
    # Panels without a tenant column (windows, dead letters) are unaffected by the selection.
    assert _panel(report, "Overview / Dead letters").sample == [[run.dead_letters]]


def test_worker_metrics_were_scraped_during_the_run(run: RunOutcome) -> None:
    assert run.scrape is not None, f"the worker served no metrics on ELEANOR_METRICS_PORT: {run.scrape_error}"
    samples: Counter[str] = Counter()
    for family in text_string_to_metric_families(run.scrape):
        for sample in family.samples:
            if sample.name in ("eleanor_events_consumed_total", "eleanor_verdicts_total", "eleanor_dead_letters_total"):
                samples[sample.name] += int(sample.value)
    assert samples["eleanor_events_consumed_total"] == run.published
    assert samples["eleanor_verdicts_total"] == len(run.verdicts)
    assert samples["eleanor_dead_letters_total"] == run.dead_letters


def test_evidence_flushes_and_consumer_lag_were_reported(run: RunOutcome) -> None:
    assert run.scrape is not None, f"the worker served no metrics on ELEANOR_METRICS_PORT: {run.scrape_error}"
    assert run.writer_scrape is not None, (
        f"the evidence writer served no metrics on ELEANOR_METRICS_PORT: {run.writer_scrape_error}"
    )
    rows: Counter[str] = Counter()
    flushes = 0.0
    failures: float | None = None
    lag: dict[tuple[str, str], float] = {}
    # The evidence writer stores the evidence and reports its flushes.
    for family in text_string_to_metric_families(run.writer_scrape):
        for sample in family.samples:
            if sample.name == "eleanor_evidence_rows_flushed_total":
                rows[sample.labels["table"]] += int(sample.value)
            elif sample.name == "eleanor_evidence_flush_seconds_count":
                flushes = sample.value
            elif sample.name == "eleanor_evidence_flush_failures_total":
                failures = sample.value
    # The judge worker reports how far it is behind on the request topic.
    for family in text_string_to_metric_families(run.scrape):
        for sample in family.samples:
            if sample.name == "eleanor_consumer_lag":
                lag[(sample.labels["topic"], sample.labels["partition"])] = sample.value
    # Every verdict and dead letter of the run was stored, each by an acknowledged flush.
    assert rows["verdicts"] == len(run.verdicts)
    assert rows["dead_letters"] == run.dead_letters
    assert rows["findings"] > 0
    assert flushes >= 1
    assert failures == 0  # the series exists (an alert can read it) and ClickHouse never failed here
    # Both partitions of the request topic were consumed to their high watermark.
    assert sorted(partition for _, partition in lag) == ["0", "1"]
    assert {topic for topic, _ in lag} == {run.request_topic}
    assert set(lag.values()) == {0.0}
