#!/usr/bin/env bash
# Fetches the OpenSearch distribution once (the integ-test zip from Maven Central: no bundled JDK,
# no security plugin) and prints its home folder. Used by bench/run.sh and scripts/opensearch-cluster.sh.
#   scripts/opensearch-dist.sh              OpenSearch 3.6.0 (bundles Lucene 10.4.0)
#   OPENSEARCH_VERSION=3.x scripts/opensearch-dist.sh
#   OPENSEARCH_DIST_DIR=DIR scripts/opensearch-dist.sh   unpacked into DIR (default bench/target)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${OPENSEARCH_VERSION:-3.6.0}"
# OPENSEARCH_DIST_DIR: where to unpack it instead. opensearch-cluster.sh installs and removes plugins in
# the distribution, so two clusters that run at once with different plugins need two.
target="${OPENSEARCH_DIST_DIR:-bench/target}"
home="$target/opensearch-$version"
if [ ! -x "$home/bin/opensearch" ]; then
  echo "opensearch-dist: fetching OpenSearch $version (integ-test zip, Maven Central)" >&2
  mvn -q -B -ntp dependency:copy -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$version:zip" \
    -DoutputDirectory="$target/dl" -Dmdep.overWriteReleases=true >&2
  (cd "$target" && unzip -q -o "dl/opensearch-$version.zip")
fi
# Some integ-test zips (3.4.0) ship only the transport modules: the built-in analysis form needs the
# analysis-common module's char and token filters, which Maven Central has as a jar; a module is that jar with
# a descriptor (painless, whose extension point it also serves, is optional: the zip has no painless).
module="$home/modules/analysis-common"
if [ ! -f "$module/plugin-descriptor.properties" ]; then
  echo "opensearch-dist: adding the analysis-common module of $version (Maven Central)" >&2
  mvn -q -B -ntp dependency:copy -Dartifact="org.opensearch.plugin:analysis-common:$version" -DoutputDirectory="$module" >&2
  cat >"$module/plugin-descriptor.properties.part" <<PROPERTIES
description=Adds analysis components (the analysis-common module of the full distribution)
version=$version
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisModulePlugin
java.version=21
opensearch.version=$version
extended.plugins=lang-painless;optional=true
has.native.controller=false
PROPERTIES
  mv "$module/plugin-descriptor.properties.part" "$module/plugin-descriptor.properties"
  chmod -R a+rX "$module"
fi
(cd "$home" && pwd)
