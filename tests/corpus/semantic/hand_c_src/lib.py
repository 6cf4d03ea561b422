"""Authoring helpers for hand_c.jsonl.

A batch module builds a list ``GROUPS``; each entry is one scenario made with ``g(...)`` from one to
four cases made with ``c(...)``. Group and request numbers are assigned by build.py in file order.

c(light, critics, prompt, response="", tags="", lang="en", ctx=None)
    light    "G", "A" or "R"
    critics  space-separated critic names ("" for GREEN)
    tags     space-separated extra tags; build.py adds prompt_only, non_english, context_dependent,
             paired and focus_<critic> where they apply
    ctx      dict with any of domain, user_role, jurisdiction, vulnerable_user
"""
from __future__ import annotations

LIGHTS = {"G": "GREEN", "A": "AMBER", "R": "RED"}


def c(light, critics, prompt, response="", tags="", lang="en", ctx=None):
    return {
        "light": LIGHTS[light],
        "critics": critics.split(),
        "prompt": prompt.strip(),
        "response": response.strip(),
        "tags": tags.split(),
        "lang": lang,
        "ctx": ctx,
    }


def g(*cases):
    return list(cases)
