# Shared by neo4j-up.sh and neo4j-down.sh (sourced, not run).
# Expects CACHE to be set.

# Serialise concurrent callers (parallel test runners, an up racing a down).
lock_cache() {
  exec 9>"$CACHE/lock"
  if command -v flock >/dev/null 2>&1; then
    flock 9
  fi
}

# Is PID our launcher (guards against a recycled pid)?
is_ours() {
  local pid="$1"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'plankg\.Neo4jLocal'
}
