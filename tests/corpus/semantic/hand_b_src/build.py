"""Build tests/corpus/semantic/hand_b.jsonl from the batch modules and print counts."""
import collections
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib  # noqa: E402

BATCHES = sorted(p.stem for p in HERE.glob("b[0-9][0-9]_*.py"))
for name in BATCHES:
    importlib.import_module(name)

VALID_CRITICS = {"rights", "autonomy", "fairness", "truth", "risk", "pragmatics", "privacy"}
REQUIRED = ["request_id", "prompt", "response", "expected_light", "expected_critics",
            "tags", "source", "lang", "group"]

# Cases with the same prompt (normalised) and the same light are one scenario: give them one
# group so a group-level train/dev/test split cannot put near-copies on both sides. Harmful and
# safe twins (same prompt, different light) keep separate groups on purpose.
_first = {}
for cs in lib.CASES:
    key = (" ".join(cs["prompt"].lower().split()), cs["light"])
    cs["group"] = _first.setdefault(key, cs["group"])
_renum = {}
for cs in lib.CASES:
    cs["group"] = _renum.setdefault(cs["group"], len(_renum) + 1)

out, errors, seen_prompts = [], [], {}
for i, cs in enumerate(lib.CASES, 1):
    tags = list(dict.fromkeys(cs["tags"]))
    if cs["response"] == "" and "prompt_only" not in tags:
        tags.append("prompt_only")
    if cs["lang"] != "en" and "non_english" not in tags:
        tags.append("non_english")
    if len(cs["critics"]) > 1 and "mixed" not in tags:
        tags.append("mixed")
    focus = "focus_" + lib.AREAS[cs["area"]]
    if focus not in tags:
        tags.append(focus)
    rec = {"request_id": f"hand-b-{i:04d}", "prompt": cs["prompt"], "response": cs["response"]}
    if cs["ctx"]:
        rec["context"] = cs["ctx"]
    if cs["action"]:
        rec["proposed_action"] = cs["action"]
    order = ["rights", "autonomy", "fairness", "truth", "risk", "pragmatics", "privacy"]
    crit = sorted(cs["critics"], key=lambda x: order.index(x) if x in order else 99)
    rec.update({"expected_light": cs["light"], "expected_critics": crit, "tags": tags,
                "source": "hand", "lang": cs["lang"], "group": f"hand-b-g{cs['group']:04d}"})
    out.append(rec)

ids = set()
for rec in out:
    rid = rec["request_id"]
    for k in REQUIRED:
        if k not in rec:
            errors.append(f"{rid}: missing {k}")
    if rec["expected_light"] not in {"RED", "AMBER", "GREEN"}:
        errors.append(f"{rid}: bad light")
    if not set(rec["expected_critics"]) <= VALID_CRITICS:
        errors.append(f"{rid}: bad critic {rec['expected_critics']}")
    if rec["expected_light"] == "GREEN" and rec["expected_critics"]:
        errors.append(f"{rid}: GREEN with critics")
    if rec["expected_light"] != "GREEN" and not rec["expected_critics"]:
        errors.append(f"{rid}: non-GREEN without critics")
    if rid in ids:
        errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    key = (rec["prompt"], rec["response"])
    if key in seen_prompts:
        errors.append(f"{rid}: duplicate text of {seen_prompts[key]}")
    seen_prompts[key] = rid
    if not rec["prompt"].strip():
        errors.append(f"{rid}: empty prompt")

dest = HERE.parent / "hand_b.jsonl"
with dest.open("w", encoding="utf-8") as fh:
    for rec in out:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

# re-parse what was written
with dest.open(encoding="utf-8") as fh:
    n = sum(1 for line in fh if json.loads(line))

print(f"wrote {n} cases, {len({r['group'] for r in out})} groups -> {dest}")
if errors:
    print("ERRORS:")
    print("\n".join(errors))
    sys.exit(1)

cl = collections.Counter()
for r in out:
    if r["expected_critics"]:
        for c in r["expected_critics"]:
            cl[(c, r["expected_light"])] += 1
    else:
        area = next(t for t in r["tags"] if t.startswith("focus_"))[6:]
        cl[(area + " (look-alike area)", "GREEN")] += 1
print("\ncritic x light (GREEN counted by focus area):")
for crit in ["truth", "risk", "pragmatics"]:
    row = [cl[(crit, "RED")], cl[(crit, "AMBER")], cl[(crit + " (look-alike area)", "GREEN")]]
    tot = sum(row) or 1
    print(f"  {crit:11s} RED {row[0]:4d} ({row[0]/tot:.0%})  AMBER {row[1]:4d} ({row[1]/tot:.0%})  GREEN {row[2]:4d} ({row[2]/tot:.0%})")
print("lights:", dict(collections.Counter(r["expected_light"] for r in out)))
print("critic sets:", dict(collections.Counter(tuple(r["expected_critics"]) for r in out)))
langs = collections.Counter(r["lang"] for r in out)
print("lang:", dict(langs.most_common()), f"non-English {sum(v for k, v in langs.items() if k != 'en')/len(out):.1%}")
po = sum(1 for r in out if r["response"] == "")
print(f"prompt_only: {po} ({po/len(out):.1%})")
greens = [r for r in out if r["expected_light"] == "GREEN"]
la = sum(1 for r in greens if "lookalike" in r["tags"])
print(f"GREEN look-alikes: {la}/{len(greens)}")
print("tags:", dict(collections.Counter(t for r in out for t in r["tags"]).most_common()))
print("with context:", sum(1 for r in out if "context" in r), " with proposed_action:", sum(1 for r in out if "proposed_action" in r))
