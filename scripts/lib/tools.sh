# Shared by scripts/start.sh and scripts/test.sh: installs what a fresh machine lacks.
# Node.js >= 20.19 and npm must already be there; everything else comes from the npm registry
# (pnpm, the workspace's packages) or Debian's packages (Chromium, for the browser tests).

PNPM_VERSION=10.34.9

ensure_node() {
  if ! command -v node >/dev/null 2>&1; then
    echo "Node.js >= 20.19 is required (https://nodejs.org)." >&2
    exit 1
  fi
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' || {
    echo "Node.js >= 20.19 is required; found $(node --version)." >&2
    exit 1
  }
}

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null | cut -d. -f1)" != "10" ]; then
    echo "› installing pnpm ${PNPM_VERSION} from the npm registry"
    npm install -g "pnpm@${PNPM_VERSION}" >/dev/null 2>&1 || {
      echo "npm install -g pnpm failed (no rights?). Try: sudo npm install -g pnpm@${PNPM_VERSION}" >&2
      exit 1
    }
  fi
}

install_dependencies() {
  echo "› installing the workspace's packages (better-sqlite3 compiles from source on first install)"
  CI=true pnpm install --frozen-lockfile --reporter=append-only | grep -v '^Progress' || true
  test -d node_modules/.pnpm || { echo "pnpm install failed" >&2; exit 1; }
}

chromium_path() {
  for p in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$p" ] && [ -x "$p" ]; then echo "$p"; return 0; fi
  done
  return 1
}

ensure_chromium() {
  if chromium_path >/dev/null; then return 0; fi
  echo "› installing Debian's chromium for the browser tests"
  local sudo=""
  if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  chromium_path >/dev/null || { echo "Chromium could not be installed" >&2; exit 1; }
}
