#!/usr/bin/env bash
# Kita-Brücke restore (docs/decisions/0027): loads a dump made by ops/backup.sh into DB_NAME, replacing its tables.
#   ops/restore.sh /var/backups/kitabruecke/kitabruecke-20261201T021500Z.sql.gz --yes
# Stop every portal node first. Afterwards start ONE node once with KITABRUECKE_RETENTION_AT_START=true: it forgets
# whatever came due while the backup lay on the shelf before anyone works with the data; then repeat the erasures
# logged after the backup's time ("Erasure (Art. 17)" lines, record ids only), then start the others.
#
# Environment: as ops/backup.sh (DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD or DB_PASSWORD_FILE); the user
# needs the rights to create the database and its tables and triggers.
set -euo pipefail
umask 077

dump=${1:?usage: restore.sh DUMP.sql.gz --yes}
[[ "${2:-}" == "--yes" ]] || { echo "This replaces the tables of database '${DB_NAME:-kitabruecke}'. Add --yes." >&2; exit 2; }
[[ -r "$dump" ]] || { echo "cannot read $dump" >&2; exit 2; }
gzip -t "$dump"

# shellcheck source=ops/db-client.sh
source "$(dirname "$0")/db-client.sh"

options=$(mktemp)
trap 'rm -f "$options"' EXIT
write_client_options "$options"

mariadb --defaults-extra-file="$options" -e \
  "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# the triggers' DEFINER names the account that made them on the old server; the restoring account becomes theirs
zcat "$dump" | sed -E 's/DEFINER=`[^`]+`@`[^`]+`//g' \
  | mariadb --defaults-extra-file="$options" --default-character-set=utf8mb4 "$DB_NAME"
echo "restored $dump into $DB_NAME on $DB_HOST:$DB_PORT"
echo "next: start one node with KITABRUECKE_RETENTION_AT_START=true, repeat the erasures logged since the backup"
