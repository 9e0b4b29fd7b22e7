#!/usr/bin/env python3
"""Independent recomputation of `kindred influence` (core/analytics/Influence.h).

Python 3 stdlib + sqlite3 only (no networkx): reads the workspace SQLite file, rebuilds the
directed reply/mention graph of the period exactly as InteractionGraph.h defines it, computes
in/out degree (plain and weighted), Brandes betweenness (directed, unweighted shortest paths)
and weighted PageRank (damping 0.85, dangling mass spread uniformly, stop when the L1 change
< 1e-10) itself, and compares every member's figures with

    kindred influence --workspace W [--from D --to D] --json --edges --threads 1

printing OK/MISMATCH per figure (relative tolerance 1e-9) and a summary line.

usage: recompute_influence.py --workspace W [--from D] [--to D] [--cli PATH] [--no-mentions]
"""
import argparse
import datetime
import json
import re
import sqlite3
import subprocess
import sys
from collections import deque
from zoneinfo import ZoneInfo

REL_TOL = 1e-9


def close(a, b, rel=REL_TOL, abs_tol=1e-12):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)


def load_members(db):
    """member id -> surviving member id (0 = bot, self, unknown), as AnalyticsSource::load."""
    community, tz = db.execute("SELECT id, timezone FROM community ORDER BY id LIMIT 1").fetchone()
    rows = db.execute(
        "SELECT id, coalesce(first_seen, 0), is_bot OR is_self, coalesce(merged_into, 0) "
        "FROM member WHERE community_id = ? ORDER BY id", (community,)).fetchall()
    merged = {}
    first_seen = {}
    for mid, seen, bot, into in rows:
        if bot:
            continue
        if into > 0:
            merged[mid] = into
        first_seen[mid] = seen

    def root_of(mid):
        hops = 0
        while mid in merged and hops < 32:
            mid = merged[mid]
            hops += 1
        return mid

    survivors = {mid for mid in first_seen if mid not in merged}
    root_seen = {mid: first_seen[mid] for mid in survivors}
    for mid in first_seen:
        if mid in merged:
            r = root_of(mid)
            if r in survivors:
                s = first_seen[mid]
                if s:
                    root_seen[r] = s if root_seen[r] == 0 else min(root_seen[r], s)
    resolve = {}
    for mid in first_seen:
        r = root_of(mid)
        if r in survivors and root_seen[r] != 0:
            resolve[mid] = r
    return community, tz, resolve


def local_start(day, tz):
    d = datetime.datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(tz))
    return int(d.timestamp())


MENTION = re.compile(r"(?<!\w)@(\w+)")


def build_graph(db, community, resolve, start, end, mentions):
    edges = {}  # (a, b) -> [weight, replies, mentions]
    reply_target = {}
    for mid, author, parent in db.execute(
            "SELECT m.id, m.member_id, p.member_id FROM message m JOIN message p "
            "ON p.channel_id = m.channel_id AND p.external_id = m.reply_to_external_id "
            "WHERE m.is_service = 0 AND m.sent_at >= ? AND m.sent_at < ? "
            "AND m.reply_to_external_id IS NOT NULL AND m.member_id IS NOT NULL "
            "AND p.member_id IS NOT NULL", (start, end)):
        a, b = resolve.get(author, 0), resolve.get(parent, 0)
        if a == 0 or b == 0 or a == b:
            continue
        reply_target[mid] = b
        e = edges.setdefault((a, b), [0, 0, 0])
        e[0] += 1
        e[1] += 1
    if mentions:
        named = {}

        def add(name, member):
            if not name or member == 0:
                return
            key = name.lower()
            if key not in named:
                named[key] = member
            elif named[key] != member:
                named[key] = 0

        for mid, user, disp in db.execute(
                "SELECT member_id, username, display_name FROM identity WHERE community_id = ?",
                (community,)):
            r = resolve.get(mid, 0)
            add(user, r)
            add(disp, r)
        for mid, disp in db.execute(
                "SELECT id, display_name FROM member WHERE community_id = ?", (community,)):
            add(disp, resolve.get(mid, 0))
        for mid, author, text in db.execute(
                "SELECT m.id, m.member_id, m.text FROM message m WHERE m.is_service = 0 AND "
                "m.sent_at >= ? AND m.sent_at < ? AND m.member_id IS NOT NULL AND "
                "instr(m.text, '@') > 0", (start, end)):
            a = resolve.get(author, 0)
            if a == 0:
                continue
            targets = set()
            for token in MENTION.findall(text):
                b = named.get(token.lower(), 0)
                if b and b != a:
                    targets.add(b)
            replied = reply_target.get(mid, 0)
            for b in targets:
                e = edges.setdefault((a, b), [0, 0, 0])
                e[2] += 1
                if b != replied:
                    e[0] += 1
    return edges


def brandes(n, adj):
    """Directed, unweighted betweenness (Brandes 2001), raw sums over ordered pairs."""
    bc = [0.0] * n
    for s in range(n):
        dist = {s: 0}
        sigma = {s: 1.0}
        order = []
        preds = {s: []}
        q = deque([s])
        while q:
            v = q.popleft()
            order.append(v)
            for w in adj[v]:
                if w not in dist:
                    dist[w] = dist[v] + 1
                    sigma[w] = 0.0
                    preds[w] = []
                    q.append(w)
                if dist[w] == dist[v] + 1:
                    sigma[w] += sigma[v]
                    preds[w].append(v)
        delta = dict.fromkeys(order, 0.0)
        for w in reversed(order):
            for v in preds[w]:
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w])
            if w != s:
                bc[w] += delta[w]
    return bc


def pagerank(n, adj, wts, d=0.85, tol=1e-10, max_iter=1000):
    out_w = [sum(w) for w in wts]
    x = [1.0 / n] * n
    it = 0
    while it < max_iter:
        dangling = sum(x[u] for u in range(n) if out_w[u] == 0.0)
        base = (1.0 - d) / n + d * dangling / n
        nxt = [base] * n
        for u in range(n):
            if out_w[u] == 0.0:
                continue
            share = d * x[u] / out_w[u]
            for v, w in zip(adj[u], wts[u]):
                nxt[v] += share * w
        change = sum(abs(a - b) for a, b in zip(nxt, x))
        x = nxt
        it += 1
        if change < tol:
            break
    return x, it


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--from", dest="date_from")
    ap.add_argument("--to", dest="date_to")
    ap.add_argument("--cli", default="/work/build/app/kindred")
    ap.add_argument("--no-mentions", action="store_true")
    args = ap.parse_args()

    cmd = [args.cli, "influence", "--workspace", args.workspace, "--json", "--edges",
           "--threads", "1"]
    if args.date_from:
        cmd += ["--from", args.date_from]
    if args.date_to:
        cmd += ["--to", args.date_to]
    if args.no_mentions:
        cmd.append("--no-mentions")
    cli = json.loads(subprocess.run(cmd, check=True, capture_output=True).stdout)
    day_from = datetime.date.fromisoformat(cli["from"])
    day_to = datetime.date.fromisoformat(cli["to"])

    db = sqlite3.connect(args.workspace)
    community, tz, resolve = load_members(db)
    start = local_start(day_from, tz)
    end = local_start(day_to + datetime.timedelta(days=1), tz)
    edges = build_graph(db, community, resolve, start, end, not args.no_mentions)
    nodes = sorted({a for a, _ in edges} | {b for _, b in edges})
    index = {m: i for i, m in enumerate(nodes)}
    n = len(nodes)
    adj = [[] for _ in range(n)]
    wts = [[] for _ in range(n)]
    for (a, b) in sorted(edges):
        adj[index[a]].append(index[b])
        wts[index[a]].append(float(edges[(a, b)][0]))
    bc = brandes(n, adj)
    pr, iterations = pagerank(n, adj, wts)
    indeg = [0] * n
    inw = [0.0] * n
    for u in range(n):
        for v, w in zip(adj[u], wts[u]):
            indeg[v] += 1
            inw[v] += w
    norm = 1.0 / ((n - 1) * (n - 2)) if n >= 3 else 0.0
    density = len(edges) / (n * (n - 1)) if n >= 2 else 0.0

    ok = bad = 0

    def check(label, mine, theirs, exact=False):
        nonlocal ok, bad
        good = mine == theirs if exact else close(float(mine), float(theirs))
        if good:
            ok += 1
        else:
            bad += 1
            print(f"MISMATCH {label}: python {mine!r} cli {theirs!r}")
        return good

    print(f"period {cli['from']}..{cli['to']} ({tz}), mentions {'on' if not args.no_mentions else 'off'}")
    for label, mine, theirs in (("nodes", n, cli["nodes"]), ("edges", len(edges), cli["edges"])):
        print(("OK" if check(label, mine, theirs, True) else "MISMATCH") + f" {label} {mine}")
    print(("OK" if check("density", density, cli["density"]) else "MISMATCH") + f" density {density:.6g}")
    cli_edges = {(e[0], e[1]): e[2:] for e in cli["edge_list"]}
    same_edges = all(cli_edges.get(k) == v for k, v in edges.items()) and len(cli_edges) == len(edges)
    print(("OK" if check("edge list", same_edges, True, True) else "MISMATCH")
          + f" edge list (weight, replies, mentions of all {len(edges)} edges)")
    print(f"pagerank iterations: python {iterations}, cli {cli['pagerank_iterations']}")

    cli_members = {m["id"]: m for m in cli["members"]}
    per_figure = {}
    worst = {"betweenness": 0.0, "pagerank": 0.0}
    for m in nodes:
        i = index[m]
        c = cli_members.get(m)
        if c is None:
            check(f"member {m} present", False, True, True)
            continue
        figures = (("in_degree", indeg[i], c["in_degree"]),
                   ("out_degree", len(adj[i]), c["out_degree"]),
                   ("in_weight", inw[i], c["in_weight"]),
                   ("out_weight", sum(wts[i]), c["out_weight"]),
                   ("betweenness", bc[i], c["betweenness"]),
                   ("betweenness_normalised", bc[i] * norm, c["betweenness_normalised"]),
                   ("pagerank", pr[i], c["pagerank"]))
        for name, mine, theirs in figures:
            good = check(f"member {m} {name}", mine, theirs)
            per_figure.setdefault(name, [0, 0])[0 if good else 1] += 1
            if name in worst and max(abs(mine), abs(theirs)) > 0:
                worst[name] = max(worst[name], abs(mine - theirs) / max(abs(mine), abs(theirs)))
    for name, (g, b) in per_figure.items():
        print(f"{'OK' if b == 0 else 'MISMATCH'} {name}: {g} members agree, {b} differ")
    print(f"max relative difference: betweenness {worst['betweenness']:.3g}, "
          f"pagerank {worst['pagerank']:.3g}")
    top = sorted(nodes, key=lambda m: (-pr[index[m]], m))[:5]
    print("top 5 by PageRank (python): " + ", ".join(
        f"{m} {cli_members[m]['name']} {pr[index[m]]:.5f}" for m in top))
    topb = sorted(nodes, key=lambda m: (-bc[index[m]], m))[:5]
    print("top 5 by betweenness (python): " + ", ".join(
        f"{m} {cli_members[m]['name']} {bc[index[m]]:.1f}" for m in topb))
    print(f"{'ALL OK' if bad == 0 else 'MISMATCHES'}: {ok} figures agree, {bad} differ")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
