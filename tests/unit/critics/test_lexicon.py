"""Lexicon files: validation errors name the problem; the ruleset version is a content hash."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from streams.critics.builtin import BUILTIN_CRITICS, build_critics
from streams.critics.lexicon import LEXICON_DIR, load_lexicons, ruleset_version
from streams.errors import ConfigError


@pytest.fixture
def lexdir(tmp_path: Path) -> Path:
    target = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, target)
    return target


def edit(path: Path, change: object) -> None:
    data = json.loads(path.read_text())
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data))


def test_every_builtin_critic_has_a_lexicon_with_categories() -> None:
    lexicons = load_lexicons()
    assert set(lexicons.critics) == set(BUILTIN_CRITICS)
    for spec in lexicons.critics.values():
        assert spec.categories
        assert all(c.patterns or c.keywords for c in spec.categories)
        assert 0.3 <= spec.prompt_factor <= 0.5 or spec.response_only
    assert {"reporting", "fiction", "education", "hedge", "safety", "support_contact"} <= set(lexicons.cues)


def test_ruleset_version_is_a_stable_content_hash(lexdir: Path) -> None:
    before = ruleset_version(lexdir)
    assert before == ruleset_version(lexdir) == ruleset_version(LEXICON_DIR)
    assert before.startswith("rs-")
    edit(lexdir / "risk.json", lambda d: d["categories"]["weapons"].update(weight=0.81))
    assert ruleset_version(lexdir) != before


def test_unknown_macro_invalid_regex_and_unknown_cue_are_config_errors(lexdir: Path) -> None:
    path = lexdir / "rights.json"
    original = path.read_text()
    edit(path, lambda d: d["categories"]["dignity"]["patterns"].append(r"\b{NOPE}\b"))
    with pytest.raises(ConfigError, match=r"unknown macro \{NOPE\}"):
        load_lexicons(lexdir)
    path.write_text(original)
    edit(path, lambda d: d["categories"]["dignity"]["patterns"].append(r"(unclosed"))
    with pytest.raises(ConfigError, match="invalid pattern"):
        load_lexicons(lexdir)
    path.write_text(original)
    edit(path, lambda d: d["categories"]["dignity"].update(discounted_by=["sarcasm"]))
    with pytest.raises(ConfigError, match="unknown cue"):
        load_lexicons(lexdir)


def test_unknown_critic_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown critic"):
        build_critics(["rights", "vibes"])


def test_profiles_may_only_tighten(lexdir: Path) -> None:
    assert load_lexicons(lexdir).profiles["strict"].multiplier > 1
    edit(lexdir / "profiles.json", lambda d: d["profiles"].update(lenient={"multiplier": 0.5}))
    with pytest.raises(ConfigError, match="may only tighten"):
        load_lexicons(lexdir)
