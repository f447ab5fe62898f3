#!/bin/sh
# As the official image for the variables the Testcontainers module sets:
# RABBITMQ_DEFAULT_USER / RABBITMQ_DEFAULT_PASS; logs to the console (the module waits for a log line).
set -eu
conf=/etc/rabbitmq/rabbitmq.conf
if [ -n "${RABBITMQ_DEFAULT_USER:-}" ] && ! grep -q "^default_user" "$conf"; then echo "default_user = $RABBITMQ_DEFAULT_USER" >>"$conf"; fi
if [ -n "${RABBITMQ_DEFAULT_PASS:-}" ] && ! grep -q "^default_pass" "$conf"; then echo "default_pass = $RABBITMQ_DEFAULT_PASS" >>"$conf"; fi
if [ "${1:-rabbitmq-server}" = rabbitmq-server ]; then
  chown -R rabbitmq:rabbitmq /var/lib/rabbitmq
  export HOME=/var/lib/rabbitmq RABBITMQ_LOGS=-
  # The real server script: Debian's /usr/sbin wrapper sends the console log to a file.
  exec setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups /usr/lib/rabbitmq/bin/rabbitmq-server
fi
exec "$@"
