#!/usr/bin/env bash
# `npm start`: install, build and start Ly on http://localhost:3000 (PORT overrides), with its
# SQLite database at ./data/ly.sqlite (LY_DB overrides). The first start prints a one-time
# administrator password.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_node

section "Installerer avhengigheter (pnpm ${PNPM_VERSION})"
if ! pnpm install --frozen-lockfile; then
  # The lockfile no longer matches a package.json (a dependency was edited by hand): install
  # anyway so Ly starts, and say so. `npm test` (CI) stays strict.
  echo "pnpm-lock.yaml er ikke i takt med package.json; installerer og oppdaterer låsefilen." >&2
  pnpm install --no-frozen-lockfile
fi

section "Bygger (web, så BFF)"
pnpm build

section "Starter Ly"
# The same command as `pnpm serve`, without wrappers between the shell and the server, so
# Ctrl-C and `kill` reach it directly.
exec node apps/bff/dist/server.mjs
