#!/usr/bin/env bash
# Starts a private, throwaway PostgreSQL cluster and Redis server from Debian's
# packages (installing them when missing) for the real-services test pass, and
# makes sure Debian's chromium is there for the GraphiQL browser test
# (test/e2e/graph/graphiql.test.ts, which fails without it).
#   eval "$(scripts/ci-services.sh start)"   # exports DATABASE_URL and REDIS_URL
#   scripts/ci-services.sh stop
set -euo pipefail
ROOT=${SERVICES_DIR:-/tmp/fleetgraph-ci-services}
PGPORT=${PGPORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
PGDATA=$ROOT/pgdata PGRUN=$ROOT/pgrun RDIR=$ROOT/redis

ensure_pkgs() {
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || ! command -v redis-server >/dev/null || [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql redis-server chromium >&2
  fi
}
pgbin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }

start() {
  ensure_pkgs
  local BIN; BIN=$(pgbin)
  mkdir -p "$PGDATA" "$PGRUN" "$RDIR"
  chown postgres:postgres "$PGDATA" "$PGRUN"
  [ -f "$PGDATA/PG_VERSION" ] || runuser -u postgres -- "$BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$ROOT/initdb.log"
  # Durability off: a test cluster trades crash safety for speed.
  runuser -u postgres -- "$BIN/pg_ctl" -D "$PGDATA" -l "$PGRUN/pg.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGRUN -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >&2
  "$BIN/pg_isready" -h 127.0.0.1 -p "$PGPORT" -t 30 >&2
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q >&2 <<'SQL'
SELECT 'CREATE ROLE app LOGIN PASSWORD ''app'' CREATEDB' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname='app')\gexec
SELECT 'CREATE DATABASE app OWNER app' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname='app')\gexec
SQL
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --dir "$RDIR" \
    --pidfile "$RDIR/redis.pid" --logfile "$RDIR/redis.log" --save '' --appendonly no >&2
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
  redis-cli -p "$REDIS_PORT" ping | grep -q PONG
  echo "export DATABASE_URL=postgresql://app:app@127.0.0.1:$PGPORT/app"
  echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
}

stop() {
  local BIN; BIN=$(pgbin)
  if [ -f "$PGDATA/postmaster.pid" ]; then runuser -u postgres -- "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >&2 || true; fi
  if [ -f "$RDIR/redis.pid" ]; then kill "$(cat "$RDIR/redis.pid")" 2>/dev/null || true; fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$ROOT"
}

"${1:-start}"
