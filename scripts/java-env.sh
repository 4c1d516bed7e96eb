# Sourced by run.sh and test.sh: finds a JDK >= 21 and exports JAVA_HOME and PATH for Maven.
# Order: $JAVA_HOME, `java` on PATH, then every JDK under /usr/lib/jvm (newest first).

corpussearch_java_major() {
  # Prints the feature version of the java binary in $1 (17, 21, 25, ...), or nothing.
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

corpussearch_find_jdk() {
  local candidates=() dir
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for dir in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do candidates+=("${dir%/}"); done
  for dir in "${candidates[@]}"; do
    if [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ]; then
      local major; major=$(corpussearch_java_major "$dir/bin/java")
      if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
        echo "$dir"; return 0
      fi
    fi
  done
  return 1
}

if ! CORPUSSEARCH_JDK=$(corpussearch_find_jdk); then
  cat >&2 <<'MSG'
corpus-search needs a JDK 21 or newer (Lucene 10 requires it); none was found in
JAVA_HOME, on PATH or under /usr/lib/jvm. Install one, for example:
  apt-get install openjdk-21-jdk        (Debian/Ubuntu)
or set JAVA_HOME to an existing JDK >= 21.
MSG
  exit 1
fi
export JAVA_HOME="$CORPUSSEARCH_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
CORPUSSEARCH_JAVA_MAJOR=$(corpussearch_java_major "$JAVA_HOME/bin/java")
CORPUSSEARCH_JAVA_MAJOR=${CORPUSSEARCH_JAVA_MAJOR%%.*}
# Maven's bundled Guava warns about sun.misc.Unsafe on JDK 24+; the flag exists only there.
if [ "$CORPUSSEARCH_JAVA_MAJOR" -ge 24 ] 2>/dev/null; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

if ! command -v mvn >/dev/null 2>&1; then
  echo "corpus-search builds with Apache Maven; install it (apt-get install maven)." >&2
  exit 1
fi
