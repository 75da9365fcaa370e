#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the tests and the bench (issue 10), from
# Debian's `postgresql` package. Sourced by scripts/test.sh; by hand:
#   source scripts/test-postgres.sh && start_test_postgres /tmp/ly-pg   # sets LY_TEST_POSTGRES_URL
#   stop_test_postgres /tmp/ly-pg
# The server is for tests only: trust authentication on loopback, fsync off. Its data directory
# is removed when it stops, unless LY_PG_KEEP=1 (the bench keeps its national copy that way and
# starts the same data again next time). LY_PG_OPTIONS adds server settings (`-c name=value`).

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# initdb refuses to run as root; as root the server runs as Debian's `postgres` user.
as_postgres() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

ensure_postgres_installed() {
  [[ -n "$(pg_bin_dir)" ]] || apt_install postgresql
}

start_test_postgres() {
  local dir="$1" bin port
  ensure_postgres_installed
  bin="$(pg_bin_dir)"
  port="${LY_TEST_POSTGRES_PORT:-$(free_port)}"
  if [[ "${LY_PG_KEEP:-}" == 1 && -f "$dir/data/PG_VERSION" ]]; then
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  else
    rm -rf "$dir" && mkdir -p "$dir"
    if ((EUID == 0)); then chown postgres "$dir"; fi
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log"
  fi
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${LY_PG_OPTIONS:-}" >/dev/null
  export LY_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') på 127.0.0.1:$port ($dir)"
}

stop_test_postgres() {
  local dir="$1"
  [[ -d "$dir/data" ]] && as_postgres "$(pg_bin_dir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  [[ "${LY_PG_KEEP:-}" == 1 ]] || rm -rf "$dir"
}
