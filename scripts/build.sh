#!/usr/bin/env bash
# Configures and builds Kindred into ./build (Release with debug info, warnings as errors).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KINDRED_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DKINDRED_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "$(nproc)"
