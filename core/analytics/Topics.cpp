#include "Topics.h"

#include "AnalyticsSource.h"
#include "KMeans.h"
#include "WordSegmenter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace kindred {
namespace {

struct Tally
{
    int count = 0;
    int docs = 0;
    int previousCount = 0;
    int previousDocs = 0;
    std::vector<int> weekly;
};

struct SegmentedDoc
{
    int index = 0; ///< into the period's documents
    QStringList tokens;
    QStringList phrases;
};

/// Adds the occurrences of `terms` of one document to `tallies`.
void tally(const QStringList &terms, bool inPeriod, int week, int weeks,
           QHash<QString, Tally> *tallies, qint64 *total)
{
    QSet<QString> seen;
    for (const QString &t : terms) {
        Tally &x = (*tallies)[t];
        const bool first = !seen.contains(t);
        if (first)
            seen.insert(t);
        if (inPeriod) {
            ++x.count;
            x.docs += first ? 1 : 0;
        } else {
            ++x.previousCount;
            x.previousDocs += first ? 1 : 0;
        }
        if (first && week >= 0 && week < weeks) {
            if (x.weekly.empty())
                x.weekly.assign(size_t(weeks), 0);
            ++x.weekly[size_t(week)];
        }
    }
    *total += terms.size();
}

QList<TopicTerm> rank(const QHash<QString, Tally> &tallies, bool phrase, int n, qint64 total,
                      qint64 previousTotal, int weeks, const TopicOptions &options, int limit)
{
    QList<TopicTerm> out;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally &x = it.value();
        if (x.count < std::max(1, options.minCount))
            continue;
        TopicTerm t;
        t.term = it.key();
        t.phrase = phrase;
        t.count = x.count;
        t.docs = x.docs;
        t.previousCount = x.previousCount;
        t.previousDocs = x.previousDocs;
        t.idf = std::log(double(n + 1) / double(x.docs + 1)) + 1.0;
        t.weight = double(x.count) * t.idf;
        t.expected = previousTotal > 0
                         ? double(x.previousCount) * double(total) / double(previousTotal)
                         : 0.0;
        t.rising = t.weight * std::log((double(x.count) + 1.0) / (t.expected + 1.0));
        t.weekly = x.weekly.empty() ? std::vector<int>(size_t(weeks), 0) : x.weekly;
        out.append(t);
    }
    std::sort(out.begin(), out.end(), [](const TopicTerm &a, const TopicTerm &b) {
        if (a.rising != b.rising)
            return a.rising > b.rising;
        if (a.weight != b.weight)
            return a.weight > b.weight;
        return a.term < b.term;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

void cluster(const QList<TopicDocument> &docs, const std::vector<SegmentedDoc> &segmented,
             const QHash<QString, Tally> &tokens, int n, const TopicOptions &options,
             TopicsResult *out)
{
    // Vocabulary: the clusterTerms tokens of the highest df (df >= 2).
    QList<std::pair<int, QString>> byDf;
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        if (it.value().docs >= 2)
            byDf.append({it.value().docs, it.key()});
    std::sort(byDf.begin(), byDf.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (byDf.size() > options.clusterTerms)
        byDf.resize(options.clusterTerms);
    QHash<QString, int> column;
    std::vector<double> idf;
    QStringList vocabulary;
    for (const auto &[df, term] : byDf) {
        column.insert(term, int(vocabulary.size()));
        vocabulary.append(term);
        idf.push_back(std::log(double(n + 1) / double(df + 1)) + 1.0);
    }
    // Documents with enough distinct vocabulary terms.
    struct Candidate
    {
        const SegmentedDoc *doc;
        std::map<int, int> counts; // column → count, ordered: the same sums on every run
    };
    std::vector<Candidate> candidates;
    for (const SegmentedDoc &d : segmented) {
        Candidate c{&d, {}};
        for (const QString &t : d.tokens) {
            const auto col = column.constFind(t);
            if (col != column.cend())
                ++c.counts[col.value()];
        }
        if (int(c.counts.size()) >= options.clusterMinTerms)
            candidates.push_back(std::move(c));
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&docs](const Candidate &a, const Candidate &b) {
                         if (a.counts.size() != b.counts.size())
                             return a.counts.size() > b.counts.size();
                         return docs[a.doc->index].sentAt > docs[b.doc->index].sentAt;
                     });
    if (int(candidates.size()) > options.clusterMaxPosts)
        candidates.resize(size_t(options.clusterMaxPosts));
    const int rows = int(candidates.size());
    const int k = std::min(options.clusters, rows / 5);
    out->clusteredDocuments = rows;
    if (k < 2) {
        out->clusterError = QCoreApplication::translate(
                                "Topics", "Too few longer posts to cluster (%1 with at least %2 "
                                          "frequent terms).")
                                .arg(rows)
                                .arg(options.clusterMinTerms);
        return;
    }
    FeatureMatrix x(rows, int(vocabulary.size()));
    for (int r = 0; r < rows; ++r) {
        double norm = 0.0;
        for (auto it = candidates[size_t(r)].counts.cbegin();
             it != candidates[size_t(r)].counts.cend(); ++it) {
            const double v = double(it->second) * idf[size_t(it->first)];
            x.at(r, it->first) = v;
            norm += v * v;
        }
        norm = std::sqrt(norm);
        for (auto it = candidates[size_t(r)].counts.cbegin();
             it != candidates[size_t(r)].counts.cend(); ++it)
            x.at(r, it->first) /= norm;
    }
    KMeansOptions ko;
    ko.restarts = std::max(1, options.clusterRestarts);
    ko.maxIterations = 100;
    ko.seed = options.seed;
    KMeansResult fit;
    QString error;
    if (!KMeans::fit(x, k, ko, &fit, &error)) {
        out->clusterError = error;
        return;
    }
    for (int c = 0; c < k; ++c) {
        TopicCluster tc;
        tc.size = fit.sizes[size_t(c)];
        if (tc.size == 0)
            continue;
        std::vector<int> cols(vocabulary.size());
        for (int j = 0; j < int(cols.size()); ++j)
            cols[size_t(j)] = j;
        std::sort(cols.begin(), cols.end(), [&](int a, int b) {
            const double va = fit.centroids.at(c, a), vb = fit.centroids.at(c, b);
            return va != vb ? va > vb : a < b;
        });
        for (int j = 0; j < std::min(options.labelTerms, int(cols.size())); ++j)
            if (fit.centroids.at(c, cols[size_t(j)]) > 0.0)
                tc.label.append(vocabulary.at(cols[size_t(j)]));
        std::vector<std::pair<double, int>> members;
        for (int r = 0; r < rows; ++r) {
            if (fit.labels[size_t(r)] != c)
                continue;
            double d2 = 0.0;
            for (int j = 0; j < x.cols; ++j) {
                const double d = x.at(r, j) - fit.centroids.at(c, j);
                d2 += d * d;
            }
            members.push_back({d2, r});
        }
        std::sort(members.begin(), members.end());
        QSet<QString> shown;
        for (const auto &[d2, r] : members) {
            if (tc.examples.size() >= options.examples)
                break;
            const TopicDocument &doc = docs[candidates[size_t(r)].doc->index];
            if (shown.contains(doc.text))
                continue; // repeated texts ("+1", copies) once
            shown.insert(doc.text);
            tc.examples.append(doc);
        }
        out->clusters.append(tc);
    }
    std::stable_sort(out->clusters.begin(), out->clusters.end(),
                     [](const TopicCluster &a, const TopicCluster &b) { return a.size > b.size; });
}

} // namespace

bool Topics::compute(const QList<TopicDocument> &periodDocs,
                     const QList<TopicDocument> &previousDocs, const Period &period,
                     const TopicOptions &options, TopicsResult *out, QString *error)
{
    if (!period.isValid()) {
        if (error)
            *error = QCoreApplication::translate("Topics", "The period is not valid.");
        return false;
    }
    WordSegmenter segmenter;
    if (!segmenter.isValid()) {
        if (error)
            *error = QCoreApplication::translate(
                "Topics", "ICU word segmentation is not available (missing ICU data).");
        return false;
    }
    TopicsResult r;
    r.period = period;
    r.previous = period.previous();
    const qint64 firstDay = r.previous.from.toJulianDay();
    const qint64 lastDay = period.to.toJulianDay();
    const int weeks = (period.days() * 2 + 6) / 7;
    for (int w = 0; w < weeks; ++w)
        r.weekStarts.append(
            QDate::fromJulianDay(std::max(firstDay, lastDay - 7 * qint64(weeks - w) + 1)));
    auto weekOf = [lastDay, weeks](qint64 day) { return weeks - 1 - int((lastDay - day) / 7); };

    QHash<QString, Tally> tokens;
    QHash<QString, Tally> phrases;
    for (const TopicDocument &d : previousDocs) {
        const Segmented s = segmenter.segment(d.text);
        if (s.tokens.isEmpty())
            continue;
        ++r.previousDocuments;
        const int week = d.day >= firstDay && d.day <= lastDay ? weekOf(d.day) : -1;
        tally(s.tokens, false, week, weeks, &tokens, &r.previousTokens);
        tally(s.phrases, false, week, weeks, &phrases, &r.previousPhrases);
    }
    std::vector<SegmentedDoc> segmented;
    segmented.reserve(size_t(periodDocs.size()));
    for (int i = 0; i < periodDocs.size(); ++i) {
        const TopicDocument &d = periodDocs.at(i);
        Segmented s = segmenter.segment(d.text);
        if (s.tokens.isEmpty())
            continue;
        ++r.documents;
        const int week = d.day >= firstDay && d.day <= lastDay ? weekOf(d.day) : -1;
        tally(s.tokens, true, week, weeks, &tokens, &r.tokens);
        tally(s.phrases, true, week, weeks, &phrases, &r.phrases);
        segmented.push_back(SegmentedDoc{i, std::move(s.tokens), std::move(s.phrases)});
    }
    r.keywords = rank(tokens, false, r.documents, r.tokens, r.previousTokens, weeks, options,
                      options.maxKeywords);
    r.keyphrases = rank(phrases, true, r.documents, r.phrases, r.previousPhrases, weeks, options,
                        options.maxPhrases);
    if (options.clusters >= 2)
        cluster(periodDocs, segmented, tokens, r.documents, options, &r);
    *out = std::move(r);
    return true;
}

bool Topics::readDocuments(const AnalyticsSource &source, const Period &period,
                           QList<TopicDocument> *out, QString *error)
{
    out->clear();
    const QString sql =
        QStringLiteral("SELECT m.id, m.sent_at, m.text, coalesce(mb.display_name, ''), ch.name "
                       "FROM message m JOIN channel ch ON ch.id = +m.channel_id "
                       "LEFT JOIN member mb ON mb.id = m.member_id "
                       "WHERE ch.community_id = :c AND m.is_service = 0 AND "
                       "coalesce(mb.is_bot, 0) = 0 AND coalesce(mb.is_self, 0) = 0 AND m.text <> "
                       "'' AND m.sent_at >= :s AND "
                       "m.sent_at < :e%1 ORDER BY m.sent_at, m.id")
            .arg(source.channelClause(QStringLiteral("+m.channel_id")));
    QSqlQuery q(source.database().sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":c"), source.communityId());
    q.bindValue(QStringLiteral(":s"), source.startOf(period));
    q.bindValue(QStringLiteral(":e"), source.endOf(period));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        TopicDocument d;
        d.messageId = q.value(0).toLongLong();
        d.sentAt = q.value(1).toLongLong();
        d.day = source.clock().dayOf(d.sentAt);
        d.text = q.value(2).toString();
        d.author = q.value(3).toString();
        d.channel = q.value(4).toString();
        out->append(d);
    }
    q.finish();
    return true;
}

bool Topics::load(const AnalyticsSource &source, const Period &period, const TopicOptions &options,
                  TopicsResult *out, QString *error)
{
    if (!period.isValid()) {
        if (error)
            *error = QCoreApplication::translate("Topics", "The period is not valid.");
        return false;
    }
    QList<TopicDocument> current;
    QList<TopicDocument> previous;
    if (!readDocuments(source, period, &current, error) ||
        !readDocuments(source, period.previous(), &previous, error))
        return false;
    return compute(current, previous, period, options, out, error);
}

} // namespace kindred
