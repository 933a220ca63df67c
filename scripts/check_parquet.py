#!/usr/bin/env python3
"""Independent read-back check of a `readout export --format parquet` output (file or hive directory).

Reads the export with pyarrow (not with readout's own code) and checks:
  * row count: against --expect-rows N, and/or against the store itself (--db FILE, read with
    Python's sqlite3; negated events are excluded unless --include-negated, as in the export);
  * column types: dates are date32, lists are list<string>, score is float64, ids are strings …;
  * partition values: every row of year=YYYY[/month=MM] has its date_start in that year/month
    (and a null date_start under __HIVE_DEFAULT_PARTITION__); with --db, per-partition counts match;
  * value sanity: PLOVER event types and quad classes, scores within [-10, 10], unique event ids.
Exits 1 on any mismatch, printing each one.

Usage:
  python3 scripts/check_parquet.py OUT [--partition year|month] [--db readout.db] [--include-negated]
                                       [--expect-rows N]
"""

import argparse
import collections
import datetime
import os
import sqlite3
import sys

import pyarrow as pa
import pyarrow.parquet as pq

EVENT_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
QUADS = {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"

LIST_OF_STRINGS = pa.list_(pa.string())
EXPECTED_TYPES = {
    "id": pa.string(),
    "doc_id": pa.string(),
    "event_type": pa.string(),
    "mode": LIST_OF_STRINGS,
    "context": LIST_OF_STRINGS,
    "issues": LIST_OF_STRINGS,
    "actor_codes": LIST_OF_STRINGS,
    "actor_names": LIST_OF_STRINGS,
    "recipient_codes": LIST_OF_STRINGS,
    "date": pa.string(),
    "date_start": pa.date32(),
    "date_end": pa.date32(),
    "date_from_document": pa.bool_(),
    "negated": pa.bool_(),
    "score": pa.float64(),
    "quad": pa.string(),
    "cameo": pa.string(),
    "sentence": pa.string(),
    "sentence_index": pa.int64(),
    "span_start": pa.int64(),
    "span_end": pa.int64(),
    "story_id": pa.int64(),
    "story_mentions": pa.uint32(),
    "story_documents": pa.uint32(),
    "story_sources": pa.uint32(),
    "doc_date": pa.date32(),
}


def same_type(actual, expected):
    """List field names differ between writers ("item" vs "element"); compare value types only."""
    if pa.types.is_list(expected):
        return pa.types.is_list(actual) and actual.value_type == expected.value_type
    return actual == expected


def partition_of(path, root):
    """{'year': '2021', 'month': '03'} from OUT/year=2021/month=03/part-0.parquet."""
    rel = os.path.relpath(os.path.dirname(path), root)
    parts = {}
    if rel != ".":
        for piece in rel.split(os.sep):
            if "=" in piece:
                key, value = piece.split("=", 1)
                parts[key] = value
    return parts


def parquet_files(out):
    if os.path.isfile(out):
        return [out]
    found = []
    for dirpath, _, names in os.walk(out):
        found.extend(os.path.join(dirpath, n) for n in names if n.endswith(".parquet"))
    return sorted(found)


def store_counts(db, partition, include_negated):
    """Events per partition key according to the store (the export's source of truth)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    where = "" if include_negated else "WHERE negated = 0"
    counts = collections.Counter()
    for (start,) in con.execute(f"SELECT eff_start FROM events {where}"):
        if start is None:
            key = (HIVE_NULL, HIVE_NULL) if partition == "month" else (HIVE_NULL,)
        else:
            d = datetime.date(1970, 1, 1) + datetime.timedelta(days=start)
            key = (str(d.year), f"{d.month:02d}") if partition == "month" else (str(d.year),)
        counts[key if partition else ()] += 1
    con.close()
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="exported .parquet file or partitioned directory")
    ap.add_argument("--partition", choices=["year", "month"], help="partitioning used for the export")
    ap.add_argument("--db", help="the store the export came from, to compare counts")
    ap.add_argument("--include-negated", action="store_true", help="the export included negated events")
    ap.add_argument("--expect-rows", type=int, help="expected total row count")
    args = ap.parse_args()

    problems = []
    files = parquet_files(args.out)
    if not files:
        print(f"check_parquet: no .parquet files under {args.out}", file=sys.stderr)
        return 1

    total = 0
    per_partition = collections.Counter()
    ids = set()
    for path in files:
        table = pq.read_table(path)
        schema = table.schema
        for name, expected in EXPECTED_TYPES.items():
            if name not in schema.names:
                problems.append(f"{path}: missing column {name}")
            elif not same_type(schema.field(name).type, expected):
                problems.append(f"{path}: column {name} is {schema.field(name).type}, expected {expected}")
        parts = partition_of(path, args.out) if os.path.isdir(args.out) else {}
        wanted = ["year", "month"] if args.partition == "month" else ["year"] if args.partition else []
        if [k for k in parts] != wanted:
            problems.append(f"{path}: partition directories {parts} do not match --partition {args.partition}")
        for key in parts:
            if key in schema.names:
                problems.append(f"{path}: partition column {key} is also stored in the file")
        rows = table.num_rows
        total += rows
        per_partition[tuple(parts.get(k) for k in wanted)] += rows
        if "date_start" in schema.names and parts:
            for d in table.column("date_start").to_pylist():
                year, month = parts.get("year"), parts.get("month")
                if d is None:
                    if year != HIVE_NULL:
                        problems.append(f"{path}: undated row outside the null partition")
                        break
                    continue
                if str(d.year) != year or (month is not None and f"{d.month:02d}" != month):
                    problems.append(f"{path}: row dated {d} in partition {parts}")
                    break
        if "event_type" in schema.names:
            bad = set(table.column("event_type").to_pylist()) - EVENT_TYPES
            if bad:
                problems.append(f"{path}: unknown event types {sorted(bad)}")
        if "quad" in schema.names:
            bad = set(table.column("quad").to_pylist()) - QUADS
            if bad:
                problems.append(f"{path}: unknown quad classes {sorted(bad)}")
        if "score" in schema.names:
            scores = [s for s in table.column("score").to_pylist() if s is None or not -10.0 <= s <= 10.0]
            if scores:
                problems.append(f"{path}: {len(scores)} scores outside [-10, 10]")
        if "id" in schema.names:
            for i in table.column("id").to_pylist():
                if i in ids:
                    problems.append(f"{path}: duplicate event id {i}")
                    break
                ids.add(i)

    if args.expect_rows is not None and total != args.expect_rows:
        problems.append(f"row count {total}, expected {args.expect_rows}")
    if args.db:
        expected = store_counts(args.db, args.partition, args.include_negated)
        if sum(expected.values()) != total:
            problems.append(f"row count {total}, the store has {sum(expected.values())} matching events")
        for key in sorted(set(expected) | set(per_partition), key=str):
            if expected.get(key, 0) != per_partition.get(key, 0):
                problems.append(f"partition {key}: {per_partition.get(key, 0)} rows, the store has {expected.get(key, 0)}")

    if problems:
        for p in problems[:20]:
            print(f"check_parquet: {p}", file=sys.stderr)
        if len(problems) > 20:
            print(f"check_parquet: … and {len(problems) - 20} more problems", file=sys.stderr)
        return 1
    print(f"check_parquet: ok: {total} rows in {len(files)} files, {len(per_partition)} partitions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
