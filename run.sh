#!/usr/bin/env bash
# Builds (when needed), indexes the corpus (incrementally: an unchanged corpus writes nothing)
# and serves the search page and API on http://localhost:7070.
# Environment: CORPUS_DIR (default seeds), CORPUS_INDEX (default data/index), and every
# search-api variable listed in README.md. Extra arguments go to search-api.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-env.sh
source scripts/startup-cache.sh

corpus="${CORPUS_DIR:-seeds}"
index="${CORPUS_INDEX:-data/index}"
builder=index-builder/target/index-builder.jar
server=search-api/target/search-api.jar

stale() {
  [ ! -f "$builder" ] || [ ! -f "$server" ] ||
    [ -n "$(find pom.xml analysis/pom.xml index-builder/pom.xml search-api/pom.xml analysis/src index-builder/src search-api/src -newer "$server" -print -quit)" ]
}

if stale; then
  echo "Building corpus-search (JDK at $JAVA_HOME)..." >&2
  mvn -B -q -ntp -Dstyle.color=never package -DskipTests
fi

# Startup caches in data/cds (see scripts/startup-cache.sh): the index builder's first run records
# its own; the service's is recorded by a short training run after each build, so that every start
# of the service, the first included, takes about half the time.
java $(startup_cache_flags index-builder "$builder" data/cds) -jar "$builder" --corpus "$corpus" --index "$index"
record_search_api_cache "$server" data/cds --index "$index"
echo "Starting the search service: open http://localhost:${CORPUS_PORT:-7070}" >&2
exec java $(startup_cache_flags search-api "$server" data/cds) -jar "$server" --index "$index" "$@"
