#!/usr/bin/env bash
# Kita-Brücke database backup (docs/decisions/0027): one consistent, compressed, dated dump of the portal's database,
# and every dump older than BACKUP_KEEP_DAYS deleted. Run daily (cron or a systemd timer), e.g.
#   15 2 * * *  DB_HOST=db1 DB_PASSWORD_FILE=/etc/kitabruecke/backup.pw /opt/kitabruecke/ops/backup.sh
#
# mariadb-dump --single-transaction reads one InnoDB snapshot without locking tables: the portal keeps running, and
# on a Galera cluster any one node may be asked. The dump holds personal data: BACKUP_DIR must be as protected as the
# database itself (the files are created readable by their owner only).
#
# Environment (all optional):
#   DB_HOST (127.0.0.1), DB_PORT (3306), DB_NAME (kitabruecke), DB_USER (kitabruecke)
#   DB_PASSWORD, or DB_PASSWORD_FILE (a file holding it); neither: the client's own option files
#   BACKUP_DIR (/var/backups/kitabruecke), BACKUP_KEEP_DAYS (14)
set -euo pipefail
umask 077

# shellcheck source=ops/db-client.sh
source "$(dirname "$0")/db-client.sh"
BACKUP_DIR=${BACKUP_DIR:-/var/backups/kitabruecke}
BACKUP_KEEP_DAYS=${BACKUP_KEEP_DAYS:-14}

[[ "$BACKUP_KEEP_DAYS" =~ ^[1-9][0-9]*$ ]] || { echo "BACKUP_KEEP_DAYS must be a whole number of days >= 1" >&2; exit 2; }
mkdir -p "$BACKUP_DIR"

options=$(mktemp)
trap 'rm -f "$options" "${partial:-}"' EXIT
write_client_options "$options"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$BACKUP_DIR/$DB_NAME-$stamp.sql.gz"
partial="$target.partial"

# routines, triggers (the audit trail's guards, migration V15) and events belong to the schema; --hex-blob keeps
# binary columns (sealed second factors, UUIDs) exact; utf8mb4 keeps every script the families write in
mariadb-dump --defaults-extra-file="$options" --single-transaction --quick --routines --triggers --events \
  --hex-blob --no-tablespaces --default-character-set=utf8mb4 --add-drop-table "$DB_NAME" | gzip -6 >"$partial"
gzip -t "$partial"
# a dump that did not reach its end (server gone mid-way) lacks mariadb-dump's closing line
zcat "$partial" | tail -n 1 | grep -q "^-- Dump completed" || { echo "dump incomplete: $partial" >&2; exit 1; }
mv "$partial" "$target"
partial=
echo "backup: $target ($(du -h "$target" | cut -f1))"

# kept BACKUP_KEEP_DAYS days, then gone: with them go the last copies of what erasure and retention removed
find "$BACKUP_DIR" -maxdepth 1 -type f -name "$DB_NAME-*.sql.gz" -mmin +$((BACKUP_KEEP_DAYS * 1440)) -print -delete \
  | sed 's/^/deleted (older than '"$BACKUP_KEEP_DAYS"' days): /'
