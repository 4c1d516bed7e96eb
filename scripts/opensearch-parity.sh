#!/usr/bin/env bash
# The analyzer parity check: CorpusAnalyzer against OpenSearch's _analyze, for the analysis plugin's
# analyzers and for the built-in-filter form (scripts/opensearch-analysis-settings.sh), on every
# seeds paragraph, every State of the Union paragraph (scripts/sotu-corpus.sh) and random texts of
# the hard cases. Compares term, position, position length and offsets of every token; prints the
# counts per form and analyzer and the first differences; exits 1 on any difference.
#
#   scripts/opensearch-parity.sh [--random N] [--seed S]        builds the plugin, starts a 1-node
#                                                               cluster with it (HTTP 9241 unless
#                                                               OPENSEARCH_HTTP_BASE says otherwise),
#                                                               checks, and stops the cluster
#   scripts/opensearch-parity.sh --url URL [--random N] ...     uses a running cluster that has the
#                                                               plugin installed
set -euo pipefail
cd "$(dirname "$0")/.."
url="" args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url="${2:?--url needs a value}"; shift ;;
    --random|--seed) args+=("$1" "${2:?$1 needs a value}"); shift ;;
    *) sed -n '2,/^set /s/^# \{0,1\}//p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
  shift
done
source scripts/java-env.sh >/dev/null
module=opensearch-plugin
mvn -q -B -ntp -pl "$module" -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test >&2
sotu=$(scripts/sotu-corpus.sh)
if [ -z "$url" ]; then
  # A port range of its own, so a cluster started by scripts/opensearch-cluster.sh with the defaults is left alone.
  export OPENSEARCH_HTTP_BASE="${OPENSEARCH_HTTP_BASE:-9240}" OPENSEARCH_TRANSPORT_BASE="${OPENSEARCH_TRANSPORT_BASE:-9340}"
  trap 'scripts/opensearch-cluster.sh stop >&2' EXIT
  url=$(scripts/opensearch-cluster.sh start --nodes 1 --plugin "$module/target/corpus-analysis-plugin.zip")
fi
java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/test-classpath.txt")" \
  corpussearch.opensearch.ParityCheck --url "$url" --corpus seeds --corpus "$sotu" "${args[@]}"
