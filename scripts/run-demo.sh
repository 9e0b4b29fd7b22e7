#!/usr/bin/env bash
# README command 1: install what is missing, build, build the demo community and open Kindred
# on it. Without a display, Kindred writes kindred-demo-report.pdf and prints the KPI summary.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build="${KINDRED_BUILD_DIR:-$root/build}"
workspace="${KINDRED_DEMO_WORKSPACE:-$root/build/demo.kindred}"
"$build/app/kindred" demo --workspace "$workspace"
exec "$build/app/kindred" --workspace "$workspace"
