#!/usr/bin/env bash
# The whole test suite: unit, HTTP and browser tests (mvn -B verify underneath, which also builds the
# JMH benchmarks so they keep compiling), the analysis module once more against Lucene 10.4.0 (the
# Lucene OpenSearch 3.6 bundles), then the benchmark smoke test (bench/run.sh --quick: asserts the
# bench still runs, never a time).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-env.sh
echo "Using JDK at $JAVA_HOME"
scripts/ensure-chromium.sh
# The State of the Union corpus for the blind SOTU relevance set (SotuRelevanceTest).
sotu="$PWD/$(scripts/sotu-corpus.sh)"
mvn -B -ntp -Dstyle.color=never -Pjmh -Dcorpussearch.sotu.corpus="$sotu" verify "$@"
mvn -B -ntp -Dstyle.color=never -pl analysis -Plucene-10.4 verify
bench/run.sh --quick --output target/bench-quick
