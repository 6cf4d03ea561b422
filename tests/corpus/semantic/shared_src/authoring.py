"""Authoring tooling shared by the hand-written case files (``hand_c`` and ``hand_d`` … ``hand_p``).

Each author's folder ``hand_<letter>_src/`` holds its cases as data in batch modules (``<letter>01_*.py`` …)
and three small entry points that call this module with the folder's letter:

- ``lib.py``: what a batch imports, ``c`` (one case) and ``g`` (one scenario of 1-4 cases), and
  ``merge_same_prompt``;
- ``build.py``: numbers the cases in file order, adds the automatic tags, validates and writes
  ``../hand_<letter>.jsonl`` deterministically, then prints the counts;
- ``validate.py [path]``: checks a written file on its own and prints the same counts (exit 1 on an error).

Standard library only. How a case is written and the rules the validator enforces: ``hand_c_src/README.md``.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import pathlib
import re
import sys

LIGHT_CODES = {"G": "GREEN", "A": "AMBER", "R": "RED"}


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
        "light": LIGHT_CODES[light],
        "critics": critics.split(),
        "prompt": prompt.strip(),
        "response": response.strip(),
        "tags": tags.split(),
        "lang": lang,
        "ctx": ctx,
    }


def g(*cases):
    return list(cases)


def merge_same_prompt(groups):
    """Join groups that share a prompt (so one prompt stays in one group), keeping order."""
    out, where = [], {}
    for grp in groups:
        prompts = {cs["prompt"] for cs in grp}
        hit = next((where[p] for p in prompts if p in where), None)
        if hit is None:
            out.append(list(grp))
            hit = len(out) - 1
        else:
            out[hit].extend(grp)
        for p in prompts:
            where[p] = hit
    return out


CRITICS = ("rights", "autonomy", "fairness", "truth", "risk", "pragmatics", "privacy")
LIGHTS = ("GREEN", "AMBER", "RED")
REQUIRED = {"request_id": str, "prompt": str, "response": str, "expected_light": str,
            "expected_critics": list, "tags": list, "source": str, "lang": str, "group": str}
ALLOWED = set(REQUIRED) | {"context"}
CTX_KEYS = {"domain": str, "user_role": str, "jurisdiction": str, "vulnerable_user": bool}


def check(rows, letter):
    errors, ids, groups = [], set(), collections.Counter()
    for n, r in enumerate(rows, 1):
        rid = r.get("request_id", f"row {n}")
        for key, typ in REQUIRED.items():
            if not isinstance(r.get(key), typ):
                errors.append(f"{rid}: {key} missing or not {typ.__name__}")
        if set(r) - ALLOWED:
            errors.append(f"{rid}: unknown keys {sorted(set(r) - ALLOWED)}")
        if not re.fullmatch(rf"hand-{letter}-\d{{4}}", str(rid)):
            errors.append(f"{rid}: bad request_id")
        if not re.fullmatch(rf"hand-{letter}-g\d{{4}}", str(r.get("group"))):
            errors.append(f"{rid}: bad group")
        if r.get("source") != f"hand_{letter}":
            errors.append(f"{rid}: source must be 'hand_{letter}'")
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
        script = script_lang(str(r.get("prompt", "")))
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


def is_short(row):
    """A one-line prompt of at most 220 characters, and an answer that is empty or at most two sentences and
    45 words."""
    prompt, response = row["prompt"], row["response"]
    sentences = len([s for s in re.split(r"[.!?。！？]+", response) if s.strip()])
    return ("\n" not in prompt and len(prompt) <= 220
            and (not response or (sentences <= 2 and len(response.split()) <= 45)))


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
    short = sum(1 for r in rows if is_short(r))
    out.append(f"short (one-line prompt of <= 220 characters, answer empty or <= 2 sentences and <= 45 words): "
               f"{short} ({short / total:.0%})")
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


def load_batches(folder, letter):
    for path in sorted(folder.glob(f"{letter}[0-9][0-9]_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        yield path.stem, mod.GROUPS


def build(folder, letter):
    rows, n, gno = [], 0, 0
    for _name, groups in load_batches(folder, letter):
        for group in groups:
            gno += 1
            prompts = collections.defaultdict(set)
            for cs in group:
                prompts[cs["prompt"]].add(cs["light"])
            for cs in group:
                n += 1
                tags = list(cs["tags"])
                auto = []
                if not cs["response"]:
                    auto.append("prompt_only")
                if cs["lang"] != "en":
                    auto.append("non_english")
                if cs["ctx"]:
                    auto.append("context_dependent")
                if len(prompts[cs["prompt"]]) > 1:
                    auto.append("paired")
                auto += [f"focus_{k}" for k in cs["critics"]]
                for t in auto:
                    if t not in tags:
                        tags.append(t)
                critics = sorted(set(cs["critics"]), key=CRITICS.index)
                rec = {"request_id": f"hand-{letter}-{n:04d}", "prompt": cs["prompt"], "response": cs["response"]}
                if cs["ctx"]:
                    rec["context"] = {k: cs["ctx"][k] for k in CTX_KEYS if k in cs["ctx"]}
                rec.update({
                    "expected_light": cs["light"], "expected_critics": critics, "tags": tags,
                    "source": f"hand_{letter}", "lang": cs["lang"], "group": f"hand-{letter}-g{gno:04d}",
                })
                rows.append(rec)
    return rows


def main_build(folder, letter):
    """``build.py``: build, validate and write ``hand_<letter>.jsonl`` beside ``folder``."""
    rows = build(pathlib.Path(folder), letter)
    errors = check(rows, letter)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    dest = pathlib.Path(folder).parent / f"hand_{letter}.jsonl"
    dest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {dest.name}")
    print(counts(rows))


def main_validate(folder, letter, argv):
    """``validate.py [path]``: check a written file (default ``hand_<letter>.jsonl`` beside ``folder``)."""
    path = pathlib.Path(argv[1]) if len(argv) > 1 else pathlib.Path(folder).parent / f"hand_{letter}.jsonl"
    rows, errors = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: not JSON ({exc})")
    errors += check(rows, letter)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"{path.name}: OK")
    print(counts(rows))
