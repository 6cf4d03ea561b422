"""Print the share of SHORT cases in ../hand_m.jsonl: a one-line prompt (no newline, at most 30 words)
and a response of at most two sentences (prompt-only cases count when the prompt is short)."""
import json, pathlib, re
rows = [json.loads(l) for l in (pathlib.Path(__file__).resolve().parent.parent / "hand_m.jsonl").open()]
def sentences(t):
    return len([s for s in re.split(r"(?<=[.!?。！？])\s*", t.strip()) if s.strip()])
short = sum(1 for r in rows if "\n" not in r["prompt"] and len(r["prompt"].split()) <= 30
            and "\n" not in r["response"] and sentences(r["response"]) <= 2)
print(f"short: {short} of {len(rows)} ({100*short/len(rows):.0f}%)")
