#!/usr/bin/env bash
# The whole test suite: unit, HTTP and browser tests (mvn -B verify underneath).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-env.sh
echo "Using JDK at $JAVA_HOME"
scripts/ensure-chromium.sh
exec mvn -B -ntp -Dstyle.color=never verify "$@"
