#!/usr/bin/env bash
# Renders the sandbox's consent page (ja and en) in headless Chromium and saves
# docs/screenshots/consent-ja.png and consent-en.png.
#   tools/consent-screenshots.sh [BUILD_DIR] [ISSUER]
# Needs: a built meisai-sandbox, chromium (apt-get install -y chromium), python3.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
BUILD_DIR=${1:-${MEISAI_BUILD_DIR:-build}}
ISSUER=${2:-hoshizora-card}
OUT=docs/screenshots
SANDBOX="$BUILD_DIR/sandbox/meisai-sandbox"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -x "$SANDBOX" ] || { echo "consent-screenshots: build meisai-sandbox first ($SANDBOX)" >&2; exit 1; }
[ -n "$CHROMIUM" ] || { echo "consent-screenshots: install chromium first" >&2; exit 1; }

WORK=$(mktemp -d)
cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# The ready line holds the run's admin token: read it from a pipe, never write it to a file.
exec {READY_FD}< <(exec "$SANDBOX" --data-dir "$WORK" 2>"$WORK/log")
PID=$!
READY=
read -r -t 10 -u "$READY_FD" READY || true
[ -n "$READY" ] || { cat "$WORK/log" >&2; exit 1; }

# The authorization URL a client would build (PKCE S256), from the discovery document.
url_for() {
  READY="$READY" python3 - "$ISSUER" "$1" <<'PY'
import base64, hashlib, json, os, ssl, sys, urllib.parse, urllib.request
ready = json.loads(os.environ["READY"])
issuer = next(i for i in ready["issuers"] if i["id"] == sys.argv[1])
ctx = ssl.create_default_context(cafile=ready["ca"])
d = json.load(urllib.request.urlopen(issuer["discovery"], context=ctx))
verifier = base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode()
challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
q = {"response_type": "code", "client_id": issuer["client_id"], "redirect_uri": "http://127.0.0.1:8765/callback",
     "scope": "cards:read transactions:read statements:read limits:read", "state": "screenshot",
     "code_challenge": challenge, "code_challenge_method": "S256", "ui_locales": sys.argv[2]}
print(d["authorization_endpoint"] + "?" + urllib.parse.urlencode(q, quote_via=urllib.parse.quote))
PY
}

shoot() {
  local lang=$1 profile
  profile=$(mktemp -d -p "$WORK")
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" --lang="$lang" \
    --screenshot="$OUT/consent-$lang.png" --window-size=1000,1400 "$(url_for "$lang")" 2>/dev/null
  echo "wrote $OUT/consent-$lang.png"
}
mkdir -p "$OUT"
shoot ja
shoot en
