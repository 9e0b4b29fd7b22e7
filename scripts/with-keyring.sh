#!/usr/bin/env bash
# Runs a command with a Secret Service available (what QtKeychain uses on Linux), for the tests
# of sync-source secrets on a headless machine: a private D-Bus session (dbus-run-session) with
# gnome-keyring-daemon started and unlocked with a throw-away password, in a throw-away HOME
# for its keyring files. The daemon ends with the session. Without dbus-run-session or
# gnome-keyring-daemon the command runs as is (the keychain tests then fail, or skip with
# KINDRED_NO_KEYRING=1).
#
# Usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [ "${KINDRED_IN_KEYRING_SESSION:-}" = "1" ]; then
  # Inside the session: start the keyring, run the command, stop the keyring.
  export HOME="$KINDRED_KEYRING_HOME"
  mkdir -p "$HOME/.local/share/keyrings"
  # --unlock reads the password on stdin and creates the "login" keyring with it; the
  # daemon prints the environment clients need.
  eval "$(printf 'kindred-test' | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  status=0
  "$@" || status=$?
  if [ -n "${GNOME_KEYRING_PID:-}" ]; then kill "$GNOME_KEYRING_PID" 2>/dev/null || true; fi
  pkill -u "$(id -u)" -f "gnome-keyring-daemon.*--components=secrets" 2>/dev/null || true
  exit $status
fi

if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-keyring: dbus-run-session or gnome-keyring-daemon missing; running without a keychain" >&2
  exec "$@"
fi

home="$(mktemp -d "${TMPDIR:-/tmp}/kindred-keyring.XXXXXX")"
trap 'rm -rf "$home"' EXIT
status=0
KINDRED_IN_KEYRING_SESSION=1 KINDRED_KEYRING_HOME="$home" \
  dbus-run-session -- "$0" "$@" || status=$?
exit $status
