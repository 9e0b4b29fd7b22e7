#include "MemberFeatures.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace kindred {

namespace {

constexpr int kNightEndSecs = 6 * 3600; ///< night = local seconds of the day in [0, 6 h)

bool isIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

/// Whether `s` at `i` starts with the lower-case ASCII literal `lit`, ignoring ASCII case.
bool startsWithNoCase(QByteArrayView s, qsizetype i, QByteArrayView lit)
{
    if (s.size() - i < lit.size())
        return false;
    for (qsizetype k = 0; k < lit.size(); ++k)
        if (lowerAscii(s[i + k]) != lit[k])
            return false;
    return true;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

bool isCodeLine(QByteArrayView line)
{
    qsizetype b = 0;
    qsizetype e = line.size();
    while (b < e && isBlank(line[b]))
        ++b;
    while (e > b && isBlank(line[e - 1]))
        --e;
    if (b == e)
        return false;
    const QByteArrayView t = line.sliced(b, e - b);
    const char last = t.back();
    if (last == ';' || last == '{' || last == '}')
        return true;
    static const char *const starts[] = {"#include", "def ", "fn ", "func ", "import ", "$ "};
    for (const char *s : starts)
        if (t.startsWith(QByteArrayView(s)))
            return true;
    // Backticks: a backtick, then a character that is not one, then a backtick.
    int state = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (state == 0 && c == '`')
            state = 1;
        else if (state == 1 && c != '`')
            state = 2;
        else if (state == 2 && c == '`')
            return true;
    }
    return false;
}

void linkOrCodeFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const unsigned char *text = sqlite3_value_text(argv[0]);
    const int bytes = sqlite3_value_bytes(argv[0]);
    const bool hit = text != nullptr && MemberFeatures::containsLinkOrCode(QByteArrayView(
                                            reinterpret_cast<const char *>(text), bytes));
    sqlite3_result_int(ctx, hit ? 1 : 0);
}

/// Registers kindred_link_or_code(text) on the connection unless it is there already
/// (registering again would expire every prepared statement of the connection). SQLITE_BUSY
/// means it is registered (SQLite refuses to redefine a function while statements run).
bool ensureLinkOrCode(const Database &db)
{
    {
        QSqlQuery q(db.sql());
        if (q.exec(QStringLiteral("SELECT 1 FROM pragma_function_list WHERE name = "
                                  "'kindred_link_or_code'")) &&
            q.next())
            return true;
    }
    const int rc =
        sqlite3_create_function_v2(db.handle(), "kindred_link_or_code", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   &linkOrCodeFunction, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK || rc == SQLITE_BUSY;
}

/// SQL expression of the community's UTC offset (seconds) at m.sent_at for instants in
/// [start, end): a constant, or a CASE over the zone's transitions in the range.
QString offsetExpression(const QTimeZone &zone, qint64 start, qint64 end)
{
    const QDateTime from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    int offset = zone.offsetFromUtc(from);
    if (!zone.hasTransitions())
        return QString::number(offset);
    const QTimeZone::OffsetDataList transitions =
        zone.transitions(from, QDateTime::fromSecsSinceEpoch(end, Qt::UTC));
    if (transitions.isEmpty())
        return QString::number(offset);
    QString expr = QStringLiteral("CASE");
    for (const QTimeZone::OffsetData &t : transitions) {
        expr += QStringLiteral(" WHEN m.sent_at < %1 THEN %2")
                    .arg(t.atUtc.toSecsSinceEpoch())
                    .arg(offset);
        offset = t.offsetFromUtc;
    }
    return expr + QStringLiteral(" ELSE %1 END").arg(offset);
}

struct Tally
{
    qint64 messages = 0;
    qint64 replies = 0;
    qint64 linkOrCode = 0;
    qint64 night = 0;
    qint64 reactions = 0;
};

} // namespace

bool MemberFeatures::containsLinkOrCode(QByteArrayView utf8)
{
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = utf8[i];
        if ((c == 'h' || c == 'H') &&
            (startsWithNoCase(utf8, i, "http://") || startsWithNoCase(utf8, i, "https://")))
            return true;
        if ((c == 'w' || c == 'W') && (i == 0 || !isIdentChar(utf8[i - 1])) &&
            startsWithNoCase(utf8, i, "www."))
            return true;
        if (c == '`' && i + 2 < n && utf8[i + 1] == '`' && utf8[i + 2] == '`')
            return true;
        if (c == ':' && i + 1 < n) {
            if (utf8[i + 1] == '=')
                return true;
            if (utf8[i + 1] == ':' && i > 0 && i + 2 < n && isIdentChar(utf8[i - 1]) &&
                isIdentChar(utf8[i + 2]))
                return true;
        }
    }
    qsizetype lineStart = 0;
    while (lineStart <= n) {
        qsizetype lineEnd = utf8.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        if (isCodeLine(utf8.sliced(lineStart, lineEnd - lineStart)))
            return true;
        lineStart = lineEnd + 1;
    }
    return false;
}

bool MemberFeatures::compute(const AnalyticsSource &source, const Period &period,
                             std::vector<MemberFeatureRow> *out, QString *error)
{
    out->clear();
    if (!period.isValid()) {
        *error = QCoreApplication::translate("MemberFeatures", "the period is not valid");
        return false;
    }
    const CommunityClock &clock = source.clock();
    const qint64 start = source.startOf(period);
    const qint64 end = source.endOf(period);
    const qint64 fromDay = period.from.toJulianDay();
    const qint64 toDay = period.to.toJulianDay();
    const int periodDays = period.days();

    std::vector<int> rowOf; ///< indexed by member id: the row, -1 = not in the population
    for (const MemberFacts &f : source.members()) {
        const qint64 presentFrom = f.joinedAt > 0 ? std::min(f.joinedAt, f.firstSeen) : f.firstSeen;
        if (presentFrom >= end || (f.leftAt > 0 && f.leftAt <= start))
            continue;
        MemberFeatureRow row;
        row.member = f.id;
        const qint64 first = std::max(clock.dayOf(presentFrom), fromDay);
        const qint64 last = f.leftAt > 0 ? std::min(clock.dayOf(f.leftAt), toDay) : toDay;
        row.presenceDays = int(std::max<qint64>(1, last - first + 1));
        row.values[size_t(MemberFeature::TenureDays)] =
            double(std::max<qint64>(0, toDay - clock.dayOf(f.joinTime())));
        if (size_t(f.id) >= rowOf.size())
            rowOf.resize(size_t(f.id) + 1, -1);
        rowOf[size_t(f.id)] = int(out->size());
        out->push_back(row);
    }

    if (!ensureLinkOrCode(source.database())) {
        *error = QCoreApplication::translate("MemberFeatures",
                                             "cannot register the link/code function: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(source.database().handle())));
        out->clear();
        return false;
    }
    const QString filter =
        QStringLiteral("JOIN channel c ON c.id = +m.channel_id WHERE c.community_id = :c AND "
                       "m.is_service = 0 AND m.member_id IS NOT NULL AND m.sent_at >= :s AND "
                       "m.sent_at < :e") +
        source.channelClause(QStringLiteral("+m.channel_id"));
    std::vector<Tally> tally(out->size());
    qint64 rowsRead = 0;
    // Runs one query of (member id, value) rows and hands each row of the population to `add`.
    auto run = [&](const QString &sql, void (*add)(Tally &, qint64)) {
        QSqlQuery q(source.database().sql());
        q.setForwardOnly(true);
        rowsRead = 0;
        if (!q.prepare(sql)) {
            *error = QCoreApplication::translate("MemberFeatures", "cannot read messages: %1")
                         .arg(q.lastError().text());
            return false;
        }
        q.bindValue(QStringLiteral(":c"), source.communityId());
        q.bindValue(QStringLiteral(":s"), start);
        q.bindValue(QStringLiteral(":e"), end);
        if (!q.exec()) {
            *error = QCoreApplication::translate("MemberFeatures", "cannot read messages: %1")
                         .arg(q.lastError().text());
            return false;
        }
        while (q.next()) {
            ++rowsRead;
            const qint64 member = source.resolve(q.value(0).toLongLong());
            if (member > 0 && size_t(member) < rowOf.size() && rowOf[size_t(member)] >= 0)
                add(tally[size_t(rowOf[size_t(member)])], q.value(1).toLongLong());
        }
        return true;
    };

    // One row per message with its three flags in one integer: 1 reply, 2 link or code,
    // 4 night. Tallied here rather than by GROUP BY: SQLite's sorter would order every
    // message first, which (with the workspace's temp_store = MEMORY) took 2.7 times as long
    // as this scan on 2.1M messages.
    const QString night = QStringLiteral("(((m.sent_at + (%1)) % 86400) + 86400) % 86400 < %2")
                              .arg(offsetExpression(clock.zone(), start, end))
                              .arg(kNightEndSecs);
    const QString messagesSql =
        QStringLiteral("SELECT m.member_id, (m.reply_to_external_id IS NOT NULL) + "
                       "2 * kindred_link_or_code(m.text) + 4 * (%1) FROM message m %2")
            .arg(night, filter);
    const bool messagesRead = run(messagesSql, [](Tally &t, qint64 flags) {
        ++t.messages;
        t.replies += flags & 1;
        t.linkOrCode += (flags >> 1) & 1;
        t.night += (flags >> 2) & 1;
    });
    if (!messagesRead) {
        out->clear();
        return false;
    }
    const qint64 periodMessages = rowsRead;

    // One row per reaction (emoji) on the period's messages, read from the reaction table when
    // it is smaller than the period's messages (a primary-key lookup per reaction), else from
    // the messages (an index lookup per message).
    qint64 reactionRows = 0;
    {
        QSqlQuery q(source.database().sql());
        if (q.exec(QStringLiteral("SELECT count(*) FROM reaction")) && q.next())
            reactionRows = q.value(0).toLongLong();
    }
    const QString reactionsFrom =
        reactionRows < periodMessages
            ? QStringLiteral("reaction r CROSS JOIN message m ON m.id = r.message_id")
            : QStringLiteral("message m CROSS JOIN reaction r ON r.message_id = m.id");
    const QString reactionsSql =
        QStringLiteral("SELECT m.member_id, r.count FROM %1 %2").arg(reactionsFrom, filter);
    if (!run(reactionsSql, [](Tally &t, qint64 count) { t.reactions += count; })) {
        out->clear();
        return false;
    }

    for (size_t i = 0; i < out->size(); ++i) {
        MemberFeatureRow &row = (*out)[i];
        const Tally &t = tally[i];
        row.messages = t.messages;
        const double weeks = double(std::max(row.presenceDays, std::min(7, periodDays))) / 7.0;
        row.values[size_t(MemberFeature::MessagesPerWeek)] = double(t.messages) / weeks;
        if (t.messages > 0) {
            const double n = double(t.messages);
            row.values[size_t(MemberFeature::ReplyShare)] = double(t.replies) / n;
            row.values[size_t(MemberFeature::ReactionsPerMessage)] = double(t.reactions) / n;
            row.values[size_t(MemberFeature::LinkCodeShare)] = double(t.linkOrCode) / n;
            row.values[size_t(MemberFeature::NightShare)] = double(t.night) / n;
        }
    }
    return true;
}

QString MemberFeatures::key(MemberFeature f)
{
    static const char *const keys[kMemberFeatureCount] = {
        "messages_per_week", "reply_share", "reactions_per_message",
        "link_code_share",   "night_share", "tenure_days"};
    const int i = int(f);
    return i >= 0 && i < kMemberFeatureCount ? QString::fromLatin1(keys[i]) : QString();
}

QString MemberFeatures::label(MemberFeature f)
{
    switch (f) {
    case MemberFeature::MessagesPerWeek:
        return QCoreApplication::translate("MemberFeatures", "messages per week");
    case MemberFeature::ReplyShare:
        return QCoreApplication::translate("MemberFeatures", "share of messages that are replies");
    case MemberFeature::ReactionsPerMessage:
        return QCoreApplication::translate("MemberFeatures", "reactions received per message");
    case MemberFeature::LinkCodeShare:
        return QCoreApplication::translate("MemberFeatures",
                                           "share of messages with links or code");
    case MemberFeature::NightShare:
        return QCoreApplication::translate("MemberFeatures",
                                           "share of messages sent at night (00:00–05:59)");
    case MemberFeature::TenureDays:
        return QCoreApplication::translate("MemberFeatures", "tenure in days");
    }
    return {};
}

QString MemberFeatures::formatValue(MemberFeature f, double value)
{
    switch (f) {
    case MemberFeature::MessagesPerWeek:
        return QCoreApplication::translate("MemberFeatures", "%1/week").arg(value, 0, 'f', 1);
    case MemberFeature::ReactionsPerMessage:
        return QCoreApplication::translate("MemberFeatures", "%1/message").arg(value, 0, 'f', 2);
    case MemberFeature::TenureDays:
        return QCoreApplication::translate("MemberFeatures", "%1 days").arg(value, 0, 'f', 0);
    case MemberFeature::ReplyShare:
    case MemberFeature::LinkCodeShare:
    case MemberFeature::NightShare:
        return QCoreApplication::translate("MemberFeatures", "%1%").arg(value * 100.0, 0, 'f', 0);
    }
    return {};
}

} // namespace kindred
