#!/usr/bin/env bash
# index-builder and search-api against a real node running OpenSearch's security plugin, end to end.
#
#   scripts/opensearch-security-check.sh
#
# Starts one node of OpenSearch 3.4.0 (the newest version with a security plugin on Maven Central) with the
# corpus-analysis plugin built for it and the security plugin's demo configuration
# (scripts/opensearch-cluster.sh start --nodes 1 --security --plugin …: HTTPS on
# 127.0.0.1:9271, transport 9371, 512 MB heap, its own folder beside the other clusters' folder), runs
# search-api's SecuredClusterTest on it (the builder as admin, the service as a read-only user, and what a
# wrong password or CA gives), and stops the node when it ends, fails or is interrupted.
# OPENSEARCH_VERSION, OPENSEARCH_HTTP_BASE and OPENSEARCH_TRANSPORT_BASE change the version and ports.
# Not part of ./test.sh: docs/scale-out.md says how long it takes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh >/dev/null
export OPENSEARCH_VERSION="${OPENSEARCH_VERSION:-3.4.0}"
export OPENSEARCH_HTTP_BASE="${OPENSEARCH_HTTP_BASE:-9270}" OPENSEARCH_TRANSPORT_BASE="${OPENSEARCH_TRANSPORT_BASE:-9370}"
OPENSEARCH_CLUSTER_DIR="$(scripts/opensearch-cluster.sh state)-security"
export OPENSEARCH_CLUSTER_DIR

if [ "$(scripts/opensearch-cluster.sh status)" != stopped ]; then
  echo "opensearch-security-check: a secured node of this checkout is already running; scripts/opensearch-cluster.sh stop it first" \
    "(with OPENSEARCH_CLUSTER_DIR=$OPENSEARCH_CLUSTER_DIR)" >&2
  exit 1
fi
source scripts/cluster-stage.sh

start=$SECONDS
mkdir -p target
# The analysis plugin built for this version: the built-in form's synonym_analyzer names an index's own
# analyzer, which OpenSearch before 3.6 looks for among its global analyzers only. The plugin's build folder
# goes again, so that no later build reuses classes compiled against this version.
plugin="target/corpus-analysis-plugin-$OPENSEARCH_VERSION.zip"
interruptible mvn -q -B -ntp -pl opensearch-plugin -am package -DskipTests -Dopensearch.version="$OPENSEARCH_VERSION"
cp opensearch-plugin/target/corpus-analysis-plugin.zip "$plugin"
rm -rf opensearch-plugin/target
interruptible scripts/opensearch-cluster.sh start --nodes 1 --heap 512m --security --plugin "$plugin" >target/opensearch-security.urls
url=$(cat target/opensearch-security.urls)
echo "opensearch-security-check: OpenSearch $OPENSEARCH_VERSION with the security plugin green in $((SECONDS - start)) s at $url"
began=$SECONDS
status=0
interruptible mvn -B -ntp -Dstyle.color=never -pl search-api -am test -Dtest=SecuredClusterTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcorpussearch.opensearch.secure.url="$url" -Dcorpussearch.opensearch.secure.dir="$OPENSEARCH_CLUSTER_DIR" \
  -Dcorpussearch.opensearch.secure.analysis=plugin || status=$?
echo "opensearch-security-check: the tests took $((SECONDS - began)) s"
scripts/opensearch-cluster.sh stop >&2
trap - EXIT
echo "opensearch-security-check: $([ "$status" = 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s in all"
exit "$status"
