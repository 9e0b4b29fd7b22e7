#include "CliCommands.h"
#include "CliCsvImport.h"
#include "CliModeration.h"
#include "CliPaid.h"
#include "CliSupport.h"

#include "analytics/KpiCalculator.h"
#include "analytics/MemberDirectory.h"
#include "demo/DemoGenerator.h"
#include "import/ImportService.h"
#include "privacy/Pseudonymizer.h"
#include "report/PdfReportWriter.h"
#include "report/ReportData.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <cstdio>

namespace kindred::cli {
namespace {

/// Resolves --from/--to against the default: the 30 days ending at the last message.
bool resolvePeriod(const QCommandLineParser &p, const AnalyticsSource &source, Period *out,
                   QString *error)
{
    QDate last = source.lastMessageDate();
    if (!last.isValid())
        last = QDate::currentDate();
    return Period::parse(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")),
                         Period::ending(last, 30), out, error);
}

/// The workspace named by --workspace, its community and segment rules loaded, and the
/// period of --from/--to.
struct AnalyticsSession
{
    Database db;
    AnalyticsSource source{db};
    SegmentRules rules;
    Period period;

    bool open(const QCommandLineParser &p, QString *error)
    {
        if (!openExisting(db, p.value(QStringLiteral("workspace")), error) || !source.load(error))
            return false;
        rules = SegmentRules::load(db);
        return resolvePeriod(p, source, &period, error);
    }
};

void addPeriodOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD)."), QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD)."), QStringLiteral("D")});
}

} // namespace

void printUsage()
{
    printLine(QByteArrayLiteral(
        "Usage:\n"
        "  kindred [--workspace FILE]                         open the window\n"
        "  kindred import  --workspace FILE [--format F] PATH...\n"
        "                  F: auto|telegram|whatsapp|discord|slack|wechat\n"
        "  kindred import  --workspace FILE --format csv --mapping FILE|preset:NAME "
        "[--skip-invalid-rows] PATH...\n"
        "  kindred import  --workspace FILE --format reports-csv [--skip-invalid-rows] PATH...\n"
        "                  member reports: reported, reported_at[, reporter, reason, record_id,\n"
        "                  message_id, channel, platform]\n"
        "  kindred stats   --workspace FILE [--from D] [--to D] [--json]\n"
        "  kindred members --workspace FILE [--segment S] [--csv] [--pseudonymise]\n"
        "  kindred segments --workspace FILE [--from D] [--to D] [--flow [--months N]] [--json]\n"
        "  kindred report  --workspace FILE --out FILE.pdf [--from D] [--to D] [--lang zh_CN|en]\n"
        "                  [--pseudonymise]   member names as stable salted pseudonyms\n"
        "  kindred batches --workspace FILE [--json] [--remove ID]\n"
        "  kindred audit   --workspace FILE [--json]           member counts per platform\n"
        "  kindred merge   --workspace FILE --suggest [--json] | --source ID --target ID | "
        "--undo MERGE_ID\n"
        "  kindred demo    --workspace FILE                   build the demo community\n"
        "  kindred sync    --workspace FILE [--source NAME]   one JSON line per source\n"
        "  kindred source  add --workspace FILE --name NAME --url URL [--format F]\n"
        "                  [--kind auto|file|manifest] [--auth none|bearer|basic [--user U]]\n"
        "                  [--secret-env VAR] [--every MINUTES] [--trust-cert SHA256] "
        "[--disabled]\n"
        "                  (the token/password: from VAR, else one line of standard input)\n"
        "  kindred source  list --workspace FILE [--json]\n"
        "  kindred source  remove --workspace FILE --name NAME\n"
        "  kindred paid    --workspace FILE [--from D] [--to D] [--grace DAYS [--save]]\n"
        "                  [--base CUR --rates CUR=RATE,...] [--rfm] [--risk [--horizon DAYS]] "
        "[--json]\n"
        "  kindred retention --workspace FILE [--by month|week] [--from D] [--to D]\n"
        "                  [--csv [--periods] | --json]\n"
        "  kindred levels  --workspace FILE [--from D] [--to D] [--top N] [--json]\n"
        "  kindred personas --workspace FILE [--from D] [--to D] [--json [--dump-features]]\n"
        "  kindred influence --workspace FILE [--from D] [--to D] [--json [--edges]] [--top N]\n"
        "                  [--pivots K [--seed S]] [--threads T] [--no-mentions] [--no-personas]\n"
        "                  [--timing]\n"
        "  kindred influence --synthetic N [--pivots K] [--threads T] [--seed S]   benchmark\n"
        "  kindred recommend --workspace FILE [--to D] [--member ID] [--silent] [--evaluate]\n"
        "                  [--json] [--timing]     threads to re-share, learning partners\n"
        "  kindred topics  --workspace FILE [--from D] [--to D] [--top N] [--json]\n"
        "                  [--dump-tokens FILE]\n"
        "                  rising keywords/keyphrases vs the previous period, topic clusters\n"
        "  kindred content --workspace FILE [--from D] [--to D] [--threads|--links|--domains]\n"
        "                  [--top N] [--weights R,P,F[,HALF_LIFE]] [--json]\n"
        "  kindred essence --workspace FILE --mark ID [--note T] [--actor NAME] | --unmark ID\n"
        "                  | --list [--json] | --export FILE.md      essence (精华) posts\n"
        "  kindred predict --workspace FILE [--as-of D] [--json [--evaluation]]\n"
        "                  [--at-risk [--threshold P]]\n"
        "  kindred flags   --workspace FILE [--status open|dismissed|actioned|all] [--rule R]\n"
        "                  [--json] | --rerun [--json]     moderation flags\n"
        "  kindred search  --workspace FILE [--channel ID]... [--member ID] [--from D] [--to D]\n"
        "                  [--limit N] [--offset N] [--json] [--] TEXT...\n"
        "  kindred engagement --workspace FILE [--from D] [--to D] [--channel ID]... [--json]\n"
        "  kindred moderate --workspace FILE --member ID|--flag ID --action "
        "warn|mute|ban|unban|dismiss|note\n"
        "                  --reason TEXT [--actor NAME]   (actor default: the OS user name)\n"
        "  kindred moderation --workspace FILE --audit [--json|--csv FILE] | --banlist "
        "[--json|--csv FILE]\n"
        "                  | --stats [--from D] [--to D] [--json] | --guidance [--json]"));
}

int runImport(const QStringList &args)
{
    if (isReportsImport(args)) // member reports: app/CliModeration.cpp
        return runReportsImport(args);
    if (isCsvImport(args)) // generic CSV with a column mapping: app/CliCsvImport.cpp
        return runCsvImport(args);
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("format"),
                 QStringLiteral("auto, telegram, whatsapp, discord, slack, wechat or csv."),
                 QStringLiteral("F"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("mapping"), QStringLiteral("Column mapping JSON for --format csv."),
                 QStringLiteral("FILE")});
    p.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Export files."));
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    if (p.positionalArguments().isEmpty())
        return fail(QStringLiteral("import: give at least one export file"));
    Database db;
    QString error;
    if (!db.open(p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    ImportService service(db);
    int failures = 0;
    for (const QString &path : p.positionalArguments()) {
        ImportResult result;
        ImportError importError;
        if (!service.importFile(path, p.value(QStringLiteral("format")), &result, &importError)) {
            fail(importError.toString());
            ++failures;
            continue;
        }
        printLine(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
    }
    return failures == 0 ? 0 : 1;
}

int runStats(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    addPeriodOptions(p);
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    AnalyticsSession session;
    QString error;
    if (!session.open(p, &error))
        return fail(error);
    Database &db = session.db;
    AnalyticsSource &source = session.source;
    const Period period = session.period;
    const KpiSet k = KpiCalculator(source, session.rules).compute(period);

    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*), min(m.sent_at), max(m.sent_at) FROM message m JOIN "
                             "channel c ON c.id = m.channel_id WHERE c.community_id = ? AND "
                             "m.is_service = 0"));
    q.addBindValue(source.communityId());
    qint64 messages = 0, first = 0, last = 0;
    if (q.exec() && q.next()) {
        messages = q.value(0).toLongLong();
        first = q.value(1).toLongLong();
        last = q.value(2).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM channel WHERE community_id = ?"));
    q.addBindValue(source.communityId());
    const qint64 channels = (q.exec() && q.next()) ? q.value(0).toLongLong() : 0;

    QJsonObject segments;
    for (Segment s : Segmentation::all())
        segments.insert(Segmentation::key(s), k.segments[size_t(s)]);
    QJsonObject o{
        {QStringLiteral("members"), qint64(source.members().size())},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("first_message"), messages ? QJsonValue(isoUtc(first)) : QJsonValue()},
        {QStringLiteral("last_message"), messages ? QJsonValue(isoUtc(last)) : QJsonValue()},
        {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
        {QStringLiteral("dau_mean"), rounded(k.dauMean)},
        {QStringLiteral("mau"), k.mau},
        {QStringLiteral("stickiness"), rounded(k.stickiness)},
        {QStringLiteral("activity_rate"), rounded(k.activityRate)},
        {QStringLiteral("growth_rate"), rounded(k.growthRate)},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("paid"), paidStatsJson(source, period)},
    };
    if (p.isSet(QStringLiteral("json"))) {
        printLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return 0;
    }
    printLine(QStringLiteral("%1  (%2)").arg(source.communityName(), period.toString()).toUtf8());
    printLine(QStringLiteral("members %1, messages %2, channels %3")
                  .arg(o.value(QStringLiteral("members")).toInteger())
                  .arg(messages)
                  .arg(channels)
                  .toUtf8());
    printLine(QStringLiteral("DAU mean %1, MAU %2, stickiness %3, activity rate %4, growth rate %5")
                  .arg(k.dauMean, 0, 'f', 1)
                  .arg(k.mau)
                  .arg(k.stickiness, 0, 'f', 3)
                  .arg(k.activityRate, 0, 'f', 2)
                  .arg(k.growthRate, 0, 'f', 3)
                  .toUtf8());
    QStringList seg;
    for (Segment s : Segmentation::all())
        seg.append(QStringLiteral("%1 %2").arg(Segmentation::key(s)).arg(k.segments[size_t(s)]));
    printLine(QStringLiteral("segments: %1").arg(seg.join(QStringLiteral(", "))).toUtf8());
    return 0;
}

int runMembers(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    addPeriodOptions(p);
    p.addOption(
        {QStringLiteral("segment"), QStringLiteral("Only this segment."), QStringLiteral("S")});
    p.addOption(
        {QStringLiteral("csv"), QStringLiteral("CSV (UTF-8 with BOM) instead of a table.")});
    p.addOption({QStringLiteral("pseudonymise"),
                 QStringLiteral("Names as stable salted pseudonyms, without member ids.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    Segment only = Segment::Active;
    const bool filter = p.isSet(QStringLiteral("segment"));
    if (filter && !Segmentation::fromKey(p.value(QStringLiteral("segment")), &only))
        return fail(
            QStringLiteral("unknown segment '%1' (newcomer, active, occasional, silent, churned)")
                .arg(p.value(QStringLiteral("segment"))));
    AnalyticsSession session;
    QString error;
    if (!session.open(p, &error))
        return fail(error);
    AnalyticsSource &source = session.source;
    const Period period = session.period;
    KpiCalculator calc(source, session.rules);
    const QList<MemberRow> rows = MemberDirectory(calc, source).rows(period);
    const bool csv = p.isSet(QStringLiteral("csv"));
    // Pseudonymised: the name is the member's pseudonym and the id column is left out (ids
    // would link the rows to a plain export of the same workspace).
    const bool pseudonymise = p.isSet(QStringLiteral("pseudonymise"));
    Pseudonymizer pseudonymizer;
    if (pseudonymise && !Pseudonymizer::load(session.db, &pseudonymizer, &error))
        return fail(error);
    auto quote = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
            s.contains(QLatin1Char('\n')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                QLatin1Char('"');
        return s;
    };
    if (csv)
        printLine(QByteArray("\xEF\xBB\xBF") + (pseudonymise ? "" : "id,") +
                  "name,segment,joined,last_seen,messages_in_period,"
                  "messages_total,active_days,why");
    for (const MemberRow &r : rows) {
        if (filter && r.segment != only)
            continue;
        const QString name = pseudonymise ? pseudonymizer.pseudonym(r.id) : r.name;
        if (csv) {
            QStringList fields{quote(name),
                               Segmentation::key(r.segment),
                               isoUtc(r.joinedAt),
                               isoUtc(r.lastSeen),
                               QString::number(r.messagesInPeriod),
                               QString::number(r.messagesTotal),
                               QString::number(r.activeDays),
                               quote(r.why)};
            if (!pseudonymise)
                fields.prepend(QString::number(r.id));
            printLine(fields.join(QLatin1Char(',')).toUtf8());
        } else if (pseudonymise) {
            printLine(QStringLiteral("%1  %2  %3 msgs  (%4)")
                          .arg(name, -24)
                          .arg(Segmentation::key(r.segment), -10)
                          .arg(r.messagesInPeriod, 6)
                          .arg(r.why)
                          .toUtf8());
        } else {
            printLine(QStringLiteral("%1  %2  %3  %4 msgs  (%5)")
                          .arg(r.id, 6)
                          .arg(r.name.left(24), -24)
                          .arg(Segmentation::key(r.segment), -10)
                          .arg(r.messagesInPeriod, 6)
                          .arg(r.why)
                          .toUtf8());
        }
    }
    return 0;
}

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    int code = 0;
    if (!parse(p, args, false, &code))
        return code;
    const QString path = p.value(QStringLiteral("workspace")).isEmpty()
                             ? DemoGenerator::defaultWorkspacePath()
                             : p.value(QStringLiteral("workspace"));
    Database db;
    QString error;
    if (!db.open(path, &error))
        return fail(error);
    if (!DemoGenerator::build(db, DemoOptions{}, &error))
        return fail(error);
    printLine(QStringLiteral("demo community written to %1").arg(path).toUtf8());
    return 0;
}

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    addPeriodOptions(p);
    p.addOption({QStringLiteral("out"), QStringLiteral("Output PDF."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("lang"), QStringLiteral("zh_CN or en."), QStringLiteral("L"),
                 QStringLiteral("en")});
    p.addOption({QStringLiteral("pseudonymise"),
                 QStringLiteral("Member names as stable salted pseudonyms (\"Member 3F9A2C\").")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    if (p.value(QStringLiteral("out")).isEmpty())
        return fail(QStringLiteral("report: --out FILE.pdf is required"));
    const QString lang = p.value(QStringLiteral("lang"));
    if (lang != QLatin1String("en") && lang != QLatin1String("zh_CN"))
        return fail(QStringLiteral("report: --lang must be zh_CN or en, not '%1'").arg(lang));
    AnalyticsSession session;
    QString error;
    if (!session.open(p, &error))
        return fail(error);
    AnalyticsSource &source = session.source;
    const Period period = session.period;
    ReportData data;
    if (!ReportData::build(source, period, 10, &data, &error))
        return fail(error);
    if (p.isSet(QStringLiteral("pseudonymise"))) {
        Pseudonymizer pseudonymizer;
        if (!Pseudonymizer::load(session.db, &pseudonymizer, &error))
            return fail(error);
        data.pseudonymise(pseudonymizer);
    }
    if (!PdfReportWriter::write(data, p.value(QStringLiteral("out")), lang, &error))
        return fail(error);
    printLine(QStringLiteral("report written to %1").arg(p.value(QStringLiteral("out"))).toUtf8());
    return 0;
}

} // namespace kindred::cli
