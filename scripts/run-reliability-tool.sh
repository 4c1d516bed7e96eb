#!/usr/bin/env bash
# Compiles search-api with its tests and runs one main class of
# search-api/src/test/java/corpussearch/api/reliability/tools on the test classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
main="$1"; shift
# One reactor invocation, so analysis and index-builder resolve to their freshly compiled classes.
mvn -B -q -ntp -Dstyle.color=never -pl search-api -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/reliability-classpath.txt
cp="search-api/target/test-classes:search-api/target/classes:index-builder/target/classes:analysis/target/classes:$(cat search-api/target/reliability-classpath.txt)"
exec java -Xmx512m -cp "$cp" "$main" "$@"
