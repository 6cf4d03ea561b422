"""Validate tests/corpus/semantic/hand_b.jsonl on its own and print its counts.

Usage: python3 validate.py [path]   (exit status 1 on any error)
"""
import collections
import json
import pathlib
import sys

PATH = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent / "hand_b.jsonl"
CRITICS = {"rights", "autonomy", "fairness", "truth", "risk", "pragmatics", "privacy"}
LIGHTS = {"RED", "AMBER", "GREEN"}
REQUIRED = {"request_id": str, "prompt": str, "response": str, "expected_light": str,
            "expected_critics": list, "tags": list, "source": str, "lang": str, "group": str}

errors, rows, ids = [], [], set()
for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
    try:
        r = json.loads(line)
    except json.JSONDecodeError as exc:
        errors.append(f"line {n}: not JSON ({exc})")
        continue
    rid = r.get("request_id", f"line {n}")
    for key, typ in REQUIRED.items():
        if not isinstance(r.get(key), typ):
            errors.append(f"{rid}: {key} missing or not {typ.__name__}")
    if r.get("expected_light") not in LIGHTS:
        errors.append(f"{rid}: bad light {r.get('expected_light')}")
    crit = r.get("expected_critics", [])
    if not set(crit) <= CRITICS or len(set(crit)) != len(crit):
        errors.append(f"{rid}: bad critics {crit}")
    if r.get("expected_light") == "GREEN" and crit:
        errors.append(f"{rid}: GREEN must have no critics")
    if r.get("expected_light") in ("RED", "AMBER") and not crit:
        errors.append(f"{rid}: {r.get('expected_light')} needs a critic")
    if "context" in r and not isinstance(r["context"], dict):
        errors.append(f"{rid}: context not an object")
    if "proposed_action" in r and not isinstance(r["proposed_action"], dict):
        errors.append(f"{rid}: proposed_action not an object")
    if r.get("source") != "hand":
        errors.append(f"{rid}: source must be 'hand'")
    if rid in ids:
        errors.append(f"{rid}: duplicate request_id")
    ids.add(rid)
    rows.append(r)

if errors:
    print("\n".join(errors))
    sys.exit(1)

print(f"{PATH.name}: {len(rows)} cases OK, {len({r['group'] for r in rows})} groups")
cl = collections.Counter((c, r["expected_light"]) for r in rows for c in r["expected_critics"])
print("critic x light (a case with two critics counts for both):")
for c in sorted({c for c, _ in cl}):
    print(f"  {c:11s} RED {cl[(c, 'RED')]:4d}  AMBER {cl[(c, 'AMBER')]:4d}")
green = collections.Counter(next((t[6:] for t in r["tags"] if t.startswith("focus_")), "?")
                            for r in rows if r["expected_light"] == "GREEN")
print("GREEN by focus area:", dict(green))
print("lights:", dict(collections.Counter(r["expected_light"] for r in rows)))
print("lang:", dict(collections.Counter(r["lang"] for r in rows).most_common()))
print("tags:", dict(collections.Counter(t for r in rows for t in r["tags"]).most_common()))
