#!/usr/bin/env bash
# Installs what Kindred needs to build, run and test on Debian 12 (bookworm), if missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build dpkg-dev file pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libgl-dev libglx-dev libsqlite3-dev libssl-dev libsimdjson-dev libquazip1-qt6-dev
  xvfb xauth fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji poppler-utils
  libqt6svg6 python3 clang-format
  qtkeychain-qt6-dev gnome-keyring dbus libeigen3-dev libicu-dev
)
# The benchmark (bench/bench_import.py) compares against pandas.
if [ "${1:-}" = "--bench" ]; then PACKAGES+=(python3-pandas); fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  -o DPkg::Lock::Timeout=600 "${missing[@]}"
