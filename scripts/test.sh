#!/usr/bin/env bash
# Installs everything (pnpm, packages, Chromium) and runs every check: lint, typecheck, build,
# unit + integration tests (real SQLite, real HTTP) and the browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/tools.sh
ensure_node
ensure_pnpm
install_dependencies
ensure_chromium
export CHROMIUM_PATH="$(chromium_path)"
pnpm test
