"""Cache keys depend on exactly what determines a judgement."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.cache.keys import canonical_bytes, judgement_key
from streams.errors import CacheError
from streams.models.request import JUDGED_CONTEXT_FIELDS, ModelRef, ProposedAction, Request

RULESET = "rules-2026.1"


def _request(**changes: object) -> Request:
    base = Request(
        request_id="req-1",
        prompt="Can I take ibuprofen with my blood pressure medication?",
        response="Please ask your pharmacist; some combinations raise blood pressure.",
        tenant="acme",
        timestamp=1_780_000_000.0,
        model=ModelRef("gpt-x", "2026-01"),
        context={
            "domain": "health",
            "jurisdiction": "EU",
            "user_role": "patient",
            "risk_tier": "high",
            "vulnerable_user": False,
            "session": "s-42",
            "trace": {"span": "abc"},
        },
        policy_profile="strict",
        proposed_action=ProposedAction("send_message", {"to": "user", "channel": "chat"}),
    )
    return dataclasses.replace(base, **changes)


def _key(request: Request, ruleset: str = RULESET) -> str:
    return judgement_key(request, ruleset, "eleanor")


def test_key_has_prefix_kind_format_ruleset_and_xxh3_128_hex() -> None:
    key = _key(_request())
    assert re.fullmatch(r"eleanor:judgement:k1:rules-2026\.1:[0-9a-f]{32}", key)


def test_ids_timestamps_tenant_and_model_do_not_change_the_key() -> None:
    first = _key(_request())
    other = _request(request_id="req-999", timestamp=1_790_000_123.5, tenant="globex", model=ModelRef("other"))
    assert _key(other) == first


def test_context_fields_critics_do_not_read_do_not_change_the_key() -> None:
    request = _request()
    noisy = dict(request.context, session="s-43", trace={"span": "zzz"}, received_by="gateway-7")
    assert _key(_request(context=noisy)) == _key(request)


def test_context_order_does_not_change_the_key() -> None:
    request = _request()
    reversed_context = dict(reversed(list(request.context.items())))
    action = ProposedAction("send_message", {"channel": "chat", "to": "user"})
    assert _key(_request(context=reversed_context, proposed_action=action)) == _key(request)


@pytest.mark.parametrize(
    "changes",
    [
        {"prompt": "Can I take aspirin with my blood pressure medication?"},
        {"response": "Yes, always."},
        {"policy_profile": "lenient"},
        {"policy_profile": None},
        {"proposed_action": None},
        {"proposed_action": ProposedAction("send_email", {"to": "user", "channel": "chat"})},
        {"proposed_action": ProposedAction("send_message", {"to": "admin", "channel": "chat"})},
    ],
    ids=lambda changes: next(iter(changes)),
)
def test_every_judged_field_changes_the_key(changes: dict[str, object]) -> None:
    assert _key(_request(**changes)) != _key(_request())


@pytest.mark.parametrize("field", JUDGED_CONTEXT_FIELDS)
def test_every_judged_context_field_changes_the_key(field: str) -> None:
    request = _request()
    changed = dict(request.context, **{field: "something-else"})
    removed = {k: v for k, v in request.context.items() if k != field}
    assert _key(_request(context=changed)) != _key(request)
    assert _key(_request(context=removed)) != _key(request)


def test_ruleset_version_changes_the_key_and_the_hashed_bytes() -> None:
    request = _request()
    assert _key(request, "rules-2026.2") != _key(request)
    assert canonical_bytes(request, "rules-2026.2") != canonical_bytes(request, RULESET)


def test_prefix_separates_deployments() -> None:
    request = _request()
    assert judgement_key(request, RULESET, "a") != judgement_key(request, RULESET, "b")


def test_canonical_bytes_exclude_ids_and_timestamps() -> None:
    data = canonical_bytes(_request(), RULESET)
    assert b"req-1" not in data
    assert b"acme" not in data
    assert b"s-42" not in data
    assert b"1780000000" not in data


def test_empty_ruleset_version_is_refused() -> None:
    with pytest.raises(CacheError, match="ruleset_version"):
        judgement_key(_request(), "", "eleanor")


def test_content_that_is_not_json_is_a_clear_cache_error() -> None:
    request = _request(proposed_action=ProposedAction("call", {"payload": object()}))
    with pytest.raises(CacheError, match="req-1"):
        judgement_key(request, RULESET, "eleanor")


_ids = st.text(min_size=1, max_size=20)
_unread = st.text(min_size=1, max_size=8).filter(lambda k: k not in JUDGED_CONTEXT_FIELDS)
_noise = st.dictionaries(_unread, st.integers())


@settings(max_examples=60, deadline=None)
@given(request_id=_ids, timestamp=st.floats(allow_nan=False), tenant=_ids, noise=_noise)
def test_property_key_ignores_everything_critics_do_not_read(
    request_id: str, timestamp: float, tenant: str, noise: dict[str, int]
) -> None:
    request = _request()
    other = _request(request_id=request_id, timestamp=timestamp, tenant=tenant, context={**noise, **request.context})
    assert _key(other) == _key(request)


@settings(max_examples=60, deadline=None)
@given(first=st.text(max_size=50), second=st.text(max_size=50))
def test_property_different_prompts_give_different_keys(first: str, second: str) -> None:
    assert (_key(_request(prompt=first)) == _key(_request(prompt=second))) == (first == second)


def test_the_precedent_generation_is_part_of_the_key() -> None:
    key_of = judgement_key
    request = Request(request_id="g", prompt="same", response="text")
    plain = key_of(request, "rs1", "p")
    first = key_of(request, "rs1", "p", precedent_generation=0)
    later = key_of(request, "rs1", "p", precedent_generation=3)
    assert len({plain, first, later}) == 3
    assert ":p3:" in later
    assert later == key_of(Request(request_id="other", prompt="same", response="text"), "rs1", "p", 3)
