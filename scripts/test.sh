#!/usr/bin/env bash
# `npm test`: install what the tests need, then typecheck, lint, unit/integration tests, build
# and the Playwright journeys, stopping at the first failure. Runs unattended (CI=true, no stdin).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_node
export CI="${CI:-true}"

declare -a TIMINGS=()
stage() {
  local name="$1"
  shift
  section "$name"
  local started=$SECONDS
  "$@"
  TIMINGS+=("$(printf '%-28s %4ds' "$name" $((SECONDS - started)))")
}
summary() {
  local status=$?
  section "Tider"
  printf '  %s\n' "${TIMINGS[@]}"
  if ((status == 0)); then echo "Alt grønt (${SECONDS}s)."; else echo "Stoppet med feil (kode $status) etter ${SECONDS}s." >&2; fi
}
trap summary EXIT

# Debian packages the journeys use: Chromium for Playwright (never `playwright install`) and
# poppler-utils' pdftotext, with which the report journey reads the printed PDF.
install_system_packages() {
  local chromium="${LY_E2E_CHROMIUM:-/usr/bin/chromium}"
  local missing=()
  if [[ ! -x "$chromium" ]]; then
    if [[ "$chromium" != /usr/bin/chromium ]]; then
      echo "LY_E2E_CHROMIUM=$chromium finnes ikke." >&2
      return 1
    fi
    missing+=(chromium)
  fi
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  if ((${#missing[@]} > 0)); then
    local sudo=()
    if ((EUID != 0)); then
      if command -v sudo >/dev/null 2>&1; then sudo=(sudo -n); else
        echo "Mangler ${missing[*]}, og kan ikke installere uten root: apt-get install ${missing[*]}" >&2
        return 1
      fi
    fi
    echo "Installerer Debians ${missing[*]} med apt-get."
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" </dev/null
  fi
  "$chromium" --version 2>/dev/null || true
}

stage "Installer (pnpm ${PNPM_VERSION})" pnpm install --frozen-lockfile
stage "Debian-pakker (chromium, poppler-utils)" install_system_packages
stage "Typesjekk" pnpm typecheck
stage "Lint" pnpm lint
stage "Enhets- og integrasjonstester" pnpm test:unit
stage "Bygg" pnpm build
stage "Playwright-reiser" pnpm test:e2e
