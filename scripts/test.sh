#!/usr/bin/env bash
# `npm test`: install what the tests need, then typecheck, lint, unit/integration tests, build
# and the Playwright journeys, stopping at the first failure. Runs unattended (CI=true, no stdin).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/test-postgres.sh"
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
  local status=${summary_status:-$?}
  section "Tider"
  printf '  %s\n' "${TIMINGS[@]}"
  if ((status == 0)); then echo "Alt grønt (${SECONDS}s)."; else echo "Stoppet med feil (kode $status) etter ${SECONDS}s." >&2; fi
}
# The BFF's tests run a second time on PostgreSQL (issue 10): on the server LY_TEST_POSTGRES_URL
# names, or else on a throwaway one started here on 127.0.0.1 and stopped when the run ends.
PG_DIR=""
postgres_server() {
  if [[ -n "${LY_TEST_POSTGRES_URL:-}" ]]; then
    echo "Bruker PostgreSQL fra LY_TEST_POSTGRES_URL."
    return 0
  fi
  PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/ly-test-pg.XXXXXX")"
  start_test_postgres "$PG_DIR"
}
cleanup() {
  local status=$?
  [[ -n "$PG_DIR" ]] && stop_test_postgres "$PG_DIR"
  summary_status=$status summary
}
trap cleanup EXIT

# Debian packages the tests use: Chromium's headless shell for Playwright (never `playwright
# install`; decision 0059), poppler-utils' pdftotext, with which the report journey reads the
# printed PDF, and PostgreSQL's server for the BFF's second run (unless LY_TEST_POSTGRES_URL
# names one). LY_E2E_CHROMIUM names another browser, which must then exist.
install_system_packages() {
  local chromium="${LY_E2E_CHROMIUM:-/usr/bin/chromium-headless-shell}"
  local missing=()
  if [[ ! -x "$chromium" ]]; then
    if [[ -n "${LY_E2E_CHROMIUM:-}" ]]; then
      echo "LY_E2E_CHROMIUM=$chromium finnes ikke." >&2
      return 1
    fi
    missing+=(chromium-headless-shell)
  fi
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [[ -n "${LY_TEST_POSTGRES_URL:-}" || -n "$(pg_bin_dir)" ]] || missing+=(postgresql)
  if ((${#missing[@]} > 0)); then apt_install "${missing[@]}"; fi
  "$chromium" --version 2>/dev/null || true
}

# The type check and the type-aware lint (with the module rules and the formatting check after
# it) each keep about one core busy: side by side, with each one's output printed whole after
# both end, so a failure is read in one piece.
typecheck_and_lint() {
  local dir status=0
  dir="$(mktemp -d "${TMPDIR:-/tmp}/ly-check.XXXXXX")"
  pnpm typecheck >"$dir/typecheck.log" 2>&1 &
  local typecheck=$!
  { pnpm lint && pnpm format:check; } >"$dir/lint.log" 2>&1 &
  local lint=$!
  wait "$typecheck" || status=1
  echo "-- Typesjekk"; cat "$dir/typecheck.log"
  wait "$lint" || status=1
  echo "-- Lint og formatering"; cat "$dir/lint.log"
  rm -rf "$dir"
  return "$status"
}

# Vitest's own output, and a JSON report from which the slowest test files are listed (issue 20):
# where the minutes go is the first thing to know when the command gets slow again.
unit_tests() {
  local report status=0
  report="$(mktemp "${TMPDIR:-/tmp}/ly-vitest.XXXXXX.json")"
  pnpm test:unit --reporter=default --reporter=json --outputFile.json="$report" || status=$?
  node scripts/slowest-tests.mjs "$report" || true
  rm -f "$report"
  return "$status"
}

stage "Installer (pnpm ${PNPM_VERSION})" pnpm install --frozen-lockfile
stage "Debian-pakker (chromium-headless-shell, poppler-utils, postgresql)" install_system_packages
stage "Typesjekk, lint og formatering" typecheck_and_lint
stage "PostgreSQL (testserver)" postgres_server
stage "Enhets- og integrasjonstester" unit_tests
stage "Bygg" pnpm build
stage "Playwright-reiser" pnpm test:e2e
