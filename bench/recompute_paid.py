#!/usr/bin/env python3
"""Recomputes the paid metrics with Python's sqlite3 alone and compares them with Kindred.

An independent check of core/analytics/PaidMetrics.cpp (PRODUCT.md §3 "Paid conversion ...
renewal rate ... revenue per month"): its own SQL and date arithmetic (zoneinfo), none of
Kindred's C++. Definitions (PaidMetrics.h):
  members      member rows that are not bots or "You", not merged into another (a merged row
               counts for its survivor, earliest first sighting), seen (first_seen) before the
               period's end E (local midnight after the last day);
  paid         a membership whose status is active, expired or cancelled (not trial/refunded);
  paying       members with a paid membership that covers E (started_at < E and expires_at NULL
               or >= E) or started in [S, E); conversion = paying / members;
  renewal      paid N renews paid M of the same (survivor) member when
               M.started_at < N.started_at <= M.expires_at + grace·86400 (grace from the
               setting "paid/grace_days", default 7);
  renewal rate paid memberships expiring in [S, E) (refunded ones left out) renewed / expiring;
               per local month of expires_at likewise;
  revenue      Σ amount_minor of paid memberships started in [S, E), per currency, and per
               (local month of started_at, plan, currency);
  trials       status trial started in [S, E); converted when a paid membership of the member
               starts in [trial start, (expires_at or started_at) + trial days·86400] (setting
               "paid/trial_conversion_days", default 30);
  refunds      status refunded started in [S, E): count and amount per currency;
  ARPPU        per currency: revenue / distinct members paying in that currency in [S, E).

Runs `kindred stats --json` and `kindred paid --json` for the default period (the 30 days ending
at the last message) and for --from/--to when given, plus `kindred paid --json` over the whole
membership history for the per-month tables, and prints OK or MISMATCH per figure. Exit status 1
on any mismatch.

Usage: bench/recompute_paid.py --workspace W [--kindred build/app/kindred] [--from D --to D]
"""
import argparse
import datetime as dt
import json
import subprocess
import sqlite3
import sys
import zoneinfo

DAY = 86400


class Workspace:
    def __init__(self, path):
        self.db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        self.community, tzname = self.db.execute(
            "SELECT id, timezone FROM community ORDER BY id LIMIT 1").fetchone()
        try:
            self.tz = zoneinfo.ZoneInfo(tzname)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            self.tz = dt.timezone.utc
        self.grace = self.setting_int("paid/grace_days", 7)
        self.trial_days = self.setting_int("paid/trial_conversion_days", 30)
        if not (0 <= self.grace <= 365 and 0 <= self.trial_days <= 365):
            self.grace, self.trial_days = 7, 30
        self._load_members()
        self._load_memberships()

    def setting_int(self, key, default):
        row = self.db.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        try:
            return int(row[0]) if row else default
        except ValueError:
            return default

    def local(self, ts):
        return dt.datetime.fromtimestamp(ts, self.tz).date()

    def start_of(self, day):
        return int(dt.datetime(day.year, day.month, day.day, tzinfo=self.tz).timestamp())

    def _load_members(self):
        rows = self.db.execute(
            "SELECT id, coalesce(first_seen, 0), coalesce(merged_into, 0), is_bot OR is_self "
            "FROM member WHERE community_id = ?", (self.community,)).fetchall()
        merged = {r[0]: r[2] for r in rows if r[2] > 0 and not r[3]}
        humans = {r[0]: r for r in rows if not r[3]}

        def root(i):
            for _ in range(32):
                if i not in merged:
                    break
                i = merged[i]
            return i

        first = {}
        for rid, fs, _m, _b in humans.values():
            r = root(rid)
            if r in humans and r not in merged and fs > 0:
                first[r] = fs if first.get(r, 0) == 0 else min(first[r], fs)
        self.first_seen = first  # survivor id -> first sighting (members only)
        self.root = {rid: root(rid) for rid in humans if root(rid) in first}

    def _load_memberships(self):
        self.ms = []
        for (mid, member, plan, amount, cur, start, exp, status) in self.db.execute(
                "SELECT ms.id, ms.member_id, coalesce(p.name, ''), ms.amount_minor, "
                "upper(ms.currency), ms.started_at, coalesce(ms.expires_at, 0), ms.status "
                "FROM membership ms LEFT JOIN plan p ON p.id = ms.plan_id "
                "WHERE ms.community_id = ?", (self.community,)):
            who = self.root.get(member, member)
            self.ms.append(dict(id=mid, member=who, plan=plan, amount=amount, cur=cur,
                                start=start, exp=exp, status=status,
                                seen=self.first_seen.get(who, 0) if member in self.root else 0))
        paid = [m for m in self.ms if m["status"] in ("active", "expired", "cancelled")]
        by_member = {}
        for m in paid:
            by_member.setdefault(m["member"], []).append(m)
        self.renewed_by = {}
        for lst in by_member.values():
            lst.sort(key=lambda m: (m["start"], m["id"]))
            for i, m in enumerate(lst):
                if m["exp"] == 0:
                    continue
                for n in lst[i + 1:]:
                    if n["start"] <= m["start"]:
                        continue
                    if n["start"] > m["exp"] + self.grace * DAY:
                        break
                    self.renewed_by[m["id"]] = n["id"]
                    break
        self.paid_by_member = by_member

    def report(self, first, last):
        s, e = self.start_of(first), self.start_of(last + dt.timedelta(days=1))
        members = sum(1 for fs in self.first_seen.values() if fs < e)
        paying = set()
        for m in self.ms:
            if m["status"] not in ("active", "expired", "cancelled"):
                continue
            covers = m["start"] < e and (m["exp"] == 0 or m["exp"] >= e)
            if (covers or s <= m["start"] < e) and 0 < m["seen"] < e:
                paying.add(m["member"])
        expiring = renewed = 0
        for m in self.ms:
            if m["status"] in ("trial", "refunded") or m["exp"] == 0:
                continue
            if s <= m["exp"] < e:
                expiring += 1
                renewed += m["id"] in self.renewed_by
        revenue, payers, refunds, refund_amount = {}, {}, 0, {}
        for m in self.ms:
            if not (s <= m["start"] < e) or m["status"] == "trial":
                continue
            if m["status"] == "refunded":
                refunds += 1
                refund_amount[m["cur"]] = refund_amount.get(m["cur"], 0) + m["amount"]
                continue
            revenue[m["cur"]] = revenue.get(m["cur"], 0) + m["amount"]
            payers.setdefault(m["cur"], set()).add(m["member"])
        trials = converted = 0
        for t in self.ms:
            if t["status"] != "trial" or not (s <= t["start"] < e):
                continue
            trials += 1
            end = (t["exp"] or t["start"]) + self.trial_days * DAY
            if any(t["start"] <= p["start"] <= end for p in self.paid_by_member.get(t["member"], [])):
                converted += 1
        return dict(members=members, paying_members=len(paying),
                    conversion_rate=round(len(paying) / members, 4) if members else 0.0,
                    renewal_expiring=expiring, renewal_renewed=renewed,
                    renewal_rate=round(renewed / expiring, 4) if expiring else 0.0,
                    revenue=revenue, refunds=refunds, refund_amount=refund_amount,
                    trials=trials, trials_converted=converted,
                    arppu={c: round(v / len(payers[c]), 2) for c, v in revenue.items()})

    def months(self, first, last):
        s, e = self.start_of(first), self.start_of(last + dt.timedelta(days=1))
        renew, cells = {}, {}
        for m in self.ms:
            if m["status"] == "trial":
                continue
            if m["status"] != "refunded" and m["exp"] and s <= m["exp"] < e:
                key = self.local(m["exp"]).strftime("%Y-%m")
                r = renew.setdefault(key, [0, 0])
                r[0] += 1
                r[1] += m["id"] in self.renewed_by
            if m["status"] != "refunded" and s <= m["start"] < e:
                key = (self.local(m["start"]).strftime("%Y-%m"), m["plan"], m["cur"])
                c = cells.setdefault(key, [0, 0])
                c[0] += m["amount"]
                c[1] += 1
        return renew, cells


def run(kindred, args):
    out = subprocess.run([kindred] + args, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--kindred", default="build/app/kindred")
    ap.add_argument("--from", dest="frm")
    ap.add_argument("--to")
    a = ap.parse_args()
    w = Workspace(a.workspace)
    bad = 0

    def check(label, mine, theirs):
        nonlocal bad
        ok = mine == theirs
        bad += not ok
        print("%-9s %-52s python %s  kindred %s" % ("OK" if ok else "MISMATCH", label,
                                                    json.dumps(mine, ensure_ascii=False),
                                                    json.dumps(theirs, ensure_ascii=False)))

    periods = [[]]
    if a.frm or a.to:
        periods.append((["--from", a.frm] if a.frm else []) + (["--to", a.to] if a.to else []))
    for extra in periods:
        stats = run(a.kindred, ["stats", "--workspace", a.workspace, "--json"] + extra)
        paid = run(a.kindred, ["paid", "--workspace", a.workspace, "--json"] + extra)
        first = dt.date.fromisoformat(stats["from"])
        last = dt.date.fromisoformat(stats["to"])
        r = w.report(first, last)
        print("period %s .. %s (grace %d days)" % (first, last, w.grace))
        sp = stats.get("paid", {})
        check("stats paid.paying_members", r["paying_members"], sp.get("paying_members"))
        check("stats paid.conversion_rate", r["conversion_rate"], sp.get("conversion_rate"))
        check("stats paid.renewal_rate", r["renewal_rate"], sp.get("renewal_rate"))
        check("stats paid.revenue", r["revenue"], sp.get("revenue"))
        check("paid members (at end)", r["members"], paid["members"])
        check("paid paying_members", r["paying_members"], paid["paying_members"])
        check("paid conversion_rate", r["conversion_rate"], paid["conversion_rate"])
        check("paid renewals expiring", r["renewal_expiring"], paid["renewals"]["expiring"])
        check("paid renewals renewed", r["renewal_renewed"], paid["renewals"]["renewed"])
        check("paid renewal_rate", r["renewal_rate"], paid["renewal_rate"])
        check("paid revenue", r["revenue"], paid["revenue"])
        check("paid trials started", r["trials"], paid["trials"]["started"])
        check("paid trials converted", r["trials_converted"], paid["trials"]["converted"])
        check("paid refunds count", r["refunds"], paid["refunds"]["count"])
        check("paid refunds amount", r["refund_amount"], paid["refunds"]["amount"])
        check("paid arppu", r["arppu"], paid["arppu"])

    # Per month over the whole membership history.
    starts = [m["start"] for m in w.ms]
    if starts:
        first = w.local(min(starts)).replace(day=1)
        stats = run(a.kindred, ["stats", "--workspace", a.workspace, "--json"])
        last = dt.date.fromisoformat(stats["to"])
        paid = run(a.kindred, ["paid", "--workspace", a.workspace, "--json", "--from",
                               first.isoformat(), "--to", last.isoformat()])
        renew, cells = w.months(first, last)
        print("per month %s .. %s" % (first, last))
        theirs_renew = {m["month"]: [m["expiring"], m["renewed"]] for m in paid["renewals_by_month"]
                        if m["expiring"] or m["renewed"]}
        for month in sorted(set(renew) | set(theirs_renew)):
            mine = renew.get(month, [0, 0])
            check("renewals %s expiring/renewed" % month, mine, theirs_renew.get(month))
        theirs_cells = {(c["month"], c["plan"], c["currency"]): [c["amount_minor"], c["memberships"]]
                        for c in paid["revenue_by_month"]}
        for key in sorted(set(cells) | set(theirs_cells)):
            check("revenue %s %s %s" % key, cells.get(key), theirs_cells.get(key))
        r = w.report(first, last)
        check("history paying_members", r["paying_members"], paid["paying_members"])
        check("history renewal_rate", r["renewal_rate"], paid["renewal_rate"])
        check("history revenue", r["revenue"], paid["revenue"])
    print("%s: %d mismatches" % ("FAILED" if bad else "ALL OK", bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
