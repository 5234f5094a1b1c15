#!/usr/bin/env bash
# Stop the local Neo4j started by scripts/neo4j-up.sh (SIGTERM, wait up to
# 30 s, then SIGKILL) and remove its pid/env/uri files and data. Succeeds when
# nothing is running.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache/neo4j"
# shellcheck source=scripts/neo4j-common.sh
. "$ROOT/scripts/neo4j-common.sh"
PIDFILE="$CACHE/pid"
GRACE="${PLANKG_NEO4J_STOP_TIMEOUT:-30}"

say() { echo "neo4j-down: $*" >&2; }

[[ -d "$CACHE" ]] || { say "nothing to stop"; exit 0; }

lock_cache

pid="$(cat "$PIDFILE" 2>/dev/null || true)"
if is_ours "$pid"; then
  say "stopping Neo4j (pid $pid) ..."
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + GRACE))
  while is_ours "$pid" && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if is_ours "$pid"; then
    say "still running after ${GRACE}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    deadline=$((SECONDS + 10))
    while is_ours "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
  else
    say "stopped"
  fi
else
  say "no running server${pid:+ (stale pid $pid)}"
fi

rm -f "$PIDFILE" "$CACHE/env" "$CACHE/uri" "$CACHE/uri.tmp" "$CACHE/env.tmp"
rm -rf "$CACHE/data"
