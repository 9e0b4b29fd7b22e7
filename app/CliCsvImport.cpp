#include "CliCsvImport.h"
#include "CliSupport.h"

#include "import/csv/CsvImportService.h"
#include "import/csv/CsvMapping.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace kindred::cli {
namespace {
constexpr int kMaxErrorLines = 50;
}

bool isCsvImport(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--"))
            break;
        if ((a == QLatin1String("--format") && i + 1 < args.size() &&
             args.at(i + 1).compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) ||
            a.compare(QLatin1String("--format=csv"), Qt::CaseInsensitive) == 0 ||
            a == QLatin1String("--mapping") || a.startsWith(QLatin1String("--mapping=")))
            return true;
    }
    return false;
}

int runCsvImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("format"), QStringLiteral("csv (the generic CSV import)."),
                 QStringLiteral("F"), QStringLiteral("csv")});
    p.addOption({QStringLiteral("mapping"),
                 QStringLiteral("Column mapping: a JSON file, or preset:gitter."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("skip-invalid-rows"),
                 QStringLiteral("Import the valid rows; list the invalid ones as warnings.")});
    p.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("CSV files."));
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    if (p.value(QStringLiteral("format")).compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("import: --mapping needs --format csv, not '%1'")
                        .arg(p.value(QStringLiteral("format"))));
    if (p.value(QStringLiteral("mapping")).isEmpty())
        return fail(QStringLiteral("import: --format csv needs --mapping FILE (a JSON column "
                                   "mapping, see the README, or preset:gitter)"));
    if (p.positionalArguments().isEmpty())
        return fail(QStringLiteral("import: give at least one CSV file"));
    CsvMapping mapping;
    QString error;
    if (!CsvMapping::load(p.value(QStringLiteral("mapping")), &mapping, &error))
        return fail(error);
    if (p.isSet(QStringLiteral("skip-invalid-rows")))
        mapping.skipInvalidRows = true;
    Database db;
    if (!db.open(p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    CsvImportService service(db);
    int failures = 0;
    for (const QString &path : p.positionalArguments()) {
        CsvImportResult result;
        CsvImportFailure failure;
        if (!service.importFile(path, mapping, &result, &failure)) {
            const QStringList lines = failure.lines();
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i < kMaxErrorLines || i == lines.size() - 1)
                    fail(lines.at(i));
            }
            ++failures;
            continue;
        }
        printLine(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
    }
    return failures == 0 ? 0 : 1;
}

} // namespace kindred::cli
