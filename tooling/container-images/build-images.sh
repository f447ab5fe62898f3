#!/usr/bin/env bash
# Builds stand-in images for machines with no registry, from Debian's packages (never pulls):
#   seams-local/postgres:15  seams-local/rabbitmq:3.10  seams-local/redis:7
# A debootstrap root filesystem (cached as a tarball), the server installed in a chroot, an
# entrypoint honouring the official image's variables, then `docker import`. Idempotent: an image
# whose recipe (this folder's files) is unchanged is kept, so a second run takes seconds.
# Needs root, debootstrap, and DOCKER_HOST pointing at an engine (see engine.sh).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${SEAMS_IMAGE_CACHE:-/var/tmp/seams-images}
SUITE=bookworm
BASE_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

log() { echo "images: $*" >&2; }

# The Debian mirror apt already uses here (deb822 .sources or one-line .list), not the security one.
debian_mirror() {
  local uri
  uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
  if [ -z "$uri" ]; then
    uri=$(grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | sed 's/\[[^]]*\]//' |
      awk '{print $2}' | grep -v security | head -n1 || true)
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

# What an image is built from: a change to any of these files rebuilds that image only.
recipe() { # service
  local files=(build-images.sh "entrypoints/$1.sh")
  [ "$1" = rabbitmq ] && files+=(rabbitmq.conf)
  (cd "$HERE" && cat "${files[@]}" | sha256sum | cut -c1-16)
}

is_current() { # tag, recipe
  [ "$(docker image inspect -f '{{index .Config.Labels "dev.seams.recipe"}}' "$1" 2>/dev/null)" = "$2" ]
}

ensure_base() {
  BASE_TAR="$CACHE/base-$SUITE.tar"
  [ -s "$BASE_TAR" ] && return 0
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >&2
  local mirror root
  mirror=$(debian_mirror)
  root=$(mktemp -d "$CACHE/base.XXXX")
  log "debootstrap $SUITE from $mirror (once; cached in $BASE_TAR)"
  debootstrap --variant=minbase "$SUITE" "$root" "$mirror" >"$CACHE/debootstrap.log" 2>&1 ||
    { tail -n 20 "$CACHE/debootstrap.log" >&2; rm -rf "$root"; return 1; }
  tar -C "$root" -cf "$BASE_TAR.tmp" . && mv "$BASE_TAR.tmp" "$BASE_TAR"
  rm -rf "$root"
}

ROOTFS=""
cleanup_rootfs() {
  [ -n "$ROOTFS" ] || return 0
  umount "$ROOTFS/proc" "$ROOTFS/dev" 2>/dev/null || true
  rm -rf "$ROOTFS"
  ROOTFS=""
}
trap cleanup_rootfs EXIT

# A fresh copy of the base with the packages installed and no service started.
prepare_rootfs() { # packages...
  ROOTFS=$(mktemp -d "$CACHE/rootfs.XXXX")
  tar -C "$ROOTFS" -xf "$BASE_TAR"
  chmod 0755 "$ROOTFS" # mktemp's 0700 would become the image's `/`, shutting out the server's user
  mount -t proc proc "$ROOTFS/proc"
  mount --bind /dev "$ROOTFS/dev"
  cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' >"$ROOTFS/usr/sbin/policy-rc.d" && chmod +x "$ROOTFS/usr/sbin/policy-rc.d"
  quietly chroot "$ROOTFS" apt-get update -q
  quietly chroot "$ROOTFS" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

# Runs a command with its output in the build log, shown only when it fails.
quietly() {
  "$@" >>"$CACHE/build.log" 2>&1 || { log "failed: $*"; tail -n 20 "$CACHE/build.log" >&2; return 1; }
}

finish_rootfs() { # entrypoint
  install -m 0755 "$HERE/entrypoints/$1" "$ROOTFS/usr/local/bin/docker-entrypoint.sh"
  rm -f "$ROOTFS/usr/sbin/policy-rc.d"
  chroot "$ROOTFS" apt-get clean
  rm -rf "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/log/*.log
  umount "$ROOTFS/proc" "$ROOTFS/dev"
}

import_image() { # tag, --change arguments...
  local tag=$1; shift
  local changes=(--change "LABEL dev.seams.recipe=$RECIPE" --change 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]')
  for change in "$@"; do changes+=(--change "$change"); done
  tar -C "$ROOTFS" -c . | docker import "${changes[@]}" - "$tag" >/dev/null
  cleanup_rootfs
  log "built $tag"
}

build_postgres() {
  prepare_rootfs postgresql-15
  # Debian's package creates a cluster; the entrypoint makes its own from the container's variables.
  rm -rf "$ROOTFS/var/lib/postgresql/15" "$ROOTFS/etc/postgresql/15"
  finish_rootfs postgres.sh
  import_image seams-local/postgres:15 "ENV PATH=/usr/lib/postgresql/15/bin:$BASE_PATH" \
    'ENV PGDATA=/var/lib/postgresql/data' 'EXPOSE 5432' 'CMD ["postgres"]'
}

build_redis() {
  prepare_rootfs redis-server
  finish_rootfs redis.sh
  import_image seams-local/redis:7 "ENV PATH=$BASE_PATH" 'EXPOSE 6379' 'CMD ["redis-server"]'
}

build_rabbitmq() {
  prepare_rootfs rabbitmq-server
  install -m 0644 "$HERE/rabbitmq.conf" "$ROOTFS/etc/rabbitmq/rabbitmq.conf"
  quietly chroot "$ROOTFS" env HOME=/var/lib/rabbitmq rabbitmq-plugins enable --offline rabbitmq_management
  chroot "$ROOTFS" chown -R rabbitmq:rabbitmq /etc/rabbitmq /var/lib/rabbitmq
  finish_rootfs rabbitmq.sh
  import_image seams-local/rabbitmq:3.10 "ENV PATH=$BASE_PATH" 'EXPOSE 5672 15672' 'CMD ["rabbitmq-server"]'
}

main() {
  [ "$(id -u)" = 0 ] || { log "needs root (debootstrap, chroot)"; return 1; }
  docker version >/dev/null 2>&1 || { log "no engine answers at DOCKER_HOST=${DOCKER_HOST:-<unset>}"; return 1; }
  mkdir -p "$CACHE"
  local wanted=("$@")
  [ ${#wanted[@]} -gt 0 ] || wanted=(postgres redis rabbitmq)
  for service in "${wanted[@]}"; do
    local tag
    case "$service" in
      postgres) tag=seams-local/postgres:15 ;; redis) tag=seams-local/redis:7 ;; rabbitmq) tag=seams-local/rabbitmq:3.10 ;;
      *) log "unknown service $service"; return 2 ;;
    esac
    RECIPE=$(recipe "$service")
    if is_current "$tag" "$RECIPE"; then log "$tag is up to date"; continue; fi
    ensure_base
    "build_$service"
  done
}

main "$@"
