#!/usr/bin/env python3
"""Import benchmark: Kindred vs the pandas yardstick on the same seeded Telegram export.

Generates (or reuses) a Telegram Desktop export of N messages with ../shared/tools/
gen_telegram_export.py, then measures with /usr/bin/time -v:
  1. `kindred import` into a fresh workspace: wall seconds, messages/second, peak RSS;
  2. `kindred stats --json` on the result: wall seconds (best of 3);
  3. `kindred batches --remove` of that import batch on a copy of the workspace (removal
     deletes exactly what the import added): wall seconds, peak RSS, and that nothing is left;
  4. ../shared/tools/pandas_baseline.py on the same file: wall seconds, peak RSS.
and checks that Kindred and pandas agree on the message and member counts.

Usage: bench/bench_import.py --kindred build/app/kindred [--messages 1000000] [--members 50000]
Targets (2 cores): import of 1M messages < 6 s, peak RSS < 1 GB, stats < 1 s.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))


def timed(cmd, env=None):
    """Runs cmd under /usr/bin/time -v; returns (wall s, peak RSS MB, stdout)."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr[-2000:]))
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return wall, (int(m.group(1)) / 1024.0 if m else float("nan")), p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kindred", required=True)
    ap.add_argument("--messages", type=int, default=1000000)
    ap.add_argument("--members", type=int, default=50000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "kindred-bench"))
    ap.add_argument("--skip-pandas", action="store_true")
    a = ap.parse_args()

    os.makedirs(a.workdir, exist_ok=True)
    export = os.path.join(a.workdir, "tg_%d_%d_%d.json" % (a.messages, a.members, a.seed))
    if not os.path.exists(export):
        print("generating %s ..." % export, file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(SHARED, "tools", "gen_telegram_export.py"),
                        "--messages", str(a.messages), "--members", str(a.members),
                        "--seed", str(a.seed), "--out", export], check=True)
    size_mb = os.path.getsize(export) / 1e6
    ws = os.path.join(a.workdir, "bench.kindred")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(ws + suffix):
            os.remove(ws + suffix)

    wall, rss, out, _ = timed([a.kindred, "import", "--workspace", ws, export])
    res = json.loads(out.strip().splitlines()[-1])
    n = res["messages_added"]
    stats_walls = []
    for _ in range(3):
        w, _, sout, _ = timed([a.kindred, "stats", "--workspace", ws, "--json"])
        stats_walls.append(w)
    stats = json.loads(sout)

    copy = ws + ".remove"
    shutil.copyfile(ws, copy)
    rwall, rrss, _, _ = timed([a.kindred, "batches", "--workspace", copy, "--remove", "1"])
    _, _, left, _ = timed([a.kindred, "stats", "--workspace", copy, "--json"])
    left = json.loads(left)
    os.remove(copy)

    print("export: %s (%.0f MB, %d messages requested)" % (export, size_mb, a.messages))
    print("%-34s %10s %12s %12s" % ("", "wall s", "peak RSS MB", "msgs/s"))
    print("%-34s %10.2f %12.0f %12.0f" % ("kindred import", wall, rss, n / wall))
    print("%-34s %10.2f %12s %12s" % ("kindred stats --json (best of 3)", min(stats_walls), "", ""))
    print("%-34s %10.2f %12.0f %12s   left: %d messages, %d members"
          % ("kindred batches --remove 1", rwall, rrss, "", left["messages"], left["members"]))
    if not a.skip_pandas:
        # Debian's python3-pandas belongs to the system interpreter.
        py = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
        pwall, prss, _, perr = timed([py, os.path.join(SHARED, "tools", "pandas_baseline.py"),
                                     export, a.workdir])
        print("%-34s %10.2f %12.0f %12.0f" % ("pandas baseline (load+analytics)", pwall, prss, n / pwall))
        m = re.search(r"rows=(\d+) messages=(\d+) members=(\d+)", perr)
        if m:
            print("counts: kindred messages=%d members=%d | pandas messages=%s posting members=%s"
                  % (stats["messages"], stats["members"], m.group(2), m.group(3)))
    print("kindred stats: %s" % json.dumps(stats, ensure_ascii=False))


if __name__ == "__main__":
    main()
