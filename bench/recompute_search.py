#!/usr/bin/env python3
"""Recomputes `kindred search` results with Python's sqlite3 alone (no FTS5 query).

An independent check of core/search/MessageSearch.cpp (issue 6 item 3). Definitions, as in
MessageSearch.h:
  terms     the query split at white space (str.split(): Unicode spaces, U+3000 included),
            duplicates removed;
  match     a chat message (is_service = 0) whose text contains every term as a substring,
            case-insensitively (Python's str.lower(); Kindred folds Unicode case for terms of 3+
            characters and ASCII case for shorter ones: equal on ASCII and on Chinese);
  order     with at least one term of 3+ code points: SQLite FTS5's bm25 (k1 = 1.2, b = 0.75)
            over the terms of 3+ code points, recomputed here from the texts: every message
            row (service and empty rows too) is a document of max(0, n - 2) trigrams; a term's
            frequency in a row = its occurrences, overlapping ones included; nHit = rows
            containing the term; idf = ln((N - nHit + 0.5) / (nHit + 0.5)), 1e-6 when <= 0;
            rank = -sum idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * D / avgD)); ascending,
            then newest first, then highest id; with only shorter terms: newest first.
For every query it runs `kindred search --workspace W --json --limit 1000 -- QUERY` and prints
OK or MISMATCH for the total, the hits (ids, in order) and the ranks; exit status 1 on any
mismatch.

Usage: bench/recompute_search.py --workspace W --kindred build/app/kindred [--query Q]...
"""
import argparse
import json
import math
import sqlite3
import subprocess
import sys

DEFAULT_QUERIES = [
    "所有权", "借用检查", "Rust 学习", "RUST", "打卡", "学习 曲线", "rust 打卡 day",
    "'); DROP TABLE message;--", '"', '"Rust', "a OR b", "NEAR(Rust", "text:Rust", "*",
    "%", "_", "col:x", "NOT", "😮",
]
LIMIT = 1000


def occurrences(haystack, needle):
    n, i = 0, haystack.find(needle)
    while i >= 0:
        n += 1
        i = haystack.find(needle, i + 1)
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--kindred", required=True)
    ap.add_argument("--query", action="append")
    a = ap.parse_args()

    db = sqlite3.connect(a.workspace)
    rows = db.execute("SELECT id, sent_at, is_service, text FROM message").fetchall()
    folded = {rid: text.lower() for rid, _, _, text in rows}
    chat = [(rid, sent) for rid, sent, service, _ in rows if not service]
    n_rows = len(rows)
    length = {rid: max(0, len(text) - 2) for rid, _, _, text in rows}
    avgdl = sum(length.values()) / n_rows if n_rows else 0.0

    bad = 0
    for query in a.query or DEFAULT_QUERIES:
        terms = []
        for t in query.split():
            if t not in terms:
                terms.append(t)
        low = [t.lower() for t in terms]
        matches = [(rid, sent) for rid, sent in chat if all(t in folded[rid] for t in low)]
        indexed = [t for t in low if len(t) >= 3]
        rank = {}
        if indexed:
            idf = []
            for t in indexed:
                n_hit = sum(1 for rid in folded if t in folded[rid])
                v = math.log((n_rows - n_hit + 0.5) / (n_hit + 0.5))
                idf.append(v if v > 0 else 1e-6)
            for rid, _ in matches:
                score = 0.0
                for t, w in zip(indexed, idf):
                    f = occurrences(folded[rid], t)
                    score += w * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * length[rid] / avgdl))
                rank[rid] = -score
            expected = sorted(matches, key=lambda m: (rank[m[0]], -m[1], -m[0]))
        else:
            expected = sorted(matches, key=lambda m: (-m[1], -m[0]))
        expected_ids = [m[0] for m in expected[:LIMIT]]

        out = subprocess.run([a.kindred, "search", "--workspace", a.workspace, "--json",
                              "--limit", str(LIMIT), "--", query],
                             capture_output=True, text=True)
        if out.returncode != 0:
            print("MISMATCH %-28r kindred failed: %s" % (query, out.stderr.strip()))
            bad += 1
            continue
        got = json.loads(out.stdout)
        got_ids = [h["message_id"] for h in got["hits"]]
        checks = [("total", got["total"] == len(matches), "%d vs %d" % (got["total"], len(matches)))]
        # Ties in rank (equal texts) may be ordered either way only if sent_at and id tie too,
        # which cannot happen: the order is total.
        same_ids = got_ids == expected_ids
        if not same_ids and indexed:
            # Floating-point ties: accept when the ranks agree and only equal ranks swapped.
            same_ids = (sorted(got_ids) == sorted(expected_ids) and all(
                abs(rank[x] - rank[y]) < 1e-9 for x, y in zip(got_ids, expected_ids)))
        checks.append(("hits", same_ids, "%d listed" % len(got_ids)))
        worst = 0.0
        for h in got["hits"]:
            want = rank.get(h["message_id"], 0.0)
            worst = max(worst, abs(h["rank"] - want) / max(1.0, abs(want)))
        checks.append(("rank", worst < 1e-9, "max rel. diff %.1e" % worst))
        for name, ok, detail in checks:
            print("%-8s %-30r %-5s %s" % ("OK" if ok else "MISMATCH", query, name, detail))
            bad += not ok
    print("%d mismatches" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
