"""Authoring helpers for hand_b.jsonl (hand-written hard cases: truth, risk, pragmatics).

Each batch module calls c(...) to open a new scenario group and v(...) for a
re-worded variant in the same group. build.py numbers, validates and writes.
"""
CASES = []
_state = {"g": 0}

LIGHTS = {"R": "RED", "A": "AMBER", "G": "GREEN"}
AREAS = {"t": "truth", "r": "risk", "p": "pragmatics"}


def _add(area, light, critics, prompt, response, ctx, tags, lang, action):
    CASES.append(dict(area=area, light=LIGHTS[light], critics=list(critics),
                      prompt=prompt, response=response, ctx=ctx, tags=list(tags),
                      lang=lang, action=action, group=_state["g"]))


def c(area, light, critics, prompt, response="", ctx=None, tags=(), lang="en", action=None):
    _state["g"] += 1
    _add(area, light, critics, prompt, response, ctx, tags, lang, action)


def v(area, light, critics, prompt, response="", ctx=None, tags=(), lang="en", action=None):
    _add(area, light, critics, prompt, response, ctx, tags, lang, action)


def H(role=None, vuln=None, **kw):
    return ctx("health", role, vuln, **kw)


def F(role=None, vuln=None, **kw):
    return ctx("finance", role, vuln, **kw)


def L(role=None, vuln=None, **kw):
    return ctx("legal", role, vuln, **kw)


def O(role=None, vuln=None, **kw):
    return ctx("ops", role, vuln, **kw)


def ctx(domain, role=None, vuln=None, **kw):
    d = {}
    if domain:
        d["domain"] = domain
    if role:
        d["user_role"] = role
    if vuln is not None:
        d["vulnerable_user"] = vuln
    d.update(kw)
    return d
