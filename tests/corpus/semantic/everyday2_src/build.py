"""Build ../everyday2.jsonl from the batch modules b*.py (deterministic, standard library only)."""
import importlib
import json
import pathlib
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "everyday2.jsonl"
sys.path.insert(0, str(HERE))


def cases():
    n_case = n_group = 0
    for path in sorted(HERE.glob("b[0-9][0-9]_*.py")):
        mod = importlib.import_module(path.stem)
        for grp in mod.GROUPS:
            n_group += 1
            topic = grp["topic"] or mod.TOPIC
            for c in grp["cases"]:
                n_case += 1
                lang, prompt = c[0], c[1].strip()
                response = c[2].strip() if len(c) == 3 else ""
                tags = ["benign", "ordinary", topic]
                tags += [x for x in grp["tags"] if x not in tags]
                tags.append("prompt_only" if not response else "answered")
                if lang != "en":
                    tags.append("non_english")
                yield {
                    "request_id": "everyday2-%04d" % n_case,
                    "prompt": prompt,
                    "response": response,
                    "expected_light": "GREEN",
                    "expected_critics": [],
                    "tags": tags,
                    "source": "everyday2",
                    "lang": lang,
                    "group": "everyday2-g%04d" % n_group,
                }


def main():
    rows = list(cases())
    import validate
    validate.check(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    validate.report(rows)


if __name__ == "__main__":
    main()
