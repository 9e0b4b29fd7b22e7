#include "CliSearch.h"
#include "CliSupport.h"

#include "search/MessageSearch.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kindred::cli {
namespace {

/// Code points in s[0, utf16Offset).
int codePointsBefore(const QString &s, int utf16Offset)
{
    int n = 0;
    for (int i = 0; i < utf16Offset && i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QJsonObject toJson(const QString &text, const SearchFilter &filter, const SearchResults &r,
                   const QTimeZone &zone)
{
    QJsonArray hits;
    for (const SearchHit &h : r.hits) {
        QJsonArray highlights;
        for (const auto &[start, length] : h.highlights) {
            const int from = codePointsBefore(h.snippet, start);
            highlights.append(QJsonArray{from, codePointsBefore(h.snippet, start + length) - from});
        }
        hits.append(QJsonObject{
            {QStringLiteral("message_id"), h.messageId},
            {QStringLiteral("member_id"), h.memberId},
            {QStringLiteral("member"), h.memberName},
            {QStringLiteral("channel_id"), h.channelId},
            {QStringLiteral("channel"), h.channelName},
            {QStringLiteral("sent_at"), isoUtc(h.sentAt)},
            {QStringLiteral("sent_at_unix"), h.sentAt},
            {QStringLiteral("snippet"), h.snippet},
            {QStringLiteral("highlights"), highlights},
            {QStringLiteral("rank"), h.rank},
        });
    }
    QJsonArray channels;
    for (const qint64 id : filter.channelIds)
        channels.append(id);
    return QJsonObject{
        {QStringLiteral("query"), text},
        {QStringLiteral("terms"), QJsonArray::fromStringList(r.terms)},
        {QStringLiteral("used_index"), r.usedIndex},
        {QStringLiteral("timezone"), QString::fromUtf8(zone.id())},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("member_id"), filter.memberId},
        {QStringLiteral("from_unix"), filter.fromUtc},
        {QStringLiteral("to_unix"), filter.toUtc},
        {QStringLiteral("limit"), filter.limit},
        {QStringLiteral("offset"), filter.offset},
        {QStringLiteral("total"), r.total},
        {QStringLiteral("hits"), hits},
    };
}

} // namespace

int runSearch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Searches the chat messages: every word must occur in the message (substring, "
        "case-insensitive; Chinese needs no spaces; quotes and operators are literal)."));
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("channel"), QStringLiteral("Only this channel id (repeatable)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("member"),
                 QStringLiteral("Only this member id (and members merged into it)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("First day (YYYY-MM-DD, community timezone)."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("Last day, inclusive (YYYY-MM-DD, community timezone)."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("Hits to print (1..1000, default 50)."),
                 QStringLiteral("N"), QStringLiteral("50")});
    p.addOption({QStringLiteral("offset"), QStringLiteral("Hits to skip (paging)."),
                 QStringLiteral("N"), QStringLiteral("0")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("The words to search."));
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    const QString text = p.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return fail(QStringLiteral("search: give the text to search"));

    SearchFilter filter;
    for (const QString &value : p.values(QStringLiteral("channel"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(QStringLiteral("search: invalid --channel '%1' (a channel id)").arg(value));
        filter.channelIds.append(id);
    }
    if (p.isSet(QStringLiteral("member"))) {
        bool ok = false;
        filter.memberId = p.value(QStringLiteral("member")).toLongLong(&ok);
        if (!ok || filter.memberId <= 0)
            return fail(QStringLiteral("search: invalid --member '%1' (a member id)")
                            .arg(p.value(QStringLiteral("member"))));
    }
    bool ok = false;
    filter.limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || filter.limit < 1 || filter.limit > 1000)
        return fail(QStringLiteral("search: --limit must be 1..1000"));
    filter.offset = p.value(QStringLiteral("offset")).toInt(&ok);
    if (!ok || filter.offset < 0)
        return fail(QStringLiteral("search: --offset must be 0 or more"));

    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    const QTimeZone zone = MessageSearch::communityZone(db);
    for (const char *name : {"from", "to"}) {
        const QString value = p.value(QString::fromLatin1(name));
        if (value.isEmpty())
            continue;
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!day.isValid())
            return fail(QStringLiteral("search: invalid --%1 '%2' (YYYY-MM-DD)")
                            .arg(QString::fromLatin1(name), value));
        if (qstrcmp(name, "from") == 0)
            filter.fromUtc = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
        else
            filter.toUtc = QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    }
    if (filter.fromUtc > 0 && filter.toUtc > 0 && filter.fromUtc >= filter.toUtc)
        return fail(QStringLiteral("search: --from is after --to"));

    SearchResults r;
    if (!MessageSearch(db).query(text, filter, &r, &error))
        return fail(error);
    if (p.isSet(QStringLiteral("json"))) {
        printLine(QJsonDocument(toJson(text, filter, r, zone)).toJson(QJsonDocument::Compact));
        return 0;
    }
    QStringList quoted;
    for (const QString &t : std::as_const(r.terms))
        quoted.append(QStringLiteral("“%1”").arg(t));
    printLine(QStringLiteral("%1 messages contain %2%3")
                  .arg(r.total)
                  .arg(quoted.join(QStringLiteral(", ")),
                       r.hits.isEmpty() ? QString()
                                        : QStringLiteral(" (showing %1–%2%3)")
                                              .arg(filter.offset + 1)
                                              .arg(filter.offset + r.hits.size())
                                              .arg(r.usedIndex ? QStringLiteral(", by relevance")
                                                               : QStringLiteral(", newest first")))
                  .toUtf8());
    for (const SearchHit &h : std::as_const(r.hits))
        printLine(QStringLiteral("%1  #%2  %3 [member %4, message %5]: %6")
                      .arg(QDateTime::fromSecsSinceEpoch(h.sentAt, zone)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           h.channelName, h.memberName)
                      .arg(h.memberId)
                      .arg(h.messageId)
                      .arg(h.markedSnippet(QStringLiteral("«"), QStringLiteral("»")))
                      .toUtf8());
    return 0;
}

} // namespace kindred::cli
