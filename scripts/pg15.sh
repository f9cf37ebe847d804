#!/usr/bin/env bash
# Debian's PostgreSQL 15 for tests (CI runs the database suite on it as well as on the embedded 18).
#   scripts/pg15.sh start [DIR]  initdb a fresh cluster in DIR (empty or missing; default: a new
#                                mktemp -d under /tmp), start it on a free loopback port and print
#                                its admin URL, postgres://postgres@127.0.0.1:PORT/postgres, on
#                                stdout; everything else goes to stderr. The server log is DIR/server.log.
#   scripts/pg15.sh stop DIR     stop that server and delete DIR (quietly does nothing if absent).
#   scripts/pg15.sh replica URL DIR
#                                a streaming replica of the server at URL (pg_basebackup -R into DIR),
#                                started on a free loopback port; prints its URL like start.
#   scripts/pg15.sh down DIR / up DIR
#                                stop a server without deleting DIR, and start it again on its port
#                                (the replica test stops its replica mid-run).
# Usage from a script:
#   dir=$(mktemp -d /tmp/daibiao-pg15.XXXXXX); trap 'scripts/pg15.sh stop "$dir"' EXIT
#   url=$(scripts/pg15.sh start "$dir")
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
ext=/usr/share/postgresql/15/extension

log() { echo "pg15: $*" >&2; }
die() { log "error: $*"; exit 1; }

install_pg15() {
  [[ $(id -u) == 0 ]] || die "$bin/initdb is missing; install PostgreSQL 15 (sudo apt-get install -y postgresql-15)"
  log "installing postgresql-15 with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql-15 >&2
  if [[ ! -f $ext/pg_trgm.control ]]; then
    log "pg_trgm is not in postgresql-15 here: installing postgresql-contrib"
    apt-get install -y postgresql-contrib >&2
  fi
}

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start() {
  [[ -x $bin/initdb ]] || install_pg15
  [[ -x $bin/initdb ]] || die "$bin/initdb still missing after installing postgresql-15"
  [[ -f $ext/pg_trgm.control ]] || die "pg_trgm is not available ($ext/pg_trgm.control missing)"
  if [[ $(id -u) == 0 ]]; then
    id -u postgres >/dev/null 2>&1 || die "there is no user postgres to run the server as"
  fi

  local dir=${1:-}
  if [[ -z $dir ]]; then
    dir=$(mktemp -d /tmp/daibiao-pg15.XXXXXX)
  else
    mkdir -p "$dir"
    [[ -z $(ls -A "$dir") ]] || die "$dir is not empty"
  fi
  chmod 755 "$dir"
  # initdb and the server refuse to run as root; /tmp is reachable by postgres (/root is not).
  local as_postgres=()
  if [[ $(id -u) == 0 ]]; then
    chown postgres: "$dir"
    as_postgres=(runuser -u postgres --)
  fi

  log "initdb $dir"
  "${as_postgres[@]}" "$bin/initdb" -D "$dir" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >&2

  local port tries=0
  while :; do
    port=$(free_port)
    # -l: the server's output must not reach our stdout (a caller's $(…) would wait for it forever).
    if "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c log_connections=on -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2; then
      break
    fi
    tries=$((tries + 1))
    tail -n 20 "$dir/server.log" >&2 || true
    ((tries < 3)) || die "the server did not start (log: $dir/server.log)"
    log "start failed on port $port (taken meanwhile?); trying another port"
  done

  local url="postgres://postgres@127.0.0.1:$port/postgres"
  "$bin/psql" "$url" -XAtqc "select version()" >&2 || die "cannot connect to $url"
  log "PostgreSQL 15 on port $port, data in $dir (stop it with: $0 stop $dir)"
  echo "$url"
}

as_postgres() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_ctl start in DIR on PORT (kept in DIR/port for `up`)
launch() {
  local dir=$1 port=$2
  echo "$port" >"$dir/port"
  as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c log_connections=on -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
}

replica() {
  local primary=${1:?usage: $0 replica URL DIR} dir=${2:?usage: $0 replica URL DIR}
  mkdir -p "$dir"
  [[ -z $(ls -A "$dir") ]] || die "$dir is not empty"
  chmod 700 "$dir"
  [[ $(id -u) == 0 ]] && chown postgres: "$dir"
  log "pg_basebackup from $primary into $dir"
  # a replication slot keeps the primary's WAL for the replica while it is stopped (down/up)
  local slot
  slot=replica_$(basename "$dir" | tr -c 'a-zA-Z0-9\n' _ | tr 'A-Z' 'a-z')
  as_postgres "$bin/pg_basebackup" -d "$primary" -D "$dir" -R -X stream -c fast -C -S "$slot" >&2
  rm -f "$dir/postmaster.pid" "$dir/server.log"
  local port
  port=$(free_port)
  launch "$dir" "$port" || { tail -n 20 "$dir/server.log" >&2; die "the replica did not start"; }
  local url="postgres://postgres@127.0.0.1:$port/postgres"
  [[ $("$bin/psql" "$url" -XAtqc "select pg_is_in_recovery()") == t ]] || die "$url is not a replica"
  log "replica of $primary on port $port, data in $dir"
  echo "$url"
}

down() {
  local dir=${1:?usage: $0 down DIR}
  as_postgres "$bin/pg_ctl" -D "$dir" -m fast -w -t 60 stop >&2
}

up() {
  local dir=${1:?usage: $0 up DIR}
  launch "$dir" "$(cat "$dir/port")"
}

stop() {
  local dir=${1:?usage: $0 stop DIR}
  [[ -d $dir ]] || return 0
  if [[ -f $dir/postmaster.pid ]]; then
    local as_postgres=(runuser -u postgres --)
    [[ $(id -u) == 0 ]] || as_postgres=()
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir" -m fast -w -t 60 stop >&2 || log "pg_ctl stop failed for $dir"
  fi
  rm -rf "$dir"
}

case ${1:-start} in
  start) shift || true; start "${1:-}" ;;
  stop) shift; stop "${1:-}" ;;
  replica) shift; replica "${1:-}" "${2:-}" ;;
  down) shift; down "${1:-}" ;;
  up) shift; up "${1:-}" ;;
  *) die "usage: $0 start [DIR] | stop DIR | replica URL DIR | down DIR | up DIR" ;;
esac
