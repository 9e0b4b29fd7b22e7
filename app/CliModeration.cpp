#include "CliModeration.h"
#include "CliSupport.h"

#include "moderation/FlagEngine.h"
#include "moderation/ReportImporter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace kindred::cli {
namespace {

int rerun(Database &db, bool json)
{
    FlagEngine engine(db);
    FlagRunCounts counts;
    QString error;
    if (!engine.runAll(&counts, &error))
        return fail(error);
    if (json)
        printLine(QJsonDocument(counts.toJson()).toJson(QJsonDocument::Compact));
    else
        printLine(QStringLiteral("flags raised: %1 (total %2; %3 messages, %4 reports checked)")
                      .arg(counts.summary())
                      .arg(counts.totalRaised())
                      .arg(counts.messagesChecked)
                      .arg(counts.reportsChecked)
                      .toUtf8());
    return 0;
}

} // namespace

int runFlags(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("status"), QStringLiteral("open, dismissed, actioned or all."),
                 QStringLiteral("S"), QStringLiteral("open")});
    p.addOption({QStringLiteral("rule"),
                 QStringLiteral("flood, link_spam, blocked_word, repeated_text, mass_mention or "
                                "member_report."),
                 QStringLiteral("R")});
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON array.")});
    p.addOption({QStringLiteral("rerun"),
                 QStringLiteral("Run every enabled rule over the whole workspace.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("rerun")))
        return rerun(db, json);

    const QString status = p.value(QStringLiteral("status"));
    if (status != QLatin1String("open") && status != QLatin1String("dismissed") &&
        status != QLatin1String("actioned") && status != QLatin1String("all"))
        return fail(
            QStringLiteral("flags: --status must be open, dismissed, actioned or all, not '%1'")
                .arg(status));
    const QString rule = p.value(QStringLiteral("rule"));
    FlagRule parsed;
    if (!rule.isEmpty() && !FlagRules::fromKey(rule, &parsed))
        return fail(QStringLiteral("flags: unknown rule '%1'").arg(rule));

    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT f.id, f.rule, f.severity, f.score, f.status, f.member_id, m.display_name, "
        "coalesce(f.channel_id, 0), coalesce(c.name, ''), coalesce(f.message_id, 0), "
        "f.occurred_at, f.raised_at, coalesce(f.handled_at, 0), f.why FROM flag f "
        "JOIN member m ON m.id = f.member_id LEFT JOIN channel c ON c.id = f.channel_id "
        "WHERE (:status = 'all' OR f.status = :status) AND (:rule = '' OR f.rule = :rule) "
        "ORDER BY f.occurred_at DESC, f.id DESC"));
    q.bindValue(QStringLiteral(":status"), status);
    q.bindValue(QStringLiteral(":rule"), rule.isNull() ? QStringLiteral("") : rule);
    if (!q.exec())
        return fail(QStringLiteral("flags: %1").arg(q.lastError().text()));
    QJsonArray out;
    while (q.next()) {
        if (json) {
            const qint64 handled = q.value(12).toLongLong();
            out.append(
                QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                            {QStringLiteral("rule"), q.value(1).toString()},
                            {QStringLiteral("severity"), q.value(2).toInt()},
                            {QStringLiteral("score"), rounded(q.value(3).toDouble())},
                            {QStringLiteral("status"), q.value(4).toString()},
                            {QStringLiteral("member_id"), q.value(5).toLongLong()},
                            {QStringLiteral("member"), q.value(6).toString()},
                            {QStringLiteral("channel_id"), q.value(7).toLongLong()},
                            {QStringLiteral("channel"), q.value(8).toString()},
                            {QStringLiteral("message_id"), q.value(9).toLongLong()},
                            {QStringLiteral("occurred_at"), isoUtc(q.value(10).toLongLong())},
                            {QStringLiteral("raised_at"), isoUtc(q.value(11).toLongLong())},
                            {QStringLiteral("handled_at"),
                             handled > 0 ? QJsonValue(isoUtc(handled)) : QJsonValue()},
                            {QStringLiteral("why"), q.value(13).toString()}});
        } else {
            printLine(QStringLiteral("%1 %2 sev %3 %4 %5 member %6 %7: %8")
                          .arg(q.value(0).toLongLong())
                          .arg(q.value(4).toString())
                          .arg(q.value(2).toInt())
                          .arg(q.value(1).toString(), isoUtc(q.value(10).toLongLong()))
                          .arg(q.value(5).toLongLong())
                          .arg(q.value(6).toString(), q.value(13).toString())
                          .toUtf8());
        }
    }
    if (json)
        printLine(QJsonDocument(out).toJson(QJsonDocument::Compact));
    return 0;
}

bool isReportsImport(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--"))
            break;
        if ((a == QLatin1String("--format") && i + 1 < args.size() &&
             args.at(i + 1).compare(QLatin1String("reports-csv"), Qt::CaseInsensitive) == 0) ||
            a.compare(QLatin1String("--format=reports-csv"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int runReportsImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("format"), QStringLiteral("reports-csv."), QStringLiteral("F")});
    p.addOption({QStringLiteral("skip-invalid-rows"),
                 QStringLiteral("Import the valid rows and list the others as warnings.")});
    p.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Report CSV files."));
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    if (p.positionalArguments().isEmpty())
        return fail(QStringLiteral("import: no file given"));
    Database db;
    QString error;
    if (!db.open(p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    ReportImporter importer(db);
    importer.setSkipInvalidRows(p.isSet(QStringLiteral("skip-invalid-rows")));
    int status = 0;
    for (const QString &path : p.positionalArguments()) {
        ReportImportResult result;
        QStringList errors;
        if (!importer.importFile(path, &result, &errors)) {
            for (const QString &e : errors)
                fail(e);
            status = 1;
            continue;
        }
        printLine(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
    }
    return status;
}

} // namespace kindred::cli
