#!/usr/bin/env bash
# Several machines on one machine: a three-node MariaDB Galera cluster, two portal nodes from the built jar and HAProxy
# with cookie stickiness, all on loopback, from Debian's packages (mariadb-server 10.11, galera-4, haproxy).
# Layout, ports and failover: docs/ops/cluster.md. For trying out and drills only: no TLS anywhere, demo data.
#
#   ops/cluster.sh up [--fresh]   start everything (--fresh: forget the databases and mails of an earlier run)
#   ops/cluster.sh single         the baseline instead: one plain MariaDB (no Galera) and one portal node, no HAProxy
#   ops/cluster.sh status         what runs, Galera's view of the cluster, HAProxy's view of the portal nodes
#   ops/cluster.sh down           stop everything cleanly (the data stays in the cluster dir)
#   ops/cluster.sh kill db1|portal2|...    kill -9 one process (drills)
#   ops/cluster.sh start db1|portal2|...   start it again; a database node rejoins the cluster (IST/SST)
#
# Everything (configuration, data, logs, pids, mails) lives under CLUSTER_DIR (default target/cluster).
# PORTAL_EXTRA_ARGS is added to each portal node's command line (the drill shortens the mail retry with it).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${CLUSTER_DIR:-$ROOT/target/cluster}
JAR=${KITABRUECKE_JAR:-$ROOT/target/kitabruecke.jar}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
HTTP_PORT=${CLUSTER_HTTP_PORT:-8480}   # HAProxy, what parents open
STATS_PORT=$((HTTP_PORT - 1))          # HAProxy's statistics page
SMTP_PORT=${CLUSTER_SMTP_PORT:-2525}
DB=kitabruecke

db_port() { echo $((3310 + $1)); }       # db1..db3: 3311..3313; db0 (single): 3310
gcomm_port() { echo $((4570 + $1)); }
ist_port() { echo $((4580 + $1)); }
sst_port() { echo $((4590 + $1)); }
portal_port() { echo $((HTTP_PORT + $1)); }        # portal1, portal2: 8481, 8482; portal0 (single): 8480
mgmt_port() { echo $((HTTP_PORT + 1000 + $1)); }  # actuator, never behind HAProxy: 9481, 9482

log() { printf '%s cluster: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
alive() { [[ -f $DIR/run/$1.pid ]] && kill -0 "$(cat "$DIR/run/$1.pid")" 2>/dev/null; }
mode() { cat "$DIR/run/mode" 2>/dev/null || echo none; }

install_packages() {
    local missing=()
    [[ -x /usr/sbin/mariadbd ]] || missing+=(mariadb-server)
    [[ -f /usr/lib/galera/libgalera_smm.so ]] || missing+=(galera-4)
    [[ -x /usr/sbin/haproxy ]] || missing+=(haproxy)
    command -v rsync >/dev/null || missing+=(rsync)
    if ((${#missing[@]})); then
        log "installing ${missing[*]}"
        apt-get install -y -o DPkg::Lock::Timeout=600 "${missing[@]}" >"$DIR/logs/apt.log" 2>&1
    fi
    # Debian starts its own server on 3306 after installing; ours are separate and do not need it
}

secrets() {
    if [[ ! -f $DIR/secrets.env ]]; then
        umask 077
        printf 'DB_PASSWORD=%s\nKITABRUECKE_SECOND_FACTOR_KEY=%s\n' "$(openssl rand -hex 16)" \
            "$(openssl rand -base64 32)" >"$DIR/secrets.env"
    fi
    # shellcheck disable=SC1091
    source "$DIR/secrets.env"
}

write_db_config() { # node, galera?
    local n=$1 galera=$2 home=$DIR/db$1
    mkdir -p "$home"
    # MariaDB runs as Debian's mysql user, not as root: the rsync of a state transfer (SST) would otherwise drop to
    # "nobody" and could not write the joining node's data directory
    touch "$DIR/logs/db$n.err"
    chown mysql:mysql "$home" "$DIR/logs/db$n.err"
    cat >"$home/my.cnf" <<EOF
[mariadbd]
datadir=$home/data
socket=$home/mariadb.sock
pid-file=$home/mariadb.pid
port=$(db_port "$n")
bind-address=127.0.0.1
user=mysql
log-error=$DIR/logs/db$n.err
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=128M
performance_schema=OFF
max_connections=300
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# V10 creates triggers (audit entries never change); with Galera (as with any binary log) MariaDB refuses that to a
# user without SUPER unless this is set
log_bin_trust_function_creators=1
EOF
    if [[ $galera == yes ]]; then
        local peers
        peers=$(printf '127.0.0.1:%s,' "$(gcomm_port 1)" "$(gcomm_port 2)" "$(gcomm_port 3)")
        cat >>"$home/my.cnf" <<EOF
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=kitabruecke
wsrep_cluster_address=gcomm://${peers%,}
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=128M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$n")
EOF
        # GALERA_STRICT=1: refuse tables without a primary key and non-InnoDB writes, as a strict production would
        if [[ ${GALERA_STRICT:-0} == 1 ]]; then
            echo "wsrep_mode=REQUIRED_PRIMARY_KEY,STRICT_REPLICATION" >>"$home/my.cnf"
        fi
    fi
}

sql() { # node, statement
    mariadb --protocol=socket -S "$DIR/db$1/mariadb.sock" -uroot -N -B -e "$2" 2>/dev/null
}

wsrep() { sql "$1" "SHOW STATUS LIKE '$2'" | cut -f2; }

start_db() { # node [--wsrep-new-cluster]
    local n=$1 home=$DIR/db$1
    shift
    if [[ ! -d $home/data/mysql ]]; then
        mariadb-install-db --defaults-file="$home/my.cnf" --user=mysql --auth-root-authentication-method=socket \
            >>"$DIR/logs/db$n.install.log" 2>&1
    fi
    log "starting db$n on port $(db_port "$n") $*"
    nohup /usr/sbin/mariadbd --defaults-file="$home/my.cnf" "$@" </dev/null >>"$DIR/logs/db$n.out" 2>&1 &
    echo $! >"$DIR/run/db$n.pid"
}

wait_db() { # node, galera?
    local n=$1 galera=$2
    for _ in $(seq 1 300); do
        alive "db$n" || { log "db$n died, see $DIR/logs/db$n.err"; tail -20 "$DIR/logs/db$n.err" >&2; return 1; }
        if [[ $galera == no ]]; then
            sql "$n" "SELECT 1" >/dev/null && return 0
        elif [[ $(wsrep "$n" wsrep_local_state_comment) == Synced && $(wsrep "$n" wsrep_ready) == ON ]]; then
            log "db$n synced, cluster size $(wsrep "$n" wsrep_cluster_size)"
            return 0
        fi
        sleep 1
    done
    log "db$n not ready after 300 s"
    return 1
}

create_database() { # node
    sql "$1" "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'kitabruecke'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
        GRANT ALL PRIVILEGES ON $DB.* TO 'kitabruecke'@'127.0.0.1';"
}

jdbc_url() {
    if [[ $(mode) == single ]]; then
        echo "jdbc:mariadb://127.0.0.1:$(db_port 0)/$DB"
    else
        # sequential: every portal node writes through the first Galera node that answers (db1, then db2, db3), so
        # the nodes' writes meet in one server's row locks instead of failing Galera's certification at commit
        echo "jdbc:mariadb:sequential://127.0.0.1:$(db_port 1),127.0.0.1:$(db_port 2),127.0.0.1:$(db_port 3)/$DB"
    fi
}

start_portal() { # node
    local n=$1
    secrets
    log "starting portal$n on port $(portal_port "$n") (actuator on $(mgmt_port "$n"))"
    # profile prod (no embedded database, second factor key required) with the demo data's Flyway location, so that
    # there are consultation hours to book; plain HTTP on loopback, hence no secure-only session cookie
    # shellcheck disable=SC2086
    (cd "$DIR" && exec env SPRING_PROFILES_ACTIVE=prod PORT="$(portal_port "$n")" DB_URL="$(jdbc_url)" \
        DB_USER=kitabruecke DB_PASSWORD="$DB_PASSWORD" KITABRUECKE_SECOND_FACTOR_KEY="$KITABRUECKE_SECOND_FACTOR_KEY" \
        MAIL_HOST=127.0.0.1 MAIL_PORT="$SMTP_PORT" MAIL_STARTTLS_REQUIRED=false \
        KITABRUECKE_PUBLIC_URL="http://127.0.0.1:$HTTP_PORT" \
        "$JAVA" -Xmx700m -XX:+ExitOnOutOfMemoryError -jar "$JAR" \
        --spring.flyway.locations=classpath:db/migration,classpath:db/demo \
        --management.server.port="$(mgmt_port "$n")" --management.server.address=127.0.0.1 \
        --server.servlet.session.cookie.secure=false \
        ${PORTAL_EXTRA_ARGS:-}) </dev/null >>"$DIR/logs/portal$n.log" 2>&1 &
    # the subshell ends in exec: this is the JVM's pid
    echo $! >"$DIR/run/portal$n.pid"
}

wait_portal() { # node
    local n=$1
    for _ in $(seq 1 400); do
        alive "portal$n" || { log "portal$n died, see $DIR/logs/portal$n.log"; tail -30 "$DIR/logs/portal$n.log" >&2; return 1; }
        if curl -fsS -o /dev/null "http://127.0.0.1:$(mgmt_port "$n")/actuator/health/readiness" 2>/dev/null; then
            log "portal$n ready"
            return 0
        fi
        sleep 1
    done
    log "portal$n not ready after 400 s"
    return 1
}

start_mail() {
    mkdir -p "$DIR/mail"
    nohup python3 "$ROOT/ops/smtp-sink.py" "$SMTP_PORT" "$DIR/mail" >>"$DIR/logs/smtp.log" 2>&1 &
    echo $! >"$DIR/run/smtp.pid"
}

start_haproxy() {
    local servers=""
    for n in 1 2; do
        servers+="    server portal$n 127.0.0.1:$(portal_port "$n") check port $(mgmt_port "$n") cookie p$n"$'\n'
    done
    cat >"$DIR/haproxy.cfg" <<EOF
global
    maxconn 2000
    stats socket $DIR/run/haproxy.sock mode 600 level admin
    log stdout format raw local0 info

defaults
    mode http
    log global
    option httplog
    option forwardfor
    # a request for a node that is down (or refuses the connection) goes to the other one
    option redispatch
    retries 2
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h

frontend parents
    bind 127.0.0.1:$HTTP_PORT
    default_backend portal

backend portal
    balance roundrobin
    # Vaadin keeps a parent's page state in one node's memory: the first answer names the node in a cookie
    cookie KBNODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 2s fall 2 rise 2
$servers
listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
EOF
    haproxy -c -q -f "$DIR/haproxy.cfg"
    log "starting HAProxy on port $HTTP_PORT (statistics on $STATS_PORT)"
    nohup haproxy -db -f "$DIR/haproxy.cfg" >>"$DIR/logs/haproxy.log" 2>&1 &
    echo $! >"$DIR/run/haproxy.pid"
}

need_jar() {
    if [[ ! -f $JAR ]]; then
        log "building $JAR (on a shared machine run this script holding /tmp/kb-maven.lock)"
        (cd "$ROOT" && ./mvnw -B -ntp package -DskipTests >"$DIR/logs/build.log" 2>&1)
    fi
}

prepare() { # --fresh?
    if [[ $(mode) != none ]]; then
        log "already running ($(mode)); ops/cluster.sh down first"
        exit 1
    fi
    if [[ ${1:-} == --fresh ]]; then
        rm -rf "$DIR"
    fi
    mkdir -p "$DIR/logs" "$DIR/run"
    install_packages
    need_jar
    secrets
}

up() {
    prepare "${1:-}"
    echo cluster >"$DIR/run/mode"
    start_mail
    for n in 1 2 3; do write_db_config "$n" yes; done
    # db1 founds the cluster. After a clean "down" it left last and may; after a crash of all three on this test
    # machine we let it anyway (a production cluster would bootstrap from the node with the highest seqno)
    if [[ -f $DIR/db1/data/grastate.dat ]]; then
        sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$DIR/db1/data/grastate.dat"
    fi
    start_db 1 --wsrep-new-cluster
    wait_db 1 yes
    create_database 1
    for n in 2 3; do
        start_db "$n"
        wait_db "$n" yes
    done
    # node 1 first: its Flyway migrates the schema and loads the demo data; node 2 then finds it done
    start_portal 1
    wait_portal 1
    start_portal 2
    wait_portal 2
    start_haproxy
    sleep 3
    status
    log "open http://127.0.0.1:$HTTP_PORT (statistics: http://127.0.0.1:$STATS_PORT)"
}

single() {
    prepare "${1:-}"
    echo single >"$DIR/run/mode"
    start_mail
    write_db_config 0 no
    start_db 0
    wait_db 0 no
    create_database 0
    start_portal 0
    wait_portal 0
    log "baseline: open http://127.0.0.1:$(portal_port 0)"
}

stop() { # name [seconds]
    local name=$1 wait=${2:-60}
    if alive "$name"; then
        local pid
        pid=$(cat "$DIR/run/$name.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 "$wait"); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        if kill -0 "$pid" 2>/dev/null; then
            log "$name did not stop in $wait s, killing it"
            kill -9 "$pid" 2>/dev/null || true
        fi
        log "$name stopped"
    fi
    rm -f "$DIR/run/$name.pid"
}

down() {
    [[ -d $DIR/run ]] || return 0
    stop haproxy
    for n in 2 1 0; do stop "portal$n"; done
    # the bootstrap node leaves last, so that it may found the cluster again at the next "up"
    for n in 3 2 1 0; do stop "db$n" 120; done
    stop smtp
    rm -f "$DIR/run/mode"
}

kill_one() { # name
    alive "$1" || { log "$1 is not running"; return 1; }
    log "kill -9 $1"
    kill -9 "$(cat "$DIR/run/$1.pid")"
    rm -f "$DIR/run/$1.pid"
}

start_one() { # name
    secrets
    case $1 in
        db[1-3]) start_db "${1#db}"; wait_db "${1#db}" yes ;;
        db0) start_db 0; wait_db 0 no ;;
        portal[0-2]) start_portal "${1#portal}"; wait_portal "${1#portal}" ;;
        *) log "unknown: $1"; return 1 ;;
    esac
}

status() {
    echo "mode: $(mode)   dir: $DIR"
    for name in db0 db1 db2 db3 portal0 portal1 portal2 haproxy smtp; do
        [[ -f $DIR/run/$name.pid ]] || continue
        local state=down extra=""
        if alive "$name"; then state="up (pid $(cat "$DIR/run/$name.pid"))"; fi
        case $name in
            db[1-3]) alive "$name" && extra="port $(db_port "${name#db}"), $(wsrep "${name#db}" wsrep_local_state_comment), cluster size $(wsrep "${name#db}" wsrep_cluster_size)" ;;
            db0) extra="port $(db_port 0), no Galera" ;;
            portal*) extra="port $(portal_port "${name#portal}"), readiness $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(mgmt_port "${name#portal}")/actuator/health/readiness" || true)" ;;
            haproxy) extra="port $HTTP_PORT: $(curl -s "http://127.0.0.1:$STATS_PORT/;csv" | awk -F, '$1=="portal" && $2 ~ /^portal/ {printf "%s=%s ", $2, $18}' || true)" ;;
            smtp) extra="port $SMTP_PORT, $(find "$DIR/mail" -name '*.eml' 2>/dev/null | wc -l) mails received" ;;
        esac
        printf '  %-8s %-18s %s\n' "$name" "$state" "$extra"
    done
    local node
    for node in 1 2 3 0; do
        if alive "db$node"; then
            local nopk
            nopk=$(sql "$node" "SELECT GROUP_CONCAT(t.table_name) FROM information_schema.tables t WHERE t.table_schema = '$DB'
                AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')")
            [[ $nopk == NULL ]] && nopk=""
            echo "  tables without a primary key (Galera needs one): ${nopk:-none}"
            break
        fi
    done
}

mkdir -p "$DIR"
case ${1:-} in
    up) up "${2:-}" ;;
    single) single "${2:-}" ;;
    down) down ;;
    status) status ;;
    kill) kill_one "$2" ;;
    start) start_one "$2" ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
esac
