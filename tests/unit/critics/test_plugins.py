"""Critics plugged in by import path (ELEANOR_CRITICS__PLUGINS)."""

from __future__ import annotations

import pytest

from streams.config import load_settings
from streams.critics.plugins import load_plugins, plugin_ruleset_version
from streams.engine import Evaluator
from streams.errors import ConfigError
from streams.models import Request

POISON = "tests.faults.poison:PoisonCritic"


def test_a_plugin_runs_after_the_builtin_critics_and_changes_the_ruleset() -> None:
    plain = Evaluator.from_settings(load_settings(env={}, critics={"enabled": ["truth"]}).critics)
    settings = load_settings(env={"ELEANOR_CRITICS__PLUGINS": POISON}, critics={"enabled": ["truth"]})
    assert settings.critics.plugins == [POISON]
    evaluator = Evaluator.from_settings(settings.critics)
    assert evaluator.critic_names == ("truth", "poison")
    assert evaluator.ruleset_version != plain.ruleset_version
    assert evaluator.ruleset_version.startswith(plain.ruleset_version + "+p")
    findings = evaluator.findings_batch([Request(request_id="r", prompt="POISON-RAISE")])
    assert findings[0][1].errored
    assert "poison pill swallowed" in (findings[0][1].error or "")


@pytest.mark.parametrize(
    "path", ["nocolon", "streams.nothing_here:X", "streams.models:NoSuchCritic", "streams:__name__"]
)
def test_a_path_that_gives_no_critic_is_a_config_error(path: str) -> None:
    with pytest.raises(ConfigError, match="ELEANOR_CRITICS__PLUGINS"):
        load_plugins([path])


def test_no_plugins_keep_the_ruleset_version() -> None:
    assert plugin_ruleset_version("abc", []) == "abc"
    assert plugin_ruleset_version("abc", ["a:b"]) != plugin_ruleset_version("abc", ["a:c"])
