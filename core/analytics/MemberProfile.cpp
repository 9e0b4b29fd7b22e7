#include "MemberProfile.h"

#include "KpiCalculator.h"
#include "identity/MemberMerger.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kindred {
namespace {

/// Weeks the timeline keeps at most (the latest ones): 23 years.
constexpr int kMaxWeeks = 1200;

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

/// Why `memberId` has no profile: unknown row, bot or exporting account, or never seen.
QString notAMember(Database &db, qint64 memberId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT is_bot, is_self FROM member WHERE id = ?"));
    q.addBindValue(memberId);
    if (!q.exec() || !q.next())
        return QCoreApplication::translate("MemberProfile", "there is no member %1 in this "
                                                            "workspace")
            .arg(memberId);
    if (q.value(0).toInt() != 0 || q.value(1).toInt() != 0)
        return QCoreApplication::translate("MemberProfile",
                                           "member %1 is a bot or the account that made the "
                                           "export, not a community member")
            .arg(memberId);
    return QCoreApplication::translate("MemberProfile",
                                       "member %1 was never seen (no message, reaction or join)")
        .arg(memberId);
}

} // namespace

bool MemberProfile::load(const AnalyticsSource &source, const SegmentRules &segmentRules,
                         const LevelRules &levelRules, qint64 memberId, const Period &period,
                         MemberProfile *out, QString *error)
{
    *out = MemberProfile{};
    Database &db = source.database();
    const qint64 survivor = source.resolve(memberId);
    const auto factsIt =
        std::find_if(source.members().begin(), source.members().end(),
                     [survivor](const MemberFacts &f) { return f.id == survivor; });
    if (survivor == 0 || factsIt == source.members().end()) {
        *error = notAMember(db, memberId);
        return false;
    }
    const MemberFacts &facts = *factsIt;
    out->id = survivor;
    out->name = facts.name;
    out->status = facts.status;
    out->joinedAt = facts.joinedAt;
    out->firstSeen = facts.firstSeen;
    out->lastSeen = facts.lastSeen;
    out->leftAt = facts.leftAt;
    out->period = period;

    QHash<qint64, QString> names;
    for (const MemberFacts &f : source.members())
        names.insert(f.id, f.name);

    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    auto exec = [&](QSqlQuery &query) {
        if (query.exec())
            return true;
        *error = QCoreApplication::translate("MemberProfile", "cannot read member %1: %2")
                     .arg(memberId)
                     .arg(query.lastError().text());
        return false;
    };

    // The member rows of the person: the survivor and every row merged into it (directly or
    // through other merged rows) that the analytics count for it.
    QList<qint64> rows{survivor};
    q.prepare(QStringLiteral("WITH RECURSIVE person(id) AS (SELECT ? UNION SELECT m.id FROM "
                             "member m JOIN person p ON m.merged_into = p.id) "
                             "SELECT id FROM person ORDER BY id"));
    q.addBindValue(survivor);
    if (!exec(q))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != survivor && source.resolve(id) == survivor) {
            rows.append(id);
            out->mergedIds.append(id);
        }
    }
    q.finish();
    const QString ids = idList(rows);
    const QString channelOf = source.channelClause(QStringLiteral("m.channel_id"));

    q.prepare(QStringLiteral("SELECT tags, notes FROM member WHERE id = ?"));
    q.addBindValue(survivor);
    if (!exec(q))
        return false;
    if (q.next()) {
        out->tags = parseTags(q.value(0).toString());
        out->notes = q.value(1).toString();
    }
    q.finish();

    if (!q.prepare(QStringLiteral("SELECT member_id, platform, external_id, username, "
                                  "display_name FROM identity WHERE member_id IN (%1) "
                                  "ORDER BY member_id <> %2, platform, external_id")
                       .arg(ids)
                       .arg(survivor)) ||
        !exec(q))
        return false;
    while (q.next()) {
        MemberIdentity identity;
        identity.memberId = q.value(0).toLongLong();
        identity.platform = q.value(1).toString();
        identity.externalId = q.value(2).toString();
        identity.username = q.value(3).toString();
        identity.displayName = q.value(4).toString();
        identity.merged = identity.memberId != survivor;
        if (!out->platforms.contains(identity.platform))
            out->platforms.append(identity.platform);
        out->identities.append(identity);
    }
    q.finish();
    out->platforms.sort();

    // Segment and level of the period, as the Members and Levels pages compute them.
    if (period.isValid()) {
        const SegmentRules &rules = segmentRules;
        const KpiCalculator calc(source, rules);
        const QHash<qint64, SegmentInput> inputs = calc.segmentInputs(period);
        const auto it = inputs.constFind(survivor);
        const qint64 endDay = period.to.toJulianDay();
        if (it != inputs.constEnd()) {
            out->hasSegment = true;
            out->segment = Segmentation::classify(*it, endDay, rules);
            out->segmentWhy = Segmentation::explain(*it, endDay, rules);
        } else {
            out->segmentWhy =
                QCoreApplication::translate("MemberProfile", "No segment: first seen on %1, "
                                                             "after the period's end (%2).")
                    .arg(source.clock().dateOf(facts.firstSeen).toString(Qt::ISODate),
                         period.to.toString(Qt::ISODate));
        }
        const QHash<qint64, MemberLevel> levels =
            LevelCalculator(source, levelRules).levelsAt(period.to);
        if (const auto level = levels.constFind(survivor); level != levels.constEnd()) {
            out->hasLevel = true;
            out->level = level->level;
            out->levelName = level->name;
            out->levelWhy = level->why;
            out->levelSince = level->since;
        } else {
            out->levelWhy =
                QCoreApplication::translate("MemberProfile", "No level: first seen on %1, after "
                                                             "the period's end (%2).")
                    .arg(source.clock().dateOf(facts.firstSeen).toString(Qt::ISODate),
                         period.to.toString(Qt::ISODate));
        }
    }

    // Timeline: every non-service message, bucketed by local Monday-based week.
    QHash<qint64, int> perWeek; // Julian day of the Monday -> messages
    qint64 firstMessageDay = 0, lastMessageDay = 0;
    if (!q.prepare(QStringLiteral("SELECT m.sent_at, m.reply_to_external_id IS NOT NULL FROM "
                                  "message m WHERE m.member_id IN (%1) AND m.is_service = 0%2")
                       .arg(ids, channelOf)) ||
        !exec(q))
        return false;
    const CommunityClock &clock = source.clock();
    while (q.next()) {
        const qint64 day = clock.dayOf(q.value(0).toLongLong());
        ++out->messagesTotal;
        out->repliesTotal += q.value(1).toInt();
        ++perWeek[mondayOf(QDate::fromJulianDay(day)).toJulianDay()];
        firstMessageDay = firstMessageDay == 0 ? day : std::min(firstMessageDay, day);
        lastMessageDay = std::max(lastMessageDay, day);
    }
    q.finish();
    qint64 fromDay = clock.dayOf(facts.firstSeen);
    qint64 toDay = clock.dayOf(std::max(facts.lastSeen, facts.firstSeen));
    if (firstMessageDay > 0) {
        fromDay = std::min(fromDay, firstMessageDay);
        toDay = std::max(toDay, lastMessageDay);
    }
    const QDate lastWeek = mondayOf(QDate::fromJulianDay(toDay));
    QDate week = mondayOf(QDate::fromJulianDay(fromDay));
    if (week.daysTo(lastWeek) / 7 >= kMaxWeeks)
        week = lastWeek.addDays(-7 * (kMaxWeeks - 1));
    for (; week <= lastWeek; week = week.addDays(7))
        out->weeks.append({week, perWeek.value(week.toJulianDay())});

    // The latest messages, with the author of the message each reply answers.
    if (!q.prepare(
            QStringLiteral(
                "SELECT m.id, c.name, c.platform, m.sent_at, m.text, "
                "coalesce(m.attachment_kind, ''), m.reply_to_external_id IS NOT NULL, "
                "coalesce(p.member_id, 0), coalesce(pm.display_name, '') FROM message m "
                "JOIN channel c ON c.id = m.channel_id LEFT JOIN message p ON p.channel_id = "
                "m.channel_id AND p.external_id = m.reply_to_external_id LEFT JOIN member pm ON "
                "pm.id = p.member_id WHERE m.member_id IN (%1) AND m.is_service = 0%2 "
                "ORDER BY m.sent_at DESC, m.id DESC LIMIT %3")
                .arg(ids, channelOf)
                .arg(kRecentMessages)) ||
        !exec(q))
        return false;
    while (q.next()) {
        MemberMessage m;
        m.id = q.value(0).toLongLong();
        m.channel = q.value(1).toString();
        m.platform = q.value(2).toString();
        m.sentAt = q.value(3).toLongLong();
        m.text = q.value(4).toString();
        m.attachmentKind = q.value(5).toString();
        m.isReply = q.value(6).toInt() != 0;
        const qint64 repliedTo = source.resolve(q.value(7).toLongLong());
        m.repliedToName = repliedTo != 0 ? names.value(repliedTo) : q.value(8).toString();
        out->recent.append(m);
    }
    q.finish();

    // Reply partners, both directions, counted per surviving member.
    QHash<qint64, ReplyPartner> partners;
    auto countReplies = [&](const QString &sql, int ReplyPartner::*field) {
        if (!q.prepare(sql) || !exec(q))
            return false;
        while (q.next()) {
            const qint64 partner = source.resolve(q.value(0).toLongLong());
            if (partner == 0 || partner == survivor)
                continue; // a bot, or a reply to oneself
            ReplyPartner &p = partners[partner];
            p.memberId = partner;
            p.*field += q.value(1).toInt();
        }
        q.finish();
        return true;
    };
    if (!countReplies(QStringLiteral("SELECT p.member_id, count(*) FROM message m JOIN message p "
                                     "ON p.channel_id = m.channel_id AND p.external_id = "
                                     "m.reply_to_external_id WHERE m.member_id IN (%1) AND "
                                     "m.is_service = 0 AND m.reply_to_external_id IS NOT NULL AND "
                                     "p.member_id IS NOT NULL%2 GROUP BY p.member_id")
                          .arg(ids, channelOf),
                      &ReplyPartner::repliesTo) ||
        !countReplies(QStringLiteral("SELECT r.member_id, count(*) FROM message m JOIN message r "
                                     "ON r.channel_id = m.channel_id AND r.reply_to_external_id = "
                                     "m.external_id WHERE m.member_id IN (%1) AND r.is_service = 0 "
                                     "AND r.member_id IS NOT NULL%2 GROUP BY r.member_id")
                          .arg(ids, channelOf),
                      &ReplyPartner::repliesFrom))
        return false;
    QList<ReplyPartner> ranked;
    ranked.reserve(partners.size());
    for (ReplyPartner &p : partners) {
        p.name = names.value(p.memberId);
        ranked.append(p);
    }
    std::sort(ranked.begin(), ranked.end(), [](const ReplyPartner &a, const ReplyPartner &b) {
        if (a.total() != b.total())
            return a.total() > b.total();
        if (const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.memberId < b.memberId;
    });
    out->partners = ranked.mid(0, kTopPartners);
    return true;
}

QStringList MemberProfile::parseTags(const QString &text)
{
    static const QRegularExpression separators(
        QStringLiteral("[,;\\n\\r\\x{FF0C}\\x{3001}\\x{FF1B}]"));
    QStringList tags;
    QStringList folded;
    const QStringList parts = text.split(separators);
    for (const QString &part : parts) {
        const QString tag = part.simplified();
        if (tag.isEmpty())
            continue;
        const QString key = tag.toCaseFolded();
        if (folded.contains(key))
            continue;
        folded.append(key);
        tags.append(tag);
    }
    return tags;
}

QString MemberProfile::formatTags(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}

bool MemberProfile::normaliseTags(const QString &text, QString *normalised, QString *error)
{
    const QStringList tags = parseTags(text);
    for (const QString &tag : tags) {
        if (tag.size() > kMaxTagLength) {
            *error = QCoreApplication::translate("MemberProfile",
                                                 "the tag \"%1\" is longer than %2 characters")
                         .arg(tag)
                         .arg(kMaxTagLength);
            return false;
        }
    }
    *normalised = formatTags(tags);
    return true;
}

QString MemberProfile::normaliseNotes(const QString &notes)
{
    QString n = notes;
    n.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    n.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    qsizetype end = n.size();
    while (end > 0 && n.at(end - 1).isSpace())
        --end;
    n.truncate(end);
    return n;
}

bool MemberProfile::saveTagsAndNotes(Database &db, qint64 memberId, const QString &tags,
                                     const QString &notes, QString *error)
{
    QString storedTags;
    if (!normaliseTags(tags, &storedTags, error))
        return false;
    const QString storedNotes = normaliseNotes(notes);
    if (storedNotes.size() > kMaxNotesLength) {
        *error = QCoreApplication::translate("MemberProfile",
                                             "the notes are longer than %1 characters (%2)")
                     .arg(kMaxNotesLength)
                     .arg(storedNotes.size());
        return false;
    }
    QSqlDatabase sql = db.sql();
    if (!sql.transaction()) {
        *error = QCoreApplication::translate("MemberProfile", "cannot save member %1: %2")
                     .arg(memberId)
                     .arg(sql.lastError().text());
        return false;
    }
    const qint64 target = MemberMerger::survivor(db, memberId);
    int changed = 0;
    QString dbError;
    if (target > 0) {
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("UPDATE member SET tags = ?, notes = ? WHERE id = ?"));
        // A null QString binds NULL: the columns are NOT NULL, so store "" for "no tags".
        q.addBindValue(storedTags.isNull() ? QStringLiteral("") : storedTags);
        q.addBindValue(storedNotes.isNull() ? QStringLiteral("") : storedNotes);
        q.addBindValue(target);
        if (q.exec())
            changed = q.numRowsAffected();
        else
            dbError = q.lastError().text();
    }
    if (changed != 1) {
        sql.rollback();
        *error = dbError.isEmpty()
                     ? QCoreApplication::translate("MemberProfile",
                                                   "cannot save member %1: there is no such "
                                                   "member in this workspace")
                           .arg(memberId)
                     : QCoreApplication::translate("MemberProfile", "cannot save member %1: %2")
                           .arg(memberId)
                           .arg(dbError);
        return false;
    }
    if (!sql.commit()) {
        *error = QCoreApplication::translate("MemberProfile", "cannot save member %1: %2")
                     .arg(memberId)
                     .arg(sql.lastError().text());
        sql.rollback();
        return false;
    }
    return true;
}

} // namespace kindred
