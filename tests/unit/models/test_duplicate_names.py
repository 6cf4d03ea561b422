"""Repeated member names are found whatever the spacing and escaping, and only real repeats are refused."""

from __future__ import annotations

import pytest

from streams.config import LimitSettings
from streams.errors import ValidationError
from streams.models.codec import decode_request

LIMITS = LimitSettings.model_validate({})


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (b'{"request_id": "a", "prompt" : "kill", "prompt" : "hi"}', "prompt"),  # space before the colon
        (b'{"request_id":"a","prompt":"p","context":{"k":1,"k"\n:2}}', "k"),  # one name spaced, one not
        (b'{"request_id":"a","prompt":"x\\":","prompt":"y"}', "prompt"),  # an escaped '":' makes up the count
        (b'{"request_id":"a","prompt":"p","context":{"t":[{"k":1},{"k":1,"k":2}]}}', "k"),  # inside a list
    ],
)
def test_a_repeat_is_refused(raw: bytes, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        decode_request(raw, LIMITS)
    assert caught.value.reason == f"duplicate_key:{name}"


@pytest.mark.parametrize(
    "raw",
    [
        b'{"request_id":"a","prompt":"he said \\"stop\\": then left","response":"ok"}',
        b'{"request_id": "a", "prompt" : "p", "context" : {"domain": "x", "t": [{"k": 1}, {"k": 2}]}}',
        b'{"request_id":"a","prompt":"a \\"quoted\\" : colon","context":{"a":{"b":{"c":1}}}}',
    ],
)
def test_names_that_only_look_repeated_are_accepted(raw: bytes) -> None:
    assert decode_request(raw, LIMITS).request_id == "a"
