# Sourced after scripts/java-env.sh: startup_cache_flags NAME JAR DIR prints the JVM flags that
# keep a startup cache for JAR in DIR, so later starts skip most class loading and linking.
#   JDK 25+: an ahead-of-time cache (JEP 483/514). A start without one records it, and the JVM
#            writes it when that process exits; later starts use it. Rebuilt when JAR changes.
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
