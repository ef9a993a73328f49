#!/usr/bin/env bash
# The README's quick start, as a new user runs it in this fresh clone:
# `npm start` must build, seed the embedded database and serve the demo.
set -euo pipefail
port=3917
data=$(mktemp -d)
log=$(mktemp)
# its own process group, so the whole tree (npm, the build, the server) stops at the end
PORT=$port IMPACT_DATA_DIR=$data setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -- "-$pid" 2>/dev/null || true; sleep 1; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 1
done
if ! curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; then
  echo "npm start did not bring the app up:" >&2
  cat "$log" >&2
  exit 1
fi
grep -q "Demo-accounts" "$log" || { echo "npm start printed no demo accounts" >&2; cat "$log" >&2; exit 1; }
# Read whole before searching: with pipefail, `curl | grep -q` fails when grep
# stops at the match while curl still writes the streamed page (curl exit 23).
login=$(curl -sf "http://127.0.0.1:$port/inloggen") || { echo "the login page did not answer" >&2; exit 1; }
grep -q "beheer@demo.soc" <<<"$login" || { echo "the login page shows no demo accounts" >&2; exit 1; }
echo "quick start: the app answered on port $port with the demo accounts"
