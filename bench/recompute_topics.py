#!/usr/bin/env python3
"""Independent recomputation of `kindred topics` (core/analytics/Topics.h) from a token dump.

ICU segmentation is not reproducible in the Python stdlib, so the tokens/keyphrases come from
`kindred topics --dump-tokens FILE`; everything else is recomputed here:
  * the message ids of the current and previous period, straight from the SQLite workspace
    (non-service, non-empty chat messages, bots and the exporting account excluded, period
    bounds = local midnights in the community's timezone, previous period of equal length);
  * count, df, idf = ln((N+1)/(df+1))+1, weight = count*idf, expected = count'*T/T',
    rising = weight*ln((count+1)/(expected+1)), change, the ranking (rising, weight desc, term)
    with minCount 2 and 200 keywords / 100 keyphrases, and the weekly document series.
Usage: recompute_topics.py WORKSPACE TOPICS.json TOKENS.jsonl   (exit 1 on any MISMATCH)
"""
import datetime as dt
import json
import math
import sqlite3
import sys
from zoneinfo import ZoneInfo

MIN_COUNT, MAX_KEYWORDS, MAX_PHRASES, REL = 2, 200, 100, 1e-9
UNIX_EPOCH_JD = 2440588
mismatches = 0
oks = 0


def report(ok, what, detail=""):
    global mismatches, oks
    if ok:
        oks += 1
    else:
        mismatches += 1
    if not ok or detail:
        print(("OK       " if ok else "MISMATCH ") + what + (("  " + detail) if detail else ""))


def close(a, b):
    return a == b or abs(a - b) <= REL * max(abs(a), abs(b), 1e-300)


def main():
    ws, json_path, dump_path = sys.argv[1:4]
    js = json.load(open(json_path, encoding="utf-8"))
    frm = dt.date.fromisoformat(js["from"])
    to = dt.date.fromisoformat(js["to"])
    days = (to - frm).days + 1
    pfrm, pto = frm - dt.timedelta(days=days), frm - dt.timedelta(days=1)
    report(js["previous_from"] == pfrm.isoformat() and js["previous_to"] == pto.isoformat(),
           "previous period", f"{pfrm}..{pto} vs json {js['previous_from']}..{js['previous_to']}")

    db = sqlite3.connect(ws)
    cid, tzname = db.execute("SELECT id, timezone FROM community ORDER BY id LIMIT 1").fetchone()
    tz = ZoneInfo(tzname) if tzname else dt.timezone.utc

    def midnight(d):  # UTC seconds of local 00:00
        return int(dt.datetime(d.year, d.month, d.day, tzinfo=tz).timestamp())

    def julian_day(t):
        off = dt.datetime.fromtimestamp(t, tz).utcoffset().total_seconds()
        return (t + int(off)) // 86400 + UNIX_EPOCH_JD

    def ids_of(a, b):
        rows = db.execute(
            "SELECT m.id FROM message m JOIN channel ch ON ch.id = m.channel_id "
            "LEFT JOIN member mb ON mb.id = m.member_id WHERE ch.community_id = ? "
            "AND m.is_service = 0 AND coalesce(m.text, '') <> '' AND coalesce(mb.is_bot, 0) = 0 "
            "AND coalesce(mb.is_self, 0) = 0 AND m.sent_at >= ? AND m.sent_at < ?",
            (cid, midnight(a), midnight(b + dt.timedelta(days=1))))
        return {r[0] for r in rows}

    dump = [json.loads(l) for l in open(dump_path, encoding="utf-8") if l.strip()]
    for label, (a, b) in (("current", (frm, to)), ("previous", (pfrm, pto))):
        want = ids_of(a, b)
        got = {d["id"] for d in dump if d["period"] == label}
        report(want == got, f"message ids {label} {a}..{b}",
               f"sql {len(want)}, dump {len(got)}, only sql {sorted(want - got)[:5]}, "
               f"only dump {sorted(got - want)[:5]}")

    first_day = dt.date.toordinal(pfrm) + 1721425
    last_day = dt.date.toordinal(to) + 1721425
    weeks = (days * 2 + 6) // 7
    week_starts = [dt.date.fromordinal(max(first_day, last_day - 7 * (weeks - w) + 1) - 1721425)
                   .isoformat() for w in range(weeks)]
    report(week_starts == js["week_starts"], "week_starts", f"{weeks} buckets")

    totals = {}
    for kind, key, limit in (("keywords", "tokens", MAX_KEYWORDS),
                             ("keyphrases", "phrases", MAX_PHRASES)):
        tally = {}
        n = {"current": 0, "previous": 0}
        total = {"current": 0, "previous": 0}
        for d in dump:
            if not d["tokens"]:
                continue  # not a document
            n[d["period"]] += 1
            total[d["period"]] += len(d[key])
            day = julian_day(d["sent_at"])
            week = weeks - 1 - (last_day - day) // 7 if first_day <= day <= last_day else -1
            seen = set()
            for t in d[key]:
                x = tally.setdefault(t, {"current": [0, 0], "previous": [0, 0],
                                         "weekly": [0] * weeks})
                first = t not in seen
                seen.add(t)
                x[d["period"]][0] += 1
                x[d["period"]][1] += first
                if first and 0 <= week < weeks:
                    x["weekly"][week] += 1
        N, T, Tp = n["current"], total["current"], total["previous"]
        totals[key] = (T, Tp)
        terms = []
        for t, x in tally.items():
            c, df = x["current"]
            if c < MIN_COUNT:
                continue
            cp = x["previous"][0]
            idf = math.log((N + 1) / (df + 1)) + 1.0
            weight = c * idf
            expected = cp * T / Tp if Tp > 0 else 0.0
            rising = weight * math.log((c + 1.0) / (expected + 1.0))
            terms.append(dict(term=t, count=c, docs=df, previous_count=cp,
                              previous_docs=x["previous"][1], change=c - cp, idf=idf,
                              weight=weight, expected=expected, rising=rising,
                              weekly=x["weekly"]))
        terms.sort(key=lambda e: (-e["rising"], -e["weight"], e["term"].encode("utf-16-be")))
        terms = terms[:limit]
        listed = js[kind]
        report([e["term"] for e in terms] == [e["term"] for e in listed], f"{kind} rank order",
               f"{len(listed)} listed, recomputed {len(terms)}")
        mine = {e["term"]: e for e in terms}
        bad = 0
        for e in listed:
            m = mine.get(e["term"])
            if m is None:
                report(False, f"{kind} '{e['term']}'", "not in the recomputed list")
                bad += 1
                continue
            for f in ("count", "docs", "previous_count", "previous_docs", "change", "weekly"):
                if m[f] != e[f]:
                    report(False, f"{kind} '{e['term']}' {f}", f"{m[f]} vs json {e[f]}")
                    bad += 1
            for f in ("idf", "weight", "expected", "rising"):
                if not close(m[f], e[f]):
                    report(False, f"{kind} '{e['term']}' {f}", f"{m[f]!r} vs json {e[f]!r}")
                    bad += 1
        if not bad:
            report(True, f"{kind}: all {len(listed)} terms",
                   "count, docs, previous_count, change, weekly exact; idf, weight, expected, "
                   "rising within 1e-9")
        if listed:
            top = terms[0]
            print(f"         top {kind[:-1]} '{top['term']}': count {top['count']} prev "
                  f"{top['previous_count']} df {top['docs']} idf {top['idf']:.6f} expected "
                  f"{top['expected']:.4f} rising {top['rising']:.6f}")
        if kind == "keywords":
            report(N == js["documents"] and n["previous"] == js["previous_documents"],
                   "documents", f"{N}/{n['previous']} vs json "
                   f"{js['documents']}/{js['previous_documents']}")
    report(totals["tokens"] == (js["tokens"], js["previous_tokens"]), "tokens T/T'",
           f"{totals['tokens']}")
    report(totals["phrases"] == (js["phrases"], js["previous_phrases"]), "phrases",
           f"{totals['phrases']}")
    print(f"SUMMARY {js['from']}..{js['to']}: {oks} OK, {mismatches} MISMATCH")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
