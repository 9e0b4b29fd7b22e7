#include "ImportController.h"

#include "dialogs/ImportSummaryDialog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace kindred {
namespace {

constexpr int kProgressSteps = 1000;

/// The worker: runs on a pool thread with its own connection.
void importFiles(QPromise<ImportOutcome> &promise, const QString &workspacePath,
                 const QStringList &files, std::shared_ptr<std::atomic_bool> cancel)
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
    const qsizetype count = files.size();
    qsizetype i = 0;
    for (; i < count && !cancel->load(); ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        service.setProgressCallback([&, i](qint64 done, qint64 total) {
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
        });
        ImportResult result;
        ImportError error;
        if (service.importFile(files.at(i), QStringLiteral("auto"), &result, &error)) {
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
    if (isRunning()) {
        m_cancel->store(true);
        m_watcher.waitForFinished();
    }
}

bool ImportController::isRunning() const
{
    return m_watcher.isRunning();
}

bool ImportController::start(const QString &workspacePath, const QStringList &files)
{
    if (isRunning() || files.isEmpty())
        return false;
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
        QtConcurrent::run([workspacePath, files, flag](QPromise<ImportOutcome> &promise) {
            importFiles(promise, workspacePath, files, flag);
        }));
    emit started();
    return true;
}

void ImportController::cancel()
{
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
