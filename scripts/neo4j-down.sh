#!/usr/bin/env bash
# Stop the local Neo4j started by scripts/neo4j-up.sh (SIGTERM, wait up to
# 30 s, then SIGKILL) and remove its pid/env/uri files and data. Succeeds when
# nothing is running.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache/neo4j"
PIDFILE="$CACHE/pid"
GRACE="${PLANKG_NEO4J_STOP_TIMEOUT:-30}"

say() { echo "neo4j-down: $*" >&2; }

[[ -d "$CACHE" ]] || { say "nothing to stop"; exit 0; }

# Wait for a concurrent neo4j-up to finish before tearing down.
exec 9>"$CACHE/lock"
if command -v flock >/dev/null 2>&1; then
  flock 9
fi

is_ours() {
  local pid="$1"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'plankg\.Neo4jLocal'
}

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
