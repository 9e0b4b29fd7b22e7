#include "ImportController.h"

#include "dialogs/CsvMappingDialog.h"
#include "dialogs/ImportSummaryDialog.h"
#include "import/ImporterRegistry.h"
#include "import/csv/CsvImportService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace kindred {
namespace {

constexpr int kProgressSteps = 1000;

/// A generic CSV import as the summary shows it: the rows it added go with the messages of a
/// messages file, and into the first warning line otherwise.
ImportResult summaryOf(const CsvImportResult &r, CsvTarget target)
{
    ImportResult out;
    out.file = r.file;
    out.format = r.format;
    out.sha256 = r.sha256;
    out.batchId = r.batchId;
    out.alreadyImported = r.alreadyImported;
    out.membersAdded = r.membersAdded;
    if (target == CsvTarget::Messages) {
        out.messagesAdded = r.rowsAdded;
        out.messagesSkippedDuplicate = r.rowsSkippedDuplicate;
    } else if (!r.alreadyImported) {
        out.warnings.append(QCoreApplication::translate("kindred::ImportController",
                                                        "%1 rows added, %2 already in the "
                                                        "workspace, %3 invalid rows skipped")
                                .arg(r.rowsAdded)
                                .arg(r.rowsSkippedDuplicate)
                                .arg(r.rowsSkippedInvalid));
    }
    out.warnings.append(r.warnings);
    return out;
}

/// A failed generic CSV import: the file-level error, or the count and the first row errors.
ImportError errorOf(const CsvImportFailure &f)
{
    constexpr int kMaxRows = 20;
    ImportError e = f.error;
    QStringList lines{e.message};
    for (int i = 0; i < f.rows.size() && i < kMaxRows; ++i)
        lines.append(f.rows.at(i).toString(QString()));
    e.message = lines.join(QLatin1Char('\n'));
    return e;
}

/// The worker: runs on a pool thread with its own connection.
void importFiles(QPromise<ImportOutcome> &promise, const QString &workspacePath,
                 const QStringList &files, const QList<CsvImportJob> &csvJobs,
                 std::shared_ptr<std::atomic_bool> cancel)
{
    ImportOutcome outcome;
    outcome.workspacePath = workspacePath;
    outcome.files = files;
    promise.setProgressRange(0, kProgressSteps);
    Database db;
    if (!db.open(workspacePath, &outcome.openError)) {
        promise.addResult(outcome);
        return;
    }
    ImportService service(db);
    service.setCancelFlag(cancel.get());
    CsvImportService csv(db);
    csv.setCancelFlag(cancel.get());
    const qsizetype count = files.size();
    qsizetype i = 0;
    for (; i < count && !cancel->load(); ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        const auto progress = [&, i](qint64 done, qint64 total) {
            const double fraction = total > 0 ? double(done) / double(total) : 0.0;
            const int step = int((double(i) + fraction) / double(count) * kProgressSteps);
            const QLocale locale;
            promise.setProgressValueAndText(
                qBound(0, step, kProgressSteps),
                QCoreApplication::translate("kindred::ImportController",
                                            "Importing %1 (file %2 of %3)\n%4 of %5 read")
                    .arg(name)
                    .arg(i + 1)
                    .arg(count)
                    .arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
        };
        service.setProgressCallback(progress);
        csv.setProgressCallback(progress);
        const auto job = std::find_if(csvJobs.cbegin(), csvJobs.cend(),
                                      [&](const CsvImportJob &j) { return j.path == files.at(i); });
        ImportResult result;
        ImportError error;
        bool imported = false;
        if (job != csvJobs.cend()) {
            CsvImportResult csvResult;
            CsvImportFailure failure;
            imported = csv.importFile(job->path, job->mapping, &csvResult, &failure);
            if (imported)
                result = summaryOf(csvResult, job->mapping.target);
            else
                error = errorOf(failure);
        } else {
            imported = service.importFile(files.at(i), QStringLiteral("auto"), &result, &error);
        }
        if (imported) {
            outcome.results.append(result);
        } else if (cancel->load()) {
            break; // rolled back by the service
        } else {
            if (error.file.isEmpty())
                error.file = files.at(i);
            outcome.errors.append(error);
        }
    }
    outcome.canceled = i < count; // a file was rolled back or never started
    promise.addResult(outcome);
}

} // namespace

qint64 ImportOutcome::messagesAdded() const
{
    qint64 n = 0;
    for (const ImportResult &r : results)
        n += r.messagesAdded;
    return n;
}

ImportController::ImportController(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_watcher.waitForFinished();
    }
}

bool ImportController::isRunning() const
{
    return m_watcher.isRunning() || m_choosing;
}

CsvMappingDialog *ImportController::mappingDialog() const
{
    return m_mappingDialog;
}

bool ImportController::needsCsvMapping(const QString &path)
{
    const QFileInfo info(path);
    static const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("tsv"),
                                         QStringLiteral("txt")};
    QString ignored;
    return info.isFile() && suffixes.contains(info.suffix().toLower()) &&
           ImporterRegistry::detect(path, &ignored).isEmpty();
}

bool ImportController::start(const QString &workspacePath, const QStringList &files)
{
    return begin(workspacePath, files, false);
}

bool ImportController::startWithCsvMapping(const QString &workspacePath, const QStringList &files)
{
    return begin(workspacePath, files, true);
}

bool ImportController::begin(const QString &workspacePath, const QStringList &files, bool allCsv)
{
    if (isRunning() || files.isEmpty())
        return false;
    m_workspacePath = workspacePath;
    m_files = files;
    m_csvJobs.clear();
    m_mappingQueue.clear();
    for (const QString &f : files)
        if (allCsv || needsCsvMapping(f))
            m_mappingQueue.append(f);
    m_choosing = !m_mappingQueue.isEmpty();
    askNextMapping();
    return true;
}

void ImportController::askNextMapping()
{
    if (m_mappingQueue.isEmpty()) {
        m_choosing = false;
        if (!m_files.isEmpty())
            launch();
        return;
    }
    const QString path = m_mappingQueue.takeFirst();
    m_mappingDialog = new CsvMappingDialog(m_workspacePath, path, m_dialogParent);
    m_mappingDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_mappingDialog->setWindowModality(Qt::WindowModal);
    connect(m_mappingDialog, &QDialog::finished, this, [this, path](int result) {
        if (result == QDialog::Accepted && m_mappingDialog)
            m_csvJobs.append({path, m_mappingDialog->mapping()});
        else
            m_files.removeAll(path); // canceled: this file is left out
        // The next dialog opens once this one is gone.
        QMetaObject::invokeMethod(this, &ImportController::askNextMapping, Qt::QueuedConnection);
    });
    m_mappingDialog->open();
}

void ImportController::launch()
{
    const QString workspacePath = m_workspacePath;
    const QStringList files = m_files;
    const QList<CsvImportJob> csvJobs = m_csvJobs;
    m_cancel = std::make_shared<std::atomic_bool>(false);

    m_progress = new QProgressDialog(m_dialogParent);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setLabelText(tr("Preparing the import…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400);
    m_progress->setMinimumWidth(420);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressDialog::setValue, Qt::UniqueConnection);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, m_progress,
            &QProgressDialog::setLabelText, Qt::UniqueConnection);

    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    m_watcher.setFuture(
        QtConcurrent::run([workspacePath, files, csvJobs, flag](QPromise<ImportOutcome> &promise) {
            importFiles(promise, workspacePath, files, csvJobs, flag);
        }));
    emit started();
}

void ImportController::cancel()
{
    if (m_choosing) {
        // Still mapping CSV files: nothing was imported, nothing will be.
        m_mappingQueue.clear();
        m_files.clear();
        if (m_mappingDialog)
            m_mappingDialog->reject();
        return;
    }
    if (!m_cancel)
        return;
    m_cancel->store(true);
    if (m_progress)
        m_progress->setLabelText(tr("Canceling: the file being read is rolled back…"));
}

void ImportController::onFinished()
{
    const QFuture<ImportOutcome> future = m_watcher.future();
    ImportOutcome outcome;
    if (future.resultCount() > 0)
        outcome = future.result();
    else
        outcome.canceled = true;
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
        m_progress->deleteLater();
    }
    if (m_showSummary) {
        auto *dialog = new ImportSummaryDialog(outcome, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    emit finished(outcome);
}

} // namespace kindred
