#!/usr/bin/env bash
# Start-up of the default run (the jar with profile demo, embedded MariaDB), measured the way a city trying the
# portal meets it: a first start on an empty folder (MariaDB installed, migrations, demo data), then restarts on the
# same folder. Prints, per start, the seconds until the health check answers and Spring's own figure.
#   usage: src/test/benchmarks/startup.sh [restarts]     default: 2
#   needs: ./mvnw package -DskipTests first (or JAR=path/to/other.jar to compare builds)
set -euo pipefail
cd "$(dirname "$0")/../../.."
RESTARTS=${1:-2}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=${JAR:-$PWD/target/kitabruecke.jar}
WORK=$(mktemp -d -p "$PWD/target" startup.XXXXXX)
APP=""
trap '[[ -n $APP ]] && kill $APP 2>/dev/null; rm -rf "$WORK"' EXIT
PORT=18083
for run in $(seq 0 "$RESTARTS"); do
  start=$(date +%s.%N)
  (cd "$WORK" && exec "$JAVA_HOME/bin/java" -jar "$JAR" --spring.profiles.active=demo --server.port=$PORT \
    --spring.mail.port=1) >"$WORK/run-$run.log" 2>&1 &
  APP=$!
  until curl -fs "http://127.0.0.1:$PORT/livez" >/dev/null 2>&1; do sleep 0.2; done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  spring=$(grep -o 'Started Application in [0-9.]* seconds' "$WORK/run-$run.log" | grep -o '[0-9.]*')
  kind=$([[ $run == 0 ]] && echo "first start (empty folder)" || echo "restart $run")
  printf '%-28s health answers after %5.1f s; Spring: started in %s s\n' "$kind" "$ready" "$spring"
  kill $APP; wait $APP 2>/dev/null || true; APP=""
done
