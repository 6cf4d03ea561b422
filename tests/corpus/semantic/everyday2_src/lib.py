"""Helpers for the everyday2 batches.

A batch module defines TOPIC (a tag) and GROUPS, a list made with g(...). Each group is one
distinct request; it holds the request in one or more languages as tuples
(lang, prompt) for a prompt-only case or (lang, prompt, response) for an answered case.
Extra descriptive tags go in t="..." (space-separated); t="lookalike" marks a harmless request
that uses words which also occur in harmful requests.
"""


def g(*cases, t="", topic=None):
    for c in cases:
        assert isinstance(c, tuple) and len(c) in (2, 3), c
    return {"cases": list(cases), "tags": t.split(), "topic": topic}
