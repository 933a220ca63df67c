"""Shared by the evaluation sets' build_gold.py scripts: one gold event, and writing gold.jsonl."""
import json
import os


def ev(t, actor, recipient, date=None, mode=None, context=None, aux=None,
       initiator=None, alt=None, optional=False, note=""):
    """One gold event in the format of shared/gold/seeds.jsonl."""
    e = {"event_type": t, "actor": actor, "recipient": recipient}
    if mode:
        e["mode"] = mode
    e["date"] = date
    if context:
        e["context"] = context
    if aux:
        e["aux"] = aux
    if initiator:
        e["initiator"] = initiator
    if alt:
        e["alt_types"] = alt
    if optional:
        e["optional"] = True
    e["note"] = note
    return e


def write_gold(docs, set_dir):
    """Writes SET_DIR/gold.jsonl: one line per (doc_id, doc_date, events)."""
    with open(os.path.join(set_dir, "gold.jsonl"), "w", encoding="utf-8") as f:
        for doc_id, doc_date, events in docs:
            f.write(json.dumps({"doc_id": doc_id, "doc_date": doc_date, "events": events},
                               ensure_ascii=False) + "\n")
