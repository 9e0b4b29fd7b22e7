#!/usr/bin/env python3
"""Times `kindred influence` (exact Brandes betweenness, PageRank) on a large community.

Python 3 stdlib only. Steps (each cached in --dir):
  1. /work/shared/tools/gen_telegram_export.py writes a Telegram export with --members members
     (Zipf-like activity, 20% replies, realistic heavy-tailed degree distribution);
  2. `kindred import` loads it into a workspace;
  3. `kindred influence --timing --json` over the whole history: exact betweenness, then the
     Brandes & Pich (2007) estimate with each of --pivots K sources; prints the time of every
     step and, for the estimates, the error against the exact values (median and 90th
     percentile relative error over the top 100 members by exact betweenness, Spearman's rank
     correlation over all members, overlap of the top 10);
  4. the same on `kindred influence --synthetic N` (--synthetic, default 50000): a seeded
     graph of N members with heavy-tailed degrees fed straight to Centrality, so that all N
     members are in the graph (in the generated workspace only the members who reply or are
     replied to are).

usage: bench_influence.py [--members 50000] [--messages 1000000] [--days 365]
                          [--pivots 64,256,1024] [--threads T] [--synthetic N]
                          [--dir /tmp/kindred_bench_influence]
"""
import argparse
import json
import os
import subprocess
import sys
import time


def run(cmd, **kw):
    t = time.monotonic()
    p = subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)
    return p, time.monotonic() - t


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    r = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2.0
        i = j + 1
    return r


def spearman(a, b):
    ra, rb = ranks(a), ranks(b)
    n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    sab = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    saa = sum((x - ma) ** 2 for x in ra)
    sbb = sum((y - mb) ** 2 for y in rb)
    return sab / (saa * sbb) ** 0.5 if saa and sbb else 0.0


def influence(cli, ws, extra):
    p, secs = run([cli, "influence", "--workspace", ws, "--from", "2000-01-01", "--json",
                   "--timing"] + extra)
    return json.loads(p.stdout), p.stderr.strip(), secs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--members", type=int, default=50000)
    ap.add_argument("--messages", type=int, default=1000000)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--pivots", default="64,256,1024")
    ap.add_argument("--threads", type=int, default=0, help="0 = the ideal thread count")
    ap.add_argument("--dir", default="/tmp/kindred_bench_influence")
    ap.add_argument("--cli", default="/work/build/app/kindred")
    ap.add_argument("--generator", default="/work/shared/tools/gen_telegram_export.py")
    ap.add_argument("--synthetic", type=int, default=50000,
                    help="also time a synthetic graph of N members (0 = skip)")
    args = ap.parse_args()

    os.makedirs(args.dir, exist_ok=True)
    tag = f"m{args.members}_n{args.messages}_d{args.days}_s{args.seed}"
    export = os.path.join(args.dir, f"{tag}.json")
    ws = os.path.join(args.dir, f"{tag}.kindred")
    if not os.path.exists(export):
        _, secs = run([sys.executable, args.generator, "--members", str(args.members),
                       "--messages", str(args.messages), "--days", str(args.days),
                       "--seed", str(args.seed), "--out", export + ".part"])
        os.replace(export + ".part", export)
        print(f"generated {export} in {secs:.1f} s")
    if not os.path.exists(ws):
        part = os.path.join(args.dir, f"{tag}.part.kindred")
        if os.path.exists(part):
            os.remove(part)
        _, secs = run([args.cli, "import", "--workspace", part, export])
        os.replace(part, ws)
        print(f"imported into {ws} in {secs:.1f} s")

    threads = ["--threads", str(args.threads)] if args.threads > 0 else []
    exact, timing, secs = influence(args.cli, ws, threads)
    print(f"graph: {exact['nodes']} members, {exact['edges']} edges, density "
          f"{exact['density']:.3g}, {exact['addressing_messages']} addressing messages "
          f"({exact['from']}..{exact['to']})")
    indeg = sorted((m["in_degree"] for m in exact["members"]), reverse=True)
    print(f"in-degree: max {indeg[0]}, top 1% >= {indeg[len(indeg) // 100]}, median "
          f"{indeg[len(indeg) // 2]}")
    print(f"exact: {timing}; whole command {secs:.1f} s")
    by_id = {m["id"]: m for m in exact["members"]}
    ids = sorted(by_id)
    exact_b = [by_id[i]["betweenness"] for i in ids]
    top100 = sorted(ids, key=lambda i: -by_id[i]["betweenness"])[:100]
    top10 = set(top100[:10])
    for k in [int(x) for x in args.pivots.split(",") if x]:
        est, timing, secs = influence(args.cli, ws, threads + ["--pivots", str(k),
                                                               "--no-personas"])
        e = {m["id"]: m["betweenness"] for m in est["members"]}
        rel = sorted(abs(e[i] - by_id[i]["betweenness"]) / by_id[i]["betweenness"]
                     for i in top100 if by_id[i]["betweenness"] > 0)
        est_top10 = set(sorted(ids, key=lambda i: -e[i])[:10])
        rho = spearman(exact_b, [e[i] for i in ids])
        print(f"pivots {k}: {timing}; whole command {secs:.1f} s; top-100 relative error "
              f"median {rel[len(rel) // 2]:.3f}, p90 {rel[int(len(rel) * 0.9)]:.3f}; "
              f"Spearman {rho:.4f}; top-10 overlap {len(top10 & est_top10)}/10")
    if args.synthetic > 0:
        synthetic(args, threads)
    return 0


def synthetic(args, threads):
    """`kindred influence --synthetic N`: exact vs sampled betweenness on N members."""
    def run_synthetic(extra):
        p, secs = run([args.cli, "influence", "--synthetic", str(args.synthetic)] + threads
                      + extra)
        return json.loads(p.stdout), secs

    exact, secs = run_synthetic([])
    print(f"synthetic {exact['nodes']} members, {exact['edges']} edges (max in-degree "
          f"{exact['max_in_degree']}): exact betweenness {exact['betweenness_ms'] / 1000:.1f} s "
          f"on {exact['threads']} thread(s), PageRank {exact['pagerank_ms']} ms "
          f"({exact['pagerank_iterations']} iterations); whole command {secs:.1f} s")
    b = exact["betweenness"]
    ids = list(range(len(b)))
    top100 = sorted(ids, key=lambda i: -b[i])[:100]
    top10 = set(top100[:10])
    for k in [int(x) for x in args.pivots.split(",") if x]:
        est, secs = run_synthetic(["--pivots", str(k)])
        e = est["betweenness"]
        rel = sorted(abs(e[i] - b[i]) / b[i] for i in top100 if b[i] > 0)
        print(f"synthetic pivots {k}: betweenness {est['betweenness_ms'] / 1000:.2f} s; top-100 "
              f"relative error median {rel[len(rel) // 2]:.3f}, p90 "
              f"{rel[int(len(rel) * 0.9)]:.3f}; Spearman {spearman(b, e):.4f}; top-10 overlap "
              f"{len(top10 & set(sorted(ids, key=lambda i: -e[i])[:10]))}/10")


if __name__ == "__main__":
    sys.exit(main())
