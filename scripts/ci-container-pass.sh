#!/usr/bin/env bash
# The real-server suites through Testcontainers on a local Docker engine with locally built images
# (no TEST_*_URL, no registry). When the engine or the images cannot be had here, the pass FAILS:
# CI never goes green without running the Testcontainers path. A machine that cannot run
# containers on purpose opts out explicitly:
#   SEAMS_ALLOW_NO_CONTAINERS=1   exit 0 with "container pass: NOT RUN (why; allowed by ...)" instead
#   SEAMS_DOCKER_START=0          only use an engine that already answers; never start or install one
# .ci/run sets neither.
# Arguments are turbo's package filters (`--filter=@seams/testenv`): without any, every package's
# real suites run; .ci/run names the ones that prove the Testcontainers path (see there).
set -uo pipefail
cd "$(dirname "$0")/.."

not_run() {
  if [ "${SEAMS_ALLOW_NO_CONTAINERS:-}" = 1 ]; then
    echo "container pass: NOT RUN ($*; allowed by SEAMS_ALLOW_NO_CONTAINERS=1)"
    exit 0
  fi
  echo "container pass: FAILED, not run: $*. Set SEAMS_ALLOW_NO_CONTAINERS=1 only where containers cannot run on purpose."
  exit 1
}

engine_env=$(bash scripts/docker-engine.sh start) || not_run "no Docker engine could be started here"
eval "$engine_env"
export DOCKER_HOST
# Stop the engine only if this pass started it; one already running before us is left alone.
started_here=false
[ "$DOCKER_HOST" = "unix://${SEAMS_DOCKER_DIR:-/var/tmp/seams-docker}/docker.sock" ] && started_here=true
cleanup() {
  if $started_here; then bash scripts/docker-engine.sh stop; fi
}
trap cleanup EXIT

bash tooling/container-images/build-images.sh || not_run "the local images could not be built"

unset TEST_POSTGRES_URL TEST_RABBITMQ_URL TEST_REDIS_URL
export TEST_POSTGRES_IMAGE=seams-local/postgres:15
export TEST_RABBITMQ_IMAGE=seams-local/rabbitmq:3.10
export TEST_REDIS_IMAGE=seams-local/redis:7
export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=localhost

# Loose env mode: turbo would otherwise hide DOCKER_HOST and TEST_*_IMAGE from the tests.
# --continue: a failing package must not cut the others short; cut short, they could not stop
# their containers (reported below as left behind) and their own failures went unseen.
# The differential corpora (SQL and broker cases on the server and on the fakes) ran against the
# machine's servers in the real pass; the images are built from the same Debian packages, so here
# they would only repeat it: this pass runs the adapters' suites through Testcontainers.
echo "container pass: the SQL and broker corpora ran in the real pass on the machine's servers; left out here (SEAMS_CORPORA=off)"
if [ "$#" -gt 0 ]; then echo "container pass: packages: $*"; else echo "container pass: every package"; fi
SEAMS_CORPORA=off pnpm test:containers --env-mode=loose --output-logs=full --continue "$@"
status=$?

leftovers=$(docker ps -aq --filter label=dev.seams.testenv.owner-pid)
if [ -n "$leftovers" ]; then
  echo "container pass: containers left behind: $leftovers"
  docker rm -f $leftovers >/dev/null
  status=1
fi
if [ "$status" -eq 0 ]; then echo "container pass: passed"; else echo "container pass: FAILED"; fi
exit "$status"
