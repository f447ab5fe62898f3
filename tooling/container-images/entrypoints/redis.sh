#!/bin/sh
# As the official image: `redis-server ...` or bare options (the Testcontainers module passes
# `--requirepass pw` this way) run the server in the foreground, reachable from outside.
set -eu
if [ "${1:-redis-server}" = redis-server ] || [ "${1#-}" != "${1:-}" ]; then
  [ "${1:-}" = redis-server ] && shift
  mkdir -p /data && chown redis:redis /data
  exec setpriv --reuid=redis --regid=redis --init-groups redis-server --bind 0.0.0.0 --protected-mode no \
    --save '' --appendonly no --daemonize no --dir /data "$@"
fi
exec "$@"
