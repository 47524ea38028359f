#!/usr/bin/env bash
# Restore drill (docs/decisions/0027): proves on this machine that ops/backup.sh and ops/restore.sh give back the
# whole database. A throwaway MariaDB from Debian's mariadb-server on loopback; the built portal jar creates the
# schema and the demo data in it (Flyway, as in production); backup; DROP DATABASE; restore; row counts and
# checksums of every table compared; the portal started again on the restored database with the retention run at
# start (as after a real restore); BACKUP_KEEP_DAYS checked on an old dump. Nothing outside a temporary folder.
#   ./mvnw -DskipTests package && ops/restore-drill.sh
# Environment: KITABRUECKE_JAR (target/kitabruecke.jar), JAVA_HOME, DRILL_DB_PORT (33737), DRILL_KEEP=1 keeps the
# folder with the logs.
set -euo pipefail
cd "$(dirname "$0")/.."
ops=$PWD/ops
JAR=$(realpath "${KITABRUECKE_JAR:-target/kitabruecke.jar}")
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
DB_PORT=${DRILL_DB_PORT:-33737}
[[ -f "$JAR" ]] || { echo "no $JAR: build it first (./mvnw -DskipTests package)" >&2; exit 2; }
if ! command -v mariadbd >/dev/null || ! command -v mariadb-dump >/dev/null; then
  apt-get install -y -o DPkg::Lock::Timeout=600 mariadb-server >/dev/null
fi

work=$(mktemp -d /tmp/kb-restore-drill.XXXXXX)
data=$work/data
socket=$work/mariadb.sock
db_pid=
app_pid=
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  if [[ -n "$db_pid" ]]; then
    mariadb-admin --no-defaults --socket="$socket" -uroot shutdown 2>/dev/null || kill "$db_pid" 2>/dev/null || true
    wait "$db_pid" 2>/dev/null || true
  fi
  if [[ "${DRILL_KEEP:-0}" == 1 ]]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
root() { mariadb --no-defaults --socket="$socket" -uroot "$@"; }

echo "== throwaway MariaDB $(mariadbd --version | awk '{print $3}') on 127.0.0.1:$DB_PORT ($work)"
mariadb-install-db --no-defaults --datadir="$data" --user="$(id -un)" --auth-root-authentication-method=socket \
  --skip-test-db >"$work/install.log" 2>&1
mariadbd --no-defaults --datadir="$data" --socket="$socket" --port="$DB_PORT" --bind-address=127.0.0.1 \
  --pid-file="$work/mariadb.pid" --log-error="$work/mariadb.err" --user="$(id -un)" --skip-log-bin \
  --innodb-buffer-pool-size=64M --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci &
db_pid=$!
for _ in $(seq 1 60); do mariadb-admin --no-defaults --socket="$socket" -uroot ping >/dev/null 2>&1 && break; sleep 0.5; done
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
root -e "CREATE DATABASE kitabruecke CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER 'kitabruecke'@'127.0.0.1' IDENTIFIED BY '$password';
  GRANT ALL ON kitabruecke.* TO 'kitabruecke'@'127.0.0.1';"
export DB_HOST=127.0.0.1 DB_PORT DB_NAME=kitabruecke DB_USER=kitabruecke DB_PASSWORD="$password"

# the portal against the throwaway database: Flyway migrations and the demo data, as a real start makes them
run_portal() { # $1: log name; further arguments: extra environment
  local log=$work/$1.log port mport
  port=$(free_port); mport=$(free_port)
  shift
  env DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/kitabruecke" DB_USER=kitabruecke DB_PASSWORD="$password" "$@" \
    "$JAVA" -jar "$JAR" --spring.profiles.active=demo --kitabruecke.embedded-db.enabled=false \
    --server.port="$port" --management.server.port="$mport" --spring.mail.port=1 >"$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$mport/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || { echo "portal stopped; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:$mport/actuator/health/readiness" >"$work/$(basename "$log" .log)-ready.json"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
}
t=$(now); run_portal first-start; echo "schema and demo data by the portal's first start: $(secs "$t" "$(now)") s"

# 800 audit entries, one a day back: not only demo rows travel, and the 70 older than the audit trail's two years are
# what the retention run at the restored start must remove
root kitabruecke -e "INSERT INTO audit_entry (happened_at, actor, action, record_type, record_id, detail)
  SELECT NOW(6) - INTERVAL seq DAY, 'drill', 'READ', 'help_request', seq, 'restore drill'
  FROM seq_1_to_800" 2>/dev/null || echo "(audit rows not added: $(root kitabruecke -N -e "SHOW COLUMNS FROM audit_entry" | awk '{print $1}' | tr '\n' ' '))"

tables() { root -N kitabruecke -e "SELECT table_name FROM information_schema.tables
  WHERE table_schema = 'kitabruecke' AND table_type = 'BASE TABLE' ORDER BY table_name"; }
census() { # exact row count and checksum of every table
  for table in $(tables); do
    printf '%-40s %8s %12s\n' "$table" "$(root -N kitabruecke -e "SELECT COUNT(*) FROM \`$table\`")" \
      "$(root -N kitabruecke -e "CHECKSUM TABLE \`$table\`" | awk '{print $2}')"
  done
}
census >"$work/before.txt"

backups=$work/backups
mkdir -p "$backups"
echo "-- Dump completed" | gzip >"$backups/kitabruecke-20000101T000000Z.sql.gz"
touch -d '20 days ago' "$backups/kitabruecke-20000101T000000Z.sql.gz"
echo "-- Dump completed" | gzip >"$backups/kitabruecke-20000102T000000Z.sql.gz"
touch -d '3 days ago' "$backups/kitabruecke-20000102T000000Z.sql.gz"
echo "== backup (BACKUP_KEEP_DAYS=14; a dump of 20 days and one of 3 days lie there)"
t=$(now); BACKUP_DIR=$backups BACKUP_KEEP_DAYS=14 "$ops/backup.sh"; backup_s=$(secs "$t" "$(now)")
dump=$(ls "$backups"/kitabruecke-2*.sql.gz | grep -v 2000010 | tail -1)
[[ ! -e "$backups/kitabruecke-20000101T000000Z.sql.gz" ]] || { echo "FAIL: the 20-day-old dump was kept" >&2; exit 1; }
[[ -e "$backups/kitabruecke-20000102T000000Z.sql.gz" ]] || { echo "FAIL: the 3-day-old dump was deleted" >&2; exit 1; }

echo "== disaster: DROP DATABASE kitabruecke"
root -e "DROP DATABASE kitabruecke"
echo "tables left: $(root -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'kitabruecke'")"
echo "== restore"
t=$(now); "$ops/restore.sh" "$dump" --yes; restore_s=$(secs "$t" "$(now)")
census >"$work/after.txt"

echo "== row counts and checksums per table (before = after?)"
if diff -u "$work/before.txt" "$work/after.txt"; then
  cat "$work/after.txt"
  same=yes
else
  same=no
fi

echo "== the portal on the restored database, retention at start (KITABRUECKE_RETENTION_AT_START=true)"
t=$(now); run_portal restored-start KITABRUECKE_RETENTION_AT_START=true
echo "started in $(secs "$t" "$(now)") s; readiness: $(cat "$work/restored-start-ready.json")"
grep -o 'Retention: .*' "$work/restored-start.log" | sed 's/^/  /' || { echo "FAIL: no retention at start" >&2; exit 1; }

rows=$(awk '{ sum += $2 } END { print sum }' "$work/after.txt")
echo "== summary: $(wc -l <"$work/after.txt") tables, $rows rows, dump $(du -h "$dump" | cut -f1) gzip;" \
  "backup ${backup_s} s, restore ${restore_s} s; identical after restore: $same"
[[ "$same" == yes ]]
