"""Command-line help states defaults; generator options are refused next to a FILE."""

from __future__ import annotations

import pytest

from streams.tools.cli.main import main


def test_help_shows_option_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "(default: 10000)" in text
    assert "(default: 600.0)" in text
    assert "(default: False)" not in text  # flags have nothing to show


def test_publish_help_states_the_generator_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["publish", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "default 7" in text
    assert "default 0.02" in text


@pytest.mark.parametrize(
    "option", [["--seed", "3"], ["--malformed", "0.5"], ["--repeats", "0"], ["--precedent-like", "0"]]
)
def test_publish_refuses_generator_options_with_a_file(option: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["publish", "requests.jsonl", *option]) == 2
    assert f"{option[0]} apply only with --generate" in capsys.readouterr().err
