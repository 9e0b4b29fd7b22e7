#include "CliContent.h"
#include "CliSupport.h"

#include "analytics/AnalyticsSource.h"
#include "analytics/ContentInsights.h"
#include "moderation/ModerationStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kindred::cli {
namespace {

QString oneLine(QString s, int max = 70)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.size() > max ? s.left(max - 1) + QStringLiteral("…") : s;
}

bool parseId(const QCommandLineParser &p, const QString &name, qint64 *out, QString *error)
{
    bool ok = false;
    *out = p.value(name).toLongLong(&ok);
    if (!ok || *out <= 0)
        *error = QStringLiteral("--%1 needs a message id, not '%2'").arg(name, p.value(name));
    return ok && *out > 0;
}

QJsonObject essenceJson(const EssencePost &e)
{
    return {{QStringLiteral("message_id"), e.messageId},
            {QStringLiteral("channel"), e.channel},
            {QStringLiteral("author"), e.author},
            {QStringLiteral("author_id"), e.authorId},
            {QStringLiteral("sent_at"), isoUtc(e.sentAt)},
            {QStringLiteral("text"), e.text},
            {QStringLiteral("marked_at"), isoUtc(e.markedAt)},
            {QStringLiteral("marked_by"), e.markedBy},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("reactions"), e.reactions},
            {QStringLiteral("replies"), e.replies}};
}

QJsonObject linkJson(const LinkRanking &l, bool domain)
{
    QJsonObject o{{domain ? QStringLiteral("domain") : QStringLiteral("url"), l.key},
                  {QStringLiteral("count"), l.count},
                  {QStringLiteral("sharers"), l.sharers},
                  {QStringLiteral("first_shared_at"), isoUtc(l.firstSharedAt)},
                  {QStringLiteral("last_shared_at"), isoUtc(l.lastSharedAt)},
                  {QStringLiteral("example_message_id"), l.exampleMessageId}};
    if (domain)
        o.insert(QStringLiteral("distinct_links"), l.distinctLinks);
    else
        o.insert(QStringLiteral("domain"), l.domain);
    return o;
}

bool parseWeights(const QString &value, ContentWeights *w, QString *error)
{
    const QStringList parts = value.split(QLatin1Char(','));
    if (parts.size() < 3 || parts.size() > 4) {
        *error = QStringLiteral("--weights needs R,P,F[,HALF_LIFE_DAYS], not '%1'").arg(value);
        return false;
    }
    double v[4] = {0, 0, 0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        v[i] = parts[i].toDouble(&ok);
        if (!ok || v[i] < 0) {
            *error = QStringLiteral("--weights: '%1' is not a number >= 0").arg(parts[i]);
            return false;
        }
    }
    *w = ContentWeights{v[0], v[1], v[2], v[3]};
    return true;
}

} // namespace

int runEssence(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("mark"), QStringLiteral("Mark a message as essence."),
                 QStringLiteral("ID")});
    p.addOption(
        {QStringLiteral("note"), QStringLiteral("With --mark: a note."), QStringLiteral("T")});
    p.addOption({QStringLiteral("actor"),
                 QStringLiteral("With --mark: who marks it (default: the OS user name)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("unmark"), QStringLiteral("Remove a mark."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("list"), QStringLiteral("List the essence posts.")});
    p.addOption({QStringLiteral("json"), QStringLiteral("With --list: one JSON object.")});
    p.addOption({QStringLiteral("export"),
                 QStringLiteral("Write the essence posts as Markdown to FILE."),
                 QStringLiteral("FILE")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    const int actions =
        int(p.isSet(QStringLiteral("mark"))) + int(p.isSet(QStringLiteral("unmark"))) +
        int(p.isSet(QStringLiteral("list"))) + int(p.isSet(QStringLiteral("export")));
    if (actions != 1)
        return fail(QStringLiteral("essence: give exactly one of --mark, --unmark, --list, "
                                   "--export"));
    QString error;
    Database db;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    qint64 id = 0;
    if (p.isSet(QStringLiteral("mark"))) {
        if (!parseId(p, QStringLiteral("mark"), &id, &error))
            return fail(QStringLiteral("essence: ") + error);
        const QString actor = p.isSet(QStringLiteral("actor")) ? p.value(QStringLiteral("actor"))
                                                               : ModerationStore::osUserName();
        if (!ContentInsights::mark(db, id, actor, p.value(QStringLiteral("note")), &error))
            return fail(QStringLiteral("essence: ") + error);
        printLine(QStringLiteral("marked message %1 as essence").arg(id).toUtf8());
        return 0;
    }
    if (p.isSet(QStringLiteral("unmark"))) {
        if (!parseId(p, QStringLiteral("unmark"), &id, &error) ||
            !ContentInsights::unmark(db, id, &error))
            return fail(QStringLiteral("essence: ") + error);
        printLine(QStringLiteral("unmarked message %1").arg(id).toUtf8());
        return 0;
    }
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    const ContentInsights insights(source);
    if (p.isSet(QStringLiteral("export"))) {
        const QString path = p.value(QStringLiteral("export"));
        if (!insights.exportMarkdown(path, &error))
            return fail(QStringLiteral("essence: ") + error);
        printLine(QStringLiteral("wrote %1 essence post(s) to %2")
                      .arg(insights.essencePosts().size())
                      .arg(path)
                      .toUtf8());
        return 0;
    }
    const QList<EssencePost> posts = insights.essencePosts();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const EssencePost &e : posts)
            rows.append(essenceJson(e));
        printLine(QJsonDocument(QJsonObject{{QStringLiteral("community"), source.communityName()},
                                            {QStringLiteral("essence"), rows}})
                      .toJson(QJsonDocument::Compact));
        return 0;
    }
    printLine(QStringLiteral("%1: %2 essence post(s)")
                  .arg(source.communityName())
                  .arg(posts.size())
                  .toUtf8());
    for (const EssencePost &e : posts)
        printLine(QStringLiteral("%1  %2  %3 / %4  marked by %5: %6")
                      .arg(e.messageId, 8)
                      .arg(isoUtc(e.sentAt), e.channel, e.author, e.markedBy, oneLine(e.text))
                      .toUtf8());
    return 0;
}

int runContent(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("First day (YYYY-MM-DD); default: 89 days before --to."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("Last day (YYYY-MM-DD); default: the last message day."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("Top threads.")});
    p.addOption({QStringLiteral("links"), QStringLiteral("Top shared links.")});
    p.addOption({QStringLiteral("domains"), QStringLiteral("Top shared domains.")});
    p.addOption({QStringLiteral("top"), QStringLiteral("Rows listed (default 20, 0 = all)."),
                 QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("weights"),
                 QStringLiteral("Score weights R,P,F[,HALF_LIFE_DAYS] (default 1,2,3,0)."),
                 QStringLiteral("W")});
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    QString error;
    bool ok = false;
    const int top = p.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 0)
        return fail(QStringLiteral("content: --top must be an integer >= 0"));
    ContentWeights w;
    if (p.isSet(QStringLiteral("weights")) &&
        !parseWeights(p.value(QStringLiteral("weights")), &w, &error))
        return fail(QStringLiteral("content: ") + error);
    Database db;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    QDate to = source.lastMessageDate(), from;
    if (p.isSet(QStringLiteral("to")))
        to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if (p.isSet(QStringLiteral("from")))
        from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    if (!to.isValid() || (p.isSet(QStringLiteral("from")) && !from.isValid()))
        return fail(QStringLiteral("content: invalid or missing dates (YYYY-MM-DD)"));
    const Period period{from.isValid() ? from : to.addDays(-89), to};
    if (!period.isValid())
        return fail(QStringLiteral("content: the period %1 is empty").arg(period.toString()));
    const ContentInsights insights(source);
    const bool json = p.isSet(QStringLiteral("json"));
    QJsonObject o{{QStringLiteral("community"), source.communityName()},
                  {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
                  {QStringLiteral("weights"),
                   QJsonObject{{QStringLiteral("reactions"), w.reactions},
                               {QStringLiteral("replies"), w.replies},
                               {QStringLiteral("forwards"), w.forwards},
                               {QStringLiteral("half_life_days"), w.halfLifeDays}}}};
    QJsonArray rows;
    QByteArrayList text;
    if (p.isSet(QStringLiteral("threads"))) {
        for (const ThreadRanking &t : insights.topThreads(period, w, top)) {
            rows.append(QJsonObject{{QStringLiteral("root_id"), t.rootId},
                                    {QStringLiteral("channel"), t.channel},
                                    {QStringLiteral("author"), t.author},
                                    {QStringLiteral("started_at"), isoUtc(t.startedAt)},
                                    {QStringLiteral("posts"), t.posts},
                                    {QStringLiteral("replies"), t.replies},
                                    {QStringLiteral("participants"), t.participants},
                                    {QStringLiteral("reactions"), t.reactions},
                                    {QStringLiteral("score"), rounded(t.score, 6)}});
            text << QStringLiteral("%1 %2 posts %3 people %4 reactions  score %5  %6: %7")
                        .arg(t.rootId, 8)
                        .arg(t.posts, 4)
                        .arg(t.participants, 3)
                        .arg(t.reactions, 4)
                        .arg(t.score, 8, 'f', 1)
                        .arg(t.author, oneLine(t.text, 60))
                        .toUtf8();
        }
        o.insert(QStringLiteral("threads"), rows);
    } else if (p.isSet(QStringLiteral("links")) || p.isSet(QStringLiteral("domains"))) {
        const bool domains = p.isSet(QStringLiteral("domains"));
        for (const LinkRanking &l :
             domains ? insights.topDomains(period, top) : insights.topLinks(period, top)) {
            rows.append(linkJson(l, domains));
            text << QStringLiteral("%1 posts %2 sharers  %3")
                        .arg(l.count, 5)
                        .arg(l.sharers, 4)
                        .arg(l.key)
                        .toUtf8();
        }
        o.insert(domains ? QStringLiteral("domains") : QStringLiteral("links"), rows);
    } else {
        for (const ContentRanking &c : Rankings(source).topContent(period, w, top)) {
            rows.append(QJsonObject{
                {QStringLiteral("message_id"), c.messageId},
                {QStringLiteral("channel"), c.channel},
                {QStringLiteral("author"), c.author},
                {QStringLiteral("sent_at"), isoUtc(c.sentAt)},
                {QStringLiteral("reactions"), c.reactions},
                {QStringLiteral("replies"), c.replies},
                {QStringLiteral("forwards"), c.forwards},
                {QStringLiteral("score"), rounded(c.score, 6)},
                {QStringLiteral("essence"), ContentInsights::isMarked(db, c.messageId)}});
            text << QStringLiteral("%1 %2 reactions %3 replies  score %4  %5: %6")
                        .arg(c.messageId, 8)
                        .arg(c.reactions, 4)
                        .arg(c.replies, 4)
                        .arg(c.score, 8, 'f', 1)
                        .arg(c.author, oneLine(c.text, 60))
                        .toUtf8();
        }
        o.insert(QStringLiteral("posts"), rows);
    }
    if (json) {
        printLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return 0;
    }
    printLine(QStringLiteral("%1  (%2)").arg(source.communityName(), period.toString()).toUtf8());
    for (const QByteArray &line : text)
        printLine(line);
    return 0;
}

} // namespace kindred::cli
