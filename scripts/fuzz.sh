#!/usr/bin/env bash
# A fuzz campaign: generated requests (the generators of RequestFuzzTest), one at a time, to a
# service on this machine (a command, not part of ./test.sh). Without --url it indexes the seeds
# into a temp folder and starts search-api on a free 127.0.0.1 port, and stops it afterwards.
# Prints counts per route and status, hangs, and every 5xx with its request; exits 1 on any.
# Usage: scripts/fuzz.sh [--requests 2000] [--url http://127.0.0.1:7070] [--seed S]
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/run-reliability-tool.sh corpussearch.api.reliability.tools.FuzzRun "$@"
