#!/usr/bin/env bash
# Builds (when needed), indexes the corpus (incrementally: an unchanged corpus writes nothing)
# and serves the search page and API on http://localhost:7070.
# Environment: CORPUS_DIR (default seeds), CORPUS_INDEX (default data/index), and every
# search-api variable listed in README.md. Extra arguments go to search-api.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-env.sh

corpus="${CORPUS_DIR:-seeds}"
index="${CORPUS_INDEX:-data/index}"
builder=index-builder/target/index-builder.jar
server=search-api/target/search-api.jar

stale() {
  [ ! -f "$builder" ] || [ ! -f "$server" ] ||
    [ -n "$(find pom.xml index-builder/pom.xml search-api/pom.xml index-builder/src search-api/src -newer "$server" -print -quit)" ]
}

if stale; then
  echo "Building corpus-search (JDK at $JAVA_HOME)..." >&2
  mvn -B -q -ntp -Dstyle.color=never package -DskipTests
fi

# Class-data sharing archives (JDK 19+), kept beside the index and refreshed by the JVM whenever a
# jar changes: later starts skip most class loading.
mkdir -p data/cds
cds() { echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=data/cds/$1.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"; }

java $(cds index-builder) -jar "$builder" --corpus "$corpus" --index "$index"
echo "Starting the search service: open http://localhost:${CORPUS_PORT:-7070}" >&2
exec java $(cds search-api) -jar "$server" --index "$index" "$@"
