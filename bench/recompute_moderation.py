#!/usr/bin/env python3
"""Recomputes the moderation statistics and the ban/mute list with Python's sqlite3 alone.

An independent check of core/moderation/ModerationStats.cpp and ModerationStore::banList
(PRODUCT.md §4, issue 7): its own SQL, none of Kindred's C++. Definitions:
  period      local days [from, to] of the community's timezone -> UTC [start, end); no bound
              when not given;
  flags       flag rows of the community with occurred_at in the period, any status;
  handled     those not open with a handled_at; median time to handle = median of
              (handled_at - raised_at) over them (mean of the two middle values for an even
              count; null when none);
  per rule / per channel   count of the period's flags (channel = flag.channel_id, else the
              flagged message's channel, else 0), with open / dismissed / actioned per rule;
  actions     moderation_action rows with acted_at in the period; moderators = count per actor
              and per (actor, action);
  repeat offenders  members (after merges: member.merged_into followed) with >= 2 actioned
              flags among the period's flags, or >= 2 warn/mute/ban actions in the period;
  ban list    surviving members with status banned or muted; since = acted_at of their last
              mute/ban audit entry (any merged identity), identities of the member and of the
              identities merged into it;
  guidance    on day d (default: the local day of the last chat message), members with status
              active and no open flag (after merges), segment from recompute_segments.Workspace
              (W = window_days):
                newcomer_not_posted  newcomer with no chat message sent before the end of d;
                activity_dropped     occasional, active days in (d-W, d] < in (d-2W, d-W];
                went_silent          silent, last active day l, active days in (l-W, l] >=
                                     active_min_days.

Runs `kindred moderation --workspace W --stats [--from D --to D] --json`,
`kindred moderation --workspace W --banlist --json` and `... --guidance --json` and prints OK or
MISMATCH per figure.
Exit status 1 on any mismatch.

Usage: bench/recompute_moderation.py --workspace W [--kindred build/app/kindred]
                                     [--from D] [--to D]
"""
import argparse
import datetime as dt
import json
import sqlite3
import subprocess
import sys
import zoneinfo

from recompute_segments import Workspace

ACTIONS = ["dismiss", "warn", "mute", "ban", "unban", "note"]


def survivors(db, community):
    parent = {row[0]: row[1] for row in db.execute(
        "SELECT id, merged_into FROM member WHERE community_id = ?", (community,))}

    def root(mid):
        seen = 0
        while parent.get(mid) is not None and seen < 64:
            mid = parent[mid]
            seen += 1
        return mid
    return {mid: root(mid) for mid in parent}


def utc_bounds(db, community, day_from, day_to):
    tz_name = db.execute("SELECT timezone FROM community WHERE id = ?", (community,)).fetchone()[0]
    tz = zoneinfo.ZoneInfo(tz_name)

    def start_of(day):
        return int(dt.datetime.combine(day, dt.time(0, 0), tzinfo=tz).timestamp())
    start = start_of(dt.date.fromisoformat(day_from)) if day_from else 0
    end = start_of(dt.date.fromisoformat(day_to) + dt.timedelta(days=1)) if day_to else 0
    return start, end


def in_range(t, start, end):
    return (start == 0 or t >= start) and (end == 0 or t < end)


def median(values):
    if not values:
        return None
    v = sorted(values)
    n = len(v)
    return float(v[n // 2]) if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2.0


def recompute_stats(db, community, start, end):
    root = survivors(db, community)
    rows = db.execute(
        "SELECT f.rule, coalesce(f.channel_id, m.channel_id, 0), f.status, f.raised_at, "
        "f.handled_at, f.member_id, f.occurred_at FROM flag f "
        "LEFT JOIN message m ON m.id = f.message_id WHERE f.community_id = ?",
        (community,)).fetchall()
    per_rule, per_channel, actioned = {}, {}, {}
    handle = []
    flags = open_ = 0
    for rule, channel, status, raised, handled, member, occurred in rows:
        if not in_range(occurred, start, end):
            continue
        flags += 1
        r = per_rule.setdefault(rule, {"flags": 0, "open": 0, "dismissed": 0, "actioned": 0})
        r["flags"] += 1
        r[status] += 1
        per_channel[channel] = per_channel.get(channel, 0) + 1
        if status == "open":
            open_ += 1
            continue
        if status == "actioned":
            m = root.get(member, member)
            actioned[m] = actioned.get(m, 0) + 1
        if handled is not None:
            handle.append(handled - raised)
    moderators, sanctions = {}, {}
    actions = 0
    for actor, action, member, acted in db.execute(
            "SELECT actor, action, member_id, acted_at FROM moderation_action "
            "WHERE community_id = ?", (community,)):
        if not in_range(acted, start, end):
            continue
        actions += 1
        per = moderators.setdefault(actor, {a: 0 for a in ACTIONS})
        per[action] += 1
        if action in ("warn", "mute", "ban"):
            m = root.get(member, member)
            sanctions[m] = sanctions.get(m, 0) + 1
    offenders = {m: (actioned.get(m, 0), sanctions.get(m, 0))
                 for m in set(actioned) | set(sanctions)
                 if actioned.get(m, 0) >= 2 or sanctions.get(m, 0) >= 2}
    return {"flags": flags, "open": open_, "handled": len(handle),
            "median_handle_seconds": median(handle), "actions": actions,
            "per_rule": per_rule, "per_channel": per_channel,
            "repeat_offenders": offenders, "moderators": moderators}


def recompute_banlist(db, community):
    root = survivors(db, community)
    out = {}
    for mid, status in db.execute(
            "SELECT id, status FROM member WHERE community_id = ? AND merged_into IS NULL AND "
            "status IN ('banned', 'muted')", (community,)):
        group = [m for m, r in root.items() if r == mid]
        marks = ",".join("?" * len(group))
        ids = sorted((p, e) for p, e in db.execute(
            f"SELECT platform, external_id FROM identity WHERE member_id IN ({marks})", group))
        last = db.execute(
            f"SELECT acted_at, reason FROM moderation_action WHERE community_id = ? AND "
            f"member_id IN ({marks}) AND action IN ('mute', 'ban') "
            f"ORDER BY acted_at DESC, id DESC LIMIT 1", [community] + group).fetchone()
        since = (dt.datetime.fromtimestamp(last[0], dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                 if last else None)
        out[mid] = {"status": status, "identities": ids, "since": since,
                    "reason": last[1] if last else ""}
    return out


def recompute_guidance(path, day=None):
    ws = Workspace(path)
    db, r = ws.db, ws.rules
    if day is None:
        last = db.execute(
            "SELECT max(m.sent_at) FROM message m JOIN channel c ON c.id = m.channel_id "
            "WHERE c.community_id = ? AND m.is_service = 0", (ws.community,)).fetchone()[0]
        day = ws.local(last)
    end = ws.end_of(day)
    d = day.toordinal()
    w = r["window_days"]
    flagged = {ws.resolve.get(m, m) for (m,) in db.execute(
        "SELECT member_id FROM flag WHERE status = 'open' AND community_id = ?", (ws.community,))}
    messages = {}
    for member, n in db.execute(
            "SELECT m.member_id, count(*) FROM message m JOIN channel c ON c.id = m.channel_id "
            "WHERE c.community_id = ? AND m.is_service = 0 AND m.member_id IS NOT NULL AND "
            "m.sent_at < ? GROUP BY m.member_id", (ws.community, end)):
        who = ws.resolve.get(member)
        if who is not None:
            messages[who] = messages.get(who, 0) + n
    out = {}
    for mid, seg in ws.segments_on(day).items():
        if ws.members[mid][3] != "active" or mid in flagged:
            continue
        days = ws.active_days.get(mid, [])

        def count(lo, hi):
            return sum(1 for x in days if lo < x <= hi)
        if seg == "newcomer" and messages.get(mid, 0) == 0:
            out[mid] = "newcomer_not_posted"
        elif seg == "occasional" and count(d - w, d) < count(d - 2 * w, d - w):
            out[mid] = "activity_dropped"
        elif seg == "silent":
            past = [x for x in days if x <= d]
            if past and count(past[-1] - w, past[-1]) >= r["active_min_days"]:
                out[mid] = "went_silent"
    return day, out


class Checker:
    def __init__(self):
        self.bad = 0

    def check(self, name, mine, theirs):
        if isinstance(mine, float) or isinstance(theirs, float):
            ok = (mine is None and theirs is None) or (
                mine is not None and theirs is not None and abs(mine - theirs) < 1e-6)
        else:
            ok = mine == theirs
        print(f"{'OK      ' if ok else 'MISMATCH'} {name}: python={mine} kindred={theirs}")
        self.bad += 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--kindred", default="build/app/kindred")
    ap.add_argument("--from", dest="day_from")
    ap.add_argument("--to", dest="day_to")
    args = ap.parse_args()

    db = sqlite3.connect(f"file:{args.workspace}?mode=ro", uri=True)
    community = db.execute("SELECT id FROM community ORDER BY id LIMIT 1").fetchone()[0]
    start, end = utc_bounds(db, community, args.day_from, args.day_to)

    cmd = [args.kindred, "moderation", "--workspace", args.workspace, "--stats", "--json"]
    if args.day_from:
        cmd += ["--from", args.day_from]
    if args.day_to:
        cmd += ["--to", args.day_to]
    theirs = json.loads(subprocess.run(cmd, check=True, capture_output=True).stdout)
    mine = recompute_stats(db, community, start, end)
    c = Checker()
    for key in ("flags", "open", "handled", "actions"):
        c.check(key, mine[key], theirs[key])
    c.check("median_handle_seconds", mine["median_handle_seconds"], theirs["median_handle_seconds"])
    their_rules = {r["rule"]: {k: r[k] for k in ("flags", "open", "dismissed", "actioned")}
                   for r in theirs["per_rule"]}
    for rule in sorted(set(mine["per_rule"]) | set(their_rules)):
        c.check(f"per_rule[{rule}]", mine["per_rule"].get(rule), their_rules.get(rule))
    their_channels = {r["channel_id"]: r["flags"] for r in theirs["per_channel"]}
    for ch in sorted(set(mine["per_channel"]) | set(their_channels)):
        c.check(f"per_channel[{ch}]", mine["per_channel"].get(ch), their_channels.get(ch))
    their_off = {o["member_id"]: (o["actioned_flags"], o["sanctions"])
                 for o in theirs["repeat_offenders"]}
    c.check("repeat_offenders", dict(sorted(mine["repeat_offenders"].items())),
            dict(sorted(their_off.items())))
    their_mods = {m["actor"]: m["per_action"] for m in theirs["moderators"]}
    for actor in sorted(set(mine["moderators"]) | set(their_mods)):
        c.check(f"moderators[{actor}]", mine["moderators"].get(actor), their_mods.get(actor))

    bans = json.loads(subprocess.run(
        [args.kindred, "moderation", "--workspace", args.workspace, "--banlist", "--json"],
        check=True, capture_output=True).stdout)
    their_bans = {m["member_id"]: {
        "status": m["status"],
        "identities": sorted((i["platform"], i["external_id"]) for i in m["identities"]),
        "since": m["since"], "reason": m["reason"]} for m in bans["members"]}
    my_bans = recompute_banlist(db, community)
    c.check("banlist members", sorted(my_bans), sorted(their_bans))
    for mid in sorted(set(my_bans) | set(their_bans)):
        c.check(f"banlist[{mid}]", my_bans.get(mid), their_bans.get(mid))
    day, my_guidance = recompute_guidance(args.workspace)
    guidance = json.loads(subprocess.run(
        [args.kindred, "moderation", "--workspace", args.workspace, "--guidance", "--json"],
        check=True, capture_output=True).stdout)
    c.check("guidance as_of", day.isoformat(), guidance["as_of"])
    their_guidance = {m["member_id"]: m["reason"] for m in guidance["members"]}
    for reason in ("newcomer_not_posted", "activity_dropped", "went_silent"):
        c.check(f"guidance[{reason}] count",
                sum(1 for v in my_guidance.values() if v == reason),
                sum(1 for v in their_guidance.values() if v == reason))
    c.check("guidance members and reasons", dict(sorted(my_guidance.items())),
            dict(sorted(their_guidance.items())))
    print(f"{'ALL OK' if c.bad == 0 else f'{c.bad} MISMATCH(ES)'}")
    return 1 if c.bad else 0


if __name__ == "__main__":
    sys.exit(main())
