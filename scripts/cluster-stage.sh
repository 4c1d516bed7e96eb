# Sourced by the scripts that run a stage of tests on a cluster of scripts/opensearch-cluster.sh
# (opensearch-tests.sh, opensearch-security-check.sh), after they export where its nodes go.
#
# A signal ends the cluster's start or the running step at once, with every process it started: each
# runs in the background as a process group of its own (`interruptible COMMAND…`), so the trap need not
# wait for it. The exit trap then stops the nodes.
pid=""
interrupted() { [ -z "$pid" ] || kill -TERM -- "-$pid" 2>/dev/null || true; exit "$1"; }
interruptible() { setsid "$@" & pid=$!; local status=0; wait "$pid" || status=$?; pid=""; return "$status"; }
trap 'scripts/opensearch-cluster.sh stop >&2' EXIT
trap 'interrupted 130' INT
trap 'interrupted 143' TERM
