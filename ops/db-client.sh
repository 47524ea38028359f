# Sourced by ops/backup.sh and ops/restore.sh: the connection to the portal's MariaDB, from the same environment
# variables as the portal (DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD or DB_PASSWORD_FILE).
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_NAME=${DB_NAME:-kitabruecke}
DB_USER=${DB_USER:-kitabruecke}

# Writes a client option file for --defaults-extra-file: the password goes to the client in a file only this user
# can read (mktemp), never on the command line where every user of the machine sees it.
write_client_options() {
  {
    echo "[client]"
    echo "host=$DB_HOST"
    echo "port=$DB_PORT"
    echo "user=$DB_USER"
    if [[ -n "${DB_PASSWORD_FILE:-}" ]]; then
      echo "password=$(<"$DB_PASSWORD_FILE")"
    elif [[ -n "${DB_PASSWORD:-}" ]]; then
      echo "password=$DB_PASSWORD"
    fi
  } >"$1"
}
