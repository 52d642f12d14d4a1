# Finds a JDK 21 or newer the way the build does: $JAVA_HOME, then `java` on the PATH, then
# /usr/lib/jvm/*. Sourced by ./search, benchmarks/run and search-opensearch/smoke-test, each of
# which prints its own message when find_java fails.
#
# Start-up counts (issue 16): every fork costs a few milliseconds, so the lookups are bash itself
# (parameter expansion, read, [[ =~ ]]); a JVM starts only for a JDK without a `release` file.

java_home="" java_feature="" # set by java_version
java_version() { # sets java_home and java_feature (the feature version) of the java binary $1
  local bin="$1" line
  java_home="" java_feature=""
  [[ -L "$bin" ]] && bin="$(readlink -f "$bin")" # /usr/bin/java -> /etc/alternatives/java -> ...
  java_home="${bin%/bin/java}"
  if [[ -f "$java_home/release" ]]; then # cheap: no JVM start
    while IFS= read -r line; do
      if [[ "$line" =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
        java_feature="${BASH_REMATCH[1]}"
        break
      fi
    done <"$java_home/release"
  fi
  if [[ -z "$java_feature" ]]; then
    java_feature="$("$bin" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1 || true)"
  fi
}

find_java() { # sets JAVA, java_home and java_feature to the first JDK 21+ found; 1 if none
  local candidates=() j p
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
  p="$(type -P java || true)" && [[ -n "$p" ]] && candidates+=("$p")
  for j in /usr/lib/jvm/*/; do candidates+=("${j}bin/java"); done
  for j in "${candidates[@]}"; do
    if [[ -x "$j" ]]; then
      java_version "$j"
      if [[ -n "$java_feature" && "$java_feature" -ge 21 ]]; then JAVA="$j"; return 0; fi
    fi
  done
  return 1
}
