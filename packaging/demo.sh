#!/usr/bin/env bash
# Started by `./run demo`: the sandbox issuer, a fresh demo profile with the
# sandbox's issuers registered, then the app against it. The sandbox stops
# and the demo profile is deleted when the app exits.
#
# The demo profile uses passphrase mode with a random passphrase handed to
# the app on a file descriptor (--passphrase-fd), so it works the same with
# or without a desktop keychain and leaves nothing in the user's keychain.
# Set MEISAI_DEMO_PROFILE=DIR to keep the profile in DIR instead.
set -euo pipefail
BUILD_DIR=$1; shift
SANDBOX=$BUILD_DIR/sandbox/meisai-sandbox
APP=$BUILD_DIR/app/meisai
CLI=$BUILD_DIR/app/meisai-cli
for exe in "$SANDBOX" "$APP" "$CLI"; do
  if [ ! -x "$exe" ]; then
    echo "demo: $exe is not built yet (./run build)." >&2
    exit 2
  fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/meisai-demo.XXXXXX")
PROFILE=$WORK/profile
SANDBOX_PID=
cleanup() {
  if [ -n "$SANDBOX_PID" ] && kill -0 "$SANDBOX_PID" 2>/dev/null; then
    kill -TERM "$SANDBOX_PID" 2>/dev/null || true
    wait "$SANDBOX_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# 1. The sandbox issuer; its first line on stdout says where it listens and
#    holds this run's admin token, so it is read from a pipe, never a file.
exec {SANDBOX_OUT}< <(exec "$SANDBOX" "$@" 2>"$WORK/sandbox.log")
SANDBOX_PID=$!
READY=
read -r -t 30 -u "$SANDBOX_OUT" READY || true
case "$READY" in
  *'"ready":true'*) ;;
  *) echo "demo: the sandbox issuer did not start:" >&2; cat "$WORK/sandbox.log" >&2; exit 1 ;;
esac
field() { printf '%s' "$1" | grep -o "\"$2\":\"[^\"]*\"" | cut -d'"' -f4; }
CA=$(field "$READY" ca)
# The admin page is also served over plain HTTP on 127.0.0.1, so a browser shows no certificate warning.
# Its script takes the admin token from the fragment, which the browser never sends to a server.
ADMIN="$(field "$READY" http)/admin#token=$(field "$READY" admin_token)"

# 2. A demo profile with every sandbox issuer registered (meisai-cli issuer add).
PASSPHRASE=demo-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
export MEISAI_PASSPHRASE=$PASSPHRASE
printf '%s' "$READY" | grep -o '{[^{}]*"discovery"[^{}]*}' | while read -r entry; do
  id=$(field "$entry" id)
  if ! "$CLI" --profile-dir "$PROFILE" --passphrase issuer add --id "$id" \
    --discovery "$(field "$entry" discovery)" --client-id "$(field "$entry" client_id)" --ca "$CA" \
    >/dev/null 2>"$WORK/issuer-add.log"; then
    echo "demo: the sandbox issuer $id could not be registered:" >&2
    cat "$WORK/issuer-add.log" >&2
    exit 1
  fi
  echo "demo: registered the sandbox issuer $id"
done
unset MEISAI_PASSPHRASE

cat <<MSG
demo: Meisai is starting on a fresh demo profile ($PROFILE).
      Link an issuer from Overview or Connections; on the sandbox's consent page
      sign in as  taro / sandbox-pass-1  (or hanako / sandbox-pass-2).
      The sandbox's admin page (revoke grants, faults, notices), with this run's
      admin token; anyone with this address can change the sandbox until it stops:
        $ADMIN
MSG

# 3. The app; the passphrase goes in on fd 3, never on the command line.
set +e
"$APP" --profile-dir "$PROFILE" --passphrase-fd 3 3<<<"$PASSPHRASE" {SANDBOX_OUT}<&-
rc=$?
set -e
exit $rc
