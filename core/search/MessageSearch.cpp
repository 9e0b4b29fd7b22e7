#include "MessageSearch.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kindred {
namespace {

int codePoints(const QString &s)
{
    int n = 0;
    for (int i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000); // U+3000 IDEOGRAPHIC SPACE is a space already
}

} // namespace

QString SearchHit::markedSnippet(const QString &open, const QString &close) const
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : highlights) {
        out += snippet.mid(at, start - at) + open + snippet.mid(start, length) + close;
        at = start + length;
    }
    out += snippet.mid(at);
    return out;
}

QStringList MessageSearch::terms(const QString &text)
{
    QStringList out;
    QString current;
    auto flush = [&]() {
        if (!current.isEmpty() && !out.contains(current))
            out.append(current);
        current.clear();
    };
    for (const QChar c : text) {
        if (isSpace(c))
            flush();
        else
            current += c;
    }
    flush();
    return out;
}

QString MessageSearch::matchExpression(const QStringList &terms)
{
    QStringList phrases;
    for (const QString &t : terms) {
        if (codePoints(t) < kMinIndexedLength)
            continue;
        QString quoted = t;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    return phrases.join(QLatin1Char(' '));
}

QString MessageSearch::likePattern(const QString &term)
{
    QString escaped;
    for (const QChar c : term) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

void MessageSearch::makeSnippet(const QString &text, const QStringList &terms, QString *snippet,
                                QList<QPair<int, int>> *highlights)
{
    // Every occurrence of every term in the whole text, merged where they overlap.
    QList<QPair<int, int>> ranges;
    for (const QString &t : terms) {
        for (qsizetype at = text.indexOf(t, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(t, at + 1, Qt::CaseInsensitive))
            ranges.append({int(at), int(at + t.size())});
    }
    std::sort(ranges.begin(), ranges.end());
    QList<QPair<int, int>> merged;
    for (const auto &r : ranges) {
        if (!merged.isEmpty() && r.first < merged.last().second)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged.append(r);
    }
    // The window: the whole text when short, else kSnippetLength characters starting a little
    // before the first match.
    int start = 0;
    int end = int(text.size());
    if (end > kSnippetLength) {
        const int first = merged.isEmpty() ? 0 : merged.first().first;
        start = std::max(0, first - kSnippetLength / 4);
        end = std::min(int(text.size()), start + kSnippetLength);
        start = std::max(0, end - kSnippetLength);
        if (start > 0 && text.at(start).isLowSurrogate())
            ++start;
        if (end < text.size() && text.at(end).isLowSurrogate())
            --end;
    }
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    QString window = text.mid(start, end - start);
    for (QChar &c : window) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    *snippet = prefix + window + (end < text.size() ? QStringLiteral("…") : QString());
    highlights->clear();
    for (const auto &[from, to] : std::as_const(merged)) {
        const int a = std::max(from, start);
        const int b = std::min(to, end);
        if (a < b)
            highlights->append({a - start + int(prefix.size()), b - a});
    }
}

bool MessageSearch::query(const QString &text, const SearchFilter &filter, SearchResults *out,
                          QString *error) const
{
    *out = SearchResults{};
    out->terms = terms(text);
    if (out->terms.isEmpty())
        return true;
    const QString match = matchExpression(out->terms);
    out->usedIndex = !match.isEmpty();

    // FROM/WHERE shared by the count and the page; values are bound in `binds` order.
    QString with;
    QString from;
    QStringList where{QStringLiteral("m.is_service = 0")};
    QVariantList binds;
    if (filter.memberId > 0) {
        with = QStringLiteral("WITH RECURSIVE person(id) AS (SELECT ? UNION SELECT x.id FROM "
                              "member x JOIN person p ON x.merged_into = p.id) ");
        binds.append(filter.memberId);
    }
    if (out->usedIndex) {
        from = QStringLiteral(" FROM message_fts JOIN message m ON m.id = message_fts.rowid");
        where.prepend(QStringLiteral("message_fts MATCH ?"));
        binds.append(match);
    } else {
        from = QStringLiteral(" FROM message m");
    }
    if (filter.memberId > 0)
        where.append(QStringLiteral("m.member_id IN (SELECT id FROM person)"));
    if (!filter.channelIds.isEmpty()) {
        QStringList marks;
        for (const qint64 id : filter.channelIds) {
            marks.append(QStringLiteral("?"));
            binds.append(id);
        }
        where.append(QStringLiteral("m.channel_id IN (") + marks.join(QLatin1Char(',')) +
                     QLatin1Char(')'));
    }
    if (filter.fromUtc > 0) {
        where.append(QStringLiteral("m.sent_at >= ?"));
        binds.append(filter.fromUtc);
    }
    if (filter.toUtc > 0) {
        where.append(QStringLiteral("m.sent_at < ?"));
        binds.append(filter.toUtc);
    }
    for (const QString &t : std::as_const(out->terms)) {
        if (codePoints(t) >= kMinIndexedLength)
            continue;
        where.append(QStringLiteral("m.text LIKE ? ESCAPE '\\'"));
        binds.append(likePattern(t));
    }
    const QString whereSql = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));

    auto failed = [&](const QSqlQuery &q) {
        *error = QCoreApplication::translate("MessageSearch", "cannot search the messages: %1")
                     .arg(q.lastError().text());
        return false;
    };
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(with + QStringLiteral("SELECT count(*)") + from + whereSql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return failed(q);
    out->total = q.value(0).toLongLong();
    q.finish();
    if (out->total == 0)
        return true;

    const int limit = std::clamp(filter.limit, 1, 1000);
    const int offset = std::max(0, filter.offset);
    const QString order =
        out->usedIndex ? QStringLiteral(" ORDER BY bm25(message_fts), m.sent_at DESC, m.id DESC")
                       : QStringLiteral(" ORDER BY m.sent_at DESC, m.id DESC");
    const QString rank = out->usedIndex ? QStringLiteral("bm25(message_fts)") : QStringLiteral("0");
    q.prepare(with +
              QStringLiteral("SELECT m.id, coalesce(m.member_id, 0), m.channel_id, "
                             "coalesce(c.name, ''), m.sent_at, m.text, ") +
              rank + from + QStringLiteral(" LEFT JOIN channel c ON c.id = m.channel_id") +
              whereSql + order + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        SearchHit h;
        h.messageId = q.value(0).toLongLong();
        h.memberId = q.value(1).toLongLong();
        h.channelId = q.value(2).toLongLong();
        h.channelName = q.value(3).toString();
        h.sentAt = q.value(4).toLongLong();
        makeSnippet(q.value(5).toString(), out->terms, &h.snippet, &h.highlights);
        h.rank = q.value(6).toDouble();
        out->hits.append(h);
    }
    q.finish();

    // Authors after merges, with the surviving member's name.
    QHash<qint64, qint64> mergedInto;
    if (!q.exec(QStringLiteral("SELECT id, merged_into FROM member WHERE merged_into IS NOT NULL")))
        return failed(q);
    while (q.next())
        mergedInto.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    QHash<qint64, QString> names;
    for (SearchHit &h : out->hits) {
        for (int guard = 0; guard < 64 && mergedInto.contains(h.memberId); ++guard)
            h.memberId = mergedInto.value(h.memberId);
        if (h.memberId > 0)
            names.insert(h.memberId, QString());
    }
    if (!names.isEmpty()) {
        QStringList ids;
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            ids.append(QString::number(it.key()));
        if (!q.exec(QStringLiteral("SELECT id, display_name FROM member WHERE id IN (") +
                    ids.join(QLatin1Char(',')) + QLatin1Char(')')))
            return failed(q);
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
        q.finish();
        for (SearchHit &h : out->hits)
            h.memberName = names.value(h.memberId);
    }
    return true;
}

bool MessageSearch::context(qint64 messageId, int before, int after, QList<SearchContextLine> *out,
                            QString *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT channel_id, sent_at FROM message WHERE id = ?"));
    q.addBindValue(messageId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().isValid()
                     ? QCoreApplication::translate("MessageSearch", "cannot read the message: %1")
                           .arg(q.lastError().text())
                     : QCoreApplication::translate("MessageSearch", "there is no message %1")
                           .arg(messageId);
        return false;
    }
    const qint64 channel = q.value(0).toLongLong();
    const qint64 sentAt = q.value(1).toLongLong();
    q.finish();
    const QString select = QStringLiteral(
        "SELECT m.id, m.sent_at, coalesce(mb.display_name, ''), m.text FROM message m LEFT JOIN "
        "member mb ON mb.id = m.member_id WHERE m.channel_id = ? AND (m.is_service = 0 OR m.id = "
        "?) AND ");
    auto read = [&](const QString &where, int limit, QList<SearchContextLine> *lines) {
        q.prepare(select + where + QStringLiteral(" LIMIT ?"));
        q.addBindValue(channel);
        q.addBindValue(messageId);
        q.addBindValue(sentAt);
        q.addBindValue(messageId);
        q.addBindValue(std::max(0, limit));
        if (!q.exec()) {
            *error = QCoreApplication::translate("MessageSearch", "cannot read the message: %1")
                         .arg(q.lastError().text());
            return false;
        }
        while (q.next())
            lines->append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(), q.value(0).toLongLong() == messageId});
        q.finish();
        return true;
    };
    QList<SearchContextLine> earlier;
    QList<SearchContextLine> rest;
    if (!read(QStringLiteral("(m.sent_at, m.id) < (?, ?) ORDER BY m.sent_at DESC, m.id DESC"),
              before, &earlier) ||
        !read(QStringLiteral("(m.sent_at, m.id) >= (?, ?) ORDER BY m.sent_at, m.id"), after + 1,
              &rest))
        return false;
    std::reverse(earlier.begin(), earlier.end());
    *out = earlier + rest;
    return true;
}

QTimeZone MessageSearch::communityZone(Database &db)
{
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("SELECT timezone FROM community ORDER BY id LIMIT 1")) && q.next()) {
        const QTimeZone zone(q.value(0).toString().toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::utc();
}

} // namespace kindred
