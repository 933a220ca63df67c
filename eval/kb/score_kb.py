#!/usr/bin/env python3
"""Score `readout kb resolve` against the held-out mention list (eval/kb/mentions.tsv).

For every row it runs `$READOUT kb resolve "<mention>" --date <date>` and compares the
printed JSON's `code` and `sector` (and `person`, where the row gives one) with the expected
values. Expected fields may list alternatives separated by '|' (all accepted).

Usage: READOUT=target/release/readout python3 eval/kb/score_kb.py [--tsv FILE] [--min 0.8]
Exit status 1 when code+sector accuracy is below --min (default 0).
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(text):
    """Lower-case, strip diacritics and punctuation so name spellings compare fairly."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    text = re.sub(r"[’'`.]", "", text.lower())
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


def person_matches(expected, got):
    """True when any expected alternative equals the answer after folding, or when the
    shorter name's words (at least two) all occur in the longer one
    ("Javad Zarif" vs "Mohammad Javad Zarif")."""
    got_tokens = fold(got).split()
    if not got_tokens:
        return False
    for alternative in expected.split("|"):
        want_tokens = fold(alternative).split()
        if not want_tokens:
            continue
        if want_tokens == got_tokens:
            return True
        shorter, longer = sorted((want_tokens, got_tokens), key=len)
        if len(shorter) >= 2 and set(shorter) <= set(longer):
            return True
    return False


def field_matches(expected, got):
    """True when the answer equals one of the '|'-separated expected alternatives."""
    return (got or "").strip().upper() in {alt.strip().upper() for alt in expected.split("|")}


def load_rows(path):
    """Read the TSV (skipping '#' lines) into dicts."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 5:
                sys.exit(f"{path}:{number}: expected 6 tab-separated columns, got {len(cols)}")
            cols += [""] * (6 - len(cols))
            mention, date, code, sector, person, note = cols[:6]
            rows.append(dict(line=number, mention=mention, date=date, code=code,
                             sector=sector, person=person, note=note))
    return rows


def resolve(readout, mention, date, extra):
    """Run the resolver; return the parsed JSON or None (no resolution / error text)."""
    cmd = [readout, "kb", "resolve", mention, "--date", date] + extra
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as err:
        return None, f"could not run: {err}"
    if proc.returncode != 0:
        return None, (proc.stderr.strip() or proc.stdout.strip() or f"exit {proc.returncode}")[:120]
    try:
        return json.loads(proc.stdout), ""
    except json.JSONDecodeError:
        return None, f"unparsable output: {proc.stdout[:120]!r}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tsv", default=os.path.join(HERE, "mentions.tsv"))
    parser.add_argument("--min", type=float, default=0.0,
                        help="fail (exit 1) when code+sector accuracy is below this fraction")
    parser.add_argument("--kb-extra", action="append", default=[],
                        help="passed through to `readout kb resolve --kb-extra`")
    parser.add_argument("--quiet", action="store_true", help="do not list the misses")
    args = parser.parse_args()

    readout = os.environ.get("READOUT", "target/release/readout")
    extra = [arg for path in args.kb_extra for arg in ("--kb-extra", path)]
    rows = load_rows(args.tsv)
    if not rows:
        sys.exit(f"no rows in {args.tsv}")

    code_ok = both_ok = unresolved = 0
    person_total = person_ok = 0
    misses = []
    kinds = collections.Counter()
    for row in rows:
        answer, error = resolve(readout, row["mention"], row["date"], extra)
        got = answer or {}
        got_code, got_sector, got_person = got.get("code"), got.get("sector"), got.get("person")
        c_ok = answer is not None and field_matches(row["code"], got_code)
        s_ok = answer is not None and field_matches(row["sector"], got_sector)
        code_ok += c_ok
        both_ok += c_ok and s_ok
        p_ok = None
        if row["person"]:
            person_total += 1
            p_ok = answer is not None and person_matches(row["person"], got_person or "")
            person_ok += p_ok
        problems = []
        if answer is None:
            unresolved += 1
            problems.append("unresolved")
        else:
            if not c_ok:
                problems.append("code")
            if not s_ok:
                problems.append("sector")
        if p_ok is False and answer is not None:
            problems.append("person-missing" if not got_person else "person-wrong")
        if problems:
            kinds[" + ".join(problems)] += 1
            shown = error if answer is None else f"{got_code}/{got_sector}/{got_person or '-'}"
            misses.append(f"  [{' + '.join(problems)}] {row['mention']!r} {row['date']}: "
                          f"want {row['code']}/{row['sector']}/{row['person'] or '-'}, got {shown}"
                          f"  ({row['note']})")

    total = len(rows)
    if not args.quiet and misses:
        print(f"misses ({len(misses)}):")
        print("\n".join(misses))
        print()
    print("kinds of misses:")
    for kind, count in kinds.most_common():
        print(f"  {count:4d}  {kind}")
    print()
    print(f"rows: {total}   unresolved: {unresolved}")
    print(f"code accuracy:        {code_ok}/{total} = {code_ok / total:.3f}")
    print(f"code+sector accuracy: {both_ok}/{total} = {both_ok / total:.3f}")
    if person_total:
        print(f"person accuracy:      {person_ok}/{person_total} = {person_ok / person_total:.3f}"
              f"  (rows with an expected person)")
    if both_ok / total < args.min:
        print(f"FAIL: code+sector accuracy {both_ok / total:.3f} < --min {args.min}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
