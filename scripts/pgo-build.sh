#!/usr/bin/env bash
# Builds readout with profile-guided optimisation (PGO) into target/pgo/release/readout.
#
# An instrumented build codes the bundled real documents (the evaluation sets' readouts and
# news stories and the seed readouts, as files and as JSON lines; never the benchmark's
# generated corpus), LLVM merges the counts it recorded, and a second release build uses
# them to lay out and inline the code that real text keeps hot.
#
# Needs llvm-profdata from the same LLVM major version as rustc (`rustc -vV` names it):
# Debian's `llvm-N` package, or `rustup component add llvm-tools`.
#
# usage: scripts/pgo-build.sh            (prints the binary's path when done)
set -euo pipefail
cd "$(dirname "$0")/.."

major=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
profdata=""
for candidate in "llvm-profdata-$major" \
  "$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/llvm-profdata" \
  "/usr/lib/llvm-$major/bin/llvm-profdata" llvm-profdata; do
  if command -v "$candidate" >/dev/null 2>&1 &&
    "$candidate" --version 2>/dev/null | grep -q "LLVM version $major\."; then
    profdata=$candidate
    break
  fi
done
if [ -z "$profdata" ]; then
  echo "pgo-build: no llvm-profdata for LLVM $major (rustc's); install Debian's llvm-$major" \
    "or run 'rustup component add llvm-tools'" >&2
  exit 2
fi

work=$(pwd)/target/pgo-profile
rm -rf "$work"
mkdir -p "$work/raw"

echo "pgo-build: 1/3 instrumented build (target/pgo-gen)" >&2
RUSTFLAGS="-Cprofile-generate=$work/raw" \
  cargo build --release --quiet --target-dir target/pgo-gen -p readout-cli

echo "pgo-build: 2/3 coding the evaluation and seed documents to record a profile" >&2
training=(examples/readouts)
for set in eval/*/docs; do
  # the sealed test set stays out of everything tuned, this profile included
  case "$set" in eval/test/*) continue ;; esac
  training+=("$set")
done
export LLVM_PROFILE_FILE="$work/raw/readout-%p-%m.profraw"
gen=target/pgo-gen/release/readout
"$gen" code "${training[@]}" -o /dev/null --quiet
# the same documents as JSON lines, so the JSON-lines reader is profiled too
python3 - "$work/training.jsonl" "${training[@]}" <<'EOF'
import json, os, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for root in sys.argv[2:]:
        for name in sorted(os.listdir(root)):
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                out.write(json.dumps({"id": name, "text": f.read()}) + "\n")
EOF
"$gen" bench --corpus "$work/training.jsonl" --repeat 3 >/dev/null
unset LLVM_PROFILE_FILE
"$profdata" merge -o "$work/readout.profdata" "$work"/raw/readout-*.profraw

echo "pgo-build: 3/3 optimised build (target/pgo)" >&2
RUSTFLAGS="-Cprofile-use=$work/readout.profdata -Cllvm-args=-pgo-warn-missing-function=false" \
  cargo build --release --quiet --target-dir target/pgo -p readout-cli
echo "target/pgo/release/readout"
