#pragma once
// Content insights of a period beyond the top posts of Rankings (issue 6 item 1, PRODUCT.md §3):
// top threads, top shared links and domains, and the essence (精华) posts of the knowledge base.
//
// Posts: the non-service messages of non-bot authors sent in the period [start, end) (UTC
// seconds, the period's local days), restricted to the source's channel filter.
//
// Threads. The root of a message is, in its channel, the message named by thread_external_id
// when that message exists, else the top of its reply chain (reply_to_external_id followed until
// a message that replies to nothing or to a message not in the workspace; cycles stop at the
// first repeat). Ancestors may lie outside the period. A thread of the period = a root that is a
// post of the period together with the posts of the period whose root it is; only threads with
// at least one reply are listed. Breakdown: posts (root + replies), replies = posts − 1,
// participants = distinct authors (after merges), reactions = Σ reactions on its posts.
// Score = Σ Rankings::score(post) over its posts (each post: w_r·reactions + w_p·direct
// replies + w_f·forwards, aged at the period's end), so a thread ranks by everything it carried.
//
// Links. A link is an http(s) URL in a post's text: it ends at whitespace, <>"', CJK
// characters or full-width punctuation; trailing .,;:!?'" and an unbalanced ) ] } are not part
// of it. The link key is the URL with scheme and host lower-cased, "www." stripped from the host
// and a trailing "/" removed; the domain is that host without port or user info. A post
// naming the same link twice shares it once. Link count = posts sharing it; domain count = posts
// sharing at least one link of the domain, with its distinct links.
//
// Essence. A mark (table essence, migration 7) records a message, who marked it (free text
// actor name), when (UTC seconds) and a note. Candidates = the top `topN` posts of the period by
// score (Rankings::topContent, score > 0) that are not marked, best first.
//
// Errors: the query functions return what they could read (empty on SQL errors); mark/unmark
// and exportMarkdown return false with a translated message.

#include "AnalyticsSource.h"
#include "Rankings.h"

#include <QList>
#include <QStringList>

namespace kindred {

struct ThreadRanking
{
    qint64 rootId = 0; ///< message.id of the root post
    QString channel;
    QString author; ///< the root's author
    qint64 authorId = 0;
    qint64 startedAt = 0;  ///< UTC seconds of the root
    qint64 lastPostAt = 0; ///< UTC seconds of the last post of the period
    QString text;          ///< the root's text
    qint64 posts = 0;
    qint64 replies = 0; ///< posts − 1
    qint64 participants = 0;
    qint64 reactions = 0;
    double score = 0;
};

struct LinkRanking
{
    QString key;    ///< normalized URL (see the header comment), or the domain for domains
    QString domain; ///< host, lower case, without "www."
    qint64 count = 0;
    qint64 sharers = 0;       ///< distinct members (after merges)
    qint64 distinctLinks = 0; ///< domains only
    qint64 firstSharedAt = 0; ///< UTC seconds
    qint64 lastSharedAt = 0;
    qint64 exampleMessageId = 0; ///< the first post sharing it
    QString exampleText;
};

struct EssencePost
{
    qint64 messageId = 0;
    QString channel;
    QString author;
    qint64 authorId = 0;
    qint64 sentAt = 0; ///< UTC seconds
    QString text;
    qint64 markedAt = 0; ///< UTC seconds
    QString markedBy;
    QString note;
    qint64 reactions = 0;
    qint64 replies = 0;
};

class ContentInsights final
{
public:
    static constexpr int kDefaultCandidates = 20;

    explicit ContentInsights(const AnalyticsSource &source);

    QList<ThreadRanking> topThreads(const Period &period, const ContentWeights &w, int limit) const;
    QList<LinkRanking> topLinks(const Period &period, int limit) const;
    QList<LinkRanking> topDomains(const Period &period, int limit) const;

    /// All marked posts, newest post first.
    QList<EssencePost> essencePosts() const;
    /// The top `topN` posts of the period by score that are not marked, best first.
    QList<ContentRanking> candidates(const Period &period, const ContentWeights &w,
                                     int topN = kDefaultCandidates) const;

    /// Marks (or re-marks, replacing actor, time and note) a non-service message, in one
    /// transaction. `now` = UTC seconds (0 = the current time).
    static bool mark(Database &db, qint64 messageId, const QString &actor, const QString &note,
                     QString *error, qint64 now = 0);
    /// Removes a mark; false when the message is not marked.
    static bool unmark(Database &db, qint64 messageId, QString *error);
    static bool isMarked(Database &db, qint64 messageId);

    /// The essence posts as Markdown: a title, then one "## YYYY-MM" section per local month
    /// (oldest first) with one "### channel · author · date" entry per post: the note, the text,
    /// the thread's replies (chronological, all time) and the links. Times in the community's
    /// timezone.
    QString essenceMarkdown() const;
    /// Writes essenceMarkdown() to `path` (UTF-8, no BOM). Returns false with error.
    bool exportMarkdown(const QString &path, QString *error) const;

    /// The links of one text in order of appearance, normalized, without duplicates.
    static QStringList extractLinks(const QString &text);
    /// The domain of a normalized link ("" when none).
    static QString domainOf(const QString &link);

private:
    const AnalyticsSource &m_source;
};

} // namespace kindred
