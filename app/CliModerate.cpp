#include "CliModerate.h"
#include "CliSupport.h"

#include "analytics/AnalyticsSource.h"
#include "moderation/GuidanceList.h"
#include "moderation/ModerationStats.h"
#include "moderation/ModerationStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <cstdio>

namespace kindred::cli {
namespace {

bool parseIds(const QStringList &values, const QString &option, QList<qint64> *out, QString *error)
{
    for (const QString &v : values) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0) {
            *error = QStringLiteral("--%1 must be a positive id, not '%2'").arg(option, v);
            return false;
        }
        out->append(id);
    }
    return true;
}

/// Writes data to path, or to standard output for "-".
bool writeOut(const QString &path, const QByteArray &data, QString *error)
{
    if (path == QLatin1String("-")) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString humanDuration(double secs)
{
    if (std::isnan(secs))
        return QStringLiteral("n/a");
    if (secs < 120)
        return QStringLiteral("%1 s").arg(secs, 0, 'f', 0);
    if (secs < 7200)
        return QStringLiteral("%1 min").arg(secs / 60.0, 0, 'f', 1);
    if (secs < 172800)
        return QStringLiteral("%1 h").arg(secs / 3600.0, 0, 'f', 1);
    return QStringLiteral("%1 d").arg(secs / 86400.0, 0, 'f', 1);
}

QJsonObject auditJson(const AuditEntry &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("acted_at"), isoUtc(a.actedAt)},
        {QStringLiteral("actor"), a.actor},
        {QStringLiteral("action"), a.action},
        {QStringLiteral("member_id"), a.memberId},
        {QStringLiteral("member_name"), a.memberName},
        {QStringLiteral("flag_id"), a.flagId > 0 ? QJsonValue(a.flagId) : QJsonValue()},
        {QStringLiteral("flag_rule"), a.flagRule},
        {QStringLiteral("reason"), a.reason}};
}

/// [from, to] local days -> [fromUtc, toUtc); unset bounds stay 0 (unbounded).
bool utcRange(const AnalyticsSource &source, const QString &from, const QString &to,
              qint64 *fromUtc, qint64 *toUtc, QString *error)
{
    *fromUtc = 0;
    *toUtc = 0;
    if (!from.isEmpty()) {
        const QDate d = QDate::fromString(from, Qt::ISODate);
        if (!d.isValid()) {
            *error = QStringLiteral("--from must be a date YYYY-MM-DD, not '%1'").arg(from);
            return false;
        }
        *fromUtc = source.clock().startOf(d);
    }
    if (!to.isEmpty()) {
        const QDate d = QDate::fromString(to, Qt::ISODate);
        if (!d.isValid()) {
            *error = QStringLiteral("--to must be a date YYYY-MM-DD, not '%1'").arg(to);
            return false;
        }
        *toUtc = source.clock().startOf(d.addDays(1));
    }
    if (*fromUtc > 0 && *toUtc > 0 && *fromUtc >= *toUtc) {
        *error = QStringLiteral("--from %1 is after --to %2").arg(from, to);
        return false;
    }
    return true;
}

int printAudit(ModerationStore &store, const AnalyticsSource &source, const QCommandLineParser &p)
{
    AuditFilter filter;
    filter.actor = p.value(QStringLiteral("actor"));
    filter.action = p.value(QStringLiteral("action"));
    if (!filter.action.isEmpty() && !ModerationStore::fromKey(filter.action, nullptr))
        return fail(QStringLiteral("moderation: unknown --action '%1' (dismiss, warn, mute, "
                                   "ban, unban, note)")
                        .arg(filter.action));
    QString error;
    if (p.isSet(QStringLiteral("member"))) {
        QList<qint64> ids;
        if (!parseIds({p.value(QStringLiteral("member"))}, QStringLiteral("member"), &ids, &error))
            return fail(QStringLiteral("moderation: %1").arg(error));
        filter.memberId = ids.first();
    }
    if (!utcRange(source, p.value(QStringLiteral("from")), p.value(QStringLiteral("to")),
                  &filter.fromUtc, &filter.toUtc, &error))
        return fail(QStringLiteral("moderation: %1").arg(error));
    const QList<AuditEntry> log = store.auditLog(filter);
    if (p.isSet(QStringLiteral("csv"))) {
        if (!writeOut(p.value(QStringLiteral("csv")), ModerationStore::auditCsv(log), &error))
            return fail(error);
        return 0;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const AuditEntry &a : log)
            rows.append(auditJson(a));
        printLine(QJsonDocument(QJsonObject{{QStringLiteral("entries"), rows}})
                      .toJson(QJsonDocument::Compact));
        return 0;
    }
    printLine(QStringLiteral("%1 audit entries, newest first").arg(log.size()).toUtf8());
    for (const AuditEntry &a : log)
        printLine(QStringLiteral("#%1 %2 %3 %4 member %5 (%6)%7: %8")
                      .arg(a.id)
                      .arg(isoUtc(a.actedAt), a.actor, a.action)
                      .arg(a.memberId)
                      .arg(a.memberName,
                           a.flagId > 0
                               ? QStringLiteral(" flag %1 %2").arg(a.flagId).arg(a.flagRule)
                               : QString(),
                           a.reason)
                      .toUtf8());
    return 0;
}

int printBanList(ModerationStore &store, const QCommandLineParser &p)
{
    const QList<BanEntry> list = store.banList();
    QString error;
    if (p.isSet(QStringLiteral("csv"))) {
        if (!writeOut(p.value(QStringLiteral("csv")), ModerationStore::banListCsv(list), &error))
            return fail(error);
        return 0;
    }
    if (p.isSet(QStringLiteral("json"))) {
        std::fputs(
            ModerationStore::banListJson(list, QDateTime::currentSecsSinceEpoch()).constData(),
            stdout);
        std::fflush(stdout);
        return 0;
    }
    printLine(QStringLiteral("%1 banned or muted members").arg(list.size()).toUtf8());
    for (const BanEntry &e : list) {
        QStringList ids;
        for (const BanIdentity &i : e.identities)
            ids.append(QStringLiteral("%1:%2").arg(i.platform, i.externalId));
        printLine(QStringLiteral("%1 %2 (%3) since %4 by %5: %6 [%7]")
                      .arg(e.status)
                      .arg(e.memberId)
                      .arg(e.name, e.since > 0 ? isoUtc(e.since) : QStringLiteral("unknown"),
                           e.actor.isEmpty() ? QStringLiteral("-") : e.actor, e.reason,
                           ids.join(QStringLiteral(", ")))
                      .toUtf8());
    }
    return 0;
}

int printStats(Database &db, const AnalyticsSource &source, const QCommandLineParser &p)
{
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    QString error;
    if (!utcRange(source, p.value(QStringLiteral("from")), p.value(QStringLiteral("to")), &fromUtc,
                  &toUtc, &error))
        return fail(QStringLiteral("moderation: %1").arg(error));
    const ModerationStatsResult r = ModerationStats(db).compute(fromUtc, toUtc);
    if (p.isSet(QStringLiteral("json"))) {
        std::fputs(ModerationStats::toJson(r).constData(), stdout);
        std::fflush(stdout);
        return 0;
    }
    printLine(QStringLiteral("flags %1 (open %2, handled %3), median time to handle %4, "
                             "actions %5")
                  .arg(r.flags)
                  .arg(r.open)
                  .arg(r.handled)
                  .arg(humanDuration(r.medianHandleSeconds))
                  .arg(r.actions)
                  .toUtf8());
    printLine(QByteArrayLiteral("per rule:      flags   open  dismissed  actioned"));
    for (const RuleCount &c : r.perRule)
        printLine(QStringLiteral("  %1 %2 %3 %4 %5")
                      .arg(c.rule, -12)
                      .arg(c.flags, 6)
                      .arg(c.open, 6)
                      .arg(c.dismissed, 10)
                      .arg(c.actioned, 9)
                      .toUtf8());
    printLine(QByteArrayLiteral("per channel:"));
    for (const ChannelCount &c : r.perChannel)
        printLine(QStringLiteral("  %1 %2")
                      .arg(c.channelId > 0 ? c.channelName : QStringLiteral("(none)"), -24)
                      .arg(c.flags, 6)
                      .toUtf8());
    printLine(QByteArrayLiteral("repeat offenders (>= 2 actioned flags or >= 2 warn/mute/ban):"));
    for (const RepeatOffender &o : r.repeatOffenders)
        printLine(QStringLiteral("  %1 %2 (%3): %4 actioned flags, %5 sanctions")
                      .arg(o.memberId)
                      .arg(o.name, o.status)
                      .arg(o.actionedFlags)
                      .arg(o.sanctions)
                      .toUtf8());
    printLine(QByteArrayLiteral("moderators:"));
    for (const ModeratorActivity &m : r.moderators) {
        QStringList parts;
        for (const auto &a : m.perAction) {
            if (a.second > 0)
                parts.append(QStringLiteral("%1 %2").arg(a.first).arg(a.second));
        }
        printLine(QStringLiteral("  %1 %2 (%3)")
                      .arg(m.actor)
                      .arg(m.total)
                      .arg(parts.join(QStringLiteral(", ")))
                      .toUtf8());
    }
    return 0;
}

int printGuidance(Database &db, const AnalyticsSource &source, const QCommandLineParser &p)
{
    QDate day = source.lastMessageDate();
    if (!day.isValid())
        day = source.clock().dateOf(QDateTime::currentSecsSinceEpoch());
    if (p.isSet(QStringLiteral("as-of"))) {
        day = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!day.isValid())
            return fail(QStringLiteral("moderation: --as-of must be a date YYYY-MM-DD, not '%1'")
                            .arg(p.value(QStringLiteral("as-of"))));
    }
    const QList<GuidanceEntry> list = GuidanceList(source, SegmentRules::load(db)).compute(day);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const GuidanceEntry &e : list)
            rows.append(
                QJsonObject{{QStringLiteral("member_id"), e.memberId},
                            {QStringLiteral("name"), e.name},
                            {QStringLiteral("reason"), GuidanceList::key(e.reason)},
                            {QStringLiteral("segment"), Segmentation::key(e.segment)},
                            {QStringLiteral("joined"), e.joined.toString(Qt::ISODate)},
                            {QStringLiteral("last_active"),
                             e.lastActive.isValid() ? QJsonValue(e.lastActive.toString(Qt::ISODate))
                                                    : QJsonValue()},
                            {QStringLiteral("days_since_active"), e.daysSinceActive},
                            {QStringLiteral("active_days_last"), e.activeDaysLast},
                            {QStringLiteral("active_days_previous"), e.activeDaysPrevious},
                            {QStringLiteral("active_days_before_stop"), e.activeDaysBeforeStop},
                            {QStringLiteral("messages"), e.messages},
                            {QStringLiteral("why"), e.why}});
        printLine(QJsonDocument(QJsonObject{{QStringLiteral("as_of"), day.toString(Qt::ISODate)},
                                            {QStringLiteral("members"), rows}})
                      .toJson(QJsonDocument::Compact));
        return 0;
    }
    printLine(QStringLiteral("%1 members suggested for a personal message on %2")
                  .arg(list.size())
                  .arg(day.toString(Qt::ISODate))
                  .toUtf8());
    for (const GuidanceEntry &e : list)
        printLine(QStringLiteral("  %1 %2 %3: %4")
                      .arg(GuidanceList::key(e.reason), -20)
                      .arg(e.memberId)
                      .arg(e.name, e.why)
                      .toUtf8());
    return 0;
}

} // namespace

int runModerate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Takes one moderation decision and writes it to the append-only audit "
                       "log. Several --member/--flag values make one bulk decision (all or "
                       "nothing)."));
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("member"), QStringLiteral("Member id (repeatable)."),
                 QStringLiteral("ID")});
    p.addOption(
        {QStringLiteral("flag"), QStringLiteral("Flag id (repeatable)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("action"),
                 QStringLiteral("dismiss, warn, mute, ban, unban or note."), QStringLiteral("A")});
    p.addOption(
        {QStringLiteral("reason"), QStringLiteral("Why (required)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("actor"),
                 QStringLiteral("Moderator name for the audit log (default: the operating-"
                                "system user name, now '%1').")
                     .arg(ModerationStore::osUserName()),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the result as one JSON object.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    ActionRequest request;
    const QString action = p.value(QStringLiteral("action"));
    if (action.isEmpty())
        return fail(QStringLiteral("moderate: --action is required (dismiss, warn, mute, ban, "
                                   "unban, note)"));
    if (!ModerationStore::fromKey(action, &request.action))
        return fail(QStringLiteral("moderate: unknown --action '%1' (dismiss, warn, mute, ban, "
                                   "unban, note)")
                        .arg(action));
    QString error;
    if (!parseIds(p.values(QStringLiteral("member")), QStringLiteral("member"), &request.memberIds,
                  &error) ||
        !parseIds(p.values(QStringLiteral("flag")), QStringLiteral("flag"), &request.flagIds,
                  &error))
        return fail(QStringLiteral("moderate: %1").arg(error));
    if (request.memberIds.isEmpty() && request.flagIds.isEmpty())
        return fail(QStringLiteral("moderate: give --member ID or --flag ID"));
    request.reason = p.value(QStringLiteral("reason"));
    request.actor = p.isSet(QStringLiteral("actor")) ? p.value(QStringLiteral("actor"))
                                                     : ModerationStore::osUserName();
    Database db;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    ModerationStore store(db);
    ActionResult result;
    if (!store.apply(request, &result, &error))
        return fail(QStringLiteral("moderate: %1").arg(error));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray ids;
        for (qint64 id : std::as_const(result.actionIds))
            ids.append(id);
        printLine(
            QJsonDocument(QJsonObject{{QStringLiteral("action"), action},
                                      {QStringLiteral("actor"), request.actor.trimmed()},
                                      {QStringLiteral("audit_ids"), ids},
                                      {QStringLiteral("flags_changed"), result.flagsChanged},
                                      {QStringLiteral("members_changed"), result.membersChanged}})
                .toJson(QJsonDocument::Compact));
        return 0;
    }
    QStringList ids;
    for (qint64 id : std::as_const(result.actionIds))
        ids.append(QStringLiteral("#%1").arg(id));
    printLine(QStringLiteral("%1 by %2: %3 audit entries (%4), %5 flags closed, %6 member "
                             "statuses changed")
                  .arg(action, request.actor.trimmed())
                  .arg(result.actionIds.size())
                  .arg(ids.join(QStringLiteral(", ")))
                  .arg(result.flagsChanged)
                  .arg(result.membersChanged)
                  .toUtf8());
    return 0;
}

int runModeration(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Moderation records: the audit log, the ban/mute list, statistics and "
                       "the guidance list (low-activity members to contact, not violations)."));
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("audit"), QStringLiteral("The audit log, newest first.")});
    p.addOption({QStringLiteral("banlist"),
                 QStringLiteral("Members currently banned or muted, with platform ids.")});
    p.addOption({QStringLiteral("stats"), QStringLiteral("Moderation statistics of a period.")});
    p.addOption({QStringLiteral("guidance"),
                 QStringLiteral("Low-activity members suggested for a personal message.")});
    p.addOption({QStringLiteral("from"),
                 QStringLiteral("First local day (YYYY-MM-DD) of --audit / --stats; default: "
                                "no bound."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("to"),
                 QStringLiteral("Last local day (YYYY-MM-DD) of --audit / --stats; default: no "
                                "bound."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("actor"), QStringLiteral("--audit: only this moderator."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("action"), QStringLiteral("--audit: only this action."),
                 QStringLiteral("A")});
    p.addOption({QStringLiteral("member"), QStringLiteral("--audit: only this member."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("as-of"),
                 QStringLiteral("--guidance: the day (YYYY-MM-DD); default: the last message's "
                                "day."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    p.addOption({QStringLiteral("csv"),
                 QStringLiteral("--audit / --banlist: write CSV (UTF-8 with BOM) to FILE, or to "
                                "standard output for '-'."),
                 QStringLiteral("FILE")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    const int modes =
        int(p.isSet(QStringLiteral("audit"))) + int(p.isSet(QStringLiteral("banlist"))) +
        int(p.isSet(QStringLiteral("stats"))) + int(p.isSet(QStringLiteral("guidance")));
    if (modes != 1)
        return fail(QStringLiteral("moderation: give exactly one of --audit, --banlist, --stats, "
                                   "--guidance"));
    if (p.isSet(QStringLiteral("csv")) && p.isSet(QStringLiteral("json")))
        return fail(QStringLiteral("moderation: --csv and --json exclude each other"));
    if (p.isSet(QStringLiteral("csv")) && !p.isSet(QStringLiteral("audit")) &&
        !p.isSet(QStringLiteral("banlist")))
        return fail(QStringLiteral("moderation: --csv is for --audit and --banlist"));
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    AnalyticsSource source(db);
    if (!source.load(&error))
        return fail(error);
    ModerationStore store(db);
    if (p.isSet(QStringLiteral("audit")))
        return printAudit(store, source, p);
    if (p.isSet(QStringLiteral("banlist")))
        return printBanList(store, p);
    if (p.isSet(QStringLiteral("stats")))
        return printStats(db, source, p);
    return printGuidance(db, source, p);
}

} // namespace kindred::cli
