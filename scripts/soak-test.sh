#!/usr/bin/env bash
# Fixed-rate soak of search-api: heap after full GC, open files and p99 at start and end
# (a command, not part of ./test.sh). Usage: scripts/soak-test.sh [--minutes 5] [--rate 40]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
exec scripts/run-reliability-tool.sh corpussearch.api.reliability.tools.SoakRun "$@"
