#!/usr/bin/env bash
# Booking under load: N parents (default 200) start at once against the embedded MariaDB with the demo hours.
# Prints throughput and p50/p95 latency for "all race for one slot" and "spread over all free slots", and fails if
# a slot ever got more bookings than places. Not part of the test suite (no timing asserts there).
#   usage: src/test/benchmarks/booking-race.sh [bookers]
#   needs: ./mvnw test-compile first (or it runs it), JDK 25
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
[[ -d target/test-classes/org/kitabruecke/benchmark ]] || ./mvnw -B -q -ntp test-compile
CP_FILE=target/benchmark-classpath.txt
[[ -f $CP_FILE ]] || ./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.kitabruecke.benchmark.BookingBenchmark "${1:-200}" 2>&1 | grep -v "^WARNING"
