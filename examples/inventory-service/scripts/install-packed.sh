#!/usr/bin/env bash
# Installs the @seams packages this example uses the way a user gets them: built, packed by pnpm
# (which turns `workspace:` ranges into real ones, as publishing does) into .packed/, then
# installed by npm from those tarballs. Nothing comes from the workspace: no links, no aliases.
set -euo pipefail
EXAMPLE=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$EXAMPLE/../.." && pwd)
PACKAGES=(ports postgres-adapter contracts fakes testenv)

cd "$ROOT"
filters=()
for pkg in "${PACKAGES[@]}"; do filters+=("--filter=@seams/$pkg"); done
pnpm turbo build "${filters[@]}" --output-logs=errors-only >/dev/null

rm -rf "$EXAMPLE/.packed"
mkdir -p "$EXAMPLE/.packed"
for pkg in "${PACKAGES[@]}"; do
  # A stable file name, so package.json's `file:` paths survive a version bump.
  tarball="$EXAMPLE/.packed/seams-$pkg.tgz"
  (cd "packages/$pkg" && pnpm pack --out "$tarball" >/dev/null)
  if tar -xOzf "$tarball" package/package.json | grep -q '"workspace:'; then
    echo "install-packed: the packed @seams/$pkg still names a workspace: range" >&2
    exit 1
  fi
done

# testenv's own node:test example, copied beside this one so that its imports resolve to the
# tarballs installed here, never to the workspace (`npm run test:testenv-example` runs it).
cp -R packages/testenv/examples/node-test "$EXAMPLE/.packed/testenv-node-test"

cd "$EXAMPLE"
# npm keys an installed `file:` dependency by its path, not its content: remove the old copies so
# the new tarballs are unpacked. No package here needs an install script; skipping them spares
# compiling the optional native add-ons of ssh2 that Testcontainers brings along.
rm -rf node_modules/@seams
npm install --no-audit --no-fund --prefer-offline --ignore-scripts --loglevel=error
