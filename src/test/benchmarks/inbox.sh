#!/usr/bin/env bash
# The inbox with many requests: seeds N help requests (default 100,000) into the embedded MariaDB and prints p50/p95
# of the first page, a filtered page, a word search, 'assigned to me' and a deep page (each with its count where the
# inbox shows one). Not part of the test suite (no timing asserts there).
#   usage: src/test/benchmarks/inbox.sh [requests]
#   needs: ./mvnw test-compile first (or it runs it), JDK 25
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
[[ -d target/test-classes/org/kitabruecke/benchmark ]] || ./mvnw -B -q -ntp test-compile
CP_FILE=target/benchmark-classpath.txt
[[ -f $CP_FILE ]] || ./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.kitabruecke.benchmark.InboxBenchmark "${1:-100000}" 2>&1 | grep -v "^WARNING"
