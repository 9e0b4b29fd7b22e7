#!/usr/bin/env python3
"""Recomputes member segments and the month-to-month segment flow with Python's sqlite3 alone.

An independent check of core/analytics/SegmentFlow.cpp, KpiCalculator::segmentInputs and
Segmentation::classify (PRODUCT.md §3 "Segments"): its own SQL and date arithmetic (zoneinfo),
none of Kindred's C++. Definitions:
  members     member rows of the community that are not bots or the exporting account ("You"),
              not merged into another (a merged row counts for its survivor: earliest first
              sighting and join, and a leave only when every merged row left), and seen before
              the end of the evaluation day (first_seen);
  local day   a date in the community's timezone (community.timezone);
  active day  a local day with a non-service message, or a reaction whose time is known;
  join day    local day of the first join/invite event (joined_at), else of the first sighting;
  segment on day d, first match wins (thresholds from the `setting` table, keys
              segments/churn_days, newcomer_days, window_days, active_min_days; defaults 90, 14,
              30, 4; all defaults when the stored set is invalid):
    churned     left on or before d (and not before joining), or the later of the last active
                day and the join day is at least churn_days before d;
    newcomer    joined fewer than newcomer_days days before d;
    active      active on >= active_min_days of the window_days days ending on d;
    occasional  active on 1 .. active_min_days-1 of them;
    silent      none of them.
  counts      members per segment at the end of a period, and at the end of the previous
              period of the same length;
  overlays    of the members of a segment at the end of the period: status (member.status)
              banned, muted; flagged = at least one row of `flag` with status 'open' naming
              the member or an identity merged into it (member.merged_into);
  flow of month M: cell(from, to) = members in `from` at the end of the last day of M-1 and in
              `to` at the end of M (or of the range's last day); from = "new" when not yet a
              member at the end of M-1.

Runs `kindred stats --workspace W --json` and `kindred segments --workspace W --flow --json`
(or reads their JSON from --stats-json / --segments-json) and prints OK or MISMATCH for every
count, change, overlay and flow cell; the month given by --month (default: the last one) is
printed cell by cell, the others one line each. Exit status 1 on any mismatch.

Usage: bench/recompute_segments.py --workspace W [--kindred build/app/kindred]
                                   [--from D --to D] [--months N] [--month YYYY-MM]
"""
import argparse
import bisect
import datetime as dt
import json
import sqlite3
import subprocess
import sys
import zoneinfo

SEGMENTS = ["newcomer", "active", "occasional", "silent", "churned"]
DEFAULT_RULES = {"churn_days": 90, "newcomer_days": 14, "window_days": 30, "active_min_days": 4}


def load_rules(db):
    rules = dict(DEFAULT_RULES)
    for key in rules:
        row = db.execute("SELECT value FROM setting WHERE key = ?", ("segments/" + key,)).fetchone()
        if row is not None:
            try:
                rules[key] = int(row[0])
            except ValueError:
                pass
    valid = (all(1 <= v <= 3650 for v in rules.values())
             and rules["active_min_days"] <= rules["window_days"]
             and rules["newcomer_days"] < rules["churn_days"])
    return rules if valid else dict(DEFAULT_RULES)


class Workspace:
    def __init__(self, path):
        self.db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        self.community, tzname = self.db.execute(
            "SELECT id, timezone FROM community ORDER BY id LIMIT 1").fetchone()
        try:
            self.tz = zoneinfo.ZoneInfo(tzname)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            self.tz = dt.timezone.utc
        self.rules = load_rules(self.db)
        self._load_members()
        self._load_activity()
        self._load_flags()

    def local(self, ts):
        return dt.datetime.fromtimestamp(ts, self.tz).date()

    def end_of(self, day):
        """UTC seconds of the local midnight that ends `day`."""
        nxt = day + dt.timedelta(days=1)
        return int(dt.datetime(nxt.year, nxt.month, nxt.day, tzinfo=self.tz).timestamp())

    def _load_members(self):
        rows = self.db.execute(
            "SELECT id, coalesce(first_seen, 0), coalesce(joined_at, 0), coalesce(left_at, 0), "
            "status, coalesce(merged_into, 0) FROM member WHERE community_id = ? AND is_bot = 0 "
            "AND is_self = 0", (self.community,)).fetchall()
        merged = {r[0]: r[5] for r in rows if r[5] > 0}

        def root(i):
            for _ in range(32):
                if i not in merged:
                    break
                i = merged[i]
            return i

        def earliest(a, b):
            return b if a == 0 else (a if b == 0 else min(a, b))

        survivors = {r[0]: list(r[1:5]) for r in rows if r[0] not in merged}
        for rid, first, joined, left, _status, _m in rows:
            s = survivors.get(root(rid))
            if rid in merged and s is not None:
                s[0] = earliest(s[0], first)
                s[1] = earliest(s[1], joined)
                s[2] = max(s[2], left) if s[2] > 0 and left > 0 else 0
        # id -> (first_seen, join time, left_at, status)
        self.members = {i: (v[0], v[1] if v[1] > 0 else v[0], v[2], v[3])
                        for i, v in survivors.items() if v[0] > 0}
        self.resolve = {r[0]: root(r[0]) for r in rows if root(r[0]) in self.members}

    def _load_flags(self):
        """Surviving member ids with at least one open flag (the "flagged" overlay)."""
        try:
            rows = self.db.execute(
                "SELECT member_id FROM flag WHERE community_id = ? AND status = 'open'",
                (self.community,)).fetchall()
        except sqlite3.OperationalError:  # a workspace from before the flag table
            rows = []
        self.flagged = {self.resolve[m] for (m,) in rows if m in self.resolve}

    def _load_activity(self):
        days = {}
        acts = self.db.execute(
            "SELECT m.member_id, m.sent_at FROM message m JOIN channel c ON c.id = m.channel_id "
            "WHERE c.community_id = ?1 AND m.is_service = 0 AND m.member_id IS NOT NULL "
            "UNION ALL SELECT rm.member_id, rm.reacted_at FROM reaction_member rm "
            "JOIN reaction r ON r.id = rm.reaction_id JOIN message m ON m.id = r.message_id "
            "JOIN channel c ON c.id = m.channel_id WHERE c.community_id = ?1 "
            "AND rm.reacted_at IS NOT NULL", (self.community,))
        for member_id, ts in acts:
            who = self.resolve.get(member_id)
            if who is not None:
                days.setdefault(who, set()).add(self.local(ts).toordinal())
        self.active_days = {m: sorted(d) for m, d in days.items()}

    def segments_on(self, day):
        """member id -> segment at the end of local day `day`."""
        r = self.rules
        end = self.end_of(day)
        d = day.toordinal()
        out = {}
        for mid, (first, join, left, _status) in self.members.items():
            if first >= end:
                continue
            join_day = self.local(join).toordinal()
            left_day = self.local(left).toordinal() if 0 < left < end else 0
            days = self.active_days.get(mid, [])
            upto = bisect.bisect_right(days, d)
            last_active = days[upto - 1] if upto > 0 else 0
            in_window = upto - bisect.bisect_right(days, d - r["window_days"])
            if left_day > 0 and join_day <= left_day <= d:
                seg = "churned"
            elif max(last_active, join_day) <= d - r["churn_days"]:
                seg = "churned"
            elif join_day > d - r["newcomer_days"]:
                seg = "newcomer"
            elif in_window >= r["active_min_days"]:
                seg = "active"
            elif in_window >= 1:
                seg = "occasional"
            else:
                seg = "silent"
            out[mid] = seg
        return out


def counts(segs):
    c = {s: 0 for s in SEGMENTS}
    for s in segs.values():
        c[s] += 1
    return c


class Checker:
    def __init__(self):
        self.ok = 0
        self.bad = 0

    def check(self, what, mine, theirs, quiet=False):
        good = mine == theirs
        if good:
            self.ok += 1
        else:
            self.bad += 1
        if not good or not quiet:
            print("%-8s %-48s python %-8s kindred %s" % (
                "OK" if good else "MISMATCH", what, mine, theirs))
        return good


def run_json(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--kindred", default="/work/build/app/kindred")
    ap.add_argument("--from", dest="date_from")
    ap.add_argument("--to", dest="date_to")
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--month", help="month printed cell by cell (YYYY-MM); default: the last")
    ap.add_argument("--stats-json", help="read `kindred stats --json` output from this file")
    ap.add_argument("--segments-json", help="read `kindred segments --flow --json` from this file")
    a = ap.parse_args()

    period = []
    if a.date_from:
        period += ["--from", a.date_from]
    if a.date_to:
        period += ["--to", a.date_to]
    if a.stats_json:
        with open(a.stats_json, encoding="utf-8") as f:
            stats = json.load(f)
    else:
        stats = run_json([a.kindred, "stats", "--workspace", a.workspace, "--json"] + period)
    if a.segments_json:
        with open(a.segments_json, encoding="utf-8") as f:
            seg = json.load(f)
    else:
        seg = run_json([a.kindred, "segments", "--workspace", a.workspace, "--flow", "--months",
                        str(a.months), "--json"] + period)

    ws = Workspace(a.workspace)
    c = Checker()
    print("workspace %s, timezone %s, rules %s, %d members" % (
        a.workspace, ws.tz, json.dumps(ws.rules), len(ws.members)))

    # 1. `kindred stats --json`: segment counts at the end of its period.
    to = dt.date.fromisoformat(stats["to"])
    mine = counts(ws.segments_on(to))
    print("\n[kindred stats] segments at the end of %s .. %s" % (stats["from"], stats["to"]))
    for s in SEGMENTS:
        c.check("stats %s" % s, mine[s], stats["segments"][s])
    # "members" of stats counts everyone ever seen (not only by the period's end).
    c.check("stats members (everyone seen)", len(ws.members), stats["members"])

    # 2. `kindred segments --json`: counts, previous period, change, overlays.
    c.check("segments rules", ws.rules, seg["rules"])
    f, t = dt.date.fromisoformat(seg["from"]), dt.date.fromisoformat(seg["to"])
    length = (t - f).days + 1
    prev_to = f - dt.timedelta(days=1)
    prev_from = prev_to - dt.timedelta(days=length - 1)
    print("\n[kindred segments] %s .. %s against %s .. %s" % (f, t, prev_from, prev_to))
    c.check("previous period", "%s..%s" % (prev_from, prev_to),
            "%s..%s" % (seg["previous_from"], seg["previous_to"]))
    now = ws.segments_on(t)
    before = ws.segments_on(prev_to)
    cur, prev = counts(now), counts(before)
    for s in SEGMENTS:
        k = seg["segments"][s]
        c.check("%s count" % s, cur[s], k["count"])
        c.check("%s previous" % s, prev[s], k["previous"])
        c.check("%s change" % s, cur[s] - prev[s], k["change"])
        pct = None if prev[s] == 0 else round((cur[s] - prev[s]) * 100.0 / prev[s], 2)
        c.check("%s change %%" % s, pct, k["change_pct"])
        for status in ("banned", "muted"):
            n = sum(1 for m, sg in now.items() if sg == s and ws.members[m][3] == status)
            c.check("%s %s" % (s, status), n, k[status])
        n = sum(1 for m, sg in now.items() if sg == s and m in ws.flagged)
        c.check("%s flagged" % s, n, k.get("flagged"))
    c.check("members at the end", sum(cur.values()), seg["members"])
    c.check("members at the end of the previous period", sum(prev.values()),
            seg["previous_members"])

    # 3. The flow, month by month.
    flow = seg.get("flow", [])
    if not flow:
        print("\n(no flow in the JSON)")
    detail = a.month or (flow[-1]["month"] if flow else None)
    print("\n[kindred segments --flow] %d months; cells of %s in full" % (len(flow), detail))
    origins = ["new"] + SEGMENTS
    for month in flow:
        first = dt.date.fromisoformat(month["month"] + "-01")
        before_day = first - dt.timedelta(days=1)
        nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        after_day = min(nxt - dt.timedelta(days=1), t)
        c.check("%s evaluated on" % month["month"], "%s -> %s" % (before_day, after_day),
                "%s -> %s" % (month["before"], month["after"]), quiet=True)
        seg_before, seg_after = ws.segments_on(before_day), ws.segments_on(after_day)
        cells = {(o, s): 0 for o in origins for s in SEGMENTS}
        for mid, s in seg_after.items():
            cells[(seg_before.get(mid, "new"), s)] += 1
        quiet = month["month"] != detail
        bad_before = c.bad
        for o in origins:
            for s in SEGMENTS:
                c.check("%s %s -> %s" % (month["month"], o, s), cells[(o, s)],
                        month["matrix"][o][s], quiet=quiet)
        # Sums: rows = counts at the end of M-1 (+ new), columns = counts at the end of M.
        cb, ca = counts(seg_before), counts(seg_after)
        for s in SEGMENTS:
            c.check("%s row sum %s" % (month["month"], s),
                    sum(cells[(s, x)] for x in SEGMENTS), cb[s], quiet=quiet)
            c.check("%s column sum %s" % (month["month"], s),
                    sum(cells[(o, s)] for o in origins), ca[s], quiet=quiet)
            c.check("%s counts_after %s" % (month["month"], s), ca[s],
                    month["counts_after"][s], quiet=quiet)
        c.check("%s new members" % month["month"], sum(cells[("new", x)] for x in SEGMENTS),
                month["new_members"], quiet=quiet)
        if quiet:
            print("%-8s %s: 30 cells, sums and counts (%d -> %d members, %d new)" % (
                "OK" if c.bad == bad_before else "MISMATCH", month["month"],
                sum(cb.values()), sum(ca.values()), month["new_members"]))

    print("\n%d OK, %d MISMATCH" % (c.ok, c.bad))
    return 1 if c.bad else 0


if __name__ == "__main__":
    sys.exit(main())
