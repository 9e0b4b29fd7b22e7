#!/usr/bin/env python3
"""Recomputes the Engagement figures of a workspace with Python's sqlite3 alone.

An independent check of core/analytics/EngagementReport.cpp (PRODUCT.md §3): its own SQL and
its own date arithmetic (zoneinfo), none of Kindred's C++. Definitions, as in EngagementReport.h:
  members     member rows that are not bots or the exporting account ("You"), not merged into
              another (a merged row counts for its survivor), seen at least once (first_seen);
  local day   the date in the community's timezone; the period is [from 00:00, to+1 00:00) local;
  active      a non-service message, or a reaction with a time, on a local day (channel filter
              applied to the message's channel);
  DAU/WAU/MAU distinct members active on the day / in the 7 / 30 days ending it; stickiness =
              mean DAU over the period / MAU on its last day;
  messages    non-service messages of the period whose author is a member; per channel and
              day, and per local weekday (Monday first) x hour;
  question    a member's message whose text, URLs (http(s):// up to whitespace) removed,
              contains '?' or '？'; first reply = earliest message of the same channel replying
              to it (reply_to_external_id) from another member, at any time; a reply stamped
              before the question counts 0 s; median over answered questions (mean of the two
              middle values for an even count);
  CAF         the fewest members whose messages, largest first (ties by member id), are
              strictly more than half of all messages;
  weeks       Monday..Sunday clipped to the period: new = first active day ever (filter
              applied) in the week, returning = active in the week and before it.

With --kindred it runs `kindred engagement --workspace W [--from D] [--to D] [--channel ID]...
--json` (or reads that JSON from --compare-json) and prints OK or MISMATCH for every figure;
exit status 1 on any mismatch.

Usage: bench/recompute_engagement.py --workspace W [--from D] [--to D] [--channel ID]...
                                     [--kindred build/app/kindred | --compare-json FILE]
"""
import argparse
import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys
import zoneinfo

URL = re.compile(r"https?://\S+", re.IGNORECASE)


def is_question(text):
    text = URL.sub("", text or "")
    return "?" in text or "\uff1f" in text


def median(values):
    if not values:
        return None
    v = sorted(values)
    n = len(v)
    return float(v[n // 2]) if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2.0


def load_members(db, community):
    """member row id -> surviving member id, for rows that are members (see the docstring)."""
    rows = db.execute(
        "SELECT id, coalesce(first_seen, 0), coalesce(merged_into, 0) FROM member "
        "WHERE community_id = ? AND is_bot = 0 AND is_self = 0", (community,)).fetchall()
    merged = {r[0]: r[2] for r in rows if r[2] > 0}

    def root(i):
        for _ in range(32):
            if i not in merged:
                break
            i = merged[i]
        return i

    first = {r[0]: r[1] for r in rows if r[0] not in merged}
    for rid, seen, _ in rows:
        s = root(rid)
        if rid in merged and s in first and seen > 0:
            first[s] = seen if first[s] == 0 else min(first[s], seen)
    return {r[0]: root(r[0]) for r in rows if first.get(root(r[0]), 0) > 0}


def recompute(path, date_from=None, date_to=None, channels=()):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    community, name, tzname = db.execute(
        "SELECT id, name, timezone FROM community ORDER BY id LIMIT 1").fetchone()
    try:
        tz = zoneinfo.ZoneInfo(tzname)
    except Exception:
        tz = dt.timezone.utc
    resolve = load_members(db, community)
    names = dict(db.execute("SELECT id, display_name FROM member WHERE community_id = ?",
                            (community,)))
    filt = " AND m.channel_id IN (%s)" % ",".join(str(int(c)) for c in channels) if channels else ""

    def local(ts):
        return dt.datetime.fromtimestamp(ts, tz)

    def start_of(day):
        return int(dt.datetime(day.year, day.month, day.day, tzinfo=tz).timestamp())

    last_ts = db.execute("SELECT max(m.sent_at) FROM message m JOIN channel c ON c.id = "
                         "m.channel_id WHERE c.community_id = ? AND m.is_service = 0" + filt,
                         (community,)).fetchone()[0]
    last = local(last_ts).date() if last_ts is not None else dt.date.today()
    # As Period::parse with the default "30 days ending on the last message's day".
    frm, to = last - dt.timedelta(days=29), last
    if date_from:
        frm = dt.date.fromisoformat(date_from)
        if not date_to and to < frm:
            to = frm + dt.timedelta(days=29)
    if date_to:
        to = dt.date.fromisoformat(date_to)
        if not date_from:
            frm = to - dt.timedelta(days=29)
    start, end = start_of(frm), start_of(to + dt.timedelta(days=1))
    ndays = (to - frm).days + 1

    # Activity: every (member, local day), all history up to the period's end.
    active = {}  # day -> set of members
    first_day = {}
    for member, at in db.execute(
            "SELECT m.member_id, m.sent_at FROM message m JOIN channel c ON c.id = m.channel_id "
            "WHERE c.community_id = ? AND m.is_service = 0 AND m.member_id IS NOT NULL AND "
            "m.sent_at < ?" + filt + " UNION ALL "
            "SELECT rm.member_id, rm.reacted_at FROM reaction_member rm JOIN reaction r ON "
            "r.id = rm.reaction_id JOIN message m ON m.id = r.message_id JOIN channel c ON "
            "c.id = m.channel_id WHERE c.community_id = ? AND rm.reacted_at IS NOT NULL AND "
            "rm.reacted_at < ?" + filt, (community, end, community, end)):
        m = resolve.get(member)
        if m is None:
            continue
        day = local(at).date()
        active.setdefault(day, set()).add(m)
        if m not in first_day or day < first_day[m]:
            first_day[m] = day

    series = []
    for i in range(ndays):
        d = frm + dt.timedelta(days=i)
        month = set()
        week = set()
        for k in range(30):
            s = active.get(d - dt.timedelta(days=k), set())
            month |= s
            if k < 7:
                week |= s
        series.append({"date": d.isoformat(), "dau": len(active.get(d, ())), "wau": len(week),
                       "mau": len(month)})
    dau_mean = sum(r["dau"] for r in series) / ndays
    mau = series[-1]["mau"]
    stickiness = dau_mean / mau if mau else 0.0

    weeks = []
    d = frm
    while d <= to:
        w_end = min(to, d + dt.timedelta(days=6 - d.weekday()))
        members = set()
        for k in range((w_end - d).days + 1):
            members |= active.get(d + dt.timedelta(days=k), set())
        new = sum(1 for m in members if first_day[m] >= d)
        weeks.append({"from": d.isoformat(), "to": w_end.isoformat(), "new": new,
                      "returning": len(members) - new})
        d = w_end + dt.timedelta(days=1)

    # Messages of the period.
    per_channel = {}
    heat = [[0] * 24 for _ in range(7)]
    per_member = {}
    total = 0
    for member, channel, at in db.execute(
            "SELECT m.member_id, m.channel_id, m.sent_at FROM message m JOIN channel c ON c.id = "
            "m.channel_id WHERE c.community_id = ? AND m.is_service = 0 AND m.member_id IS NOT "
            "NULL AND m.sent_at >= ? AND m.sent_at < ?" + filt, (community, start, end)):
        m = resolve.get(member)
        if m is None:
            continue
        t = local(at)
        total += 1
        per_member[m] = per_member.get(m, 0) + 1
        per_channel.setdefault(channel, [0] * ndays)[(t.date() - frm).days] += 1
        heat[t.weekday()][t.hour] += 1
    ranked = sorted(per_member.items(), key=lambda kv: (-kv[1], kv[0]))
    caf, covered = [], 0
    for m, n in ranked:
        if 2 * covered > total:
            break
        caf.append({"id": m, "name": names.get(m, ""), "messages": n})
        covered += n

    # Questions and first replies.
    delays, questions = [], 0
    rows = db.execute(
        "SELECT q.id, q.channel_id, q.external_id, q.member_id, q.sent_at, q.text FROM message q "
        "JOIN channel c ON c.id = q.channel_id WHERE c.community_id = ? AND q.is_service = 0 AND "
        "q.member_id IS NOT NULL AND q.sent_at >= ? AND q.sent_at < ?" + filt.replace("m.", "q."),
        (community, start, end)).fetchall()
    for _, channel, ext, member, at, text in rows:
        asker = resolve.get(member)
        if asker is None or not is_question(text):
            continue
        questions += 1
        best = None
        for replier, rat in db.execute(
                "SELECT member_id, sent_at FROM message WHERE channel_id = ? AND "
                "reply_to_external_id = ? AND is_service = 0", (channel, ext)):
            r = resolve.get(replier)
            if r is None or r == asker:
                continue
            delay = max(0, rat - at)
            best = delay if best is None else min(best, delay)
        if best is not None:
            delays.append(best)

    chan_names = {cid: (n or ext) for cid, n, ext in db.execute(
        "SELECT id, name, external_id FROM channel WHERE community_id = ?", (community,))}
    return {
        "community": name, "timezone": tzname, "from": frm.isoformat(), "to": to.isoformat(),
        "dau_mean": dau_mean, "mau": mau, "stickiness": stickiness, "messages": total,
        "series": series, "weeks": weeks, "heatmap": heat, "heatmap_total": sum(map(sum, heat)),
        "channels": {cid: {"name": chan_names.get(cid, ""), "messages": sum(v), "per_day": v}
                     for cid, v in per_channel.items()},
        "questions": {"count": questions, "answered": len(delays),
                      "unanswered": questions - len(delays), "median_seconds": median(delays)},
        "caf": {"factor": len(caf), "total_messages": total, "covered_messages": covered,
                "members": caf},
    }


def compare(mine, theirs, quiet):
    bad = 0

    def check(what, a, b, tol=None):
        nonlocal bad
        if tol is not None and a is not None and b is not None:
            ok = abs(a - b) <= tol
        else:
            ok = a == b
        bad += 0 if ok else 1
        if not ok or not quiet:
            if ok and len(repr(a)) > 100:  # a long list that matches: its size only
                a = b = "%d equal values" % len(a)
            print("%s %s: python %s, kindred %s" % ("OK" if ok else "MISMATCH", what, a, b))

    for key in ("from", "to", "timezone"):
        check(key, mine[key], theirs[key])
    check("mean DAU", round(mine["dau_mean"], 6), theirs["dau_mean"], 1e-6)
    check("MAU", mine["mau"], theirs["mau"])
    check("stickiness", round(mine["stickiness"], 6), theirs["stickiness"], 1e-6)
    check("DAU/WAU/MAU series (%d days)" % len(mine["series"]),
          [(r["date"], r["dau"], r["wau"], r["mau"]) for r in mine["series"]],
          [(r["date"], r["dau"], r["wau"], r["mau"]) for r in theirs["series"]])
    check("messages", mine["messages"], theirs["messages"])
    check("heatmap total", mine["heatmap_total"], theirs["heatmap_total"])
    check("heatmap total = messages", theirs["heatmap_total"], theirs["messages"])
    check("heatmap cells (7 x 24)", mine["heatmap"], theirs["heatmap"])
    theirs_channels = {c["id"]: c for c in theirs["channels"]}
    check("channels with messages", sorted(mine["channels"]), sorted(theirs_channels))
    for cid, c in sorted(mine["channels"].items()):
        t = theirs_channels.get(cid, {})
        check("channel %s messages" % c["name"], c["messages"], t.get("messages"))
        check("channel %s per day" % c["name"], c["per_day"], t.get("per_day"))
    check("per-channel sum = messages", sum(c["messages"] for c in theirs["channels"]),
          theirs["messages"])
    check("weeks (new, returning)", mine["weeks"], theirs["weeks"])
    for key in ("count", "answered", "unanswered"):
        check("questions %s" % key, mine["questions"][key], theirs["questions"][key])
    check("median time to first reply (s)", mine["questions"]["median_seconds"],
          theirs["questions"]["median_seconds"], 1e-9)
    check("CAF", mine["caf"]["factor"], theirs["caf"]["factor"])
    check("CAF covered messages", mine["caf"]["covered_messages"],
          theirs["caf"]["covered_messages"])
    check("CAF members", [(m["id"], m["messages"]) for m in mine["caf"]["members"]],
          [(m["id"], m["messages"]) for m in theirs["caf"]["members"]])
    print("%s: %d mismatches" % ("MISMATCH" if bad else "OK", bad))
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--from", dest="date_from")
    ap.add_argument("--to", dest="date_to")
    ap.add_argument("--channel", action="append", type=int, default=[],
                    help="only this channel id (repeat for several)")
    ap.add_argument("--kindred", help="kindred binary: compare with `kindred engagement --json`")
    ap.add_argument("--compare-json", help="compare with this saved `engagement --json` output")
    ap.add_argument("--quiet", action="store_true", help="print only mismatches")
    a = ap.parse_args()

    mine = recompute(a.workspace, a.date_from, a.date_to, a.channel)
    q = mine["questions"]
    print("%s  %s – %s (%s)" % (mine["community"], mine["from"], mine["to"], mine["timezone"]))
    print("mean DAU %.4f, MAU %d, stickiness %.4f, messages %d, heatmap total %d"
          % (mine["dau_mean"], mine["mau"], mine["stickiness"], mine["messages"],
             mine["heatmap_total"]))
    print("questions %d, answered %d, unanswered %d, median time to first reply %s s"
          % (q["count"], q["answered"], q["unanswered"], q["median_seconds"]))
    print("CAF %d (%d of %d messages)" % (mine["caf"]["factor"], mine["caf"]["covered_messages"],
                                          mine["messages"]))
    if a.kindred:
        cmd = [a.kindred, "engagement", "--workspace", a.workspace, "--json"]
        cmd += ["--from", a.date_from] if a.date_from else []
        cmd += ["--to", a.date_to] if a.date_to else []
        for c in a.channel:
            cmd += ["--channel", str(c)]
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
