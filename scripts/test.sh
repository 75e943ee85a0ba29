#!/usr/bin/env bash
# Installs everything (Node 24 if needed, pnpm, packages, Chromium) and runs every check: lint,
# typecheck, OpenAPI lint, build, unit + integration tests (real SQLite, real HTTP) and the browser
# tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/tools.sh
ensure_node
ensure_pnpm
install_dependencies
ensure_chromium
CHROMIUM_PATH="$(chromium_path)"
export CHROMIUM_PATH
echo "› testing on node $(node --version), pnpm $(pnpm --version), $("$CHROMIUM_PATH" --version 2>/dev/null || echo chromium)"
rm -f artifacts/vitest-results.json
status=0
pnpm test || status=$?
# One plain closing line for CI, read from Vitest's JSON report (when the run got that far).
if [ -f artifacts/vitest-results.json ]; then
  node -e 'const r = require("./artifacts/vitest-results.json"); console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""))'
fi
exit "$status"
