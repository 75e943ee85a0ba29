#!/usr/bin/env bash
# Installs everything and starts the dashboard (API + web) on PORT (default 3000).
# A new database is migrated and seeded with the real data on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/tools.sh
ensure_node
ensure_pnpm
install_dependencies
echo "› building the web app"
pnpm --filter @nap/web build >/dev/null
echo "› starting on http://localhost:${PORT:-3000} (database: ${DATABASE_PATH:-data/goal-monitor.sqlite})"
exec pnpm --filter @nap/api start
