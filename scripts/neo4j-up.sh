#!/usr/bin/env bash
# Start (or reuse) a local, throwaway Neo4j 5.26 Community server for tests/dev.
#
#   eval "$(scripts/neo4j-up.sh)"      # or: scripts/neo4j-up.sh && . .cache/neo4j/env
#   ... run tests ...
#   scripts/neo4j-down.sh
#
# stdout: exactly four "export NEO4J_...=..." lines (also written to
# .cache/neo4j/env). Everything else goes to stderr. Idempotent: if the server
# recorded in .cache/neo4j/pid is alive and answering, it is reused.
#
# Needs java (17+) and, on the first run only, mvn with access to Maven Central
# (jars are cached in ~/.m2; build output in .cache/neo4j/, git-ignored).
# The database is empty on every fresh start and is deleted on stop.
#
# Environment knobs (all optional):
#   PLANKG_NEO4J_PASSWORD   password for user neo4j      (default plankg-test-pw)
#   PLANKG_NEO4J_PORT       bolt port, 0 = pick free one (default 0)
#   PLANKG_NEO4J_PAGECACHE  page cache size              (default 256m)
#   PLANKG_NEO4J_JAVA_OPTS  JVM options                  (default -Xmx1g ...)
#   PLANKG_NEO4J_TIMEOUT    seconds to wait for startup  (default 120)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache/neo4j"
# shellcheck source=scripts/neo4j-common.sh
. "$ROOT/scripts/neo4j-common.sh"
POM="$ROOT/scripts/neo4j/pom.xml"
SRC="$ROOT/scripts/neo4j/src/main/java/plankg/Neo4jLocal.java"
CLASSES="$CACHE/target/classes"
CPFILE="$CACHE/classpath.txt"
LOG="$CACHE/neo4j.log"
PIDFILE="$CACHE/pid"
URIFILE="$CACHE/uri"
ENVFILE="$CACHE/env"
DATADIR="$CACHE/data"

PASSWORD="${PLANKG_NEO4J_PASSWORD:-plankg-test-pw}"
PORT="${PLANKG_NEO4J_PORT:-0}"
PAGECACHE="${PLANKG_NEO4J_PAGECACHE:-256m}"
JAVA_OPTS="${PLANKG_NEO4J_JAVA_OPTS:--Xmx1g -XX:+ExitOnOutOfMemoryError}"
TIMEOUT="${PLANKG_NEO4J_TIMEOUT:-120}"

say() { echo "neo4j-up: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

mkdir -p "$CACHE"
lock_cache

# --- helpers ---------------------------------------------------------------

# Is PID a live (non-zombie) process? Used for the process we just started:
# right after the fork its cmdline is still this script's, so is_ours can't be.
alive() {
  local pid="$1" state
  kill -0 "$pid" 2>/dev/null || return 1
  state="$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != Z ]]
}

# Does host:port accept a TCP connection?
tcp_ok() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

uri_port() { sed -n 's#^bolt://[^:]*:\([0-9][0-9]*\).*#\1#p' "$URIFILE" 2>/dev/null; }
uri_host() { sed -n 's#^bolt://\([^:]*\):.*#\1#p' "$URIFILE" 2>/dev/null; }

# Server fully up: alive, URI written (after the password is set), port open.
answering() {
  local pid="$1" host port
  alive "$pid" || return 1
  [[ -s "$URIFILE" ]] || return 1
  host="$(uri_host)"; port="$(uri_port)"
  [[ -n "$host" && -n "$port" ]] || return 1
  tcp_ok "$host" "$port"
}

emit_env() {
  local uri tmp
  uri="$(head -n1 "$URIFILE")"
  tmp="$ENVFILE.tmp"
  {
    echo "export NEO4J_URI=$uri"
    echo "export NEO4J_USERNAME=neo4j"
    printf 'export NEO4J_PASSWORD=%q\n' "$PASSWORD"
    echo "export NEO4J_DATABASE=neo4j"
  } >"$tmp"
  mv -f "$tmp" "$ENVFILE"
  cat "$ENVFILE"
}

fail_with_log() {
  say "ERROR: $*"
  if [[ -f "$LOG" ]]; then
    echo "---- last 30 lines of $LOG ----" >&2
    tail -n 30 "$LOG" >&2
    echo "---- end of log ----" >&2
  fi
  exit 1
}

# Wait until PID answers; fails (and stops it) on death or timeout.
wait_ready() {
  local pid="$1" deadline=$((SECONDS + TIMEOUT))
  while ((SECONDS < deadline)); do
    if answering "$pid"; then
      return 0
    fi
    if ! alive "$pid"; then
      rm -f "$PIDFILE" "$ENVFILE"
      fail_with_log "Neo4j process $pid exited during startup"
    fi
    sleep 0.5
  done
  say "timed out after ${TIMEOUT}s; stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  local stop_deadline=$((SECONDS + 15))
  while alive "$pid" && ((SECONDS < stop_deadline)); do sleep 0.2; done
  if alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$PIDFILE" "$ENVFILE"
  fail_with_log "Neo4j did not become ready within ${TIMEOUT}s"
}

# --- reuse a running server -----------------------------------------------

if [[ -f "$PIDFILE" ]]; then
  pid="$(cat "$PIDFILE" 2>/dev/null || true)"
  if is_ours "$pid"; then
    if ! answering "$pid"; then
      say "server pid $pid is running but not ready yet; waiting"
      wait_ready "$pid"
    fi
    say "reusing running server (pid $pid)"
    emit_env
    exit 0
  fi
  say "removing stale pid file (pid ${pid:-?} is gone)"
  rm -f "$PIDFILE" "$ENVFILE" "$URIFILE"
fi

# --- build (cached) --------------------------------------------------------

command -v java >/dev/null 2>&1 || die "java not found (need JDK 17+, e.g. apt-get install openjdk-17-jdk-headless)"

cp_ok() {
  [[ -s "$CPFILE" && "$CPFILE" -nt "$POM" ]] || return 1
  local jar jars
  IFS=: read -r -a jars <"$CPFILE"
  ((${#jars[@]} > 0)) || return 1
  for jar in "${jars[@]}"; do
    [[ -f "$jar" ]] || return 1
  done
}

if ! cp_ok; then
  command -v mvn >/dev/null 2>&1 || die "mvn not found (needed once to fetch Neo4j jars; apt-get install maven)"
  say "resolving Neo4j jars with Maven (first run downloads ~150 MB into ~/.m2) ..."
  rm -f "$CPFILE"
  # (sed strips the colour resets Debian's Maven prints even with -B; pipefail
  # keeps Maven's exit status.)
  mvn -q -B -Dstyle.color=never -f "$POM" -Dplankg.buildDir="$CACHE/target" \
    dependency:build-classpath -Dmdep.outputFile="$CPFILE.tmp" 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' >&2 \
    || die "Maven failed to resolve dependencies (see output above)"
  mv -f "$CPFILE.tmp" "$CPFILE"
  cp_ok || die "classpath file $CPFILE lists missing jars"
fi

CLASSFILE="$CLASSES/plankg/Neo4jLocal.class"
if [[ ! -f "$CLASSFILE" || "$SRC" -nt "$CLASSFILE" || "$CPFILE" -nt "$CLASSFILE" ]]; then
  command -v javac >/dev/null 2>&1 || die "javac not found (need a JDK, e.g. apt-get install openjdk-17-jdk-headless)"
  say "compiling launcher ..."
  mkdir -p "$CLASSES"
  javac -nowarn --release 17 -encoding UTF-8 -cp "$(cat "$CPFILE")" -d "$CLASSES" "$SRC" >&2 \
    || die "javac failed"
fi

# --- start -----------------------------------------------------------------

rm -rf "$DATADIR"          # leftovers of a killed server; every start is fresh
rm -f "$URIFILE" "$ENVFILE"
say "starting Neo4j (log: $LOG) ..."
start=$SECONDS
cd "$ROOT"
# Password via env, not argv (keeps it out of ps). fd 9 (the lock) is closed
# for the server so it does not hold the lock after this script exits.
# shellcheck disable=SC2086  # JAVA_OPTS is a word list on purpose
NEO4J_PASSWORD="$PASSWORD" nohup setsid java $JAVA_OPTS \
  -cp "$CLASSES:$(cat "$CPFILE")" plankg.Neo4jLocal \
  --work-dir="$DATADIR" --uri-file="$URIFILE" --host=127.0.0.1 --port="$PORT" \
  --pagecache="$PAGECACHE" \
  >"$LOG" 2>&1 </dev/null 9>&- &
pid=$!
echo "$pid" >"$PIDFILE"

wait_ready "$pid"
say "ready in $((SECONDS - start))s: $(head -n1 "$URIFILE") (pid $pid)"
emit_env
