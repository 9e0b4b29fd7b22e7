#!/usr/bin/env python3
"""Independent recomputation of `kindred recommend` (core/analytics/Recommendations.h).

Python 3 stdlib + sqlite3 only: reads the workspace SQLite file, rebuilds the threads (a
message's key = thread_external_id, else the key of the message it replies to in the same
channel, else its own external id; a missing parent's id keys the thread), the member x thread
engagement matrix (e = 3 started + 2 replied + 1 reacted with a time, distinct kinds), the
thread cosine similarities (threads with >= 2 members, top 50 neighbours), the CF scores of
every silent member listed by the CLI, the learning partners of --member, and the
leave-last-one-out HR@10 of CF and popularity, and compares them with

    kindred recommend --workspace W --silent --evaluate --member ID --json

printing OK/MISMATCH per figure and a summary line. Segments are taken from the CLI (the
silent list and the "active now" set are not recomputed; bench/recompute_segments.py checks
the segments).

usage: recompute_recommendations.py --workspace W [--member ID] [--cli PATH]
"""
import argparse
import datetime
import json
import math
import os
import sqlite3
import subprocess
import sys
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recompute_influence import load_members  # noqa: E402  (merge/bot resolution)

TOP_K = 50
MIN_MEMBERS = 2
WEIGHT = {"started": 3.0, "replied": 2.0, "reacted": 1.0}
REL = 1e-9


def close(a, b):
    return abs(a - b) <= max(REL * max(abs(a), abs(b)), 1e-12)


def load(db, community, resolve, until):
    msgs = db.execute(
        "SELECT m.id, m.channel_id, m.external_id, m.member_id, m.sent_at, "
        "m.reply_to_external_id, m.thread_external_id, m.is_service FROM message m "
        "JOIN channel c ON c.id = m.channel_id WHERE c.community_id = ? AND m.sent_at < ? "
        "ORDER BY m.sent_at, m.id", (community, until)).fetchall()
    by_ext = {}
    for i, m in enumerate(msgs):
        by_ext[(m[1], m[2])] = i
    key_of = [None] * len(msgs)
    for i in range(len(msgs)):
        chain, cur, key = [], i, None
        while True:
            if key_of[cur] is not None:
                key = key_of[cur]
                break
            _, ch, ext, _, _, rep, thr, _ = msgs[cur]
            chain.append(cur)
            if thr:
                key = thr
                break
            if not rep or rep == ext:
                key = ext
                break
            parent = by_ext.get((ch, rep))
            if parent is None:
                key = rep
                break
            if parent in chain:
                key = ext
                break
            cur = parent
        for c in chain:
            key_of[c] = key
    threads = {}   # (channel, key) -> index
    thread_keys = []
    root_of = {}
    interactions = []  # (member, thread, kind, at)
    replied = set()
    msg_thread = {}
    for i, (mid, ch, ext, member, sent, rep, thr, service) in enumerate(msgs):
        k = (ch, key_of[i])
        if k not in threads:
            threads[k] = len(thread_keys)
            thread_keys.append(k)
            root = by_ext.get(k)
            root_of[threads[k]] = msgs[root][0] if root is not None else 0
        t = threads[k]
        msg_thread[mid] = t
        who = resolve.get(member, 0) if member else 0
        if service or who == 0:
            continue
        interactions.append((who, t, "started" if mid == root_of[t] else "replied", sent))
        if rep:
            parent = by_ext.get((ch, rep))
            if parent is not None:
                other = resolve.get(msgs[parent][3], 0) if msgs[parent][3] else 0
                if other and other != who:
                    replied.add((min(other, who), max(other, who)))
    for member, at, message in db.execute(
            "SELECT rm.member_id, rm.reacted_at, r.message_id FROM reaction_member rm "
            "JOIN reaction r ON r.id = rm.reaction_id WHERE rm.reacted_at IS NOT NULL "
            "AND rm.reacted_at < ?", (until,)):
        who = resolve.get(member, 0)
        t = msg_thread.get(message)
        if who and t is not None:
            interactions.append((who, t, "reacted", at))
    return thread_keys, interactions, replied


def matrix(interactions):
    kinds = {}
    for m, t, k, _ in interactions:
        kinds.setdefault((m, t), set()).add(k)
    by_member, by_thread = {}, {}
    for (m, t), ks in kinds.items():
        e = sum(WEIGHT[k] for k in ks)
        by_member.setdefault(m, {})[t] = e
        by_thread.setdefault(t, {})[m] = e
    return by_member, by_thread


def similarity(by_member, by_thread):
    eligible = {t for t, ms in by_thread.items() if len(ms) >= MIN_MEMBERS}
    norm = {t: math.sqrt(sum(v * v for v in ms.values())) for t, ms in by_thread.items()}
    neighbours = {}
    for i in eligible:
        dot = {}
        for m, ei in by_thread[i].items():
            for j, ej in by_member[m].items():
                if j != i and j in eligible:
                    dot[j] = dot.get(j, 0.0) + ei * ej
        lst = sorted(((d / (norm[i] * norm[j]), j) for j, d in dot.items()),
                     key=lambda x: (-x[0], x[1]))
        neighbours[i] = lst[:TOP_K]
    return neighbours


def recommend(by_member, by_thread, neighbours, member, count):
    own = by_member.get(member, {})
    scores = {}
    for j, e in own.items():
        for s, t in neighbours.get(j, []):
            if t in own:
                continue
            scores[t] = scores.get(t, 0.0) + s * e
    ranked = sorted(((sc, t) for t, sc in scores.items() if sc > 0),
                    key=lambda x: (-x[0], -len(by_thread.get(x[1], {})), -x[1]))
    return ranked[:count]


def evaluate(interactions, k=10):
    first = {}
    for m, t, _, at in interactions:
        d = first.setdefault(m, {})
        if t not in d or at < d[t]:
            d[t] = at
    held = {}
    for m, d in first.items():
        if len(d) < 3:
            continue
        t_star, at_star = None, None
        for t in sorted(d):
            if t_star is None or d[t] >= at_star:
                t_star, at_star = t, d[t]
        if sum(1 for t, at in d.items() if t != t_star and at < at_star) >= 2:
            held[m] = (t_star, at_star)
    train = [x for x in interactions
             if not (x[0] in held and (x[1] == held[x[0]][0] or x[3] >= held[x[0]][1]))]
    by_member, by_thread = matrix(train)
    neighbours = similarity(by_member, by_thread)
    popular = sorted(by_thread, key=lambda t: (-len(by_thread[t]), t))
    cf = pop = 0
    for m, (t_star, _) in held.items():
        if any(t == t_star for _, t in recommend(by_member, by_thread, neighbours, m, k)):
            cf += 1
        own = by_member.get(m, {})
        top = [t for t in popular if t not in own][:k]
        if t_star in top:
            pop += 1
    return len(held), cf, pop


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--member", type=int, default=0)
    ap.add_argument("--cli", default="/work/build/app/kindred")
    a = ap.parse_args()
    db = sqlite3.connect(a.workspace)
    community, tz, resolve = load_members(db)
    cmd = [a.cli, "recommend", "--workspace", a.workspace, "--silent", "--evaluate", "--json"]
    # The member with most engaged threads, unless given.
    cli = json.loads(subprocess.run(cmd, check=True, capture_output=True).stdout)
    as_of = datetime.date.fromisoformat(cli["as_of"])
    zone = ZoneInfo(tz or "UTC")
    until = int(datetime.datetime.combine(as_of + datetime.timedelta(days=1), datetime.time(),
                                          zone).timestamp())
    thread_keys, interactions, replied = load(db, community, resolve, until)
    by_member, by_thread = matrix(interactions)
    results = []

    def check(name, ok, detail=""):
        results.append(ok)
        print(("OK       " if ok else "MISMATCH ") + name + (("  " + detail) if detail else ""))

    check("threads", len(thread_keys) == cli["threads"], f"{len(thread_keys)} vs {cli['threads']}")
    cells = sum(len(v) for v in by_member.values())
    check("cells", cells == cli["cells"], f"{cells} vs {cli['cells']}")
    neighbours = similarity(by_member, by_thread)
    bad = 0
    total = 0
    for s in cli["silent"]:
        mine = recommend(by_member, by_thread, neighbours, s["id"], 10)
        theirs = s["threads"]
        same = len(mine) == len(theirs) and all(
            thread_keys[t] == (x["channel_id"], x["root_external_id"]) and close(sc, x["score"])
            for (sc, t), x in zip(mine, theirs))
        total += 1
        bad += 0 if same else 1
        if not same and bad <= 5:
            print(f"  member {s['id']}: python {[(round(sc, 6), thread_keys[t]) for sc, t in mine[:3]]}"
                  f" vs cli {[(round(x['score'], 6), x['channel_id'], x['root_external_id']) for x in theirs[:3]]}")
    check(f"silent members' recommended threads ({total} members)", bad == 0, f"{bad} differ")

    member = a.member or max(by_member, key=lambda m: (len(by_member[m]), -m))
    cli_m = json.loads(subprocess.run([a.cli, "recommend", "--workspace", a.workspace, "--member",
                                       str(member), "--json"], check=True,
                                      capture_output=True).stdout)["member"]
    mine = recommend(by_member, by_thread, neighbours, member, 10)
    check(f"member {member}: recommended threads",
          [thread_keys[t] for _, t in mine] ==
          [(x["channel_id"], x["root_external_id"]) for x in cli_m["threads"]] and
          all(close(sc, x["score"]) for (sc, _), x in zip(mine, cli_m["threads"])))
    # Partners: candidates = the CLI's partners must be the top cosines among members who are
    # not reply partners; recompute each one's cosine and check none is a reply partner.
    norm = lambda m: math.sqrt(sum(v * v for v in by_member[m].values()))
    ok = True
    for p in cli_m["partners"]:
        other = p["id"]
        dot = sum(e * by_member[other].get(t, 0.0) for t, e in by_member[member].items())
        cos = dot / (norm(member) * norm(other))
        shared = sorted((t for t in by_member[member] if t in by_member[other]),
                        key=lambda t: (-by_member[member][t] * by_member[other][t], t))
        ok &= close(cos, p["similarity"]) and (min(member, other), max(member, other)) not in replied
        ok &= [thread_keys[t] for t in shared] == [thread_keys[t] for t in p["shared_threads"]]
    check(f"member {member}: {len(cli_m['partners'])} partners (cosine, shared threads, no reply)",
          ok and len(cli_m["partners"]) > 0)

    n, cf, pop = evaluate(interactions)
    ev = cli["evaluation"]
    check("evaluated members", n == ev["evaluated_members"], f"{n} vs {ev['evaluated_members']}")
    check("CF hits@10", cf == ev["cf_hits"], f"{cf} vs {ev['cf_hits']}")
    check("popularity hits@10", pop == ev["popularity_hits"], f"{pop} vs {ev['popularity_hits']}")
    print(f"{sum(results)}/{len(results)} OK")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
