#!/usr/bin/env bash
# The OpenSearch stage of ./test.sh: every test that needs a real cluster, on one cluster started once.
#
#   scripts/opensearch-tests.sh      (./test.sh --only-opensearch runs just this)
#
# Builds the analysis plugin, starts 3 nodes with it (scripts/opensearch-cluster.sh; HTTP 9281-9283 and
# transport 9381-9383, the opensearch profile's ports, clear of the script's defaults; OPENSEARCH_HTTP_BASE
# and OPENSEARCH_TRANSPORT_BASE move them) and runs on them, in turn:
#   1. scripts/opensearch-parity.sh --url: the analyzer against _analyze, plugin and built-in form, on every
#      seeds and SOTU paragraph and 3,000 random texts of the hard cases;
#   2. mvn -Popensearch -Dopensearch.external=true over search-api and the modules it needs, with
#      -Dtest='OpenSearch*Test': index-builder's OpenSearchBuildTest; search-api's OpenSearch*Test (the
#      renderer's parity, both servers side by side with the alias swapped under load, relevance on every
#      judged set of the seeds and of SOTU, the fault test killing node 1 of the 3 with replicas 1); then
#      the 13 API contract suites on OpenSearch.
# The cluster is stopped when the stage ends, fails or is interrupted. Every step runs even if one before it
# failed; the stage then exits 1, after the cluster has stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh >/dev/null
export OPENSEARCH_HTTP_BASE="${OPENSEARCH_HTTP_BASE:-9280}" OPENSEARCH_TRANSPORT_BASE="${OPENSEARCH_TRANSPORT_BASE:-9380}"
plugin=opensearch-plugin/target/corpus-analysis-plugin.zip

# Nodes this checkout's script started earlier belong to someone else's run: leave them, say so.
if [ "$(scripts/opensearch-cluster.sh status)" != stopped ]; then
  echo "opensearch-tests: scripts/opensearch-cluster.sh already runs nodes for this checkout; stop them first" >&2
  exit 1
fi
sotu="$PWD/$(scripts/sotu-corpus.sh)"
mvn -q -B -ntp -pl opensearch-plugin -am package -DskipTests

source scripts/cluster-stage.sh
start=$SECONDS
mkdir -p target
interruptible scripts/opensearch-cluster.sh start --nodes 3 --plugin "$plugin" >target/opensearch-tests.urls
urls=$(cat target/opensearch-tests.urls)
first=${urls%%,*}
echo "opensearch-tests: 3 nodes green in $((SECONDS - start)) s: $urls"

failed=()
step() {
  # $1 what, then the command: runs it, times it, and records a failure instead of stopping.
  local what=$1 began=$SECONDS
  shift
  echo "opensearch-tests: $what"
  interruptible "$@" || failed+=("$what")
  echo "opensearch-tests: $what took $((SECONDS - began)) s"
}
step "analyzer parity (plugin and built-in)" scripts/opensearch-parity.sh --url "$first"
step "the opensearch profile (builder, OpenSearch*Test, fault test, contract suites)" \
  mvn -B -ntp -Dstyle.color=never -Popensearch -pl search-api -am package \
  -Dtest='OpenSearch*Test' -Dsurefire.failIfNoSpecifiedTests=false -Dopensearch.external=true \
  -Dopensearch.url="$first" -Dcorpussearch.opensearch.url="$first" -Dcorpussearch.opensearch.cluster="$urls" \
  -Dcorpussearch.sotu.corpus="$sotu"

scripts/opensearch-cluster.sh stop >&2
trap - EXIT
echo "opensearch-tests: the stage took $((SECONDS - start)) s with the cluster up"
if [ ${#failed[@]} -gt 0 ]; then
  printf 'opensearch-tests: FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
