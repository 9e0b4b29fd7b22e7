#!/usr/bin/env python3
"""Sync benchmark: `kindred sync` from a local HTTP server vs `kindred import` of the same file.

Generates (or reuses, same name as bench_import.py) a seeded Telegram export with
../shared/tools/gen_telegram_export.py, serves its folder on 127.0.0.1 with Python's
http.server (Last-Modified / If-Modified-Since, so a re-sync gets 304), and measures with
/usr/bin/time -v, each in a fresh workspace:
  1. `kindred import` of the file: wall s, peak RSS;
  2. `kindred sync` of a source pointing at the file: wall s, peak RSS (download streamed to a
     temporary file, verified, then the same import);
  3. a second `kindred sync` (304, nothing downloaded): wall s;
  4. a sync of a manifest listing the file with its sha256 after the file was synced (nothing
     fetched but the manifest).
and checks both workspaces hold the same number of messages.

Usage: bench/bench_sync.py --kindred build/app/kindred [--messages 1000000] [--members 50000]
"""
import argparse
import functools
import hashlib
import http.server
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))


def timed(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("failed: %s\n%s\n%s" % (" ".join(cmd), p.stdout[-2000:], p.stderr[-2000:]))
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return wall, (int(m.group(1)) / 1024.0 if m else float("nan")), p.stdout


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kindred", required=True)
    ap.add_argument("--messages", type=int, default=1000000)
    ap.add_argument("--members", type=int, default=50000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "kindred-bench"))
    a = ap.parse_args()

    os.makedirs(a.workdir, exist_ok=True)
    name = "tg_%d_%d_%d.json" % (a.messages, a.members, a.seed)
    export = os.path.join(a.workdir, name)
    if not os.path.exists(export):
        print("generating %s ..." % export, file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(SHARED, "tools", "gen_telegram_export.py"),
                        "--messages", str(a.messages), "--members", str(a.members),
                        "--seed", str(a.seed), "--out", export], check=True)
    with open(export, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    manifest = os.path.join(a.workdir, "manifest.json")
    with open(manifest, "w") as f:
        json.dump({"files": [{"url": name, "sha256": sha, "format": "telegram"}]}, f)

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=a.workdir))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d/" % server.server_address[1]

    ws_import = fresh(os.path.join(a.workdir, "import.kindred"))
    iwall, irss, iout = timed([a.kindred, "import", "--workspace", ws_import, export])
    imported = json.loads(iout.strip().splitlines()[-1])["messages_added"]

    ws_sync = fresh(os.path.join(a.workdir, "sync.kindred"))
    timed([a.kindred, "source", "add", "--workspace", ws_sync, "--name", "file",
           "--url", base + name])
    swall, srss, sout = timed([a.kindred, "sync", "--workspace", ws_sync, "--source", "file"])
    first = json.loads(sout.strip().splitlines()[-1])
    rwall, _, rout = timed([a.kindred, "sync", "--workspace", ws_sync, "--source", "file"])
    second = json.loads(rout.strip().splitlines()[-1])
    timed([a.kindred, "source", "add", "--workspace", ws_sync, "--name", "manifest",
           "--url", base + "manifest.json", "--kind", "manifest"])
    mwall, _, mout = timed([a.kindred, "sync", "--workspace", ws_sync, "--source", "manifest"])
    third = json.loads(mout.strip().splitlines()[-1])
    server.shutdown()

    print("export: %s (%.0f MB)" % (export, os.path.getsize(export) / 1e6))
    print("%-40s %8s %12s  %s" % ("", "wall s", "peak RSS MB", "result"))
    print("%-40s %8.2f %12.0f  %d messages" % ("kindred import", iwall, irss, imported))
    print("%-40s %8.2f %12.0f  %s, HTTP %d, %d bytes, %d messages" % (
        "kindred sync (200, download + import)", swall, srss, first["status"],
        first["http_status"], first["bytes"], first["messages_added"]))
    print("%-40s %8.2f %12s  %s, HTTP %d, %d messages" % (
        "kindred sync again (conditional)", rwall, "", second["status"], second["http_status"],
        second["messages_added"]))
    print("%-40s %8.2f %12s  %s, %d files fetched" % (
        "kindred sync of a manifest (sha known)", mwall, "", third["status"],
        third["files_imported"]))
    if first["messages_added"] != imported:
        sys.exit("MISMATCH: sync added %d messages, import %d" % (first["messages_added"], imported))


if __name__ == "__main__":
    main()
