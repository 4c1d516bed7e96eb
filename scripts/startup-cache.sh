# Sourced after scripts/java-env.sh: startup_cache_flags NAME JAR DIR prints the JVM flags that
# keep a startup cache for JAR in DIR, so later starts skip most class loading and linking.
#   JDK 25+: an ahead-of-time cache (JEP 483/514). A start without one records it, and the JVM
#            writes it when that process exits; later starts use it. Rebuilt when JAR changes
#            (for search-api by a training run, record_search_api_cache below).
#   JDK 21-24: a dynamic class-data sharing archive, refreshed by the JVM itself.
startup_cache_flags() {
  local name="$1" jar="$2" dir="$3"
  mkdir -p "$dir"
  if [ "${CORPUSSEARCH_JAVA_MAJOR%%.*}" -ge 25 ] 2>/dev/null; then
    local cache="$dir/$name.aot"
    if [ -f "$cache" ] && [ "$cache" -nt "$jar" ]; then
      echo "-XX:AOTCache=$cache -Xlog:aot=off -Xlog:cds=off"
    else
      rm -f "$cache"
      echo "-XX:AOTCacheOutput=$cache -Xlog:aot=off -Xlog:cds=off"
    fi
  else
    echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$dir/$name.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
}

# record_search_api_cache JAR DIR ARGS...: when search-api has no fresh startup cache in DIR, a
# training run records it, so that even the first start a person waits for uses one. The service
# starts with ARGS on a free loopback port, answers a search page, searches and suggestions, and
# stops; the JVM writes the cache as it exits. Takes a few seconds, once per build.
record_search_api_cache() {
  local jar="$1" dir="$2"
  shift 2
  local flags
  flags=$(startup_cache_flags search-api "$jar" "$dir")
  case "$flags" in
    *AOTCacheOutput*) ;;
    *-XX:SharedArchiveFile=*) [ ! -f "$dir/search-api.jsa" ] || return 0 ;;
    *) return 0 ;;
  esac
  local log="$dir/search-api-training.log" port="" pid
  # shellcheck disable=SC2086 # the flags are separate words
  java $flags -jar "$jar" "$@" --host 127.0.0.1 --port 0 >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$log" | head -1)
    [ -n "$port" ] || ! kill -0 "$pid" 2>/dev/null && break
    sleep 0.1
  done
  if [ -n "$port" ]; then
    for path in "/?q=state" "/api/search?q=state+union" "/api/search?q=stat&outlet=x&facets=true" "/api/suggest?q=sta" "/health"; do
      _startup_cache_get "$port" "$path"
    done
  fi
  kill -TERM "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
}

# GET PATH from the loopback PORT, discarding the answer (bash's /dev/tcp: no HTTP client needed).
_startup_cache_get() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3 && cat <&3 >/dev/null) 2>/dev/null || true
}
