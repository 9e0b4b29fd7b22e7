#!/usr/bin/env bash
# Runs a command with a Secret Service available (what QtKeychain uses on Linux), for the tests
# of sync-source secrets on a headless machine (CI: root, no systemd, no session bus):
#   - a private D-Bus session bus (dbus-run-session), so a desktop's own bus and keyring are
#     never touched and parallel runs do not meet;
#   - gnome-keyring-daemon (secrets component only) on that bus, unlocked with a throw-away
#     password read on stdin: with no keyring yet, that creates the "login" collection and makes
#     it the default one, so writes never prompt. Its files live in a throw-away directory
#     (given to the daemon only: the command keeps its HOME and XDG directories);
#   - at the end the daemon is stopped by process id (the owner of the Secret Service name, and
#     any process with this run's private XDG_RUNTIME_DIR; the end of the bus alone does not
#     always stop it), the bus ends with dbus-run-session, the directory is removed. The
#     command's exit status is returned. Interrupting = signalling the process group (Ctrl-C).
# Without dbus-run-session or gnome-keyring-daemon (packages dbus, gnome-keyring), or when the
# keyring does not come up, the command runs as is after a message on stderr (the keychain tests
# then fail, or skip with KINDRED_NO_KEYRING=1).
#
# Usage: scripts/with-keyring.sh COMMAND [ARGS...]
# shellcheck disable=SC2317  # (functions called from traps)
set -euo pipefail

note() { echo "with-keyring: $*" >&2; }
self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

# True while process $1 runs (a zombie, which a container's init may never reap, does not count).
alive() {
  local state
  state="$(sed -E 's/^.*\) (.).*$/\1/' "/proc/$1/stat" 2>/dev/null)" || return 1
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

# The process id of the owner of bus name $1 on the session bus; fails when nobody owns it.
owner_pid() {
  dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
    org.freedesktop.DBus.GetConnectionUnixProcessID "string:$1" 2>/dev/null |
    sed -nE 's/^[[:space:]]*uint32[[:space:]]+([0-9]+).*$/\1/p' | grep .
}

if [ "${1:-}" = "--kindred-in-session" ]; then
  # Inside dbus-run-session: start the keyring, run the command, stop the keyring.
  dir="$2"
  shift 2
  : >"$dir/in-session"
  daemon_pid=""
  # The daemon's processes: the owner of the Secret Service name, and whatever runs with this
  # run's private XDG_RUNTIME_DIR (a daemon that never got onto the bus would otherwise survive
  # the session, which does not always end it).
  daemon_pids() {
    local env
    [ -z "$daemon_pid" ] || echo "$daemon_pid"
    for env in /proc/[0-9]*/environ; do
      if grep -qzxF "XDG_RUNTIME_DIR=$dir/run" "$env" 2>/dev/null; then
        env="${env#/proc/}"
        echo "${env%/environ}"
      fi
    done
  }
  stop_daemon() {
    local pids left pid
    mapfile -t pids < <(daemon_pids | sort -u)
    [ ${#pids[@]} -gt 0 ] || return 0
    kill "${pids[@]}" 2>/dev/null || true
    for _ in $(seq 50); do
      left=()
      for pid in "${pids[@]}"; do if alive "$pid"; then left+=("$pid"); fi; done
      [ ${#left[@]} -gt 0 ] || return 0
      sleep 0.1
    done
    note "gnome-keyring-daemon (${left[*]}) did not stop on SIGTERM; killing it"
    kill -KILL "${left[@]}" 2>/dev/null || true
  }
  trap stop_daemon EXIT
  trap 'exit 129' HUP
  trap 'exit 130' INT
  trap 'exit 143' TERM

  mkdir -p "$dir/home" "$dir/run" && chmod 700 "$dir/home" "$dir/run"
  # The daemon prints NAME=value lines for its clients (GNOME_KEYRING_CONTROL, ...); its
  # messages go to a log, so that nothing it keeps open holds the caller's stderr.
  started=1
  out="$(printf '%s' kindred-test |
    env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME \
      HOME="$dir/home" XDG_RUNTIME_DIR="$dir/run" \
      gnome-keyring-daemon --unlock --components=secrets 2>"$dir/daemon.log")" || started=0
  if [ "$started" = 1 ]; then
    while IFS= read -r line; do
      if [[ "$line" =~ ^([A-Z_][A-Z0-9_]*)=(.*)$ ]]; then export "${BASH_REMATCH[1]}=${BASH_REMATCH[2]}"; fi
    done <<<"$out"
    # The daemon forks; wait until it owns the Secret Service name on this bus.
    for _ in $(seq 100); do
      daemon_pid="$(owner_pid org.freedesktop.secrets)" && break
      daemon_pid=""
      sleep 0.05
    done
  fi
  if [ -z "$daemon_pid" ]; then
    note "gnome-keyring-daemon did not start a Secret Service; running without a keychain"
    sed 's/^/with-keyring:   /' "$dir/daemon.log" >&2 || true
  else
    default="$(dbus-send --session --print-reply=literal --dest=org.freedesktop.secrets \
      /org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias string:default \
      2>/dev/null || true)"
    case "$default" in
      *collection/login*) ;;
      *) note "warning: the keyring has no default collection (got '${default//[[:space:]]/}');" \
        "writing a secret may fail" ;;
    esac
  fi
  status=0
  "$@" || status=$?
  exit "$status"
fi

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

missing=()
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  note "${missing[*]} not found (Debian packages: dbus gnome-keyring); running '$*' without a" \
    "keychain: the keychain tests will fail (or skip with KINDRED_NO_KEYRING=1)"
  exec "$@"
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/kindred-keyring.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
status=0
dbus-run-session -- bash "$self" --kindred-in-session "$dir" "$@" || status=$?
if [ ! -e "$dir/in-session" ]; then
  # dbus-run-session failed before running anything (it exits with 127 then).
  note "dbus-run-session could not start a session bus (status $status); running '$*' without" \
    "a keychain"
  status=0
  "$@" || status=$?
fi
exit "$status"
