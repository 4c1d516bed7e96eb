#!/usr/bin/env bash
# A local OpenSearch cluster on 127.0.0.1 for the OpenSearch backend's tests and benchmarks.
#
#   scripts/opensearch-cluster.sh start [--nodes N] [--heap SIZE] [--plugin ZIP] [--security] [--keep-data]
#                                                                   N nodes (default 3, heap 512m each), with
#                                                                   the plugin ZIP installed in every node (e.g.
#                                                                   opensearch-plugin/target/corpus-analysis-plugin.zip);
#                                                                   waits for green, prints the HTTP URLs.
#                                                                   --security installs the security plugin of
#                                                                   the distribution's version (Maven Central has
#                                                                   it up to 3.4.0: OPENSEARCH_VERSION=3.4.0) with
#                                                                   its demo configuration: HTTPS, the user admin
#                                                                   with a new random password in
#                                                                   STATE/admin-password, the CA in STATE/root-ca.pem
#                                                                   (not with --keep-data: its security index
#                                                                   holds the last start's password).
#                                                                   --keep-data starts them on the data of the
#                                                                   last start (its indices), not empty
#   scripts/opensearch-cluster.sh status                             the cluster's health, or "stopped"
#   scripts/opensearch-cluster.sh urls                               the HTTP URLs of the last start
#   scripts/opensearch-cluster.sh state                              the folder of the nodes (STATE, below)
#   scripts/opensearch-cluster.sh stop                               stops the nodes this script started
#   scripts/opensearch-cluster.sh kill-node K                        kills node K at once (SIGKILL, as a crash
#                                                                   would): for fault tests
#   scripts/opensearch-cluster.sh start-node K                       starts node K again with its config and
#                                                                   data, waits until the cluster is green
#   scripts/opensearch-cluster.sh pause-node K                       stops node K without ending it (SIGSTOP): it
#                                                                   keeps its connections and answers nothing, as
#                                                                   a hung node does: for fault tests
#   scripts/opensearch-cluster.sh resume-node K                      lets node K go on (SIGCONT), waits until the
#                                                                   cluster is green
#
# Node i listens on HTTP 9200+i and transport 9300+i (OPENSEARCH_HTTP_BASE / OPENSEARCH_TRANSPORT_BASE
# move both ranges; OPENSEARCH_GREEN_WAIT_S, default 600, is how long a start waits for green). Each
# node has its own config, data, logs, GC log and heap-dump folder under STATE/node-i/, STATE being target/opensearch-cluster
# (OPENSEARCH_CLUSTER_DIR moves that folder; as root in a checkout others cannot enter, it and the distribution go under /var/tmp), and runs as an unprivileged user (OpenSearch refuses
# root: as root the script creates the system user opensearch-cluster). PIDs are recorded there; stop signals only
# a recorded PID whose command line names that node's folder, so it never touches another OpenSearch.
# The distribution comes from scripts/opensearch-dist.sh (Maven Central); the JDK from scripts/java-env.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# As root the nodes run as another user, who must reach the distribution and the node folders: a
# checkout others cannot enter (a clone under /root) keeps both in a folder of its own under /var/tmp.
others_can_enter() {
  local dir=$1
  while [ "$dir" != / ]; do
    [ $((0$(stat -c %a "$dir") & 1)) = 1 ] || return 1
    dir=$(dirname "$dir")
  done
}
if [ "$(id -u)" = 0 ] && ! others_can_enter "$ROOT"; then
  OUTSIDE="/var/tmp/corpus-search-opensearch-$(printf %s "$ROOT" | sha1sum | cut -c1-12)"
  export OPENSEARCH_DIST_DIR="${OPENSEARCH_DIST_DIR:-$OUTSIDE/dist}"
  STATE="${OPENSEARCH_CLUSTER_DIR:-$OUTSIDE/cluster}"
else
  STATE="${OPENSEARCH_CLUSTER_DIR:-$ROOT/target/opensearch-cluster}"
fi
HTTP_BASE="${OPENSEARCH_HTTP_BASE:-9200}"
TRANSPORT_BASE="${OPENSEARCH_TRANSPORT_BASE:-9300}"
RUN_AS=opensearch-cluster
# A hang guard: 3 nodes took 278 s to turn green at a load average of 26 on 2 cores.
GREEN_WAIT_S="${OPENSEARCH_GREEN_WAIT_S:-600}"
# The plugins this script installed into the (shared) distribution, one name a line: removed again
# at the next start, so a start without --plugin runs the distribution as shipped.
PLUGIN_LIST=.corpus-search-cluster-plugins
# The distribution's config as shipped: the security demo tool writes into the distribution's config, so
# every start begins again from this copy.
PRISTINE_CONFIG=config.corpus-search-pristine

usage() { sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; }
fail() { echo "opensearch-cluster: $*" >&2; exit 1; }

node_pids() {
  # Prints "node-dir pid" for every node of this script that is alive: the PID it recorded, or, while
  # a node is still bootstrapping and has written none, the process whose command line names its config.
  local dir pid
  for dir in "$STATE"/node-*; do
    [ -d "$dir" ] || continue
    pid=$(cat "$dir/pid" 2>/dev/null || pgrep -f -- "-Dopensearch.path.conf=$dir/config" | head -n 1 || true)
    if [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$dir/config"; then
      echo "$dir $pid"
    fi
  done
}

nodes_up_or_starting() {
  # A daemonised node writes its PID file only once it has bootstrapped: no file yet means starting.
  local dir
  for dir in "$STATE"/node-*; do [ -f "$dir/pid" ] || return 0; done
  [ -n "$(node_pids)" ]
}

run_as_user() {
  if [ "$(id -u)" = 0 ]; then
    id "$RUN_AS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_AS"
    echo "$RUN_AS"
  else
    id -un
  fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_node_config() {
  # $1 home, $2 node folder, $3 node number, $4 node count
  local home=$1 dir=$2 i=$3 n=$4 seeds="" masters="" k
  for k in $(seq 1 "$n"); do
    seeds+="${seeds:+, }\"127.0.0.1:$((TRANSPORT_BASE + k))\""
    masters+="${masters:+, }\"node-$k\""
  done
  rm -rf "$dir/config" && mkdir -p "$dir/data" "$dir/logs" "$dir/dumps"
  cp -r "$home/config" "$dir/config"
  cat >"$dir/config/opensearch.yml" <<YML
cluster.name: corpus-search-local
node.name: node-$i
network.host: 127.0.0.1
http.port: $((HTTP_BASE + i))
transport.port: $((TRANSPORT_BASE + i))
discovery.seed_hosts: [$seeds]
cluster.initial_cluster_manager_nodes: [$masters]
path.data: $dir/data
path.logs: $dir/logs
cluster.routing.allocation.disk.threshold_enabled: false
# A search's time limit is checked against a clock OpenSearch updates every 200 ms by default: 0 reads the
# system clock at each check (OpenSearch's own tests do), so that a search's timeout is kept to the
# millisecond and a test of timed_out does not depend on where the clock ticks.
thread_pool.estimated_time_interval: 0ms
# A node that stops answering (hung, not dead) is dropped after about 3 x 4 s instead of 3 x 10 s: the
# searches held on its shards are then failed over to their replicas within the client's two rounds
# of node waits (the hung-node fault test). A production cluster tunes these to its own network.
cluster.fault_detection.follower_check.timeout: 4s
cluster.fault_detection.leader_check.timeout: 4s
YML
  if [ -f "$STATE/admin-password" ]; then
    # The demo's audit log goes to an index with a replica, which keeps a one-node cluster yellow.
    echo "plugins.security.audit.type: noop" >>"$dir/config/opensearch.yml"
  fi
  # Settings the distribution's own config holds (the security demo's TLS settings) and the lines above do
  # not set: a key set twice stops OpenSearch.
  local key line
  while IFS= read -r line; do
    key=${line%%:*}
    grep -q "^$key:" "$dir/config/opensearch.yml" || echo "$line" >>"$dir/config/opensearch.yml"
  done < <(grep -E '^[a-z][A-Za-z0-9_.]*:' "$home/config/opensearch.yml" || true)
  # GC logs, heap dumps and crash files go to the node's own folders, not the shared distribution.
  sed -i -e "s#logs/gc.log#$dir/logs/gc.log#" -e "s#-XX:HeapDumpPath=.*#-XX:HeapDumpPath=$dir/dumps#" \
    -e "s#-XX:ErrorFile=.*#-XX:ErrorFile=$dir/logs/hs_err_pid%p.log#" "$dir/config/jvm.options"
}

wait_green() {
  # $1 node count
  local query="_cluster/health?wait_for_status=green&wait_for_nodes=$1&timeout=5s"
  local deadline=$((SECONDS + GREEN_WAIT_S)) health
  while [ $SECONDS -lt $deadline ]; do
    health=$(any_node_get "$query")
    if echo "$health" | grep -q '"status":"green"' && ! echo "$health" | grep -q '"timed_out":true'; then
      echo "$health"; return 0
    fi
    nodes_up_or_starting || fail "every node exited; see $STATE/node-*/logs/ and node-*/stdout.log"
    sleep 2
  done
  fail "the cluster did not reach green with $1 nodes in ${GREEN_WAIT_S} s; see $STATE/node-*/logs/"
}

any_node_get() {
  # $1 path and query. The first answer of any node of this script: node 1 may be the one killed.
  local dir port answer
  for dir in "$STATE"/node-*; do
    port=$(sed -n 's/^http.port: //p' "$dir/config/opensearch.yml" 2>/dev/null) || continue
    answer=$(node_get "$port" "$1") && [ -n "$answer" ] && { echo "$answer"; return 0; }
  done
  return 0
}

node_get() {
  # $1 port, $2 path and query: over HTTPS as admin when the nodes run the security plugin (the password
  # goes to curl on stdin, not on its command line).
  if [ -f "$STATE/admin-password" ]; then
    printf 'user = "admin:%s"\n' "$(cat "$STATE/admin-password")" |
      curl -s --max-time 10 --cacert "$STATE/root-ca.pem" -K - "https://127.0.0.1:$1/$2"
  else
    curl -s --max-time 10 "http://127.0.0.1:$1/$2"
  fi
}

scheme() { if [ -f "$STATE/admin-password" ]; then echo https; else echo http; fi; }

launch_node() {
  # $1 distribution home, $2 node folder, $3 user, $4 heap
  local home=$1 dir=$2 user=$3 heap=$4
  # -d daemonises; -p records the PID the stop step checks against this node's config folder.
  (cd "$dir" && runuser_cmd "$user" env OPENSEARCH_PATH_CONF="$dir/config" OPENSEARCH_JAVA_HOME="$JAVA_HOME" \
    OPENSEARCH_JAVA_OPTS="-Xms$heap -Xmx$heap" "$home/bin/opensearch" -d -p "$dir/pid" >"$dir/stdout.log" 2>&1) ||
    fail "$(basename "$dir") did not start; see $dir/stdout.log"
}

node_dir() {
  # $1 node number: its folder, which must be one this script's last start made.
  [[ "${1:-}" =~ ^[1-9]$ ]] || fail "a node number (1 to 9) is needed, not '${1:-}'"
  [ -f "$STATE/node-$1/config/opensearch.yml" ] || fail "node $1 is not a node of the last start"
  echo "$STATE/node-$1"
}

running_pid() {
  # $1 node number: the PID of that node, which must be running.
  local dir pid
  dir=$(node_dir "${1:-}")
  pid=$(node_pids | awk -v d="$dir" '$1 == d { print $2 }')
  [ -n "$pid" ] || fail "node $1 is not running"
  echo "$pid"
}

signal_node() {
  # $1 signal, $2 node number
  local pid
  pid=$(running_pid "${2:-}")
  kill "-$1" "$pid"
  echo "opensearch-cluster: sent SIG$1 to node $2 (PID $pid)"
}

kill_node() {
  local dir pid
  dir=$(node_dir "${1:-}")
  pid=$(running_pid "$1")
  kill -KILL "$pid"
  while [ -r "/proc/$pid" ]; do sleep 0.2; done
  rm -f "$dir/pid"
  echo "opensearch-cluster: killed node $1 (PID $pid)"
}

start_node() {
  local dir
  dir=$(node_dir "${1:-}")
  node_pids | awk -v d="$dir" '$1 == d { found = 1 } END { exit !found }' && fail "node $1 is already running"
  source scripts/java-env.sh >/dev/null
  launch_node "$(scripts/opensearch-dist.sh)" "$dir" "$(run_as_user)" "$(cat "$STATE/heap")"
  echo "opensearch-cluster: node $1 started, waiting for green" >&2
  wait_green "$(find "$STATE" -maxdepth 1 -name 'node-*' -type d | wc -l)"
}

start() {
  local nodes=3 heap=512m plugin="" keep=0 security=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --nodes) nodes="${2:?--nodes needs a value}"; shift ;;
      --heap) heap="${2:?--heap needs a value}"; shift ;;
      --plugin) plugin="${2:?--plugin needs a zip}"; shift ;;
      --security) security=1 ;;
      --keep-data) keep=1 ;;
      *) usage >&2; exit 2 ;;
    esac
    shift
  done
  [[ "$nodes" =~ ^[1-9]$ ]] || fail "--nodes takes 1 to 9, not $nodes"
  [ -z "$plugin" ] || [ -f "$plugin" ] || fail "--plugin $plugin: no such file"
  [ "$security" = 0 ] || [ "$keep" = 0 ] || fail "--security makes a new admin password: it cannot --keep-data"
  [ -z "$(node_pids)" ] || fail "nodes are already running (scripts/opensearch-cluster.sh stop first)"
  local i
  for i in $(seq 1 "$nodes"); do
    port_free $((HTTP_BASE + i)) && port_free $((TRANSPORT_BASE + i)) ||
      fail "port $((HTTP_BASE + i)) or $((TRANSPORT_BASE + i)) is taken on 127.0.0.1"
  done
  source scripts/java-env.sh >/dev/null
  local home user
  home=$(scripts/opensearch-dist.sh)
  user=$(run_as_user)
  mkdir -p "$STATE"
  runuser_cmd "$user" test -x "$home/bin/opensearch" -a -x "$STATE" ||
    fail "the user $user cannot reach $home or $STATE: every folder above them needs o+x (OPENSEARCH_DIST_DIR and OPENSEARCH_CLUSTER_DIR move them)"
  # The shipped config first: installing a plugin adds its own config folder to it.
  restore_config "$home"
  local plugins=()
  [ -z "$plugin" ] || plugins+=("$plugin")
  [ "$security" = 0 ] || plugins+=("$(security_plugin "$home")")
  install_plugins "$home" "${plugins[@]}"
  # Each node's config is written again either way (the ports may differ); --keep-data keeps its data folder.
  if [ "$keep" = 0 ]; then rm -rf "$STATE"; fi
  mkdir -p "$STATE"
  rm -f "$STATE/admin-password" "$STATE/root-ca.pem"
  [ "$security" = 0 ] || security_demo "$home"
  for i in $(seq 1 "$nodes"); do
    local dir="$STATE/node-$i"
    write_node_config "$home" "$dir" "$i" "$nodes"
    chown -R "$user" "$dir"
    launch_node "$home" "$dir" "$user" "$heap"
  done
  echo "$heap" >"$STATE/heap"
  echo "opensearch-cluster: $nodes node(s) started, waiting for green" >&2
  wait_green "$nodes" >/dev/null
  local urls=""
  for i in $(seq 1 "$nodes"); do urls+="${urls:+,}$(scheme)://127.0.0.1:$((HTTP_BASE + i))"; done
  echo "$urls" >"$STATE/urls"
  echo "$urls"
}

install_plugins() {
  # $1 home, then the plugin zips. Every node of this script runs from the one distribution, so
  # installing there installs into each node; what an earlier start installed is removed first.
  local home=$1 zip name
  shift
  if [ -f "$home/$PLUGIN_LIST" ]; then
    while read -r name; do
      [ -z "$name" ] || "$home/bin/opensearch-plugin" remove --purge "$name" >/dev/null 2>&1 || rm -rf "${home:?}/plugins/$name"
    done <"$home/$PLUGIN_LIST"
    rm -f "$home/$PLUGIN_LIST"
  fi
  for zip in "$@"; do
    name=$(unzip -p "$zip" plugin-descriptor.properties | sed -n 's/^name=//p' | tr -d '\r')
    [ -n "$name" ] || fail "$zip has no plugin-descriptor.properties naming the plugin"
    OPENSEARCH_JAVA_HOME="$JAVA_HOME" "$home/bin/opensearch-plugin" install --batch "file://$(realpath "$zip")" >&2 ||
      fail "could not install the plugin $zip"
    echo "$name" >>"$home/$PLUGIN_LIST"
    chmod -R a+rX "$home/plugins/$name"
    echo "opensearch-cluster: installed the plugin $name" >&2
  done
}

security_plugin() {
  # $1 home: prints the path of the security plugin zip for the distribution's version, fetched through Maven.
  # The integ-test zip lacks the rule-framework module (modules/autotagging-commons of the full distribution)
  # that the plugin extends: for workload management's tagging of requests by user, and for the
  # commons-collections4 its privilege checks load from that module. A copy of the zip declares the extension
  # optional, as it already declares workload-management, and carries the library itself.
  local home=$1 version dl zip collections=org.apache.commons:commons-collections4:4.4
  version=$(basename "$home" | sed 's/^opensearch-//')
  dl="$(dirname "$home")/dl"
  zip="$dl/opensearch-security-$version.0-standalone.zip"
  if [ ! -f "$zip" ]; then
    mvn -q -B -ntp dependency:copy -Dartifact="org.opensearch.plugin:opensearch-security:$version.0:zip" -DoutputDirectory="$dl" >&2 ||
      fail "no opensearch-security $version.0 on Maven Central (it has versions up to 3.4.0.0: OPENSEARCH_VERSION=3.4.0)"
    local work
    work=$(mktemp -d)
    mvn -q -B -ntp dependency:copy -Dartifact="$collections" -DoutputDirectory="$work" >&2 || fail "could not fetch $collections"
    unzip -q -d "$work" "$dl/opensearch-security-$version.0.zip" plugin-descriptor.properties
    sed -i 's/^extended.plugins=.*/extended.plugins=workload-management;optional=true,rule-framework;optional=true/' \
      "$work/plugin-descriptor.properties"
    cp "$dl/opensearch-security-$version.0.zip" "$zip.part"
    (cd "$work" && zip -q "$zip.part" plugin-descriptor.properties commons-collections4-*.jar)
    rm -rf "$work"
    mv "$zip.part" "$zip"
  fi
  echo "$zip"
}

restore_config() {
  # $1 home: its config as shipped, keeping a copy of it the first time.
  local home=$1
  [ -d "$home/$PRISTINE_CONFIG" ] || cp -r "$home/config" "$home/$PRISTINE_CONFIG"
  rm -rf "${home:?}/config"
  cp -r "$home/$PRISTINE_CONFIG" "$home/config"
}

security_demo() {
  # $1 home: the security plugin's demo configuration in the distribution's config (demo certificates signed
  # by its root-ca.pem, TLS on HTTP and transport, the user admin), with a new admin password each start.
  # -y answers its questions, -i creates the security index at the first start, -c leaves discovery to us
  # (without it the tool adds discovery.type: single-node).
  local home=$1 password
  password="Cs-$(head -c 18 /dev/urandom | base64 | tr '+/' 'xy')-9a"
  (umask 077 && echo "$password" >"$STATE/admin-password")
  OPENSEARCH_JAVA_HOME="$JAVA_HOME" OPENSEARCH_INITIAL_ADMIN_PASSWORD="$password" \
    bash "$home/plugins/opensearch-security/tools/install_demo_configuration.sh" -y -i -c >"$STATE/security-demo.log" 2>&1 ||
    fail "the security demo configuration failed; see $STATE/security-demo.log"
  grep -q '^### Success' "$STATE/security-demo.log" || fail "the security demo configuration failed; see $STATE/security-demo.log"
  cp "$home/config/root-ca.pem" "$STATE/root-ca.pem"
  echo "opensearch-cluster: security plugin configured (admin password in $STATE/admin-password, CA $STATE/root-ca.pem)" >&2
}

runuser_cmd() {
  local user=$1; shift
  if [ "$user" = "$(id -un)" ]; then "$@"; else runuser -u "$user" -- "$@"; fi
}

stop() {
  local running dir pid
  running=$(node_pids)
  if [ -z "$running" ]; then
    echo "opensearch-cluster: no node of this script is running"
    return 0
  fi
  # SIGCONT after SIGTERM: a paused node (pause-node) handles the signal only once it runs again.
  while read -r dir pid; do kill -TERM "$pid" 2>/dev/null || true; kill -CONT "$pid" 2>/dev/null || true; done <<<"$running"
  local deadline=$((SECONDS + 60))
  while [ -n "$(node_pids)" ] && [ $SECONDS -lt $deadline ]; do sleep 1; done
  while read -r dir pid; do kill -KILL "$pid" 2>/dev/null || true; rm -f "$dir/pid"; done <<<"$(node_pids)"
  rm -f "$STATE"/node-*/pid "$STATE/urls"
  echo "opensearch-cluster: stopped $(wc -l <<<"$running") node(s)"
}

status() {
  if [ -z "$(node_pids)" ]; then echo stopped; return 0; fi
  local health
  health=$(any_node_get "_cluster/health?pretty")
  echo "${health:-nodes running, no answer yet}"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  urls) cat "$STATE/urls" 2>/dev/null || true ;;
  state) echo "$STATE" ;;
  kill-node) kill_node "${2:-}" ;;
  start-node) start_node "${2:-}" ;;
  pause-node) signal_node STOP "${2:-}" ;;
  resume-node) signal_node CONT "${2:-}"
    wait_green "$(find "$STATE" -maxdepth 1 -name 'node-*' -type d | wc -l)" >/dev/null ;;
  -h|--help) usage ;;
  *) usage >&2; exit 2 ;;
esac
