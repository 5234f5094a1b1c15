#!/usr/bin/env bash
# Regenerate docs/export-html.png, the README's picture of `plankg export --format html`:
# build the demo graph, export the 集成电路 subgraph, and let headless Chromium (Debian's package,
# `make export-deps`) photograph it offline with 国家集成电路研发中心 selected.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$ROOT/.venv/bin/plankg" build "$ROOT/data/plans" --store "$WORK/graph" >/dev/null
"$ROOT/.venv/bin/plankg" export --field 集成电路 --format html -o "$WORK/ic.html" --store "$WORK/graph"
node="$(python3 -c 'import urllib.parse; print(urllib.parse.quote("platform:国家集成电路研发中心"))')"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync "--host-resolver-rules=MAP * ~NOTFOUND" \
  --user-data-dir="$WORK/profile" --window-size=1400,860 --virtual-time-budget=15000 \
  --screenshot="$ROOT/docs/export-html.png" "file://$WORK/ic.html#node=$node" 2>/dev/null
echo "wrote $ROOT/docs/export-html.png"
