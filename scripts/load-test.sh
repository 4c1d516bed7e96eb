#!/usr/bin/env bash
# Bounded load while index-builder rebuilds twice (a command, not part of ./test.sh).
# Usage: scripts/load-test.sh [--threads 4] [--requests 3000] [--max-minutes 5]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
exec scripts/run-reliability-tool.sh corpussearch.api.reliability.tools.LoadRun "$@"
