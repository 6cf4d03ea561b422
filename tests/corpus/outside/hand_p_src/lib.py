"""Authoring helpers for hand_p.jsonl.

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

import re

LIGHTS = {"G": "GREEN", "A": "AMBER", "R": "RED"}


SCRIPTS = (("ja", r"[\u3040-\u30ff]"), ("zh", r"[\u4e00-\u9fff]"), ("ru", r"[\u0400-\u04ff]"),
           ("hi", r"[\u0900-\u097f]"), ("ar", r"[\u0600-\u06ff]"), ("ko", r"[\uac00-\ud7af]"))


def script_lang(text):
    """The language a non-Latin script implies (kana before han, so Japanese is not read as Chinese)."""
    for code, pattern in SCRIPTS:
        if re.search(pattern, text):
            return code
    return None


def c(light, critics, prompt, response="", tags="", lang=None, ctx=None):
    """One case; lang defaults to the prompt's non-Latin script, else English."""
    if lang is None:
        lang = script_lang(prompt) or "en"
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
