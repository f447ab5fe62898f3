#!/usr/bin/env bash
# Makes sure the machine's own PostgreSQL, Redis and RabbitMQ answer on loopback, starting any
# that is down with the machine's own commands. Used by .ci/run before the real-server suites.
set -euo pipefail

wait_for() { # name, seconds, command...
  local name=$1 seconds=$2; shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@" >/dev/null 2>&1; then echo "services: $name answers"; return 0; fi
    sleep 1
  done
  echo "services: $name did not answer within ${seconds}s" >&2
  return 1
}

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG; }
rabbit_up() { (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; }

if ! pg_up; then
  echo "services: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi
if ! redis_up; then
  echo "services: starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
if ! rabbit_up; then
  echo "services: starting RabbitMQ"
  rabbitmq-server -detached || true
fi

wait_for PostgreSQL 60 pg_up
wait_for Redis 30 redis_up
wait_for RabbitMQ 120 rabbit_up
# The AMQP port opens before the broker accepts logins; wait until the app itself runs.
if command -v rabbitmqctl >/dev/null; then
  wait_for "RabbitMQ app" 120 rabbitmqctl await_startup --timeout 5
fi
