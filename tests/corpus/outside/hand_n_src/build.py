"""Build tests/corpus/semantic/hand_n.jsonl from the batch modules n01_*.py, n02_*.py, ... and print counts.

Deterministic: batches are read in file-name order, groups and cases in their order in each batch.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from validate import check, counts  # noqa: E402

CRITIC_ORDER = ("rights", "autonomy", "fairness", "truth", "risk", "pragmatics", "privacy")
CTX_KEYS = ("domain", "user_role", "jurisdiction", "vulnerable_user")


def load_batches():
    for path in sorted(HERE.glob("n[0-9][0-9]_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        yield path.stem, mod.GROUPS


def build():
    rows, n, gno = [], 0, 0
    for _name, groups in load_batches():
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
                critics = sorted(set(cs["critics"]), key=CRITIC_ORDER.index)
                rec = {"request_id": f"hand-n-{n:04d}", "prompt": cs["prompt"], "response": cs["response"]}
                if cs["ctx"]:
                    rec["context"] = {k: cs["ctx"][k] for k in CTX_KEYS if k in cs["ctx"]}
                rec.update({
                    "expected_light": cs["light"], "expected_critics": critics, "tags": tags,
                    "source": "hand_n", "lang": cs["lang"], "group": f"hand-n-g{gno:04d}",
                })
                rows.append(rec)
    return rows


if __name__ == "__main__":
    rows = build()
    errors = check(rows)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    dest = HERE.parent / "hand_n.jsonl"
    dest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {dest.name}")
    print(counts(rows))
