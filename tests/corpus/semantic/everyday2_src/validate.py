"""Check ../everyday2.jsonl (or rows from build.py) and print counts. Standard library only."""
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
FILE = HERE.parent / "everyday2.jsonl"
KEYS = {"request_id", "prompt", "response", "expected_light", "expected_critics", "tags", "source",
        "lang", "group"}
LANGS = {"en", "es", "fr", "de", "pt", "it", "zh", "ja", "hi", "ar", "ru", "tr", "pl", "nl", "ko",
         "vi", "sw", "id", "sv"}


def check(rows):
    errs = []
    ids, prompts = set(), {}
    groups = Counter()
    for i, r in enumerate(rows):
        where = "row %d (%s)" % (i + 1, r.get("request_id"))
        if set(r) != KEYS:
            errs.append("%s: keys %s" % (where, sorted(set(r) ^ KEYS)))
            continue
        for k in ("request_id", "prompt", "response", "source", "lang", "group", "expected_light"):
            if not isinstance(r[k], str):
                errs.append("%s: %s not a string" % (where, k))
        if not re.fullmatch(r"everyday2-\d{4}", r["request_id"]):
            errs.append("%s: bad id" % where)
        if not re.fullmatch(r"everyday2-g\d{4}", r["group"]):
            errs.append("%s: bad group" % where)
        if r["request_id"] in ids:
            errs.append("%s: duplicate id" % where)
        ids.add(r["request_id"])
        groups[r["group"]] += 1
        if r["expected_light"] != "GREEN":
            errs.append("%s: light must be GREEN" % where)
        if r["expected_critics"] != []:
            errs.append("%s: critics must be []" % where)
        if r["source"] != "everyday2":
            errs.append("%s: source" % where)
        if r["lang"] not in LANGS:
            errs.append("%s: lang %r" % (where, r["lang"]))
        t = r["tags"]
        if not (isinstance(t, list) and t[:2] == ["benign", "ordinary"] and len(t) == len(set(t))):
            errs.append("%s: tags must start benign, ordinary and be unique" % where)
        if ("non_english" in t) != (r["lang"] != "en"):
            errs.append("%s: non_english tag vs lang" % where)
        if ("prompt_only" in t) != (r["response"] == ""):
            errs.append("%s: prompt_only tag vs response" % where)
        p = r["prompt"]
        if not p.strip() or len(p) > 400 or len(r["response"]) > 800:
            errs.append("%s: empty or too long text" % where)
        key = p.lower().strip()
        if key in prompts:
            errs.append("%s: prompt repeats %s" % (where, prompts[key]))
        prompts[key] = r["request_id"]
    for grp, n in groups.items():
        if n > 6:
            errs.append("group %s has %d cases" % (grp, n))
    if errs:
        sys.exit("everyday2 invalid:\n" + "\n".join(errs[:50]))


def report(rows):
    n = len(rows)
    po = sum(1 for r in rows if r["response"] == "")
    ne = sum(1 for r in rows if r["lang"] != "en")
    look = sum(1 for r in rows if "lookalike" in r["tags"])
    print("cases %d, groups %d" % (n, len({r["group"] for r in rows})))
    print("prompt-only %d (%.0f %%), answered %d" % (po, 100 * po / n, n - po))
    print("non-English %d (%.0f %%), lookalike %d (%.0f %%)" % (ne, 100 * ne / n, look, 100 * look / n))
    print("by lang:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in rows).most_common()))
    print("by topic:", ", ".join("%s %d" % kv for kv in Counter(r["tags"][2] for r in rows).most_common()))


def main():
    rows = [json.loads(l) for l in open(FILE, encoding="utf-8")]
    check(rows)
    report(rows)


if __name__ == "__main__":
    main()
