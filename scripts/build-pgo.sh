#!/usr/bin/env bash
# Builds the fastest `readout`: whole-program LTO (the `dist` profile) plus profile-guided
# optimisation, trained on the evaluation documents (not on the benchmark corpus, which is
# made of the bundled seed sentences).
#
#   scripts/build-pgo.sh            # prints the path of the optimised binary on its last line
#
# Needs `llvm-profdata` of the same LLVM major version as rustc (Debian: `llvm-NN`); the
# script names the package when it is missing. Takes ~15 min on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

target=$(rustc -vV | sed -n 's/^host: //p')
llvm_major=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
profdata=""
for candidate in "llvm-profdata-$llvm_major" "/usr/lib/llvm-$llvm_major/bin/llvm-profdata"; do
  if command -v "$candidate" >/dev/null 2>&1; then
    profdata=$candidate
    break
  fi
done
if [ -z "$profdata" ]; then
  echo "build-pgo: llvm-profdata for LLVM $llvm_major not found (rustc uses LLVM $llvm_major)." >&2
  echo "build-pgo: on Debian: apt-get install llvm-$llvm_major" >&2
  exit 2
fi

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

echo "build-pgo: 1/3 instrumented build" >&2
RUSTFLAGS="-Cprofile-generate=$data/raw" cargo build --profile dist --target "$target" \
  --target-dir target/pgo-gen -p readout-cli >&2

echo "build-pgo: 2/3 training on eval/*/docs" >&2
trainer="target/pgo-gen/$target/dist/readout"
for docs in eval/heldout/docs eval/dev2/docs eval/dev3/docs; do
  "$trainer" code "$docs" -o /dev/null --quiet
done
"$profdata" merge -o "$data/merged.profdata" "$data/raw"

echo "build-pgo: 3/3 optimised build" >&2
RUSTFLAGS="-Cprofile-use=$data/merged.profdata" \
  cargo build --profile dist --target "$target" --target-dir target/pgo -p readout-cli >&2
echo "target/pgo/$target/dist/readout"
