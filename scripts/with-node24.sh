#!/usr/bin/env bash
# Runs a command with Node 24 first on PATH, installed from the npm registry into .seams/node24.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=.seams/node24
if [ ! -x "$DIR/node_modules/.bin/node" ]; then
  npm i --prefix "$DIR" --no-fund --no-audit --no-save node@24 >/dev/null
fi
export PATH="$PWD/$DIR/node_modules/.bin:$PATH"
echo "with-node24: $(node -v)"
exec "$@"
