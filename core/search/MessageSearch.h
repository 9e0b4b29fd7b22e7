#pragma once
// Full-text search over chat messages (issue 6 item 3), on the FTS5 trigram index message_fts
// (schema migration 6, kept in step by core/search/SearchIndex.h and triggers).
//
// Query language: none, on purpose. The user's text is split at white space into terms; a
// message matches when its text contains EVERY term as a substring (case-insensitive). Quotes,
// FTS5 operators (AND OR NOT NEAR * ^ : ( )), column filters and SQL are searched as the
// literal characters they are: each term of three characters or more is passed to MATCH as an
// FTS5 string ("..." with inner quotes doubled), never as query syntax, and every value is a
// bound parameter.
//
// Terms shorter than three characters (Unicode code points) cannot use the trigram index
// (a trigram needs three): they are matched with `text LIKE '%term%' ESCAPE '\'` (% and _
// escaped) on the rows the other terms and the filters leave, i.e. a scan of the filtered
// messages when every term is short. LIKE folds ASCII letters only, the index folds Unicode
// case: "ß"-style folds of one- and two-character terms are not matched.
//
// Only chat messages are searched (is_service = 0). Results carry the member after merges
// (the surviving member, MemberMerger), and are ordered by relevance, bm25 (lowest first, as
// SQLite's bm25() returns it: more negative = better), then newest first; when every term is
// short there is no relevance and the order is newest first.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace kindred {

class Database;

/// Which messages a search looks at.
struct SearchFilter
{
    QList<qint64> channelIds; ///< channel.id values; empty = every channel
    qint64 memberId = 0;      ///< member.id (with the rows merged into it); 0 = anyone
    qint64 fromUtc = 0;       ///< sent_at >= fromUtc (UTC seconds); 0 = no lower bound
    qint64 toUtc = 0;         ///< sent_at < toUtc (UTC seconds, exclusive); 0 = no upper bound
    int limit = 50;           ///< hits returned (clamped to 1..1000)
    int offset = 0;           ///< hits skipped (paging), >= 0
};

/// One message that matched.
struct SearchHit
{
    qint64 messageId = 0;
    qint64 memberId = 0; ///< the surviving member (after merges); 0 when the author is unknown
    QString memberName;
    qint64 channelId = 0;
    QString channelName;
    qint64 sentAt = 0; ///< UTC seconds
    /// A window of at most MessageSearch::kSnippetLength characters of the text around the
    /// first match (whole text when short; "…" marks a cut; line breaks shown as spaces).
    QString snippet;
    /// The matches inside snippet: (start, length) in QString (UTF-16) units, sorted, disjoint.
    QList<QPair<int, int>> highlights;
    /// bm25 of the message for the indexed terms (more negative = more relevant); 0 when every
    /// term was short (LIKE fallback).
    double rank = 0;

    /// The snippet with `open` / `close` around every highlight (e.g. "[", "]").
    QString markedSnippet(const QString &open, const QString &close) const;
};

/// One message of a hit's surroundings (MessageSearch::context).
struct SearchContextLine
{
    qint64 messageId = 0;
    qint64 sentAt = 0;  ///< UTC seconds
    QString memberName; ///< display name of the author row ("" when unknown)
    QString text;
    bool isHit = false; ///< the message asked for
};

struct SearchResults
{
    QStringList terms; ///< the terms searched (MessageSearch::terms of the text)
    QList<SearchHit> hits;
    qint64 total = 0;       ///< all matches for the filter, ignoring limit/offset
    bool usedIndex = false; ///< at least one term went through the FTS5 index
};

class MessageSearch final
{
public:
    static constexpr int kSnippetLength = 160;
    static constexpr int kMinIndexedLength = 3; ///< trigram: shorter terms use LIKE

    explicit MessageSearch(Database &db) : m_db(db) {}

    /// The terms of a user query: split at white space (Unicode, ideographic space included),
    /// duplicates removed, order kept. "" or white space only gives no terms.
    static QStringList terms(const QString &text);
    /// The FTS5 MATCH expression for the indexed terms (those of kMinIndexedLength code points
    /// or more): each as an FTS5 string with `"` doubled, joined by spaces (implicit AND);
    /// "" when no term is long enough.
    static QString matchExpression(const QStringList &terms);
    /// `%term%` for LIKE ... ESCAPE '\' with \, % and _ escaped.
    static QString likePattern(const QString &term);
    /// Snippet and highlights of `text` for `terms` (case-insensitive), as in SearchHit.
    static void makeSnippet(const QString &text, const QStringList &terms, QString *snippet,
                            QList<QPair<int, int>> *highlights);

    /// Searches chat messages for `text` within `filter`. No terms gives no hits (not an
    /// error). False with a translated message on a database error (e.g. a workspace without
    /// the search index).
    bool query(const QString &text, const SearchFilter &filter, SearchResults *out,
               QString *error) const;

    /// The chat messages around `messageId` in its channel, oldest first: up to `before`
    /// earlier ones, the message itself (isHit), up to `after` later ones (by sent_at, then id).
    /// False with a translated message when the message does not exist or on a database error.
    bool context(qint64 messageId, int before, int after, QList<SearchContextLine> *out,
                 QString *error) const;
    /// The timezone of the workspace's community (UTC when unset or unknown): dates given by
    /// the user (filters) are local days of this zone.
    static QTimeZone communityZone(Database &db);

private:
    Database &m_db;
};

} // namespace kindred
