#!/usr/bin/env bash
# Entrypoint of the Sentio training image: runs the training CLI,
#   java $JAVA_OPTS -jar /app/training.jar <command> [args...]
# passing every argument through unchanged.
#
# Environment (AWS Batch sets these in the job definition, see infra TrainingJobs):
#   JAVA_OPTS         JVM options, split on spaces (default in the image: -XX:MaxRAMPercentage=75)
#   SENTIO_JAR        the CLI jar (default /app/training.jar)
#   SENTIO_DATA_URI   added as  --data <uri>   to train, evaluate and retrain
#   SENTIO_STORE_URI  added as  --store <uri>  to publish and retrain
#   SENTIO_ALIAS      added as  --alias <name> to publish and retrain
# An environment value is only added when the flag is not already on the command line, so
# explicit arguments always win.
set -euo pipefail

jar="${SENTIO_JAR:-/app/training.jar}"

usage() {
  cat <<'USAGE'
usage: docker run <image> <command> [options]
commands: train, evaluate, predict, publish, retrain (see: docker run <image> <command> --help)
examples:
  docker run <image> train --help
  docker run -e SENTIO_DATA_URI=s3://bucket/data/ -e SENTIO_STORE_URI=s3://bucket/models/reviews <image> retrain
USAGE
}

if [[ $# -eq 0 ]]; then
  echo "sentio-training: no command given." >&2
  usage >&2
  exit 64
fi

command="$1"

has_flag() {
  local flag="$1"
  shift
  local arg
  for arg in "$@"; do
    if [[ "$arg" == "$flag" || "$arg" == "$flag="* ]]; then
      return 0
    fi
  done
  return 1
}

extra=()
add_from_env() {
  local flag="$1" value="$2"
  shift 2
  if [[ -n "$value" ]] && ! has_flag "$flag" "$@"; then
    extra+=("$flag" "$value")
  fi
}

case "$command" in
  train | evaluate | retrain) add_from_env --data "${SENTIO_DATA_URI:-}" "$@" ;;
esac
case "$command" in
  publish | retrain)
    add_from_env --store "${SENTIO_STORE_URI:-}" "$@"
    add_from_env --alias "${SENTIO_ALIAS:-}" "$@"
    ;;
esac

# JAVA_OPTS is a list of JVM flags: word splitting is intended.
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar "$jar" "$@" ${extra[@]+"${extra[@]}"}
