#!/usr/bin/env python3
"""Checks an evaluation set's gold.jsonl against SPEC.md's vocabularies and its docs/ folder.

usage: validate_gold.py SET_DIR [SPEC]     (SET_DIR holds gold.jsonl and docs/; e.g. eval/heldout)
Exits 1 on any problem; prints per-type counts of required events.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "heldout")
GOLD = os.path.join(SET_DIR, "gold.jsonl")
DOCS = os.path.join(SET_DIR, "docs")
SPEC = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "..", "shared", "SPEC.md")


def spec_vocab(path):
    """Types, modes per type and contexts, read from SPEC.md's table and context list."""
    text = open(path, encoding="utf-8").read()
    modes = {}
    for m in re.finditer(r"^\| ([A-Z]+) \| [^|]+\| [^|]+\| ([^|]+) \|$", text, re.M):
        t, mode_cell = m.group(1), m.group(2).strip()
        if t == "type":
            continue
        names = set()
        if mode_cell != "—":
            for part in mode_cell.split(","):
                part = part.strip()
                part = re.sub(r"\s*\(.*\)$", "", part)
                part = re.sub(r"\s+[−-]?\d+(\.\d+)?$", "", part)
                names.add(part.strip())
        modes[t] = names
    ctx_block = text.split("- Contexts (any number per event):", 1)[1].split("\n- ", 1)[0]
    contexts = {c.strip(" .\n") for c in ctx_block.replace("\n", " ").split(",")}
    return modes, contexts


def main():
    modes, contexts = spec_vocab(SPEC)
    assert len(modes) == 16, modes.keys()
    problems = []
    counts = collections.Counter()
    all_counts = collections.Counter()
    n_events = n_req = 0
    seen = set()
    date_re = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for ln, line in enumerate(open(GOLD, encoding="utf-8"), 1):
        d = json.loads(line)
        doc_id = d["doc_id"]
        if doc_id in seen:
            problems.append(f"{doc_id}: duplicate doc line")
        seen.add(doc_id)
        if not os.path.exists(os.path.join(DOCS, doc_id + ".txt")):
            problems.append(f"{doc_id}: no docs/{doc_id}.txt")
        if d["doc_date"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", d["doc_date"]):
            problems.append(f"{doc_id}: bad doc_date {d['doc_date']}")
        keys = collections.Counter()
        for e in d["events"]:
            n_events += 1
            t = e["event_type"]
            if t not in modes:
                problems.append(f"{doc_id}: unknown type {t}")
                continue
            for a in e.get("alt_types", []):
                if a not in modes:
                    problems.append(f"{doc_id}: unknown alt type {a}")
            for m in e.get("mode", []) or []:
                if m not in modes[t]:
                    problems.append(f"{doc_id}: mode {m} not a {t} mode")
            for c in e.get("context", []) or []:
                if c not in contexts:
                    problems.append(f"{doc_id}: unknown context {c}")
            if e.get("date") is not None and not date_re.match(e["date"]):
                problems.append(f"{doc_id}: bad date {e['date']}")
            if e.get("aux") not in (None, "historical", "future", "hypothetical", "negated"):
                problems.append(f"{doc_id}: bad aux {e['aux']}")
            for side in ("actor", "recipient"):
                if not isinstance(e[side], list):
                    problems.append(f"{doc_id}: {side} not a list")
            if d["doc_date"] is None and e.get("date") is not None:
                problems.append(f"{doc_id}: dated event in an undated document")
            recip = t == "CONSULT" or (not e["recipient"] and len(e["actor"]) >= 2)
            key = (t, frozenset(e["actor"]) | frozenset(e["recipient"])) if recip else \
                (t, frozenset(e["actor"]), frozenset(e["recipient"]))
            keys[key] += 1
            all_counts[t] += 1
            if not e.get("optional"):
                n_req += 1
                counts[t] += 1
        for k, v in keys.items():
            if v > 1:
                problems.append(f"{doc_id}: {v} gold events share key {k}")
    missing = [t for t in modes if counts[t] < 2]
    if missing:
        problems.append(f"types with fewer than 2 required events: {missing}")
    docs_on_disk = {f[:-4] for f in os.listdir(DOCS) if f.endswith(".txt")}
    for extra in sorted(docs_on_disk - seen):
        problems.append(f"docs/{extra}.txt has no gold line")
    print(f"documents={len(seen)} events={n_events} required={n_req} optional={n_events - n_req}")
    print("required per type:", dict(sorted(counts.items())))
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
