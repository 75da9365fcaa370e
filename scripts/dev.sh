#!/usr/bin/env bash
# `npm run dev`: the BFF with tsx watch on port 3000 and the Vite dev server (which proxies /api
# to it) side by side. Ctrl-C stops both.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_node

export PORT=3000
# The BFF runs from apps/bff; keep its database where `npm start` keeps it.
export LY_DB="${LY_DB:-$ROOT/data/ly.sqlite}"

# Each job gets its own process group, so stopping one stops its whole tree (pnpm, tsx, node).
# Their stdin is /dev/null: a background group that read the terminal would be stopped (SIGTTIN).
set -m
pnpm --filter @ly/bff run dev </dev/null &
bff=$!
pnpm --filter @ly/web run dev </dev/null &
web=$!
set +m

stop() {
  trap - INT TERM EXIT
  kill -TERM -- "-$bff" "-$web" 2>/dev/null || true
  wait "$bff" "$web" 2>/dev/null || true
}
trap stop INT TERM EXIT

# When either one stops (or crashes), stop the other too.
wait -n "$bff" "$web" || true
