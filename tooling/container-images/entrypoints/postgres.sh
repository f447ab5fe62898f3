#!/bin/sh
# Does what the official image's entrypoint does for the variables Testcontainers sets:
# POSTGRES_USER (superuser), POSTGRES_PASSWORD, POSTGRES_DB; then runs the server as `postgres`.
set -eu
PGDATA=${PGDATA:-/var/lib/postgresql/data}
export PGDATA

init_cluster() {
  mkdir -p "$PGDATA" /var/run/postgresql
  chown postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  pwfile=$(mktemp)
  printf '%s\n' "${POSTGRES_PASSWORD:-}" >"$pwfile"
  chown postgres "$pwfile"
  setpriv --reuid=postgres --regid=postgres --init-groups \
    initdb -D "$PGDATA" -U "${POSTGRES_USER:-postgres}" --pwfile="$pwfile" -E UTF8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
  echo 'host all all all scram-sha-256' >>"$PGDATA/pg_hba.conf"
  db=${POSTGRES_DB:-${POSTGRES_USER:-postgres}}
  if [ "$db" != postgres ]; then
    echo "CREATE DATABASE \"$db\"" |
      setpriv --reuid=postgres --regid=postgres --init-groups postgres --single -j -D "$PGDATA" postgres >/dev/null
  fi
}

if [ "${1:-postgres}" = postgres ] || [ "${1#-}" != "${1:-}" ]; then
  [ "${1:-}" = postgres ] && shift
  [ -s "$PGDATA/PG_VERSION" ] || init_cluster
  exec setpriv --reuid=postgres --regid=postgres --init-groups \
    postgres -D "$PGDATA" -c listen_addresses='*' "$@"
fi
exec "$@"
