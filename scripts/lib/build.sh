# Sourced by the scripts in scripts/: the one place that decides "is this jar stale? build it".
# Everything is built through the Maven reactor (-pl MODULE -am), never from artifacts installed
# in the local Maven repository, so a fresh clone on a machine with an empty ~/.m2 works.

SENTIO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# True when JAR is missing or older than any pom or main source/resource of any module: a jar
# depends on the modules it is built from, and checking them all is cheap and never wrong.
sentio_jar_is_stale() {
  local jar="$1"
  [[ -f "$jar" ]] || return 0
  [[ -n "$(find "$SENTIO_ROOT/pom.xml" "$SENTIO_ROOT"/*/pom.xml "$SENTIO_ROOT"/*/src/main \
      -newer "$jar" -type f -print -quit 2>/dev/null)" ]]
}

# sentio_build MODULE [MAVEN ARGS...]: package MODULE and the modules it needs, tests skipped.
sentio_build() {
  local module="$1"; shift
  echo "building $module through Maven (first run or sources changed; a first run also downloads Maven and the dependencies, a few minutes)..." >&2
  (cd "$SENTIO_ROOT" && ./mvnw -B -q -pl "$module" -am package -DskipTests "$@" >&2)
}

# sentio_ensure_jar MODULE JAR: build MODULE when JAR is missing or stale.
sentio_ensure_jar() {
  local module="$1" jar="$2"
  if sentio_jar_is_stale "$jar"; then
    sentio_build "$module"
  fi
}
