#!/usr/bin/env bash
# The booking drill (issue #17): DRILL_PARENTS parents (200) book the open consultation hour at once in headless
# Chromium, first through HAProxy on the Galera cluster of ops/cluster.sh while it loses a database node and a portal
# node and gets them back, then the same on one portal node and one plain MariaDB (the baseline). It checks every
# database node and the mails, prints a table and appends it to docs/performance.md.
#
#   flock /tmp/kb-maven.lock ops/drill.sh        (heavy: run it holding the shared lock on a shared machine)
#
# DRILL_BROWSERS (8) browsers at once; DRILL_ONLY=cluster|single runs one half; DRILL_NO_DOC=1 leaves the doc alone.
# For the drill only, mail retries run sooner than in production (PORTAL_EXTRA_ARGS below): a mail whose portal node
# was killed while sending counts as failed after 1 minute instead of 5, so the check need not wait 6 minutes.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=$ROOT/target/drill
mkdir -p "$OUT"
export PORTAL_EXTRA_ARGS=${PORTAL_EXTRA_ARGS:---kitabruecke.mail.retry-interval=PT15S --kitabruecke.mail.retry-after=PT5S --kitabruecke.mail.stuck-after=PT1M}
export DRILL_PARENTS=${DRILL_PARENTS:-200} DRILL_BROWSERS=${DRILL_BROWSERS:-8}

log() { printf '%s drill: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# the drill runs from the test classes (page objects of src/test/java/org/kitabruecke/e2e) on Maven's test classpath
if [[ ! -f target/kitabruecke.jar || ! -f $OUT/classpath.txt || ${DRILL_REBUILD:-0} == 1 ]]; then
    log "building the jar and the drill"
    # shellcheck disable=SC1091
    source .ci/node.sh >/dev/null
    ./mvnw -B -ntp package -DskipTests dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" \
        -Dmdep.includeScope=test >"$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log"; exit 1; }
fi
CP=$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath.txt")

run_drill() { # label, cluster dir, url, db ports, phases
    local label=$1 dir=$2
    # shellcheck disable=SC1091
    source "$dir/secrets.env"
    log "$label: $DRILL_PARENTS parents on $3"
    DRILL_LABEL=$label CLUSTER_DIR=$dir DRILL_URL=$3 DRILL_DB_PORTS=$4 DRILL_PHASES=$5 \
        DRILL_DB_PASSWORD=$DB_PASSWORD DRILL_MAIL_DIR=$dir/mail DRILL_OUT=$OUT/$label.tsv \
        DRILL_CLUSTER_SCRIPT=$ROOT/ops/cluster.sh \
        "$JAVA_HOME/bin/java" -cp "$CP" org.kitabruecke.drill.BookingDrill 2>&1 | tee "$OUT/$label.log"
}

cleanup() { CLUSTER_DIR=$ROOT/target/cluster ops/cluster.sh down || true; CLUSTER_DIR=$ROOT/target/cluster-single ops/cluster.sh down || true; }
trap cleanup EXIT

if [[ ${DRILL_ONLY:-cluster} != single ]]; then
    CLUSTER_DIR=$ROOT/target/cluster ops/cluster.sh up --fresh
    # kill -9 db1 (the node both portal nodes write to: their connections fail over to db2), then portal2
    run_drill cluster "$ROOT/target/cluster" http://127.0.0.1:8480 3311,3312,3313 \
        "steady;db1 killed=kill db1;db1 + portal2 killed=kill portal2;both restarted=start db1,start portal2"
    CLUSTER_DIR=$ROOT/target/cluster ops/cluster.sh status | tee "$OUT/cluster-status.txt"
    CLUSTER_DIR=$ROOT/target/cluster ops/cluster.sh down
fi
if [[ ${DRILL_ONLY:-single} != cluster ]]; then
    CLUSTER_DIR=$ROOT/target/cluster-single ops/cluster.sh single --fresh
    run_drill single "$ROOT/target/cluster-single" http://127.0.0.1:8480 3310 "steady"
    CLUSTER_DIR=$ROOT/target/cluster-single ops/cluster.sh down
fi

python3 "$ROOT/ops/drill-report.py" "$OUT" "$DRILL_PARENTS" "$DRILL_BROWSERS" | tee "$OUT/report.md"
if [[ ${DRILL_NO_DOC:-0} != 1 ]]; then
    { echo; cat "$OUT/report.md"; } >>docs/performance.md
    log "appended to docs/performance.md"
fi
