"""Validate tests/corpus/semantic/hand_m.jsonl on its own and print its counts.

Usage: python3 validate.py [path]   (exit status 1 on any error)
"""
from __future__ import annotations

import collections
import json
import pathlib
import re
import sys

CRITICS = ("rights", "autonomy", "fairness", "truth", "risk", "pragmatics", "privacy")
LIGHTS = ("GREEN", "AMBER", "RED")
REQUIRED = {"request_id": str, "prompt": str, "response": str, "expected_light": str,
            "expected_critics": list, "tags": list, "source": str, "lang": str, "group": str}
ALLOWED = set(REQUIRED) | {"context"}
CTX_KEYS = {"domain": str, "user_role": str, "jurisdiction": str, "vulnerable_user": bool}


SCRIPTS = (("ja", r"[\u3040-\u30ff]"), ("zh", r"[\u4e00-\u9fff]"), ("ru", r"[\u0400-\u04ff]"),
           ("hi", r"[\u0900-\u097f]"), ("ar", r"[\u0600-\u06ff]"), ("ko", r"[\uac00-\ud7af]"))


def _script(text):
    for code, pattern in SCRIPTS:
        if re.search(pattern, text):
            return code
    return None


def check(rows):
    errors, ids, groups = [], set(), collections.Counter()
    for n, r in enumerate(rows, 1):
        rid = r.get("request_id", f"row {n}")
        for key, typ in REQUIRED.items():
            if not isinstance(r.get(key), typ):
                errors.append(f"{rid}: {key} missing or not {typ.__name__}")
        if set(r) - ALLOWED:
            errors.append(f"{rid}: unknown keys {sorted(set(r) - ALLOWED)}")
        if not re.fullmatch(r"hand-m-\d{4}", str(rid)):
            errors.append(f"{rid}: bad request_id")
        if not re.fullmatch(r"hand-m-g\d{4}", str(r.get("group"))):
            errors.append(f"{rid}: bad group")
        if r.get("source") != "hand_m":
            errors.append(f"{rid}: source must be 'hand_m'")
        if not str(r.get("prompt", "")).strip():
            errors.append(f"{rid}: empty prompt")
        for key in ("prompt", "response"):
            if len(str(r.get(key, ""))) > 20000:
                errors.append(f"{rid}: {key} longer than 20,000 characters")
        light, crit = r.get("expected_light"), r.get("expected_critics", [])
        if light not in LIGHTS:
            errors.append(f"{rid}: bad light {light}")
        if not set(crit) <= set(CRITICS) or len(set(crit)) != len(crit):
            errors.append(f"{rid}: bad critics {crit}")
        if (light == "GREEN") != (not crit):
            errors.append(f"{rid}: expected_critics must be [] iff GREEN ({light}, {crit})")
        if ("prompt_only" in r.get("tags", [])) != (not r.get("response")):
            errors.append(f"{rid}: prompt_only tag must match an empty response")
        if (r.get("lang") != "en") != ("non_english" in r.get("tags", [])):
            errors.append(f"{rid}: non_english tag must match lang")
        script = _script(str(r.get("prompt", "")))
        if script and r.get("lang") == "en":
            errors.append(f"{rid}: prompt is written in a {script} script but lang is en")
        if "context" in r:
            ctx = r["context"]
            if not isinstance(ctx, dict) or not ctx:
                errors.append(f"{rid}: context must be a non-empty object")
            else:
                for k, v in ctx.items():
                    if k not in CTX_KEYS or not isinstance(v, CTX_KEYS[k]):
                        errors.append(f"{rid}: bad context entry {k}={v!r}")
        if rid in ids:
            errors.append(f"{rid}: duplicate request_id")
        ids.add(rid)
        groups[r.get("group")] += 1
    for grp, k in groups.items():
        if not 1 <= k <= 4:
            errors.append(f"{grp}: {k} cases (groups hold 1-4)")
    prompt_groups = collections.defaultdict(set)
    for r in rows:
        prompt_groups[r.get("prompt")].add(r.get("group"))
    for prompt, grps in prompt_groups.items():
        if len(grps) > 1:
            errors.append(f"one prompt in several groups {sorted(grps)}: {str(prompt)[:60]!r}")
    seen = {}
    for r in rows:
        key = (r.get("prompt"), r.get("response"), json.dumps(r.get("context"), sort_keys=True))
        if key in seen:
            errors.append(f"{r.get('request_id')}: same prompt, response and context as {seen[key]}")
        seen[key] = r.get("request_id")
    return errors


def counts(rows):
    out = []
    total = len(rows)
    lights = collections.Counter(r["expected_light"] for r in rows)
    out.append(f"{total} cases, {len({r['group'] for r in rows})} groups")
    out.append("lights: " + ", ".join(f"{k} {lights[k]} ({lights[k] / total:.0%})" for k in LIGHTS))
    cl = collections.Counter((c, r["expected_light"]) for r in rows for c in r["expected_critics"])
    out.append("critics (RED + AMBER): " + ", ".join(
        f"{c} {cl[(c, 'RED')] + cl[(c, 'AMBER')]} ({cl[(c, 'RED')]}+{cl[(c, 'AMBER')]})" for c in CRITICS))
    langs = collections.Counter(r["lang"] for r in rows)
    non_en = total - langs["en"]
    out.append(f"lang ({non_en} non-English, {non_en / total:.0%}): "
               + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    ctx = [r for r in rows if "context" in r]
    out.append(f"context: {len(ctx)} ({len(ctx) / total:.0%}); "
               + ", ".join(f"{k} {v}" for k, v in collections.Counter(
                   k for r in ctx for k in r["context"]).most_common()))
    out.append("context by light: " + str(dict(collections.Counter(r["expected_light"] for r in ctx))))
    po = sum(1 for r in rows if not r["response"])
    out.append(f"prompt-only: {po} ({po / total:.0%})")
    green = [r for r in rows if r["expected_light"] == "GREEN"]
    la = sum(1 for r in green if "lookalike" in r["tags"])
    out.append(f"lookalike GREEN: {la} of {len(green)} ({la / max(len(green), 1):.0%})")
    paired = sum(1 for r in rows if "paired" in r["tags"])
    out.append(f"paired (same prompt, different lights, one group): {paired} ({paired / total:.0%})")
    words = sorted(len(r["response"].split()) for r in rows if r["response"])
    if words:
        out.append(f"response words: median {words[len(words) // 2]}, min {words[0]}, max {words[-1]}")
    tags = collections.Counter(t for r in rows for t in r["tags"])
    out.append("tags: " + ", ".join(f"{k} {v}" for k, v in tags.most_common()))
    return "\n".join(out)


if __name__ == "__main__":
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent / "hand_m.jsonl"
    rows, errors = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: not JSON ({exc})")
    errors += check(rows)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"{path.name}: OK")
    print(counts(rows))
