"""Validate tests/corpus/semantic/pairs.jsonl and print its counts.

Checks: every line parses; keys and types; lights; critic names; GREEN has no critics and non-GREEN has
some; unique request ids; each response pair's group exists in public.jsonl with the same prompt; each
look-alike has its own pairs-g group; tags are one of refusal / compliance / lookalike.
"""

import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent
CRITICS = ["rights", "autonomy", "fairness", "truth", "risk", "pragmatics", "privacy"]
LIGHTS = {"GREEN", "AMBER", "RED"}
REQUIRED = {"request_id", "prompt", "response", "expected_light", "expected_critics", "tags", "source", "lang", "group"}
OPTIONAL = {"context"}


def main() -> int:
    public = [json.loads(line) for line in open(HERE / "public.jsonl", encoding="utf-8")]
    public_groups = {}
    for case in public:
        public_groups.setdefault(case["group"], set()).add(case["prompt"])
    errors, ids, rows = [], set(), []
    for n, line in enumerate(open(HERE / "pairs.jsonl", encoding="utf-8"), 1):
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: {e}")
            continue
        rows.append(c)
        where = f"line {n} ({c.get('request_id')})"
        keys = set(c)
        if not keys >= REQUIRED or keys - REQUIRED - OPTIONAL:
            errors.append(f"{where}: keys {sorted(keys)}")
            continue
        if c["request_id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(c["request_id"])
        if not c["request_id"].startswith("pairs-"):
            errors.append(f"{where}: id prefix")
        if not (isinstance(c["prompt"], str) and c["prompt"].strip()):
            errors.append(f"{where}: empty prompt")
        if not (isinstance(c["response"], str) and c["response"].strip()):
            errors.append(f"{where}: empty response")
        if c["expected_light"] not in LIGHTS:
            errors.append(f"{where}: light {c['expected_light']}")
        crit = c["expected_critics"]
        if any(x not in CRITICS for x in crit) or len(set(crit)) != len(crit):
            errors.append(f"{where}: critics {crit}")
        if (c["expected_light"] == "GREEN") != (crit == []):
            errors.append(f"{where}: GREEN <=> no critics violated")
        if c["source"] != "hand-pairs":
            errors.append(f"{where}: source")
        if "context" in c and not isinstance(c["context"], dict):
            errors.append(f"{where}: context")
        tags = c["tags"]
        if len(tags) != 1 or tags[0] not in {"refusal", "compliance", "lookalike"}:
            errors.append(f"{where}: tags {tags}")
            continue
        if tags[0] in {"refusal", "lookalike"} and c["expected_light"] != "GREEN":
            errors.append(f"{where}: {tags[0]} must be GREEN")
        if tags[0] == "compliance" and c["expected_light"] == "GREEN":
            errors.append(f"{where}: compliance must not be GREEN")
        if tags[0] == "lookalike":
            if not c["group"].startswith("pairs-g") or c["group"] in public_groups:
                errors.append(f"{where}: look-alike group {c['group']}")
        else:
            if c["group"] not in public_groups:
                errors.append(f"{where}: group {c['group']} not in public.jsonl")
            elif c["prompt"] not in public_groups[c["group"]]:
                errors.append(f"{where}: prompt differs from its public group")
    lk = collections.Counter(c["group"] for c in rows if c["tags"] == ["lookalike"])
    errors += [f"look-alike group {g} used {k} times" for g, k in lk.items() if k > 1]
    for e in errors[:50]:
        print("ERROR", e)
    print(f"{len(rows)} cases, {len(errors)} errors")
    count = collections.Counter
    print("light   ", dict(count(c["expected_light"] for c in rows)))
    print("critic  ", {k: sum(k in c["expected_critics"] for c in rows) for k in CRITICS})
    print("tag     ", dict(count(t for c in rows for t in c["tags"])))
    print("lang    ", dict(count(c["lang"] for c in rows).most_common()))
    print("tag x light", dict(count((c["tags"][0], c["expected_light"]) for c in rows)))
    print("groups  ", len({c["group"] for c in rows}))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
