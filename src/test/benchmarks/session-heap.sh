#!/usr/bin/env bash
# Heap per open parent session: starts the production jar (embedded MariaDB, demo data), opens N anonymous
# visits of the start page (each a new HTTP session with its Vaadin UI, as a parent's phone would), forces a
# full GC before and after, and prints the retained heap per session. Traffic goes to 127.0.0.1 only.
#   usage: src/test/benchmarks/session-heap.sh [sessions=300] [path=/?lang=de]
#   needs: ./mvnw package -DskipTests first; JAVA_HOME with jcmd
set -euo pipefail
cd "$(dirname "$0")/../../.."
SESSIONS=${1:-300}
PAGE=${2:-/?lang=de}
PORT=${PORT:-18080}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
WORK=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

"$JAVA_HOME/bin/java" -Xmx1g -jar target/kitabruecke.jar --spring.profiles.active=demo --server.port="$PORT" \
  --kitabruecke.embedded-db.data-dir="$WORK/mariadb" >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/livez" >/dev/null 2>&1 && break
  sleep 1
done

used_heap() {
  "$JAVA_HOME/bin/jcmd" "$APP" GC.run >/dev/null
  sleep 1
  "$JAVA_HOME/bin/jcmd" "$APP" GC.run >/dev/null
  "$JAVA_HOME/bin/jcmd" "$APP" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+'
}

# warm up: classes loaded, caches filled, then measure the baseline
for _ in $(seq 1 20); do curl -fs -o /dev/null "http://127.0.0.1:$PORT$PAGE"; done
sleep 2
before=$(used_heap)
start=$(date +%s%N)
for _ in $(seq 1 "$SESSIONS"); do curl -fs -o /dev/null "http://127.0.0.1:$PORT$PAGE"; done
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
after=$(used_heap)
bytes=$(curl -fs -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT$PAGE")
wire=$(curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT$PAGE")
echo "page $PAGE: $bytes bytes HTML, $wire bytes gzip on the wire"
echo "heap before: ${before} KB, after $SESSIONS sessions: ${after} KB"
echo "retained heap per open session: $(( (after - before) / SESSIONS )) KB"
echo "first visits served: $SESSIONS in ${elapsed_ms} ms ($(( SESSIONS * 1000 / (elapsed_ms + 1) )) per second, sequential)"
