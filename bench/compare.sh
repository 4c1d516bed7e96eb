#!/usr/bin/env bash
# corpus-search against itself: two git revisions side by side on the same SOTU corpus, for changes
# that must not move speed (see bench/compare.py and docs/benchmarks.md).
#
#   bench/compare.sh BEFORE AFTER                 e.g. bench/compare.sh 4a797e9 HEAD
#   bench/compare.sh --scale 10x --rounds 3 A B   --scale 1x|10x|100x (default 100x = 1M paragraphs),
#                                                 --rounds N alternating load runs per revision (default 2),
#                                                 --duration S seconds per measured run (default 15),
#                                                 --warmup S seconds of load before each (default 20)
#
# Builds each revision's jars in a detached git worktree under bench/target/compare/, builds one index
# with each, then serves each with the result cache off under wrk at c=4 in alternating rounds and
# prints build paragraphs/s, req/s and p99 per round. Binds only 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source scripts/java-env.sh >/dev/null
export PYTHONDONTWRITEBYTECODE=1
PASS=()
REVS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scale|--rounds|--duration|--warmup) PASS+=("$1" "${2:?$1 needs a value}"); shift ;;
    -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "bench/compare.sh: unknown option $1" >&2; exit 2 ;;
    *) REVS+=("$1") ;;
  esac
  shift
done
[ ${#REVS[@]} = 2 ] || { echo "bench/compare.sh: give two git revisions (see --help)" >&2; exit 2; }
for tool in wrk /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench/compare.sh: $tool is missing (bench/run.sh installs it)" >&2; exit 1; }
done

WORK="$ROOT/bench/target/compare"
mkdir -p "$WORK"
JARS=()
for rev in "${REVS[@]}"; do
  sha=$(git rev-parse --short "$rev^{commit}") || { echo "bench/compare.sh: no revision $rev" >&2; exit 2; }
  jars="$WORK/jars-$sha"
  if [ ! -f "$jars/search-api.jar" ]; then
    echo "compare: building $rev ($sha)"
    src="$WORK/src-$sha"
    rm -rf "$src"; git worktree prune
    git worktree add -q --detach "$src" "$sha"
    (cd "$src" && mvn -q -B -ntp package -DskipTests)
    mkdir -p "$jars"
    cp "$src/index-builder/target/index-builder.jar" "$src/search-api/target/search-api.jar" "$jars/"
    git worktree remove --force "$src"
  fi
  JARS+=("$rev@$sha=$jars")
done
SOTU="$ROOT/$(scripts/sotu-corpus.sh --data)"
exec python3 bench/compare.py --work "$WORK" --sotu "$SOTU" --java-home "$JAVA_HOME" ${PASS[@]+"${PASS[@]}"} "${JARS[@]}"
