#!/usr/bin/env bash
# A Docker engine for the container pass on machines that run none: start | stop | status.
# `eval "$(bash scripts/docker-engine.sh start)"` sets DOCKER_HOST. See tooling/container-images/.
exec bash "$(dirname "$0")/../tooling/container-images/engine.sh" "$@"
