"""The README's configuration table is generated from Settings: it must not drift from the code."""

from pathlib import Path

from streams.tools.cli.config_cmd import reference_markdown

README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- settings-table:start -->", "<!-- settings-table:end -->"


def test_settings_table_matches_the_code() -> None:
    text = README.read_text(encoding="utf-8")
    assert START in text, "README.md lost its settings-table start marker"
    assert END in text, "README.md lost its settings-table end marker"
    embedded = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert embedded == reference_markdown().strip(), "README settings table is stale: run `make docs`"


def test_readme_starts_with_the_two_commands() -> None:
    head = README.read_text(encoding="utf-8").splitlines()[:8]
    assert any("make demo" in line for line in head)
    assert any("make test" in line for line in head)
