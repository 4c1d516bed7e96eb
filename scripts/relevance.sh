#!/usr/bin/env bash
# Prints the relevance figures of corpus-search and the StandardAnalyzer and EnglishAnalyzer + BM25 baselines over a
# corpus (default seeds/) and the judged query sets in search-api/src/test/resources/relevance/.
# Builds first when the jar is missing or older than the sources. See docs/relevance.md.
#   scripts/relevance.sh            seeds/ with the shipped, own and both blind seeds sets
#   scripts/relevance.sh --sotu     the State of the Union corpus (scripts/sotu-corpus.sh) with both blind SOTU sets
# Environment: CORPUS_DIR (default seeds). Other arguments replace the query files.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh

corpus="${CORPUS_DIR:-seeds}"
jar=search-api/target/search-api.jar
sets=search-api/src/test/resources/relevance
queries=("$sets/shipped-queries.tsv" "$sets/own-queries.tsv" "$sets/blind-seeds.tsv" "$sets/blind2-seeds.tsv")
if [ "${1:-}" = "--sotu" ]; then
  shift
  corpus="$(scripts/sotu-corpus.sh)"
  queries=("$sets/blind-sotu.tsv" "$sets/blind2-sotu.tsv")
fi
if [ "$#" -gt 0 ]; then queries=("$@"); fi

if [ ! -f "$jar" ] || [ -n "$(find pom.xml analysis/pom.xml index-builder/pom.xml search-api/pom.xml analysis/src/main index-builder/src search-api/src/main -newer "$jar" -print -quit)" ]; then
  echo "Building corpus-search (JDK at $JAVA_HOME)..." >&2
  mvn -q -B -ntp package -DskipTests
fi

exec java --enable-native-access=ALL-UNNAMED -cp "$jar" corpussearch.api.relevance.RelevanceReport \
  --corpus "$corpus" --queries "${queries[@]}"
