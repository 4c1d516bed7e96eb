#!/usr/bin/env bash
# The whole test suite: unit, HTTP and browser tests (mvn -B verify underneath, which also builds the
# JMH benchmarks so they keep compiling), the analysis module once more against Lucene 10.4.0 (the
# Lucene OpenSearch 3.6 bundles), the benchmark smoke test (bench/run.sh --quick: asserts the bench
# still runs, never a time), then the OpenSearch stage (scripts/opensearch-tests.sh: a 3-node cluster
# with the analysis plugin, started once and stopped on exit, for the analyzer parity, the builder's
# and the backend's tests, relevance, the fault test and the API contract suites on OpenSearch).
#
#   ./test.sh [MAVEN ARGS...]        everything; MAVEN ARGS go to the first mvn verify
#   ./test.sh --only-opensearch      the OpenSearch stage alone
#   ./test.sh --skip-opensearch ...  everything but the OpenSearch stage (no cluster: about 2.4 GB less)
set -euo pipefail
cd "$(dirname "$0")"
opensearch=run
case "${1:-}" in
  --only-opensearch) opensearch=only; shift ;;
  --skip-opensearch) opensearch=skip; shift ;;
esac
source scripts/java-env.sh
echo "Using JDK at $JAVA_HOME"
if [ "$opensearch" != only ]; then
  scripts/ensure-chromium.sh
  # The State of the Union corpus for the blind SOTU relevance set (SotuRelevanceTest).
  sotu="$PWD/$(scripts/sotu-corpus.sh)"
  mvn -B -ntp -Dstyle.color=never -Pjmh -Dcorpussearch.sotu.corpus="$sotu" verify "$@"
  mvn -B -ntp -Dstyle.color=never -pl analysis -Plucene-10.4 verify
  bench/run.sh --quick --output target/bench-quick
fi
if [ "$opensearch" != skip ]; then
  # exec: a signal to ./test.sh reaches the stage, whose trap stops the nodes.
  exec scripts/opensearch-tests.sh
fi
