#!/usr/bin/env bash
# Prints the relevance figures of corpus-search and its baselines side by side: Lucene's StandardAnalyzer and
# EnglishAnalyzer + BM25, and OpenSearch's english analyzer with a match query when a cluster is at hand. Over a
# corpus (default seeds/) and the judged query sets in search-api/src/test/resources/relevance/.
# Builds first when the jar is missing or older than the sources. See docs/relevance.md.
#   scripts/relevance.sh                      seeds/ with the shipped, own and both blind seeds sets
#   scripts/relevance.sh --sotu               the State of the Union corpus (scripts/sotu-corpus.sh) with both blind SOTU sets
#   scripts/relevance.sh --opensearch URL     the OpenSearch baseline on the running cluster at URL (http://127.0.0.1:9201)
#   scripts/relevance.sh --with-opensearch    the OpenSearch baseline on a 1-node cluster of scripts/opensearch-cluster.sh:
#                                             started for the run and stopped after it (one already running is used and
#                                             left running)
# Environment: CORPUS_DIR (default seeds); RELEVANCE_OPENSEARCH_URL (as --opensearch); OPENSEARCH_HTTP_BASE and
# OPENSEARCH_TRANSPORT_BASE move the ports of the cluster --with-opensearch starts. Other arguments replace the query files.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh

corpus="${CORPUS_DIR:-seeds}"
jar=search-api/target/search-api.jar
sets=search-api/src/test/resources/relevance
queries=("$sets/shipped-queries.tsv" "$sets/own-queries.tsv" "$sets/blind-seeds.tsv" "$sets/blind2-seeds.tsv" "$sets/blind3-seeds.tsv")
opensearch="${RELEVANCE_OPENSEARCH_URL:-}"
with_opensearch=false
while [ "$#" -gt 0 ]; do
  case "$1" in
    --sotu) corpus="$(scripts/sotu-corpus.sh)"; queries=("$sets/blind-sotu.tsv" "$sets/blind2-sotu.tsv" "$sets/blind3-sotu.tsv") ;;
    --opensearch) opensearch="${2:?--opensearch needs a URL, such as http://127.0.0.1:9201}"; shift ;;
    --with-opensearch) with_opensearch=true ;;
    -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) break ;;
  esac
  shift
done
if [ "$#" -gt 0 ]; then queries=("$@"); fi

if [ ! -f "$jar" ] || [ -n "$(find pom.xml analysis/pom.xml index-builder/pom.xml search-api/pom.xml analysis/src/main index-builder/src search-api/src/main -newer "$jar" -print -quit)" ]; then
  echo "Building corpus-search (JDK at $JAVA_HOME)..." >&2
  mvn -q -B -ntp package -DskipTests
fi

if $with_opensearch && [ -z "$opensearch" ]; then
  if [ "$(scripts/opensearch-cluster.sh status)" != stopped ] && [ -n "$(scripts/opensearch-cluster.sh urls)" ]; then
    opensearch="$(scripts/opensearch-cluster.sh urls)"
    echo "relevance: using the running cluster of scripts/opensearch-cluster.sh ($opensearch); it stays up" >&2
  else
    trap 'scripts/opensearch-cluster.sh stop >&2' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    opensearch="$(scripts/opensearch-cluster.sh start --nodes 1)"
  fi
fi

java --enable-native-access=ALL-UNNAMED -cp "$jar" corpussearch.api.relevance.RelevanceReport \
  --corpus "$corpus" --queries "${queries[@]}" ${opensearch:+--opensearch "$opensearch"}
