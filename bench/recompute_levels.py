#!/usr/bin/env python3
"""Recomputes member levels and the contribution leaderboard of a workspace with sqlite3 alone.

An independent check of core/analytics/Levels.cpp and ContributionScore.cpp (PRODUCT.md §3):
its own SQL, its own date arithmetic (zoneinfo) and its own text classifiers, none of
Kindred's C++. Definitions, as documented in Levels.h and ContributionScore.h:
  members     member rows that are not bots or the exporting account, not merged into another
              (a merged row counts for its survivor, earliest first sighting), seen by the end
              of the day (first_seen < end);
  active day  a non-service message, or a reaction with a time, on a local day;
  messages    non-service messages of members (bots resolved away), in the community;
  knowledge   long post (>= long_post_chars code points), link (http:// or https://, ASCII
              case-insensitive), code (``` ; `x` on one line; a line starting with four spaces
              or a tab then a non-blank), or an attachment;
  contribution  a reply or a knowledge post (once);
  weight      message_weight * non-reply messages + reply_weight * replies + reaction_weight *
              reactions given (reactions on non-service messages, with a time), last 30 days;
  levels      earned e(d) by the rules of Levels.h; held L(d) = e(d) on a month's last day,
              else max(e(previous month end), ..., e(d));
  Q(x)        k1 * interactions share + k2 * content share + k3 * knowledge share over the
              period; points and badges replayed from the first message (ContributionScore.h).

Runs `kindred levels --workspace W [--from D] [--to D] --top N --json` and prints OK or
MISMATCH for each figure: member count, level counts, every member's level, each month of the
moved up/held/down table, the totals, and each top-N leaderboard row (member, Q, the three
shares, points, points in all, badges). Exit status 1 on any mismatch.

With --compare-json it reads that JSON from a file instead (the --from/--to/--top it was made
with are taken from the file).

Usage: bench/recompute_levels.py --workspace W --kindred build/app/kindred [--from D] [--to D]
                                 [--top 20]
       bench/recompute_levels.py --workspace W --compare-json levels.json
"""
import argparse
import bisect
import datetime as dt
import json
import math
import sqlite3
import subprocess
import sys
import zoneinfo
from collections import defaultdict

LEVEL_KEYS = ["exploring", "participating", "contributing", "leading"]
LEVEL_DEFAULTS = {
    "week_active_days": 2, "weeks": 2, "month_active_days": 4,
    "contributing_active_days": 7, "contributing_contributions": 10,
    "leading_active_days": 30, "leading_top_percent": 5,
    "message_weight": 1.0, "reply_weight": 2.0, "reaction_weight": 0.5,
    "participating_weight": 10.0, "contributing_weight": 60.0, "leading_weight": 300.0,
}
CONTRIBUTION_DEFAULTS = {
    "k1": 0.3, "k2": 0.3, "k3": 0.4, "long_post_chars": 280, "points_per_message": 1,
    "cooldown_secs": 60, "min_message_chars": 5, "points_per_replier": 2,
    "points_per_reactor": 1,
}


def load_rules(db, prefix, defaults):
    """Stored settings over the defaults (types as the defaults'). No range check: the
    comparison uses the rules the CLI reports, this only fills them for a workspace."""
    rules = dict(defaults)
    for key, value in db.execute("SELECT key, value FROM setting WHERE key LIKE ?",
                                 (prefix + "/%",)):
        name = key.split("/", 1)[1]
        if name in rules:
            try:
                rules[name] = type(defaults[name])(float(value))
            except ValueError:
                pass
    return rules


def load_members(db, community):
    """Survivor id -> first_seen; member row id -> survivor id; survivor id -> name."""
    rows = db.execute(
        "SELECT id, coalesce(first_seen, 0), coalesce(merged_into, 0), display_name "
        "FROM member WHERE community_id = ? AND is_bot = 0 AND is_self = 0", (community,)
    ).fetchall()
    merged = {r[0]: r[2] for r in rows if r[2] > 0}

    def root(i):
        for _ in range(32):
            if i not in merged:
                break
            i = merged[i]
        return i

    first = {r[0]: r[1] for r in rows if r[0] not in merged}
    for rid, seen, _, _ in rows:
        s = root(rid)
        if rid in merged and s in first and seen > 0:
            first[s] = seen if first[s] == 0 else min(first[s], seen)
    members = {i: v for i, v in first.items() if v > 0}
    resolve = {r[0]: root(r[0]) for r in rows if root(r[0]) in members}
    names = {r[0]: r[3] for r in rows if r[0] in members}
    return members, resolve, names


def ascii_lower(text):
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def has_code(text):
    if "```" in text:
        return True
    for line in text.split("\n"):
        rest = None
        if line.startswith("    "):
            rest = line[4:]
        elif line.startswith("\t"):
            rest = line[1:]
        if rest is not None and any(c not in " \t\r" for c in rest):
            return True
        state = 0
        for c in line:
            if state == 0 and c == "`":
                state = 1
            elif state == 1:
                state = 1 if c == "`" else 2
            elif state == 2 and c == "`":
                return True
    return False


def knowledge_flags(text, attachment, long_chars):
    flags = 0
    if len(text) >= long_chars:
        flags |= 1
    if "http" in text.lower() or "HTTP" in text.upper():
        low = ascii_lower(text)
        if "http://" in low or "https://" in low:
            flags |= 2
    if has_code(text):
        flags |= 4
    if attachment:
        flags |= 8
    return flags


class Workspace:
    def __init__(self, path):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.community, tz = self.db.execute(
            "SELECT id, timezone FROM community ORDER BY id LIMIT 1").fetchone()
        self.tz = zoneinfo.ZoneInfo(tz)
        self.members, self.resolve, self.names = load_members(self.db, self.community)
        self.level_rules = load_rules(self.db, "levels", LEVEL_DEFAULTS)
        self.contribution_rules = load_rules(self.db, "contribution", CONTRIBUTION_DEFAULTS)
        self._day_cache = {}

    def day(self, secs):
        """Local date ordinal of UTC seconds (cached per hour: offsets change on hours)."""
        hour = secs // 3600
        off = self._day_cache.get(hour)
        if off is None:
            off = int(dt.datetime.fromtimestamp(hour * 3600, self.tz).utcoffset().total_seconds())
            self._day_cache[hour] = off
        return (dt.date(1970, 1, 1) + dt.timedelta(seconds=secs + off)).toordinal()

    def start_of(self, date):
        """UTC seconds of local midnight starting `date`."""
        return int(dt.datetime(date.year, date.month, date.day, tzinfo=self.tz).timestamp())

    def seen_by(self, date):
        end = self.start_of(date + dt.timedelta(days=1))
        return {m for m, first in self.members.items() if first < end}

    def messages(self, end):
        """(member, sent_at, is_reply, text, attachment, target id, target author, question)."""
        return self.db.execute(
            "SELECT m.member_id, m.sent_at, m.reply_to_external_id IS NOT NULL, m.text, "
            "coalesce(m.attachment_kind, '') <> '', t.id, t.member_id, t.text "
            "FROM message m JOIN channel c ON c.id = m.channel_id "
            "LEFT JOIN message t ON t.channel_id = m.channel_id AND "
            "t.external_id = m.reply_to_external_id AND t.is_service = 0 "
            "WHERE c.community_id = ? AND m.is_service = 0 AND m.member_id IS NOT NULL "
            "AND m.sent_at < ? ORDER BY m.sent_at, m.id", (self.community, end)).fetchall()

    def reactions(self, end, service_too=False):
        """(reactor, reacted_at, message id, author) of reactions with a time."""
        service = "" if service_too else "AND m.is_service = 0 "
        return self.db.execute(
            "SELECT rm.member_id, rm.reacted_at, m.id, m.member_id FROM reaction_member rm "
            "JOIN reaction r ON r.id = rm.reaction_id JOIN message m ON m.id = r.message_id "
            "JOIN channel c ON c.id = m.channel_id WHERE c.community_id = ? "
            + service + "AND rm.reacted_at IS NOT NULL AND rm.reacted_at < ? "
            "ORDER BY rm.reacted_at, m.id, rm.member_id", (self.community, end)).fetchall()


class Levels:
    """Per member and local day: active, non-reply messages, replies, contributions, reactions."""

    def __init__(self, ws, to_date):
        self.ws = ws
        self.rules = ws.level_rules
        end = ws.start_of(to_date + dt.timedelta(days=1))
        long_chars = ws.contribution_rules["long_post_chars"]
        self.days = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0, 0]))
        for member, sent, is_reply, text, att, *_ in ws.messages(end):
            m = ws.resolve.get(member)
            if m is None:
                continue
            row = self.days[m][ws.day(sent)]
            row[0] = 1
            if is_reply:
                row[2] += 1
                row[3] += 1
            else:
                row[1] += 1
                if knowledge_flags(text, att, long_chars):
                    row[3] += 1
        for reactor, at, _, _ in ws.reactions(end, service_too=True):
            m = ws.resolve.get(reactor)
            if m is not None:
                self.days[m][ws.day(at)][0] = 1
        for reactor, at, _, _ in ws.reactions(end):
            m = ws.resolve.get(reactor)
            if m is not None:
                self.days[m][ws.day(at)][4] += 1
        self.top_cache = {}
        # Sorted days and prefix sums per member, for window sums by bisection.
        self.sorted_days = {}
        self.prefix = {}
        for m, rows in self.days.items():
            days = sorted(rows)
            sums = [[0] * 5]
            for d in days:
                sums.append([a + b for a, b in zip(sums[-1], rows[d])])
            self.sorted_days[m] = days
            self.prefix[m] = sums

    def window(self, member, day, length, index):
        """Sum of column `index` over the local days (day - length, day]."""
        days = self.sorted_days.get(member)
        if not days:
            return 0
        lo = bisect.bisect_right(days, day - length)
        hi = bisect.bisect_right(days, day)
        return self.prefix[member][hi][index] - self.prefix[member][lo][index]

    def top_threshold(self, day):
        if day not in self.top_cache:
            counts = sorted((c for c in (self.window(m, day, 90, 3) for m in self.days) if c > 0),
                            reverse=True)
            k = max(1, math.ceil(len(counts) * self.rules["leading_top_percent"] / 100))
            self.top_cache[day] = counts[k - 1] if counts else 0
        return self.top_cache[day]

    def earned(self, member, day):
        r = self.rules
        if member not in self.days:
            return 1
        act30 = self.window(member, day, 30, 0)
        act90 = self.window(member, day, 90, 0)
        con30 = self.window(member, day, 30, 3)
        con90 = self.window(member, day, 90, 3)
        weight = (r["message_weight"] * self.window(member, day, 30, 1)
                  + r["reply_weight"] * self.window(member, day, 30, 2)
                  + r["reaction_weight"] * self.window(member, day, 30, 4))
        weeks = min(self.window(member, day - 7 * w, 7, 0) for w in range(r["weeks"]))
        top = self.top_threshold(day)
        if act90 >= r["leading_active_days"] and top > 0 and con90 >= top:
            return 4
        if r["leading_weight"] > 0 and weight >= r["leading_weight"]:
            return 4
        if act30 >= r["contributing_active_days"] and con30 >= r["contributing_contributions"]:
            return 3
        if r["contributing_weight"] > 0 and weight >= r["contributing_weight"]:
            return 3
        if weeks >= r["week_active_days"] or act30 >= r["month_active_days"]:
            return 2
        if r["participating_weight"] > 0 and weight >= r["participating_weight"]:
            return 2
        return 1

    def held(self, date):
        """member -> held level at the end of `date` (members seen by then)."""
        d = date.toordinal()
        month_end = (date + dt.timedelta(days=1)).day == 1
        review = date.replace(day=1).toordinal() - 1
        out = {}
        for m in self.ws.seen_by(date):
            if month_end or m not in self.days:
                out[m] = self.earned(m, d)
            else:
                out[m] = max(self.earned(m, t) for t in range(review, d + 1))
        return out

    def monthly(self, from_date, to_date):
        rows = []
        month = from_date.replace(day=1)
        previous = self.held(month - dt.timedelta(days=1))
        while month <= to_date:
            nxt = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            end = min(nxt - dt.timedelta(days=1), to_date)
            current = self.held(end)
            both = [m for m in current if m in previous]
            up = sum(1 for m in both if current[m] > previous[m])
            down = sum(1 for m in both if current[m] < previous[m])
            rows.append({"month": month.strftime("%Y-%m"), "members_in_both": len(both),
                         "up": up, "held": len(both) - up - down, "down": down})
            previous = current
            month = nxt
        return rows


def leaderboard(ws, from_date, to_date):
    rules = ws.contribution_rules
    start = ws.start_of(from_date)
    end = ws.start_of(to_date + dt.timedelta(days=1))
    pop = ws.seen_by(to_date)
    row = {m: {"replies": 0, "reactions": 0, "messages": 0, "knowledge": 0, "points": 0,
               "points_total": 0, "badges": []} for m in pop}
    replies_total = defaultdict(int)
    last_award = {}
    first_link, first_code = set(), set()
    repliers, reactors = set(), set()
    helper = defaultdict(int)
    date_of = lambda secs: dt.date.fromordinal(ws.day(secs))
    for member, sent, is_reply, text, att, tid, tauthor, ttext in ws.messages(end):
        a = ws.resolve.get(member)
        if a not in row:
            continue
        r = row[a]
        in_period = sent >= start
        flags = knowledge_flags(text, att, rules["long_post_chars"])
        date = date_of(sent)
        if in_period:
            r["messages"] += 1
            r["knowledge"] += 1 if flags else 0
            r["replies"] += 1 if is_reply else 0
        if flags & 2 and a not in first_link:
            first_link.add(a)
            r["badges"].append(("first_link", date))
        if flags & 4 and a not in first_code:
            first_code.add(a)
            r["badges"].append(("first_code", date))
        if is_reply:
            replies_total[a] += 1
            if replies_total[a] == 1:
                r["badges"].append(("first_reply", date))
            if replies_total[a] == 100:
                r["badges"].append(("replies_100", date))
            t = ws.resolve.get(tauthor) if tid is not None else None
            if t in row and t != a:
                if (tid, a) not in repliers:
                    repliers.add((tid, a))
                    row[t]["points_total"] += rules["points_per_replier"]
                    if in_period:
                        row[t]["points"] += rules["points_per_replier"]
                if "?" in ttext or "\uff1f" in ttext:
                    helper[(date.replace(day=1), a)] += 1
        if len(text) >= rules["min_message_chars"] and (
                a not in last_award or sent - last_award[a] >= rules["cooldown_secs"]):
            last_award[a] = sent
            r["points_total"] += rules["points_per_message"]
            if in_period:
                r["points"] += rules["points_per_message"]
    for reactor, at, mid, author in ws.reactions(end):
        x = ws.resolve.get(reactor)
        if x not in row:
            continue
        in_period = at >= start
        if in_period:
            row[x]["reactions"] += 1
        t = ws.resolve.get(author)
        if t not in row or t == x or (mid, x) in reactors:
            continue
        reactors.add((mid, x))
        row[t]["points_total"] += rules["points_per_reactor"]
        if in_period:
            row[t]["points"] += rules["points_per_reactor"]
    # 30-day streaks over active days (messages, reactions with a time, service included).
    active = defaultdict(set)
    for member, sent, *_ in ws.messages(end):
        if ws.resolve.get(member) in row:
            active[ws.resolve[member]].add(ws.day(sent))
    for reactor, at, _, _ in ws.reactions(end, service_too=True):
        if ws.resolve.get(reactor) in row:
            active[ws.resolve[reactor]].add(ws.day(at))
    for m, days in active.items():
        run, last = 0, None
        for d in sorted(days):
            run = run + 1 if last == d - 1 else 1
            last = d
            if run == 30:
                row[m]["badges"].append(("streak_30", dt.date.fromordinal(d)))
                break
    best = defaultdict(int)
    for (month, _), n in helper.items():
        best[month] = max(best[month], n)
    for (month, m), n in helper.items():
        last_day = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) \
            - dt.timedelta(days=1)
        if last_day <= to_date and n == best[month]:
            row[m]["badges"].append(("helper_of_month", last_day))
    totals = {"interactions": sum(r["replies"] + r["reactions"] for r in row.values()),
              "messages": sum(r["messages"] for r in row.values()),
              "knowledge": sum(r["knowledge"] for r in row.values())}
    k = rules
    share = lambda part, total: part / total if total else 0.0
    for r in row.values():
        r["interaction_share"] = share(r["replies"] + r["reactions"], totals["interactions"])
        r["content_share"] = share(r["messages"], totals["messages"])
        r["knowledge_share"] = share(r["knowledge"], totals["knowledge"])
        r["q"] = (k["k1"] * r["interaction_share"] + k["k2"] * r["content_share"]
                  + k["k3"] * r["knowledge_share"])
        r["badges"].sort(key=lambda b: b[1])
    ranked = sorted(row.items(), key=lambda kv: (-kv[1]["q"], -kv[1]["points"], kv[0]))
    return ranked, totals


class Checker:
    def __init__(self):
        self.failures = 0

    def check(self, label, ours, theirs, close=False):
        ok = math.isclose(ours, theirs, abs_tol=1e-5) if close else ours == theirs
        if not ok:
            self.failures += 1
        print(f"{'OK' if ok else 'MISMATCH'}  {label}: recomputed {ours}, kindred {theirs}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workspace", required=True)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--kindred", help="path of the kindred executable")
    src.add_argument("--compare-json", help="the output of `kindred levels --json`, saved")
    ap.add_argument("--from", dest="from_", help="YYYY-MM-DD")
    ap.add_argument("--to", help="YYYY-MM-DD")
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()

    if args.compare_json:
        with open(args.compare_json, encoding="utf-8") as f:
            cli = json.load(f)
    else:
        cmd = [args.kindred, "levels", "--workspace", args.workspace, "--json",
               "--top", str(args.top)]
        if args.from_:
            cmd += ["--from", args.from_]
        if args.to:
            cmd += ["--to", args.to]
        cli = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    from_date = dt.date.fromisoformat(cli["from"])
    to_date = dt.date.fromisoformat(cli["to"])
    ws = Workspace(args.workspace)
    print(f"{cli['community']}: levels on {to_date}, leaderboard {from_date}..{to_date}, "
          f"timezone {cli['timezone']}")
    c = Checker()

    levels = Levels(ws, to_date)
    held = levels.held(to_date)
    c.check("members", len(held), cli["members"])
    for i, key in enumerate(LEVEL_KEYS):
        c.check(f"level count {key}", sum(1 for v in held.values() if v == i + 1),
                cli["level_counts"][key])
    theirs = {int(k): v for k, v in cli["member_levels"].items()}
    wrong = sorted(m for m in set(held) | set(theirs) if held.get(m) != theirs.get(m))
    c.check("members whose level differs", len(wrong), 0)
    for m in wrong[:5]:
        print(f"    member {m}: recomputed {held.get(m)}, kindred {theirs.get(m)}")
    months = levels.monthly(from_date, to_date)
    c.check("months", len(months), len(cli["monthly"]))
    for ours, kin in zip(months, cli["monthly"]):
        c.check(f"month {ours['month']} members/up/held/down",
                (ours["month"], ours["members_in_both"], ours["up"], ours["held"], ours["down"]),
                (kin["month"], kin["members_in_both"], kin["up"], kin["held"], kin["down"]))

    ranked, totals = leaderboard(ws, from_date, to_date)
    for key in ("interactions", "messages", "knowledge"):
        c.check(f"total {key}", totals[key], cli["totals"][key])
    for i, kin in enumerate(cli["leaderboard"]):
        if i >= len(ranked):
            c.check(f"rank {i + 1} exists", False, True)
            continue
        m, r = ranked[i]
        c.check(f"#{i + 1} member", m, kin["member_id"])
        c.check(f"#{i + 1} Q", round(r["q"], 6), kin["q"], close=True)
        for key in ("interaction_share", "content_share", "knowledge_share"):
            c.check(f"#{i + 1} {key}", round(r[key], 6), kin[key], close=True)
        c.check(f"#{i + 1} points / in all", (r["points"], r["points_total"]),
                (kin["points"], kin["points_total"]))
        c.check(f"#{i + 1} badges",
                [(b, d.isoformat()) for b, d in r["badges"]],
                [(b["badge"], b["date"]) for b in kin["badges"]])
    print(f"{'all figures match' if c.failures == 0 else f'{c.failures} mismatches'}")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
