#!/usr/bin/env bash
# Prints the OpenSearch index settings that rebuild corpus-search's analysis chain from built-in
# filters only (for clusters that allow no plugins), generated from the analysis module's own rule
# tables; the body of PUT /index once the mappings are added:
#   scripts/opensearch-analysis-settings.sh [--prefix P] > settings.json
# Analyzers: corpus (indexing), corpus_search (queries, with the aliases), corpus_words (query
# words); --prefix P puts P before every analyzer and filter name. See docs/opensearch-analysis.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh >/dev/null
module=opensearch-plugin
mvn -q -B -ntp -pl "$module" -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  -Dmdep.includeScope=runtime >&2
exec java -cp "$module/target/classes:$(cat "$module/target/classpath.txt")" corpussearch.opensearch.BuiltInAnalysisSettings "$@"
