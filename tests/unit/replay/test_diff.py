"""The replay diff: counts per light transition and the first changed requests."""

from __future__ import annotations

from streams.replay.diff import ReplayDiff


def _v(rid: str, light: str, decision: str) -> dict[str, str]:
    return {"tenant": "t", "request_id": rid, "light": light, "decision": decision}


def test_transitions_and_first_changes() -> None:
    diff = ReplayDiff(keep=1)
    diff.add(_v("a", "GREEN", "allow"), _v("a", "RED", "deny"))
    diff.add(_v("b", "GREEN", "allow"), _v("b", "RED", "deny"))
    diff.add(_v("c", "AMBER", "constrained_allow"), _v("c", "AMBER", "escalate"))
    diff.add(_v("d", "GREEN", "allow"), _v("d", "GREEN", "allow"))
    diff.add(None, _v("e", "GREEN", "allow"))
    assert diff.transitions == {"GREEN->RED": 2, "AMBER=AMBER": 1, "GREEN=GREEN": 1, "(none)->GREEN": 1}
    assert diff.judged == 5
    assert diff.changed == 3
    assert diff.without_then == 1
    assert [c.request_id for c in diff.changes] == ["a"]
    text = diff.render()
    assert "GREEN->RED" in text
    assert "t/a  GREEN->RED  allow->deny" in text
