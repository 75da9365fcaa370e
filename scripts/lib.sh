# Shared by scripts/*.sh: repo root, the pinned pnpm, section headers. Source, don't run.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# pnpm through npx at the version pinned in package.json ("packageManager"): corepack is
# unreliable on these machines, npx works wherever npm does.
PNPM_VERSION="$(node -p 'require("./package.json").packageManager.split("@")[1]')"
pnpm() { npx --yes "pnpm@${PNPM_VERSION}" "$@"; }

if [[ -t 1 ]]; then
  section() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
else
  section() { printf '\n==> %s\n' "$*"; }
fi

require_node() {
  if ! command -v node >/dev/null 2>&1; then
    echo "Ly trenger Node.js 20.19 eller nyere (fant ikke node)." >&2
    exit 1
  fi
  if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
    echo "Ly trenger Node.js 20.19 eller nyere (fant $(node -v))." >&2
    exit 1
  fi
}

# Installs Debian packages with apt-get (through sudo when not root), or says what to install.
apt_install() {
  local sudo=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo -n); else
      echo "Mangler $*, og kan ikke installere uten root: apt-get install $*" >&2
      return 1
    fi
  fi
  echo "Installerer Debians $* med apt-get."
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" </dev/null
}
