#!/usr/bin/env bash
# README command 2: install what is missing, build (warnings are errors) and run every test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build="${KINDRED_BUILD_DIR:-$root/build}"
mkdir -p "$build/xdg-runtime" && chmod 700 "$build/xdg-runtime"
# The sync-secret tests need a keychain: a private D-Bus session with GNOME Keyring.
"$root/scripts/with-keyring.sh" ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
