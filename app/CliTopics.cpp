#include "CliTopics.h"
#include "CliSupport.h"

#include "analytics/AnalyticsSource.h"
#include "analytics/Topics.h"
#include "analytics/WordSegmenter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kindred::cli {
namespace {

QJsonArray termsJson(const QList<TopicTerm> &terms)
{
    QJsonArray out;
    for (const TopicTerm &t : terms) {
        QJsonArray weekly;
        for (int w : t.weekly)
            weekly.append(w);
        out.append(QJsonObject{{QStringLiteral("term"), t.term},
                               {QStringLiteral("count"), t.count},
                               {QStringLiteral("docs"), t.docs},
                               {QStringLiteral("previous_count"), t.previousCount},
                               {QStringLiteral("previous_docs"), t.previousDocs},
                               {QStringLiteral("change"), t.change()},
                               {QStringLiteral("idf"), t.idf},
                               {QStringLiteral("weight"), t.weight},
                               {QStringLiteral("expected"), t.expected},
                               {QStringLiteral("rising"), t.rising},
                               {QStringLiteral("weekly"), weekly}});
    }
    return out;
}

QJsonObject topicsJson(const AnalyticsSource &source, const TopicsResult &r, qint64 ms)
{
    QJsonArray weeks;
    for (const QDate &d : r.weekStarts)
        weeks.append(d.toString(Qt::ISODate));
    QJsonArray clusters;
    for (const TopicCluster &c : r.clusters) {
        QJsonArray examples;
        for (const TopicDocument &d : c.examples)
            examples.append(QJsonObject{{QStringLiteral("message_id"), d.messageId},
                                        {QStringLiteral("author"), d.author},
                                        {QStringLiteral("channel"), d.channel},
                                        {QStringLiteral("text"), d.text}});
        clusters.append(QJsonObject{{QStringLiteral("label"), QJsonArray::fromStringList(c.label)},
                                    {QStringLiteral("size"), c.size},
                                    {QStringLiteral("examples"), examples}});
    }
    return QJsonObject{{QStringLiteral("community"), source.communityName()},
                       {QStringLiteral("from"), r.period.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), r.period.to.toString(Qt::ISODate)},
                       {QStringLiteral("previous_from"), r.previous.from.toString(Qt::ISODate)},
                       {QStringLiteral("previous_to"), r.previous.to.toString(Qt::ISODate)},
                       {QStringLiteral("documents"), r.documents},
                       {QStringLiteral("previous_documents"), r.previousDocuments},
                       {QStringLiteral("tokens"), r.tokens},
                       {QStringLiteral("previous_tokens"), r.previousTokens},
                       {QStringLiteral("phrases"), r.phrases},
                       {QStringLiteral("previous_phrases"), r.previousPhrases},
                       {QStringLiteral("week_starts"), weeks},
                       {QStringLiteral("keywords"), termsJson(r.keywords)},
                       {QStringLiteral("keyphrases"), termsJson(r.keyphrases)},
                       {QStringLiteral("clustered_documents"), r.clusteredDocuments},
                       {QStringLiteral("cluster_note"), r.clusterError},
                       {QStringLiteral("clusters"), clusters},
                       {QStringLiteral("elapsed_ms"), ms}};
}

void printTerms(const char *heading, const QList<TopicTerm> &terms, int top)
{
    printLine(QByteArray(heading));
    printLine(QByteArrayLiteral("   count   prev  change   docs     weight    rising  term"));
    for (int i = 0; i < terms.size() && i < top; ++i) {
        const TopicTerm &t = terms.at(i);
        printLine(QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                      .arg(t.count, 8)
                      .arg(t.previousCount, 6)
                      .arg(QStringLiteral("%1%2")
                               .arg(t.change() > 0 ? QStringLiteral("+") : QString())
                               .arg(t.change()),
                           7)
                      .arg(t.docs, 6)
                      .arg(t.weight, 10, 'f', 2)
                      .arg(t.rising, 9, 'f', 2)
                      .arg(t.term)
                      .toUtf8());
    }
}

/// Writes one JSON line per message of `period` read by Topics::readDocuments, with the tokens
/// and keyphrases of the WordSegmenter that Topics::compute uses (empty lists: not a document).
bool dumpTokens(QFile *file, const AnalyticsSource &source, const Period &period,
                const QString &label, const WordSegmenter &segmenter, QString *error)
{
    QList<TopicDocument> docs;
    if (!Topics::readDocuments(source, period, &docs, error))
        return false;
    for (const TopicDocument &d : docs) {
        const Segmented s = segmenter.segment(d.text);
        const QJsonObject line{{QStringLiteral("id"), d.messageId},
                               {QStringLiteral("period"), label},
                               {QStringLiteral("sent_at"), d.sentAt},
                               {QStringLiteral("tokens"), QJsonArray::fromStringList(s.tokens)},
                               {QStringLiteral("phrases"), QJsonArray::fromStringList(s.phrases)}};
        file->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    return true;
}

} // namespace

int runTopics(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("First day (YYYY-MM-DD); default: 29 days before --to."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("Last day (YYYY-MM-DD); default: the last message day."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("top"), QStringLiteral("Text output: terms listed (default 20)."),
                 QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object.")});
    p.addOption({QStringLiteral("dump-tokens"),
                 QStringLiteral("Also write the tokens and keyphrases of every message of the "
                                "period and the previous period, one JSON object a line."),
                 QStringLiteral("FILE")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    bool ok = false;
    const int top = p.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 0)
        return fail(QStringLiteral("topics: --top must be an integer >= 0"));
    QString error;
    Database db;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    const QDate last = source.lastMessageDate();
    if (!last.isValid())
        return fail(QStringLiteral("topics: the workspace has no messages"));
    Period period;
    const QString to = p.value(QStringLiteral("to"));
    Period fallback = Period::ending(last, 30);
    if (!to.isEmpty() && !p.isSet(QStringLiteral("from"))) {
        const QDate end = QDate::fromString(to, Qt::ISODate);
        if (end.isValid())
            fallback = Period::ending(end, 30);
    }
    if (!Period::parse(p.value(QStringLiteral("from")), to, fallback, &period, &error))
        return fail(QStringLiteral("topics: ") + error);
    QElapsedTimer timer;
    timer.start();
    TopicsResult r;
    if (!Topics::load(source, period, TopicOptions{}, &r, &error))
        return fail(QStringLiteral("topics: ") + error);
    const qint64 ms = timer.elapsed();
    if (p.isSet(QStringLiteral("dump-tokens"))) {
        QFile file(p.value(QStringLiteral("dump-tokens")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("topics: cannot write %1: %2")
                            .arg(file.fileName(), file.errorString()));
        WordSegmenter segmenter;
        if (!dumpTokens(&file, source, r.period, QStringLiteral("current"), segmenter, &error) ||
            !dumpTokens(&file, source, r.previous, QStringLiteral("previous"), segmenter, &error))
            return fail(QStringLiteral("topics: ") + error);
    }
    if (p.isSet(QStringLiteral("json"))) {
        printLine(QJsonDocument(topicsJson(source, r, ms)).toJson(QJsonDocument::Compact));
        return 0;
    }
    printLine(QStringLiteral("%1  (%2, previous %3)")
                  .arg(source.communityName(), r.period.toString(), r.previous.toString())
                  .toUtf8());
    printLine(QStringLiteral("%1 messages with words (previous %2), %3 words (previous %4); "
                             "rising = count·idf·ln((count+1)/(expected+1)), %5 ms")
                  .arg(r.documents)
                  .arg(r.previousDocuments)
                  .arg(r.tokens)
                  .arg(r.previousTokens)
                  .arg(ms)
                  .toUtf8());
    printTerms("Keywords:", r.keywords, top);
    printTerms("Keyphrases:", r.keyphrases, top);
    printLine(
        QStringLiteral("Topic clusters (%1 posts clustered):").arg(r.clusteredDocuments).toUtf8());
    if (!r.clusterError.isEmpty())
        printLine(QStringLiteral("  %1").arg(r.clusterError).toUtf8());
    for (const TopicCluster &c : r.clusters) {
        printLine(QStringLiteral("  %1 posts: %2")
                      .arg(c.size)
                      .arg(c.label.join(QStringLiteral(", ")))
                      .toUtf8());
        for (const TopicDocument &d : c.examples)
            printLine(QStringLiteral("      #%1 %2")
                          .arg(d.messageId)
                          .arg(d.text.simplified().left(80))
                          .toUtf8());
    }
    return 0;
}

} // namespace kindred::cli
