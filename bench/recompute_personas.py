#!/usr/bin/env python3
"""Recomputes the personas and the prediction figures of a workspace with Python's sqlite3 alone.

An independent check of core/analytics/MemberFeatures.cpp, Personas.cpp, KMeans.cpp (silhouette)
and ActivityPrediction.cpp (held-out error, labels): its own SQL, its own date arithmetic
(zoneinfo), its own link/code rules, none of Kindred's C++. It does not re-run k-means or the
regressions (their results depend on seeds and solvers); it checks everything that follows
from the data and the reported assignment / predictions:

personas (`kindred personas --workspace W --json --dump-features [--from D --to D]`)
  population  members (not bots, not the exporting account, merged rows counted for their
              survivor, seen at least once) present in the period: presence from the earlier of
              the join and the first sighting, until they left;
  features    per member: messages in [start, end) (non-service), presence days P, messages per
              week = messages / (max(P, min(7, D)) / 7), reply share (reply_to set), reactions
              per message (sum of reaction counts), link/code share (http(s)://, www., ```,
              `inline`, code lines), night share (00:00-05:59 local), tenure days;
  scale       log(1 + x) of the log-scaled features, then population mean and SD;
  clusters    sizes sum to the members, every member in exactly one persona, persona centroids
              (original units and z) = the means of their members, each member nearest to its
              own centroid (k-means fixed point), the chosen k has the highest silhouette;
  silhouette  Rousseeuw's mean silhouette of the reported assignment, exact (n <= 3,000).
predict (`kindred predict --workspace W --json --evaluation`)
  held-out    MAE, RMSE, baseline MAE/RMSE, AUC (Mann-Whitney, ties half), baseline AUC,
              log-loss, accuracy, majority accuracy from the evaluation rows;
  labels      every evaluation member's active days in (C2, C2 + 30] from SQLite (active =
              non-service message or timed reaction), churned = none, days since last active,
              and the evaluation / training population sizes and churn counts;
  at risk     the at-risk count = members with churn probability >= the threshold.

Prints OK or MISMATCH per figure; exit status 1 on any mismatch.

Usage: bench/recompute_personas.py --workspace W --kindred build/app/kindred [--from D --to D]
       bench/recompute_personas.py --workspace W --personas-json F --predict-json F
"""
import argparse
import datetime as dt
import json
import math
import re
import sqlite3
import subprocess
import sys
import zoneinfo

FEATURES = ["messages_per_week", "reply_share", "reactions_per_message", "link_code_share",
            "night_share", "tenure_days"]
IDENT = r"[A-Za-z0-9_]"
LINK = re.compile(r"https?://|(?<![A-Za-z0-9_])www\.", re.IGNORECASE)
INLINE = re.compile(r"`[^`][^\n]*`")
SCOPE = re.compile(IDENT + "::" + IDENT)
CODE_STARTS = ("#include", "def ", "fn ", "func ", "import ", "$ ")


def link_or_code(text):
    """PRODUCT.md §3 personas: a link, a code fence, inline code or a code-looking line."""
    if not text:
        return False
    if LINK.search(text) or "```" in text or ":=" in text or SCOPE.search(text):
        return True
    for line in text.split("\n"):
        t = line.strip(" \t\r")
        if not t:
            continue
        if t[-1] in ";{}" or t.startswith(CODE_STARTS) or INLINE.search(t):
            return True
    return False


class Workspace:
    def __init__(self, path):
        self.db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        self.community, tzname = self.db.execute(
            "SELECT id, timezone FROM community ORDER BY id LIMIT 1").fetchone()
        try:
            self.tz = zoneinfo.ZoneInfo(tzname)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            self.tz = dt.timezone.utc
        self.load_members()

    def day(self, ts):
        return dt.datetime.fromtimestamp(ts, self.tz).date()

    def start_of(self, day):
        return int(dt.datetime(day.year, day.month, day.day, tzinfo=self.tz).timestamp())

    def load_members(self):
        rows = self.db.execute(
            "SELECT id, coalesce(first_seen, 0), coalesce(joined_at, 0), coalesce(left_at, 0), "
            "is_bot OR is_self, coalesce(merged_into, 0) FROM member WHERE community_id = ?",
            (self.community,)).fetchall()
        merged = {r[0]: r[5] for r in rows if r[5] > 0}

        def root(i):
            for _ in range(32):
                if i not in merged:
                    break
                i = merged[i]
            return i

        def earliest(a, b):
            return b if a == 0 else (a if b == 0 else min(a, b))

        facts = {r[0]: list(r[1:5]) for r in rows if r[0] not in merged}
        for rid, first, joined, left, _bot, _m in rows:
            s = facts.get(root(rid))
            if rid in merged and s is not None:
                s[0] = earliest(s[0], first)
                s[1] = earliest(s[1], joined)
                s[2] = max(s[2], left) if s[2] > 0 and left > 0 else 0
        # id -> (first_seen, joined_at, left_at) of the survivors that count as members
        self.members = {i: tuple(v[:3]) for i, v in facts.items() if not v[3] and v[0] > 0}
        self.resolve = {r[0]: root(r[0]) for r in rows if root(r[0]) in self.members}

    def features(self, first_day, last_day):
        start, end = self.start_of(first_day), self.start_of(last_day + dt.timedelta(days=1))
        period_days = (last_day - first_day).days + 1
        rows = {}
        for m, (first, joined, left) in self.members.items():
            present = min(joined, first) if joined > 0 else first
            if present >= end or (left > 0 and left <= start):
                continue
            lo = max(self.day(present), first_day)
            hi = min(self.day(left), last_day) if left > 0 else last_day
            tenure = max(0, (last_day - self.day(joined if joined > 0 else first)).days)
            rows[m] = {"presence": max(1, (hi - lo).days + 1), "tenure": tenure, "messages": 0,
                       "replies": 0, "links": 0, "night": 0, "reactions": 0}
        q = self.db.execute(
            "SELECT m.id, m.member_id, m.sent_at, m.reply_to_external_id IS NOT NULL, m.text "
            "FROM message m JOIN channel c ON c.id = m.channel_id WHERE c.community_id = ? "
            "AND m.is_service = 0 AND m.member_id IS NOT NULL AND m.sent_at >= ? AND m.sent_at < ?",
            (self.community, start, end))
        owner = {}
        for mid, member, ts, reply, text in q:
            r = rows.get(self.resolve.get(member))
            if r is None:
                continue
            owner[mid] = r
            r["messages"] += 1
            r["replies"] += reply
            r["links"] += link_or_code(text)
            r["night"] += dt.datetime.fromtimestamp(ts, self.tz).hour < 6
        for mid, count in self.db.execute("SELECT message_id, count FROM reaction"):
            r = owner.get(mid)
            if r is not None:
                r["reactions"] += count
        out = {}
        for m, r in rows.items():
            n = r["messages"]
            weeks = max(r["presence"], min(7, period_days)) / 7.0
            share = (lambda x: x / n) if n else (lambda x: 0.0)
            out[m] = {"messages": n, "presence": r["presence"],
                      "values": [n / weeks, share(r["replies"]), share(r["reactions"]),
                                 share(r["links"]), share(r["night"]), float(r["tenure"])]}
        return out

    def activity(self, first_day, last_day):
        """member -> set of local days with a non-service message or a timed reaction."""
        start, end = self.start_of(first_day), self.start_of(last_day + dt.timedelta(days=1))
        days = {}
        q = self.db.execute(
            "SELECT m.member_id, m.sent_at FROM message m JOIN channel c ON c.id = m.channel_id "
            "WHERE c.community_id = ?1 AND m.is_service = 0 AND m.member_id IS NOT NULL "
            "AND m.sent_at >= ?2 AND m.sent_at < ?3 "
            "UNION ALL SELECT rm.member_id, rm.reacted_at FROM reaction_member rm "
            "JOIN reaction r ON r.id = rm.reaction_id JOIN message m ON m.id = r.message_id "
            "JOIN channel c ON c.id = m.channel_id WHERE c.community_id = ?1 "
            "AND rm.reacted_at >= ?2 AND rm.reacted_at < ?3", (self.community, start, end))
        for member, ts in q:
            who = self.resolve.get(member)
            if who is not None:
                days.setdefault(who, set()).add(self.day(ts))
        return days


class Checker:
    def __init__(self, quiet):
        self.bad = 0
        self.quiet = quiet

    def check(self, what, mine, theirs, tol=None):
        if tol is None:
            ok = mine == theirs
        else:
            ok = (theirs is not None and mine is not None and
                  abs(mine - theirs) <= tol * max(1.0, abs(mine)))
        self.bad += not ok
        if not ok or not self.quiet:
            print("%s %s: python %s, kindred %s" % ("OK" if ok else "MISMATCH", what,
                                                      self.short(mine), self.short(theirs)))
        return ok


def _within(self, what, difference, tol):
    ok = difference <= tol
    self.bad += not ok
    if not ok or not self.quiet:
        print("%s %s: %.3g (tolerance %g)" % ("OK" if ok else "MISMATCH", what, difference, tol))
    return ok


Checker.within = _within


def _short(value):
    """A list as its length and first items (id lists run into thousands)."""
    if isinstance(value, list) and len(value) > 8:
        return "[%d items: %s, ...]" % (len(value), ", ".join(str(v) for v in value[:5]))
    return value


Checker.short = staticmethod(_short)


def silhouette(points, labels):
    """Rousseeuw's mean silhouette, exact."""
    k = max(labels) + 1
    members = [[i for i, l in enumerate(labels) if l == c] for c in range(k)]
    total = 0.0
    for i, p in enumerate(points):
        sums = [0.0] * k
        for c in range(k):
            sums[c] = sum(math.dist(p, points[j]) for j in members[c])
        own = labels[i]
        if len(members[own]) == 1:
            continue  # s = 0
        a = sums[own] / (len(members[own]) - 1)
        b = min(sums[c] / len(members[c]) for c in range(k) if c != own and members[c])
        total += (b - a) / max(a, b) if max(a, b) > 0 else 0.0
    return total / len(points)


def check_personas(ws, js, c):
    first, last = dt.date.fromisoformat(js["from"]), dt.date.fromisoformat(js["to"])
    mine = ws.features(first, last)
    keys = js["feature_keys"]
    c.check("feature keys", FEATURES, keys)
    dump = {r[0]: r for r in js["feature_rows"]}
    c.check("population (members present in %s..%s)" % (first, last), len(mine), len(dump))
    c.check("population ids", sorted(mine), sorted(dump))
    worst = [0.0] * len(FEATURES)
    off = {"messages": 0, "presence": 0}
    for m, f in mine.items():
        r = dump.get(m)
        if r is None:
            continue
        off["messages"] += f["messages"] != r[2]
        off["presence"] += f["presence"] != r[3]
        for j in range(len(FEATURES)):
            worst[j] = max(worst[j], abs(f["values"][j] - r[4][j]))
    c.check("members whose message count differs", 0, off["messages"])
    c.check("members whose presence days differ", 0, off["presence"])
    for j, key in enumerate(FEATURES):
        c.within("%s of every member (largest |python - kindred|)" % key, worst[j], 1e-9)

    # Scale and z-scores, from Kindred's dump (the clustering's input).
    ids = [r[0] for r in js["feature_rows"]]
    raw = [dump[i][4] for i in ids]
    logged = set(js["log_scaled"])
    scaled = [[math.log1p(v) if FEATURES[j] in logged else v for j, v in enumerate(row)]
              for row in raw]
    n = len(scaled)
    mean = [sum(row[j] for row in scaled) / n for j in range(len(FEATURES))]
    sd = [math.sqrt(sum((row[j] - mean[j]) ** 2 for row in scaled) / n)
          for j in range(len(FEATURES))]
    for j, key in enumerate(FEATURES):
        c.check("scale mean of %s" % key, mean[j], js["scale_mean"][key], 1e-5)
        c.check("scale SD of %s" % key, sd[j], js["scale_sd"][key], 1e-5)
        c.check("overall mean of %s" % key, sum(r[j] for r in raw) / n,
                js["overall_mean"][key], 1e-5)
    z = [[(row[j] - mean[j]) / sd[j] if sd[j] > 0 else 0.0 for j in range(len(FEATURES))]
         for row in scaled]

    personas = js["personas"]
    c.check("k = number of personas", js["k"], len(personas))
    c.check("sizes sum to the members clustered", sum(p["size"] for p in personas),
            js["members"])
    c.check("members clustered = feature rows", js["members"], n)
    label = {}
    twice = 0
    for ci, p in enumerate(personas):
        c.check("persona %s size = its member list" % p["key"], p["size"], len(p["members"]))
        for m in p["members"]:
            twice += m in label
            label[m] = ci
    c.check("members in two personas", 0, twice)
    c.check("members in no persona", 0, sum(1 for i in ids if i not in label))
    labels = [label.get(i, 0) for i in ids]
    for ci, p in enumerate(personas):
        rows = [k for k, l in enumerate(labels) if l == ci]
        for j, key in enumerate(FEATURES):
            c.check("persona %s centroid z %s" % (p["key"], key),
                    sum(z[k][j] for k in rows) / len(rows), p["centroid_z"][key], 1e-4)
            c.check("persona %s centroid %s" % (p["key"], key),
                    sum(raw[k][j] for k in rows) / len(rows), p["centroid"][key], 1e-4)
    centres = [[p["centroid_z"][key] for key in FEATURES] for p in personas]
    strays = 0
    for k, point in enumerate(z):
        d = [math.dist(point, ctr) for ctr in centres]
        strays += d[labels[k]] > min(d) + 1e-6
    c.check("members nearer to another persona's centre (k-means fixed point)", 0, strays)
    best = max(s["silhouette"] for s in js["scores"] if s["silhouette"] is not None)
    chosen = [s for s in js["scores"] if s["chosen"]]
    c.check("chosen k has the highest silhouette", best,
            chosen[0]["silhouette"] if chosen else None, 1e-12)
    if n <= 3000:
        c.check("silhouette of the reported assignment (exact, n = %d)" % n,
                silhouette(z, labels), js["silhouette"], 1e-5)
    else:
        print("SKIP silhouette: n = %d > 3000, Kindred samples 1,000 members" % n)


def mann_whitney_auc(scores, labels):
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2.0 + 1.0
        i = j + 1
    pos = sum(labels)
    neg = len(labels) - pos
    r = sum(ranks[i] for i in range(len(labels)) if labels[i])
    return (r - pos * (pos + 1) / 2.0) / (pos * neg)


def population(activity, ws, cutoff):
    """Members first seen by `cutoff`, not left by it, active in the 90 days up to it."""
    out = {}
    lo = cutoff - dt.timedelta(days=89)
    for m, (first, _joined, left) in ws.members.items():
        if ws.day(first) > cutoff or (left > 0 and ws.day(left) <= cutoff):
            continue
        days = [d for d in activity.get(m, ()) if lo <= d <= cutoff]
        if days:
            nxt = sum(1 for d in activity.get(m, ())
                      if cutoff < d <= cutoff + dt.timedelta(days=30))
            out[m] = ((cutoff - max(days)).days, nxt)
    return out


def check_predict(ws, js, c):
    if not js.get("ok"):
        print("predict: Kindred cannot model this workspace: %s" % js.get("error"))
        return
    cols = js["evaluation_columns"]
    ev = [dict(zip(cols, row)) for row in js["evaluation"]]
    h = js["held_out"]
    truth = [e["active_days_next"] for e in ev]
    pred = [e["predicted"] for e in ev]
    base = [e["baseline"] for e in ev]
    churned = [e["churned"] for e in ev]
    prob = [e["churn_probability"] for e in ev]
    n = len(ev)
    c.check("evaluation rows = eval window size", n, js["windows"]["eval"]["rows"])
    c.check("MAE", sum(abs(t - p) for t, p in zip(truth, pred)) / n, h["mae"], 1e-5)
    c.check("RMSE", math.sqrt(sum((t - p) ** 2 for t, p in zip(truth, pred)) / n), h["rmse"],
            1e-5)
    c.check("baseline MAE", sum(abs(t - b) for t, b in zip(truth, base)) / n, h["baseline_mae"],
            1e-5)
    c.check("baseline RMSE", math.sqrt(sum((t - b) ** 2 for t, b in zip(truth, base)) / n),
            h["baseline_rmse"], 1e-5)
    c.check("AUC", mann_whitney_auc(prob, churned), h["auc"], 1e-5)
    c.check("baseline AUC (days since last active)",
            mann_whitney_auc([e["days_since_active"] for e in ev], churned), h["baseline_auc"],
            1e-5)
    eps = 1e-15
    c.check("log-loss", -sum(y * math.log(min(max(p, eps), 1 - eps)) +
                             (1 - y) * math.log(1 - min(max(p, eps), 1 - eps))
                             for y, p in zip(churned, prob)) / n, h["log_loss"], 1e-5)
    c.check("accuracy at 0.5", sum((p >= 0.5) == bool(y) for y, p in zip(churned, prob)) / n,
            h["accuracy"], 1e-5)
    rate = sum(churned) / n
    c.check("majority accuracy", max(rate, 1 - rate), h["majority_accuracy"], 1e-5)

    # Labels and populations straight from SQLite.
    win = js["windows"]
    train_cut = dt.date.fromisoformat(win["train"]["cutoff"])
    eval_cut = dt.date.fromisoformat(win["eval"]["cutoff"])
    as_of = dt.date.fromisoformat(js["as_of"])
    activity = ws.activity(train_cut - dt.timedelta(days=89), as_of)
    for name, cut in (("train", train_cut), ("eval", eval_cut)):
        pop = population(activity, ws, cut)
        c.check("%s population at %s" % (name, cut), len(pop), win[name]["rows"])
        c.check("%s churned" % name, sum(1 for _s, a in pop.values() if a == 0),
                win[name]["churned"])
    pop = population(activity, ws, eval_cut)
    c.check("evaluation members = population at the eval cut-off", sorted(pop),
            sorted(e["member"] for e in ev))
    wrong = sum(1 for e in ev if pop.get(e["member"], (None, None))[1] != e["active_days_next"])
    c.check("evaluation labels (active days in the next 30) that differ", 0, wrong)
    wrong = sum(1 for e in ev if e["churned"] != (e["active_days_next"] == 0))
    c.check("churn labels that differ from active days = 0", 0, wrong)
    wrong = sum(1 for e in ev if pop.get(e["member"], (None, None))[0] != e["days_since_active"])
    c.check("days since last active that differ", 0, wrong)
    live = population(activity, ws, as_of)
    c.check("live population at %s" % as_of, len(live), win["live"]["rows"])
    c.check("live members predicted", sorted(live), sorted(m["id"] for m in js["members"]))
    t = js["threshold"]
    c.check("at risk (churn probability >= %s)" % t,
            sum(1 for m in js["members"] if m["churn_probability"] >= t), js["at_risk"])


def run_kindred(kindred, args):
    out = subprocess.run([kindred] + args, check=False, capture_output=True, text=True)
    if not out.stdout.strip():
        sys.exit("kindred %s failed: %s" % (" ".join(args), out.stderr.strip()))
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--kindred", help="path of the kindred executable")
    ap.add_argument("--from", dest="date_from")
    ap.add_argument("--to", dest="date_to")
    ap.add_argument("--personas-json", help="output of kindred personas --json --dump-features")
    ap.add_argument("--predict-json", help="output of kindred predict --json --evaluation")
    ap.add_argument("--quiet", action="store_true", help="print mismatches only")
    a = ap.parse_args()
    if not a.kindred and not (a.personas_json and a.predict_json):
        ap.error("give --kindred, or --personas-json and --predict-json")
    ws = Workspace(a.workspace)
    if a.personas_json:
        with open(a.personas_json, encoding="utf-8") as f:
            personas = json.load(f)
    else:
        extra = (["--from", a.date_from] if a.date_from else []) + \
                (["--to", a.date_to] if a.date_to else [])
        personas = run_kindred(a.kindred, ["personas", "--workspace", a.workspace, "--json",
                                           "--dump-features"] + extra)
    if a.predict_json:
        with open(a.predict_json, encoding="utf-8") as f:
            predict = json.load(f)
    else:
        predict = run_kindred(a.kindred, ["predict", "--workspace", a.workspace, "--json",
                                          "--evaluation"])
    c = Checker(a.quiet)
    print("personas %s..%s: k = %d, silhouette %.3f, %d members" % (
        personas["from"], personas["to"], personas["k"], personas["silhouette"],
        personas["members"]))
    check_personas(ws, personas, c)
    if predict.get("ok"):
        print("predict as of %s: MAE %.3f (baseline %.3f), AUC %.3f (baseline %.3f)" % (
            predict["as_of"], predict["held_out"]["mae"], predict["held_out"]["baseline_mae"],
            predict["held_out"]["auc"], predict["held_out"]["baseline_auc"]))
    check_predict(ws, predict, c)
    print("%d mismatch(es)" % c.bad)
    return 1 if c.bad else 0


if __name__ == "__main__":
    sys.exit(main())
