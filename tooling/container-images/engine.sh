#!/usr/bin/env bash
# Starts a Docker engine of our own where none runs (no systemd, no iptables work), or stops it.
#   engine.sh start   prints `export DOCKER_HOST=...` for eval; reuses an engine that already answers
#   engine.sh stop    stops the engine this script started (by its pid file), nothing else
#   engine.sh status  exits 0 when our engine answers
# Its data root (and so the images built into it) persists in $SEAMS_DOCKER_DIR between runs.
# SEAMS_DOCKER_START=0 makes `start` use only an engine that already answers: it never installs or
# starts one (and fails where none answers).
set -euo pipefail

DIR=${SEAMS_DOCKER_DIR:-/var/tmp/seams-docker}
SOCK="$DIR/docker.sock"
PIDFILE="$DIR/dockerd.pid"
OURS="unix://$SOCK"

log() { echo "engine: $*" >&2; }
answers() { DOCKER_HOST=$1 docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

install_engine() {
  command -v dockerd >/dev/null && command -v docker >/dev/null && return 0
  command -v apt-get >/dev/null || { log "no dockerd and no apt-get to install it"; return 1; }
  log "installing docker.io from the Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends docker.io >&2 ||
    { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends docker.io >&2; }
}

start() {
  if [ -n "${DOCKER_HOST:-}" ] && answers "$DOCKER_HOST"; then echo "export DOCKER_HOST=$DOCKER_HOST"; return 0; fi
  if answers "$OURS"; then echo "export DOCKER_HOST=$OURS"; return 0; fi
  if [ "${SEAMS_DOCKER_START:-1}" = 0 ]; then log "no engine answers and SEAMS_DOCKER_START=0"; return 1; fi
  install_engine
  mkdir -p "$DIR/data" "$DIR/exec"
  rm -f "$SOCK" "$PIDFILE"
  log "starting dockerd in $DIR"
  # No iptables or forwarding: containers are reached through published loopback ports only.
  nohup dockerd --storage-driver=overlay2 --iptables=false --ip-forward=false --ip-masq=false --ip=127.0.0.1 \
    --data-root "$DIR/data" --exec-root "$DIR/exec" -H "$OURS" --pidfile "$PIDFILE" \
    >"$DIR/dockerd.log" 2>&1 </dev/null &
  for _ in $(seq 1 60); do
    if answers "$OURS"; then echo "export DOCKER_HOST=$OURS"; return 0; fi
    sleep 0.5
  done
  log "dockerd did not answer within 30s; last lines of $DIR/dockerd.log:"
  tail -n 5 "$DIR/dockerd.log" >&2 || true
  stop
  return 1
}

stop() {
  [ -f "$PIDFILE" ] || return 0
  local pid
  pid=$(cat "$PIDFILE")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    log "stopped dockerd ($pid)"
  fi
  rm -f "$PIDFILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) answers "$OURS" ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
