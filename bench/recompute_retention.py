#!/usr/bin/env python3
"""Recomputes the retention cohort table of a workspace with Python's sqlite3 alone.

An independent check of core/analytics/Retention.cpp (PRODUCT.md §3): its own SQL and its own
date arithmetic (zoneinfo), none of Kindred's C++. Definitions, as in Retention.h:
  members     member rows that are not bots or the exporting account ("You"), not merged into
              another (a merged row counts for its survivor: earliest first sighting and join),
              and seen at least once (first_seen);
  join day    local date (community timezone) of the first join/invite event, else of the
              first sighting;
  active      a non-service message, or a reaction with a time, on a local day;
  periods     calendar months, or ISO weeks Monday..Sunday;
  range       from = first join (moved back to its period's start), to = the later of the last
              message and the last join, unless --from/--to are given;
  cell(c, k)  members of cohort c active in the k-th period after the join period; a period that
              starts after `to` is not observable; activity after `to` is not read;
  period retention(p) = active in p and in the next period / active in p.

Prints the cohort table (active counts and shares), or with --json the recomputed tables as
one JSON object (tests/core/tst_retention.cpp reads it). With --kindred it runs
`kindred retention --workspace W --by B --json` (or reads that JSON from --compare-json) and
prints OK or MISMATCH for every cell, cohort size and period-retention row; exit status 1 on any
mismatch.

Usage: bench/recompute_retention.py --workspace W [--by month|week] [--from D] [--to D]
                                    [--kindred build/app/kindred | --compare-json FILE] [--quiet]
       bench/recompute_retention.py --workspace W [--by month|week] --json
"""
import argparse
import datetime as dt
import json
import sqlite3
import subprocess
import sys
import zoneinfo


def load_members(db, community):
    """Survivor id -> (first_seen, joined_at), and member row id -> survivor id."""
    rows = db.execute(
        "SELECT id, coalesce(first_seen, 0), coalesce(joined_at, 0), coalesce(merged_into, 0) "
        "FROM member WHERE community_id = ? AND is_bot = 0 AND is_self = 0", (community,)
    ).fetchall()
    merged = {r[0]: r[3] for r in rows if r[3] > 0}

    def root(i):
        for _ in range(32):
            if i not in merged:
                break
            i = merged[i]
        return i

    def earliest(a, b):
        return b if a == 0 else (a if b == 0 else min(a, b))

    survivors = {r[0]: [r[1], r[2]] for r in rows if r[0] not in merged}
    for rid, first, joined, _ in rows:
        s = survivors.get(root(rid))
        if rid in merged and s is not None:
            s[0] = earliest(s[0], first)
            s[1] = earliest(s[1], joined)
    members = {i: tuple(v) for i, v in survivors.items() if v[0] > 0}
    resolve = {r[0]: root(r[0]) for r in rows if root(r[0]) in members}
    return members, resolve


def period_start(day, by):
    if by == "month":
        return day.replace(day=1)
    return day - dt.timedelta(days=day.weekday())


def next_start(start, by):
    if by == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=7)


def label(start, by):
    if by == "month":
        return start.strftime("%Y-%m")
    year, week, _ = start.isocalendar()
    return "%d-W%02d" % (year, week)


def recompute(path, by, date_from=None, date_to=None):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    community, tzname = db.execute(
        "SELECT id, timezone FROM community ORDER BY id LIMIT 1").fetchone()
    try:
        tz = zoneinfo.ZoneInfo(tzname)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = dt.timezone.utc

    def local(ts):
        return dt.datetime.fromtimestamp(ts, tz).date()

    members, resolve = load_members(db, community)
    joined = {m: local(j if j > 0 else f) for m, (f, j) in members.items()}
    last_message = db.execute(
        "SELECT max(m.sent_at) FROM message m JOIN channel c ON c.id = m.channel_id "
        "WHERE c.community_id = ? AND m.is_service = 0", (community,)).fetchone()[0]
    lo = min(joined.values()) if joined else None
    hi = max(joined.values()) if joined else None
    if last_message is not None and hi is not None:
        hi = max(hi, local(last_message))
    lo = dt.date.fromisoformat(date_from) if date_from else lo
    hi = dt.date.fromisoformat(date_to) if date_to else hi
    out = {"timezone": tzname, "by": by, "cohorts": [], "period_retention": []}
    if lo is None or hi is None or lo > hi:
        return out
    first = period_start(lo, by)
    starts = [first]
    while next_start(starts[-1], by) <= hi:
        starts.append(next_start(starts[-1], by))
    index = {s: i for i, s in enumerate(starts)}
    out.update({"from": first.isoformat(), "to": hi.isoformat()})

    # (member, period number) for every activity on local days [first, hi].
    active = set()
    acts = db.execute(
        "SELECT m.member_id, m.sent_at FROM message m JOIN channel c ON c.id = m.channel_id "
        "WHERE c.community_id = ?1 AND m.is_service = 0 AND m.member_id IS NOT NULL "
        "UNION ALL SELECT rm.member_id, rm.reacted_at FROM reaction_member rm "
        "JOIN reaction r ON r.id = rm.reaction_id JOIN message m ON m.id = r.message_id "
        "JOIN channel c ON c.id = m.channel_id WHERE c.community_id = ?1 "
        "AND rm.reacted_at IS NOT NULL", (community,))
    for member_id, ts in acts:
        who = resolve.get(member_id)
        day = local(ts)
        if who is None or day < first or day > hi:
            continue
        active.add((who, index[period_start(day, by)]))

    n = len(starts)
    cohort_of = {m: index[period_start(d, by)] for m, d in joined.items() if first <= d <= hi}
    sizes = [0] * n
    for c in cohort_of.values():
        sizes[c] += 1
    cells = [[0] * n for _ in range(n)]
    for who, p in active:
        c = cohort_of.get(who)
        if c is not None and p >= c:
            cells[c][p - c] += 1
    for c, s in enumerate(starts):
        out["cohorts"].append({
            "cohort": label(s, by), "first_day": s.isoformat(), "size": sizes[c],
            "cells": [cells[c][k] if c + k < n else None for k in range(n)]})
    base = [0] * n
    both = [0] * n
    for who, p in active:
        base[p] += 1
        if (who, p + 1) in active:
            both[p] += 1
    for p, s in enumerate(starts):
        out["period_retention"].append({
            "period": label(s, by), "active": base[p],
            "active_in_both": both[p] if p + 1 < n else None})
    return out


def print_table(t):
    print("cohorts by %s, %s, %s .. %s" % (t["by"], t["timezone"], t.get("from"), t.get("to")))
    for c in t["cohorts"]:
        cells = []
        for a in c["cells"]:
            if a is None:
                cells.append("%12s" % "-")
            elif c["size"] == 0:
                cells.append("%12s" % a)
            else:
                cells.append("%5d %5.1f%%" % (a, 100.0 * a / c["size"]))
        print("%-9s %6d %s" % (c["cohort"], c["size"], " ".join(cells)))
    print("period retention (active in both / active):")
    for r in t["period_retention"]:
        print("%-9s %s / %d" % (r["period"], "-" if r["active_in_both"] is None
                                else r["active_in_both"], r["active"]))


def compare(mine, theirs, quiet):
    bad = 0

    def check(what, a, b):
        nonlocal bad
        ok = a == b
        bad += not ok
        if not ok or not quiet:
            print("%s %s: python %s, kindred %s" % ("OK" if ok else "MISMATCH", what, a, b))

    check("range", (mine.get("from"), mine.get("to")), (theirs.get("from"), theirs.get("to")))
    check("cohorts", len(mine["cohorts"]), len(theirs["cohorts"]))
    for c, k in zip(mine["cohorts"], theirs["cohorts"]):
        check("cohort %s label" % c["cohort"], c["cohort"], k["cohort"])
        check("cohort %s size" % c["cohort"], c["size"], k["size"])
        check("cohort %s cells" % c["cohort"], len(c["cells"]), len(k["cells"]))
        for i, (a, b) in enumerate(zip(c["cells"], k["cells"])):
            check("cohort %s k=%d" % (c["cohort"], i), a, None if b is None else b["active"])
    check("periods", len(mine["period_retention"]), len(theirs["period_retention"]))
    for r, k in zip(mine["period_retention"], theirs["period_retention"]):
        check("period %s" % r["period"], (r["period"], r["active"], r["active_in_both"]),
              (k["period"], k["active"], k["active_in_both"]))
    print("%s: %d mismatches" % ("MISMATCH" if bad else "OK", bad))
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--by", choices=("month", "week"), default="month")
    ap.add_argument("--from", dest="date_from")
    ap.add_argument("--to", dest="date_to")
    ap.add_argument("--kindred", help="kindred binary: compare with `kindred retention --json`")
    ap.add_argument("--compare-json", help="compare with this saved `retention --json` output")
    ap.add_argument("--quiet", action="store_true", help="print only mismatches")
    ap.add_argument("--json", action="store_true", help="print the recomputed tables as JSON")
    a = ap.parse_args()

    mine = recompute(a.workspace, a.by, a.date_from, a.date_to)
    if a.json:
        print(json.dumps(mine, ensure_ascii=False))
        return 0
    print_table(mine)
    if a.kindred:
        cmd = [a.kindred, "retention", "--workspace", a.workspace, "--by", a.by, "--json"]
        cmd += ["--from", a.date_from] if a.date_from else []
        cmd += ["--to", a.date_to] if a.date_to else []
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr))
        theirs = json.loads(p.stdout)
    elif a.compare_json:
        with open(a.compare_json, encoding="utf-8") as f:
            theirs = json.load(f)
    else:
        return 0
    return 1 if compare(mine, theirs, a.quiet) else 0


if __name__ == "__main__":
    sys.exit(main())
