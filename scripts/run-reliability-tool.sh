#!/usr/bin/env bash
# Compiles search-api with its tests (offline) and runs one main class of
# search-api/src/test/java/corpussearch/api/reliability/tools on the test classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
main="$1"; shift
mvn -o -B -q -pl search-api -am test-compile
mvn -o -B -q -pl search-api dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/reliability-classpath.txt
cp="search-api/target/test-classes:search-api/target/classes:index-builder/target/classes:$(cat search-api/target/reliability-classpath.txt)"
exec java -Xmx512m -cp "$cp" "$main" "$@"
