#!/usr/bin/env bash
# Runs the web tool locally on a throw-away PostgreSQL (stopped and removed when the tool stops).
#   docs/examples/WebTool/run.sh [PORT]      then open http://127.0.0.1:PORT/ (default 5080) and import a data set
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
port=${1:-5080}
db=$(mktemp -d)
tool=
cleanup() {
  if [ -n "$tool" ]; then kill "$tool" 2>/dev/null || true; wait "$tool" 2>/dev/null || true; fi
  bash "$here/postgres.sh" stop "$db" || true
  rm -rf "$db"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
TAIAFFAIRS_PG=$(bash "$here/postgres.sh" start "$db" $((port + 10000)))
export TAIAFFAIRS_PG
echo "PostgreSQL: $TAIAFFAIRS_PG"
echo "The web tool: http://127.0.0.1:$port/ (Ctrl+C stops both)"
dotnet run --project "$here/WebTool.csproj" -- --urls "http://127.0.0.1:$port" &
tool=$!
wait "$tool"
