#!/usr/bin/env python3
"""Recomputes the moderation flag rules with Python's sqlite3 alone and compares the result
with the flag table that Kindred's FlagEngine wrote (core/moderation/FlagEngine.cpp).

An independent check: its own SQL and its own implementation of each rule with the default
thresholds of core/moderation/FlagRules.h (the workspace must not store other rule settings;
the script says so when it does). Definitions, per surviving member (member.merged_into
followed), bots and the exporting account (is_bot / is_self on the member or its survivor)
excluded, chat messages only (is_service = 0), sorted by (sent_at, id):
  flood          message i is "hot" when more than N=8 messages j <= i have
                 sent_at(i) - sent_at(j) <= M=30; a flag on the first message of every run of
                 consecutive hot messages;
  link_spam      a message with a link (http(s)://, www., bare t.me/ telegram.me/ discord.gg/
                 chat.whatsapp.com/) whose host is not an allowed domain or a subdomain of
                 one, sent less than D=3 days after min(joined_at, first message) or among the
                 member's first K=5 chat messages;
  blocked_word   an English word not next to a Latin letter, digit or "_" (case-insensitive),
                 or a Chinese word anywhere;
  repeated_text  texts equal after case-folding and collapsing whitespace, >= L=20 characters;
                 in a window of H=24 h, >= C=2 distinct channels: a flag on the message that
                 first reaches C channels, again only after the count dropped below C;
  mass_mention   >= X=5 distinct @names (not after a letter/digit/"."/"@") or <@id> mentions.
Flags are compared by (rule, dedup key = platform:channel external id:message external id);
flood and repeated_text by burst: each burst holds a stored flag and no stored flag is outside
a burst (a burst is flagged once, on its first hot message when imported at once).
Lengths are counted in UTF-16 code units, as Qt does.

Usage: recompute_flags.py WORKSPACE.kindred     Prints OK / MISMATCH per rule; exit 1 on any
mismatch.
"""
import bisect
import re
import sqlite3
import sys
from collections import defaultdict
from urllib.parse import urlsplit

N, M = 8, 30
D, K = 3, 5
L, C, H = 20, 2, 24
X = 5
ALLOWED = ["github.com", "gitlab.com", "gitee.com", "stackoverflow.com", "wikipedia.org",
           "readthedocs.io", "mozilla.org", "python.org", "go.dev", "golang.org",
           "rust-lang.org", "docs.rs", "crates.io", "course.rs", "tokio.rs", "postgresql.org",
           "sqlite.org", "mysql.com", "redis.io", "docker.com", "kubernetes.io", "git-scm.com",
           "mit.edu", "arxiv.org", "leetcode.com", "leetcode.cn"]
WORDS_EN = ["casino", "viagra", "porn", "escort", "free crypto", "airdrop"]
WORDS_ZH = ["代开发票", "刷单", "博彩", "网赌", "色情", "裸聊", "套现"]

LATIN = "A-Za-z0-9_\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
EN = [re.compile("(?<![%s])%s(?![%s])" % (LATIN, re.escape(w).replace("\\ ", "\\s+"), LATIN),
                 re.IGNORECASE) for w in WORDS_EN]
LINK = re.compile(r"(?:https?://|www\.|(?<![\w.])(?:t\.me|telegram\.me|discord\.gg|"
                  r"chat\.whatsapp\.com)/)[^\s<>\"'`，。、）)】\]]+", re.IGNORECASE)
MENTION = re.compile(r"(?<![\w.@])@(\w(?:[\w.]*\w)?)|<@!?(\d+)>")


def u16len(s):
    return len(s.encode("utf-16-le")) // 2


def host_of(link):
    s = link if "://" in link else "http://" + link
    try:
        h = (urlsplit(s).hostname or "").lower()
    except ValueError:
        return ""
    return h[4:] if h.startswith("www.") else h


def has_bad_link(text):
    for m in LINK.finditer(text):
        h = host_of(m.group(0))
        if h and not any(h == d or h.endswith("." + d) for d in ALLOWED):
            return True
    return False


def mentions(text):
    names = set()
    for m in MENTION.finditer(text):
        names.add(m.group(1).casefold() if m.group(1) else "<@" + m.group(2))
    return len(names)


def main(path):
    db = sqlite3.connect(path)
    custom = db.execute("SELECT count(*) FROM setting WHERE key LIKE 'moderation/%'").fetchone()[0]
    if custom:
        print("note: the workspace stores %d moderation settings; this script checks the "
              "defaults only" % custom)
    info, merged = {}, {}
    for mid, excl, into, joined in db.execute(
            "SELECT id, is_bot OR is_self, merged_into, joined_at FROM member"):
        info[mid] = (bool(excl), joined or 0)
        if into:
            merged[mid] = into

    def survivor(mid):
        hops = 0
        while mid in merged and hops < 64:
            mid, hops = merged[mid], hops + 1
        return mid

    groups = defaultdict(list)
    for row in db.execute(
            "SELECT m.id, m.member_id, m.channel_id, c.platform, c.external_id, m.external_id, "
            "m.sent_at, m.text FROM message m JOIN channel c ON c.id = m.channel_id "
            "WHERE m.is_service = 0 AND m.member_id IS NOT NULL"):
        mid = row[1]
        s = survivor(mid)
        if info.get(mid, (False, 0))[0] or info.get(s, (False, 0))[0]:
            continue
        groups[s].append((row[6], row[0], row[2], "%s:%s:%s" % (row[3], row[4], row[5]),
                          row[7]))
    expected = defaultdict(set)
    clusters = defaultdict(list)  # flood bursts / repeated-text clusters: sets of keys
    for s, msgs in groups.items():
        msgs.sort()
        times = [m[0] for m in msgs]
        # flood: every run of hot messages, with the messages of their windows
        burst = None
        for i, t in enumerate(times):
            lo = bisect.bisect_left(times, t - M)
            if i + 1 - lo > N:
                if burst is None:
                    burst = set(m[3] for m in msgs[lo:i])
                    expected["flood"].add(msgs[i][3])
                burst.add(msgs[i][3])
            elif burst is not None:
                clusters["flood"].append(burst)
                burst = None
        if burst is not None:
            clusters["flood"].append(burst)
        # link spam, blocked words, mentions
        joins = [info[m][1] for m in info if survivor(m) == s and info[m][1] > 0] \
            if any(survivor(m) == s and m != s for m in merged) else \
            ([info[s][1]] if info.get(s, (False, 0))[1] > 0 else [])
        anchor = min([times[0]] + joins)
        for rank, (t, _, _, key, text) in enumerate(msgs):
            if not text:
                continue
            if (t - anchor < D * 86400 or rank < K) and has_bad_link(text):
                expected["link_spam"].add(key)
            if any(p.search(text) for p in EN) or any(w in text for w in WORDS_ZH):
                expected["blocked_word"].add(key)
            if mentions(text) >= X:
                expected["mass_mention"].add(key)
        # repeated text
        by_text = defaultdict(list)
        for t, _, ch, key, text in msgs:
            norm = " ".join(text.casefold().split())
            if u16len(norm) >= L:
                by_text[norm].append((t, ch, key))
        for posts in by_text.values():
            cluster = None
            for b, (t, _, key) in enumerate(posts):
                window = [(ch, k) for (tt, ch, k) in posts[:b + 1] if t - tt <= H * 3600]
                if len({ch for ch, _ in window}) >= C:
                    if cluster is None:
                        cluster = set(k for _, k in window)
                        expected["repeated_text"].add(key)
                    cluster.add(key)
                elif cluster is not None:
                    clusters["repeated_text"].append(cluster)
                    cluster = None
            if cluster is not None:
                clusters["repeated_text"].append(cluster)

    stored = defaultdict(set)
    for rule, key in db.execute("SELECT rule, dedup_key FROM flag WHERE rule <> 'member_report'"):
        stored[rule].add(key)
    reports = db.execute("SELECT count(*) FROM member_report r JOIN member m ON "
                         "m.id = r.reported_member_id WHERE NOT (m.is_bot OR m.is_self)").fetchone()[0]
    report_flags = db.execute("SELECT count(*) FROM flag WHERE rule = 'member_report'").fetchone()[0]
    ok = True
    for rule in ["flood", "repeated_text"]:
        # Incremental imports may have flagged a burst on a message that is no longer its first
        # (FlagEngine flags a burst once): every burst needs one stored flag inside it, and
        # every stored flag must be inside a burst.
        s, cl = stored[rule], clusters[rule]
        unflagged = [c for c in cl if not c & s]
        inside = set().union(*cl) if cl else set()
        stray = s - inside
        if not unflagged and not stray:
            print("OK        %-14s %d flags, %d bursts/clusters recomputed (%d flagged on their "
                  "first message)" % (rule, len(s), len(cl), len(s & expected[rule])))
        else:
            ok = False
            print("MISMATCH  %-14s %d bursts without a flag, %d stored flags outside any: %s"
                  % (rule, len(unflagged), len(stray), sorted(stray)[:5]))
    for rule in ["link_spam", "blocked_word", "mass_mention"]:
        e, s = expected[rule], stored[rule]
        if e == s:
            print("OK        %-14s %d flags" % (rule, len(s)))
        else:
            ok = False
            print("MISMATCH  %-14s recomputed %d, stored %d; only recomputed: %s; only stored: %s"
                  % (rule, len(e), len(s), sorted(e - s)[:5], sorted(s - e)[:5]))
    if reports == report_flags:
        print("OK        %-14s %d flags (one per report of a non-bot member)" %
              ("member_report", report_flags))
    else:
        ok = False
        print("MISMATCH  member_report  reports %d, flags %d" % (reports, report_flags))
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
