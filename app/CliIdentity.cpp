#include "CliIdentity.h"

#include "CliSupport.h"
#include "identity/MemberAudit.h"
#include "identity/MemberMerger.h"
#include "identity/MergeSuggestions.h"
#include "import/BatchRemover.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace kindred::cli {
namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString userName()
{
    const QString u = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return u.isEmpty() ? QStringLiteral("cli") : u;
}

} // namespace

int runBatches(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object per batch.")});
    p.addOption({QStringLiteral("remove"),
                 QStringLiteral("Remove batch ID: exactly what its import added."),
                 QStringLiteral("ID")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    if (p.isSet(QStringLiteral("remove"))) {
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("remove")).toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--remove: '%1' is not a batch id")
                            .arg(p.value(QStringLiteral("remove"))));
        if (!BatchRemover::remove(db, id, &error))
            return fail(error);
        printLine(compact({{QStringLiteral("removed"), id}}));
        return 0;
    }
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id, file_name, format, imported_at, messages_added, "
                               "messages_skipped, members_added, events_added, people_in_export "
                               "FROM import_batch ORDER BY id")))
        return fail(db.path() + QStringLiteral(": cannot read the import batches"));
    const bool json = p.isSet(QStringLiteral("json"));
    if (!json)
        printLine("id\tformat\timported_at\tmessages_added\tmembers_added\tpeople\tfile");
    while (q.next()) {
        if (json) {
            printLine(compact({
                {QStringLiteral("id"), q.value(0).toLongLong()},
                {QStringLiteral("file"), q.value(1).toString()},
                {QStringLiteral("format"), q.value(2).toString()},
                {QStringLiteral("imported_at"), isoUtc(q.value(3).toLongLong())},
                {QStringLiteral("messages_added"), q.value(4).toLongLong()},
                {QStringLiteral("messages_skipped"), q.value(5).toLongLong()},
                {QStringLiteral("members_added"), q.value(6).toLongLong()},
                {QStringLiteral("events_added"), q.value(7).toLongLong()},
                {QStringLiteral("people_in_export"), q.value(8).toLongLong()},
            }));
        } else {
            printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                          .arg(q.value(0).toString(), q.value(2).toString(),
                               isoUtc(q.value(3).toLongLong()), q.value(4).toString(),
                               q.value(6).toString(), q.value(8).toString(), q.value(1).toString())
                          .toUtf8());
        }
    }
    return 0;
}

int runAudit(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    Database db;
    QString error;
    MemberAuditResult audit;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error) ||
        !MemberAudit::compute(db, &audit, &error))
        return fail(error);
    if (p.isSet(QStringLiteral("json"))) {
        printLine(compact(audit.toJson()));
        return 0;
    }
    printLine("platform\tpeople_in_exports\tidentities\tbots\texporter\tno_activity\tmerged\t"
              "members\tleft\talso_elsewhere");
    qint64 sum = 0;
    for (const PlatformAudit &a : audit.platforms) {
        sum += a.members;
        QStringList cells{a.platform};
        for (qint64 v : {a.peopleInExports, a.identities, a.bots, a.exporter, a.noActivity,
                         a.merged, a.members, a.left, a.alsoElsewhere})
            cells.append(QString::number(v));
        printLine(cells.join(QLatin1Char('\t')).toUtf8());
    }
    printLine(QStringLiteral("workspace members: %1 = %2 counted per platform - %3 counted on "
                             "more than one platform")
                  .arg(audit.members)
                  .arg(sum)
                  .arg(audit.overlap)
                  .toUtf8());
    return 0;
}

int runMerge(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("suggest"), QStringLiteral("List merge suggestions.")});
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON lines (with --suggest).")});
    p.addOption(
        {QStringLiteral("source"), QStringLiteral("Member merged away."), QStringLiteral("ID")});
    p.addOption(
        {QStringLiteral("target"), QStringLiteral("Member that stays."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("reason"), QStringLiteral("Why (kept in the merge log)."),
                 QStringLiteral("TEXT"), QStringLiteral("manual")});
    p.addOption({QStringLiteral("undo"), QStringLiteral("Undo merge MERGE_ID."),
                 QStringLiteral("MERGE_ID")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    if (p.isSet(QStringLiteral("suggest"))) {
        QList<MergeSuggestion> list;
        if (!MergeSuggestions::find(db, &list, &error))
            return fail(error);
        for (const MergeSuggestion &s : list) {
            if (p.isSet(QStringLiteral("json")))
                printLine(compact({{QStringLiteral("target"), s.targetId},
                                   {QStringLiteral("source"), s.sourceId},
                                   {QStringLiteral("target_name"), s.targetName},
                                   {QStringLiteral("source_name"), s.sourceName},
                                   {QStringLiteral("reason"), s.reason},
                                   {QStringLiteral("evidence"), s.evidence}}));
            else
                printLine(QStringLiteral("%1 (%2) <- %3 (%4)\t%5: %6")
                              .arg(QString::number(s.targetId), s.targetName,
                                   QString::number(s.sourceId), s.sourceName, s.reason, s.evidence)
                              .toUtf8());
        }
        return 0;
    }
    if (p.isSet(QStringLiteral("undo"))) {
        if (!MemberMerger::unmerge(db, p.value(QStringLiteral("undo")).toLongLong(), &error))
            return fail(error);
        printLine(
            compact({{QStringLiteral("undone"), p.value(QStringLiteral("undo")).toLongLong()}}));
        return 0;
    }
    if (!p.isSet(QStringLiteral("source")) || !p.isSet(QStringLiteral("target")))
        return fail(QStringLiteral("merge: give --suggest, --undo MERGE_ID, or --source ID "
                                   "--target ID"));
    qint64 mergeId = 0;
    if (!MemberMerger::merge(db, p.value(QStringLiteral("source")).toLongLong(),
                             p.value(QStringLiteral("target")).toLongLong(),
                             p.value(QStringLiteral("reason")), userName(), &mergeId, &error))
        return fail(error);
    printLine(compact({{QStringLiteral("merge"), mergeId}}));
    return 0;
}

} // namespace kindred::cli
