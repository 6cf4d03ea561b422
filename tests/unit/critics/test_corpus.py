from __future__ import annotations

from pathlib import Path

import orjson

from streams.critics.corpus import load_corpus, without_placeholders


def test_author_placeholders_are_removed_and_links_and_code_are_not() -> None:
    assert without_placeholders("Sure! Step 1: get [removed], mix it with [...] and wait [time].") == (
        "Sure! Step 1: get, mix it with and wait."
    )
    assert without_placeholders("Dann [entfernt] und […] fertig") == "Dann und fertig"
    kept = "See [the guide](https://example.org) and xs = [1, 2]; an empty [] stays."
    assert without_placeholders(kept) == kept


def _row(rid: str, response: str) -> dict[str, object]:
    return {
        "request_id": rid,
        "prompt": "write the letter",
        "response": response,
        "expected_light": "RED",
        "expected_critics": ["pragmatics"],
        "group": rid,
    }


def test_hand_written_files_lose_their_placeholders_and_public_data_keeps_its_text(tmp_path: Path) -> None:
    text = "Dear [Recipient], your account is locked; send [amount removed] now."
    for name, rid in (("hand_z.jsonl", "hand-z-0001"), ("public.jsonl", "pub-0001")):
        (tmp_path / name).write_bytes(orjson.dumps(_row(rid, text)) + b"\n")

    corpus = load_corpus(tmp_path, files=(("hand_z.jsonl", "hand_z"), ("public.jsonl", "public")))

    by_id = {c.request.request_id: c.request.response for c in corpus.cases}
    assert by_id["hand-z-0001"] == "Dear, your account is locked; send now."
    assert by_id["pub-0001"] == text
