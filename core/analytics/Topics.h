#pragma once
// Keywords, keyphrases and topic clusters of a period (PRODUCT.md §3, content ranking:
// keywords/topics per period). Words come from WordSegmenter (ICU, Chinese and English).
//
// A document is one chat message (is_service = 0, not from a bot or the exporting account
// ("You"), non-empty text) of the
// period, or of the previous period of equal length (Period::previous()). Only documents with
// at least one token count. For a term t (a token, or a keyphrase = adjacent-token bigram):
//
//   count(t)    occurrences of t in the period's documents; count'(t) in the previous period
//   df(t)       documents of the period containing t; N the period's documents
//   idf(t)      ln((N + 1) / (df(t) + 1)) + 1          (smoothed IDF, as scikit-learn's)
//   weight(t)   count(t) × idf(t)                      (TF-IDF of the period as one corpus)
//   expected(t) count'(t) × T / T'   where T, T' are the total token (for keyphrases: the total
//               keyphrase) occurrences of the period and of the previous period; 0 when T' = 0.
//               It is the count t would have if it kept its previous share of the words.
//   rising(t)   weight(t) × ln((count(t) + 1) / (expected(t) + 1))
//               > 0 when t gained share, 0 when its share is unchanged, < 0 when it lost share;
//               a term absent before gets the full log-ratio ln(count + 1).
//   change(t)   count(t) − count'(t)
//
// Listed terms have count(t) >= minCount; they are ranked by rising, then weight (both
// descending), then the term; the first maxKeywords / maxPhrases are kept. Each listed term
// has a weekly series: the number of documents containing it per 7-day bucket across both
// periods, ⌈2·days / 7⌉ buckets counted back from the period's last day (the last bucket ends
// on it; the first, oldest bucket may be shorter and starts on the previous period's first day).
//
// Clusters: the period's documents with at least clusterMinTerms distinct vocabulary terms
// (vocabulary = the clusterTerms tokens of the highest df, df >= 2; at most clusterMaxPosts
// documents, those with the most vocabulary terms first, then the most recent) become
// L2-normalised TF-IDF vectors (count × idf), clustered by KMeans::fit into
// k = min(clusters, documents / 5) clusters (k-means++, clusterRestarts runs, fixed seed).
// On unit vectors the squared Euclidean distance is 2 − 2·cosine, so this is spherical
// k-means. A cluster is labelled by the labelTerms terms of the largest centroid weight; its
// examples are the documents nearest to its centroid.

#include "Period.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace kindred {

class AnalyticsSource;

/// One message as the topics analytics sees it.
struct TopicDocument
{
    qint64 messageId = 0;
    qint64 sentAt = 0; ///< UTC seconds
    qint64 day = 0;    ///< local Julian day of sentAt in the community's timezone
    QString text;
    QString author;
    QString channel;
};

struct TopicOptions
{
    int minCount = 2;        ///< occurrences in the period for a term to be listed
    int maxKeywords = 200;   ///< listed tokens
    int maxPhrases = 100;    ///< listed keyphrases
    int clusters = 6;        ///< k of the k-means (fewer with few documents); < 2: no clustering
    int clusterTerms = 500;  ///< vocabulary size of the cluster vectors
    int clusterMinTerms = 3; ///< distinct vocabulary terms a clustered document needs
    int clusterMaxPosts = 2000;
    int clusterRestarts = 3;
    int labelTerms = 3;    ///< terms in a cluster label
    int examples = 3;      ///< example documents per cluster
    unsigned seed = 1987u; ///< k-means seed
};

struct TopicTerm
{
    QString term;
    bool phrase = false;   ///< a keyphrase (bigram) rather than a single token
    int count = 0;         ///< count(t) in the period
    int docs = 0;          ///< df(t) in the period
    int previousCount = 0; ///< count'(t)
    int previousDocs = 0;  ///< documents of the previous period containing t
    double idf = 0.0;
    double weight = 0.0;     ///< count × idf
    double expected = 0.0;   ///< previousCount × T / T'
    double rising = 0.0;     ///< weight × ln((count + 1) / (expected + 1))
    std::vector<int> weekly; ///< documents containing t per week (see above)

    int change() const { return count - previousCount; }
};

struct TopicCluster
{
    QStringList label; ///< top centroid terms
    int size = 0;      ///< documents in the cluster
    QList<TopicDocument> examples;
};

struct TopicsResult
{
    Period period;
    Period previous;
    int documents = 0;         ///< N: the period's documents with at least one token
    int previousDocuments = 0; ///< same for the previous period
    qint64 tokens = 0;         ///< T
    qint64 previousTokens = 0; ///< T'
    qint64 phrases = 0;        ///< total keyphrase occurrences of the period
    qint64 previousPhrases = 0;
    QList<QDate> weekStarts;   ///< first day of each weekly bucket
    QList<TopicTerm> keywords; ///< ranked (see above)
    QList<TopicTerm> keyphrases;
    QList<TopicCluster> clusters; ///< largest first
    int clusteredDocuments = 0;   ///< documents that entered the k-means
    QString clusterError;         ///< why there are no clusters (empty when there are)
};

class Topics final
{
public:
    /// Everything above from documents already read. `period` gives the weekly buckets;
    /// `periodDocs` and `previousDocs` must hold the documents of `period` and
    /// `period.previous()`. False with a translated `error` (context "Topics") when the
    /// segmenter cannot be created (ICU data missing).
    static bool compute(const QList<TopicDocument> &periodDocs,
                        const QList<TopicDocument> &previousDocs, const Period &period,
                        const TopicOptions &options, TopicsResult *out, QString *error);

    /// Reads the messages of `period` and its previous period from the workspace (channel
    /// filter of `source` applied) and runs compute(). False with `error` on a database error
    /// or an invalid period.
    static bool load(const AnalyticsSource &source, const Period &period,
                     const TopicOptions &options, TopicsResult *out, QString *error);

    /// The messages (documents) of [from, to] local days, oldest first.
    static bool readDocuments(const AnalyticsSource &source, const Period &period,
                              QList<TopicDocument> *out, QString *error);
};

} // namespace kindred
