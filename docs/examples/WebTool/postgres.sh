#!/usr/bin/env bash
# A throw-away PostgreSQL server on 127.0.0.1 in a folder of its own, for the web tool's tests and local runs.
#   postgres.sh start DIR [PORT]   initialises and starts a server in DIR; prints its connection string
#   postgres.sh stop DIR           stops it (the folder can then be removed)
# It runs the server as a non-root user (PostgreSQL refuses root): the invoking user, or 'postgres' when run as root.
# Needs Debian's postgresql package (initdb and pg_ctl under /usr/lib/postgresql/<version>/bin or on PATH).
set -euo pipefail

find_bin() {
  local found
  found=$(command -v initdb 2>/dev/null || true)
  if [ -z "$found" ]; then
    found=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [ -n "$found" ] || { echo "postgres.sh: PostgreSQL is not installed (initdb not found); install the postgresql package" >&2; exit 3; }
  dirname "$(readlink -f "$found")"
}

run_as=()
if [ "$(id -u)" = 0 ]; then
  id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  run_as=(runuser -u postgres --)
fi

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: postgres.sh start DIR [PORT] | stop DIR" >&2; exit 2; }
bin=$(find_bin)
[ "$cmd" = start ] && mkdir -p "$dir"
[ -d "$dir" ] && dir=$(cd "$dir" && pwd)
# The server's user may not enter the caller's working directory: run everything from /.
cd /

case "$cmd" in
  start)
    port=${3:-55432}
    # The server's own folder belongs to the user running it (a root-owned temporary folder is closed to 'postgres').
    server=$("${run_as[@]}" mktemp -d "${TMPDIR:-/tmp}/taiaffairs-pg.XXXXXX")
    echo "$server" > "$dir/server-dir"
    "${run_as[@]}" "$bin/initdb" -D "$server/data" -U office --auth=trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    "${run_as[@]}" "$bin/pg_ctl" -D "$server/data" -l "$server/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $server -c fsync=off -c synchronous_commit=off -c max_connections=200" start > /dev/null \
      || { cat "$server/server.log" >&2; exit 1; }
    "$bin/psql" -h 127.0.0.1 -p "$port" -U office -d postgres -q -c "CREATE DATABASE office" > /dev/null
    echo "Host=127.0.0.1;Port=$port;Username=office;Database=office"
    ;;
  stop)
    [ -f "$dir/server-dir" ] || exit 0
    server=$(cat "$dir/server-dir")
    if [ -f "$server/data/postmaster.pid" ]; then
      "${run_as[@]}" "$bin/pg_ctl" -D "$server/data" -m fast -w stop > /dev/null
    fi
    rm -rf "$server" "$dir/server-dir"
    ;;
  *)
    echo "usage: postgres.sh start DIR [PORT] | stop DIR" >&2; exit 2 ;;
esac
