"""Grafana provisioning: the data source, the dashboard provider and the dashboards agree with each other,
with the compose file and with the read-only ClickHouse user."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
import yaml

from tests.integration.dashboards.grafana import PLUGIN_TYPE, load_dashboards, panel_queries, query_variables
from tests.unit.infra.compose import INFRA, load_compose, service_env

PROVISIONING = INFRA / "grafana" / "provisioning"


@pytest.fixture(scope="module")
def datasource() -> dict[str, Any]:
    data = yaml.safe_load((PROVISIONING / "datasources" / "clickhouse.yaml").read_text())
    assert data["apiVersion"] == 1
    (only,) = data["datasources"]
    return dict(only)


def test_datasource_is_the_clickhouse_plugin_with_env_credentials(datasource: dict[str, Any]) -> None:
    assert datasource["type"] == PLUGIN_TYPE
    assert datasource["editable"] is False
    json_data, secure = datasource["jsonData"], datasource["secureJsonData"]
    assert json_data["protocol"] in ("http", "native")
    assert json_data["port"] == 8123
    # Every credential is a ${VAR} Grafana reads from its environment, and compose provides each one.
    grafana_env = service_env(load_compose(), "grafana")
    for value in (json_data["host"], json_data["username"], json_data["defaultDatabase"], secure["password"]):
        match = re.fullmatch(r"\$\{([A-Z_]+)\}", value)
        assert match, f"{value!r} is not an environment reference"
        assert match.group(1) in grafana_env


def test_grafana_user_is_read_only_in_clickhouse() -> None:
    root = ET.parse(INFRA / "clickhouse" / "users.d" / "grafana.xml").getroot()
    grafana_user = service_env(load_compose(), "grafana")["GRAFANA_CLICKHOUSE_USER"]
    user = root.find(f"users/{grafana_user}")
    assert user is not None, f"no ClickHouse user {grafana_user}"
    password = user.find("password")
    assert password is not None
    assert password.get("from_env") == "GRAFANA_CLICKHOUSE_PASSWORD"
    assert not (password.text or "").strip()
    profile = root.find(f"profiles/{user.findtext('profile')}")
    assert profile is not None
    assert profile.findtext("readonly") == "1"
    assert profile.find("constraints/max_execution_time/changeable_in_readonly") is not None
    clickhouse_env = service_env(load_compose(), "clickhouse")
    assert "GRAFANA_CLICKHOUSE_PASSWORD" in clickhouse_env
    allowed = {d.text for d in user.findall("allow_databases/database")}
    assert clickhouse_env["CLICKHOUSE_DB"] in allowed


def test_dashboard_provider_points_at_the_mounted_dashboards() -> None:
    provider = yaml.safe_load((PROVISIONING / "dashboards" / "eleanor.yaml").read_text())
    (only,) = provider["providers"]
    grafana = load_compose()["services"]["grafana"]
    mounts = dict(m.split(":")[:2] for m in grafana["volumes"] if m.startswith("./"))
    assert only["options"]["path"] == mounts["./grafana/dashboards"]
    assert only["type"] == "file"


def test_dashboards_use_the_provisioned_datasource(datasource: dict[str, Any]) -> None:
    expected = {"type": PLUGIN_TYPE, "uid": datasource["uid"]}

    def walk(node: Any) -> list[dict[str, Any]]:
        found = []
        if isinstance(node, dict):
            if isinstance(node.get("datasource"), dict):
                found.append(node["datasource"])
            for value in node.values():
                found.extend(walk(value))
        elif isinstance(node, list):
            for value in node:
                found.extend(walk(value))
        return found

    for name, board in load_dashboards().items():
        refs = walk(board)
        assert refs, name
        assert all(ref == expected for ref in refs), f"{name} references another data source"


def test_dashboards_are_well_formed() -> None:
    boards = load_dashboards()
    uids = [b["uid"] for b in boards.values()]
    assert len(set(uids)) == len(uids)
    for name, board in boards.items():
        ids = [p["id"] for p in board["panels"]]
        assert len(set(ids)) == len(ids), f"{name}: duplicate panel ids"
        for panel in board["panels"]:
            grid = panel["gridPos"]
            assert grid["x"] + grid["w"] <= 24, f"{name}/{panel['title']} overflows the grid"
            for target in panel["targets"]:
                assert target["editorType"] == "sql"
                # The plugin's numeric format: 0 time series, 1 table.
                assert target["format"] == (0 if panel["type"] == "timeseries" else 1), panel["title"]
        assert panel_queries(board), f"{name} has no queries"


def test_tenant_variable_drives_the_tenant_dashboards() -> None:
    boards = load_dashboards()
    for name in ("overview", "critics", "precedent", "tenants"):
        variables = {v["name"]: v for v in query_variables(boards[name])}
        assert variables["tenant"]["multi"] is True
        assert variables["tenant"]["includeAll"] is True
        assert "$__timeFilter(" in variables["tenant"]["query"]
        on_verdicts = [q for q in panel_queries(boards[name]) if "FROM verdicts" in q.sql]
        assert on_verdicts
        # All (the default) drops the filter instead of listing every tenant: the plugin's $__conditionalAll.
        expected = "$__conditionalAll(tenant IN (${tenant:singlequote}), $tenant)"
        assert all(expected in q.sql for q in on_verdicts), name


def test_sizer_targets_are_drawn_as_thresholds() -> None:
    sizer = load_dashboards()["sizer"]
    lines = {
        p["title"]: p["fieldConfig"]["defaults"]
        for p in sizer["panels"]
        if p["fieldConfig"]["defaults"].get("custom", {}).get("thresholdsStyle", {}).get("mode") == "line"
    }
    latency = lines["Window latency against the p95 target"]["thresholds"]["steps"]
    success = lines["Success rate against the target"]["thresholds"]["steps"]
    from streams.config import SizerSettings

    defaults = SizerSettings()
    assert latency[-1]["value"] == defaults.target_p95_ms
    assert success[-1]["value"] == defaults.target_success
