#!/usr/bin/env bash
# Installs everything and starts the dashboard (API + web) on PORT (default 3000).
# Node.js 24 comes from the npm registry into .tools/ when the system's is older than 22.12.
# A new database is migrated and seeded with the real data on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/tools.sh
ensure_node
ensure_pnpm
install_dependencies
echo "› building the web app"
run_step pnpm --filter @nap/web build
echo "› starting the server (node $(node --version)); a new database is migrated and seeded on first start"
exec pnpm --filter @nap/api start
