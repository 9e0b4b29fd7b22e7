#!/usr/bin/env python3
"""Independent recomputation of `kindred content --threads/--links/--domains`
(core/analytics/ContentInsights.h).

Python 3 stdlib + sqlite3 only: reads the workspace SQLite file, resolves every message's thread
root (thread_external_id when that message exists in the channel, else the top of the
reply_to_external_id chain), scores each post of the period as w_r*reactions + w_p*direct replies
(forwards are not recorded: 0; no age decay unless --weights gives a half-life) and sums them per
thread; extracts the http(s) links of the period's posts (host lower-cased, "www." stripped,
trailing punctuation dropped, the domain from urllib.parse) and counts posts, distinct sharers
(after identity merges), first/last share. Compares every row with

    kindred content --workspace W [--from D --to D] --threads|--links|--domains --top 0 --json

printing OK/MISMATCH per figure and a summary line (exit 1 on any mismatch).

usage: recompute_content.py --workspace W [--from D] [--to D] [--cli PATH]
"""
import argparse
import datetime
import json
import re
import sqlite3
import subprocess
import sys
import urllib.parse
from zoneinfo import ZoneInfo

W_REACTIONS, W_REPLIES = 1.0, 2.0  # ContentWeights defaults (forwards: always 0 here)


def load_resolve(db):
    """member id -> surviving member id, as AnalyticsSource::load (bots/self/unseen: absent)."""
    community, tz, name = db.execute(
        "SELECT id, timezone, name FROM community ORDER BY id LIMIT 1").fetchone()
    rows = db.execute("SELECT id, coalesce(first_seen, 0), is_bot OR is_self, "
                      "coalesce(merged_into, 0) FROM member WHERE community_id = ?",
                      (community,)).fetchall()
    merged, seen = {}, {}
    for mid, first, bot, into in rows:
        if bot:
            continue
        if into > 0:
            merged[mid] = into
        seen[mid] = first

    def root(mid):
        for _ in range(32):
            if mid not in merged:
                break
            mid = merged[mid]
        return mid

    survivors = {m for m in seen if m not in merged}
    root_seen = {m: seen[m] for m in survivors}
    for m in seen:
        if m in merged and root(m) in survivors and seen[m]:
            r = root(m)
            root_seen[r] = seen[m] if root_seen[r] == 0 else min(root_seen[r], seen[m])
    resolve = {m: root(m) for m in seen if root(m) in survivors and root_seen[root(m)] != 0}
    return community, tz, resolve


def local_start(day, tz):
    return int(datetime.datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(tz)).timestamp())


def iso(secs):
    return datetime.datetime.fromtimestamp(secs, datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ")


def threads(db, community, resolve, start, end):
    rows = db.execute(
        "SELECT m.id, m.channel_id, m.external_id, m.reply_to_external_id, m.thread_external_id, "
        "m.member_id, m.sent_at, coalesce(b.is_bot, 0) FROM message m JOIN channel c ON "
        "c.id = m.channel_id LEFT JOIN member b ON b.id = m.member_id WHERE c.community_id = ? "
        "AND m.is_service = 0 AND m.sent_at < ?", (community, end)).fetchall()
    by_key = {(r[1], r[2]): r for r in rows}
    reactions = dict(db.execute("SELECT message_id, sum(count) FROM reaction GROUP BY 1"))
    replies = {}
    for ch, parent in db.execute("SELECT channel_id, reply_to_external_id FROM message WHERE "
                                 "is_service = 0 AND reply_to_external_id IS NOT NULL"):
        replies[(ch, parent)] = replies.get((ch, parent), 0) + 1
    roots = {}

    def root_of(r):
        if r[0] in roots:
            return roots[r[0]]
        if r[4] and r[4] != r[2] and (r[1], r[4]) in by_key:
            roots[r[0]] = by_key[(r[1], r[4])]
            return roots[r[0]]
        path, seen, cur = [r], {r[0]}, r
        while cur[3] and (cur[1], cur[3]) in by_key and by_key[(cur[1], cur[3])][0] not in seen:
            cur = by_key[(cur[1], cur[3])]
            if cur[0] in roots:
                cur = roots[cur[0]]
                break
            seen.add(cur[0])
            path.append(cur)
        for p in path:
            roots[p[0]] = cur
        return cur

    def is_post(r):
        return start <= r[6] < end and not r[7]

    out = {}
    for r in rows:
        if not is_post(r):
            continue
        root = root_of(r)
        if not is_post(root):
            continue
        t = out.setdefault(root[0], {"posts": 0, "reactions": 0, "score": 0.0, "people": set()})
        rx = reactions.get(r[0], 0)
        t["posts"] += 1
        t["reactions"] += rx
        t["score"] += W_REACTIONS * rx + W_REPLIES * replies.get((r[1], r[2]), 0)
        if resolve.get(r[5]):
            t["people"].add(resolve[r[5]])
    return {k: {"posts": v["posts"], "replies": v["posts"] - 1, "reactions": v["reactions"],
                "participants": len(v["people"]), "score": v["score"]}
            for k, v in out.items() if v["posts"] >= 2}


URL = re.compile("https?://[^\\s<>\"'\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+", re.I)
PAIRS = {")": "(", "]": "[", "}": "{"}


def links_of(text):
    out = []
    for m in URL.finditer(text):
        url = m.group(0)
        while url:
            if url[-1] in ".,;:!?'\"":
                url = url[:-1]
            elif url[-1] in PAIRS and url.count(PAIRS[url[-1]]) < url.count(url[-1]):
                url = url[:-1]
            else:
                break
        scheme, rest = url.split("://", 1)
        host, slash, path = rest.partition("/")
        host = host.lower()
        if host.startswith("www."):
            host = host[4:]
        path = (slash + path).rstrip("/")
        if not host:
            continue
        key = scheme.lower() + "://" + host + path
        if key not in out:
            out.append(key)
    return out


def domain_of(link):
    host = urllib.parse.urlsplit(link).hostname or ""
    return host[4:] if host.startswith("www.") else host


def links(db, community, resolve, start, end):
    per_link, per_domain = {}, {}
    for mid, member, at, text in db.execute(
            "SELECT m.id, m.member_id, m.sent_at, m.text FROM message m JOIN channel c ON "
            "c.id = m.channel_id LEFT JOIN member b ON b.id = m.member_id WHERE "
            "c.community_id = ? AND m.is_service = 0 AND coalesce(b.is_bot, 0) = 0 AND "
            "m.sent_at >= ? AND m.sent_at < ? ORDER BY m.sent_at, m.id", (community, start, end)):
        who = resolve.get(member, 0)
        found = links_of(text)
        for key, table in [(k, per_link) for k in found] + \
                [(d, per_domain) for d in dict.fromkeys(domain_of(k) for k in found)]:
            row = table.setdefault(key, {"count": 0, "sharers": set(), "first": at, "last": at,
                                         "example": mid, "links": set()})
            row["count"] += 1
            row["last"] = max(row["last"], at)
            if who:
                row["sharers"].add(who)
        for k in found:
            per_domain[domain_of(k)]["links"].add(k)
    return per_link, per_domain


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--from", dest="date_from")
    ap.add_argument("--to")
    ap.add_argument("--cli", default="/work/build/app/kindred")
    a = ap.parse_args()
    period = []
    if a.date_from:
        period += ["--from", a.date_from]
    if a.to:
        period += ["--to", a.to]

    def cli(kind):
        return json.loads(subprocess.run(
            [a.cli, "content", "--workspace", a.workspace, kind, "--top", "0", "--json"] + period,
            check=True, capture_output=True, text=True).stdout)

    db = sqlite3.connect(a.workspace)
    community, tz, resolve = load_resolve(db)
    got_threads = cli("--threads")
    d0 = datetime.date.fromisoformat(got_threads["from"])
    d1 = datetime.date.fromisoformat(got_threads["to"]) + datetime.timedelta(days=1)
    start, end = local_start(d0, tz), local_start(d1, tz)
    bad = total = 0

    def check(label, want, got):
        nonlocal bad, total
        total += 1
        ok = abs(want - got) <= 1e-6 if isinstance(want, float) else want == got
        if not ok:
            bad += 1
        return ok

    want_threads = threads(db, community, resolve, start, end)
    rows = {r["root_id"]: r for r in got_threads["threads"]}
    check("thread count", len(want_threads), len(rows))
    mism = 0
    for root, w in want_threads.items():
        g = rows.get(root, {})
        for f in ("posts", "replies", "participants", "reactions", "score"):
            if not check(f"thread {root} {f}", w[f], g.get(f, -1)):
                mism += 1
                if mism <= 10:
                    print(f"MISMATCH thread {root} {f}: want {w[f]} got {g.get(f)}")
    print(f"{'OK' if mism == 0 and len(want_threads) == len(rows) else 'MISMATCH'} threads: "
          f"{len(want_threads)} recomputed, {len(rows)} from the CLI, {mism} figure mismatches")

    per_link, per_domain = links(db, community, resolve, start, end)
    for kind, want, field in (("--links", per_link, "url"), ("--domains", per_domain, "domain")):
        got = {r[field]: r for r in cli(kind)[kind[2:]]}
        mism = 0
        for key, w in want.items():
            g = got.get(key, {})
            figures = [("count", w["count"], g.get("count")),
                       ("sharers", len(w["sharers"]), g.get("sharers")),
                       ("first_shared_at", iso(w["first"]), g.get("first_shared_at")),
                       ("last_shared_at", iso(w["last"]), g.get("last_shared_at")),
                       ("example_message_id", w["example"], g.get("example_message_id"))]
            if field == "domain":
                figures.append(("distinct_links", len(w["links"]), g.get("distinct_links")))
            for f, wv, gv in figures:
                if not check(f"{key} {f}", wv, gv):
                    mism += 1
                    if mism <= 10:
                        print(f"MISMATCH {field} {key} {f}: want {wv} got {gv}")
        same = set(want) == set(got)
        check(kind + " keys", True, same)
        top = sorted(want.items(), key=lambda kv: (-kv[1]["count"], -len(kv[1]["sharers"]),
                                                   kv[0]))[:3]
        print(f"{'OK' if mism == 0 and same else 'MISMATCH'} {kind[2:]}: {len(want)} recomputed, "
              f"{len(got)} from the CLI, {mism} figure mismatches; top: " +
              ", ".join(f"{k} ({v['count']})" for k, v in top))
    print(f"{total - bad}/{total} figures OK" + ("" if bad == 0 else f", {bad} MISMATCH"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
