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
# One plain closing line for CI, read from Vitest's JSON report.
node -e 'const r = require("./artifacts/vitest-results.json"); console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""))'
