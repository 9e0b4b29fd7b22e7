#include "SyncRunner.h"

#include "storage/Database.h"
#include "sync/SyncSourceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

namespace kindred {
namespace {

/// A file name for the downloaded body that keeps the URL's name and extension (format
/// detection and the Sources page use them).
QString downloadName(const QUrl &url)
{
    QString name = QFileInfo(url.path()).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^\\w .,()\\[\\]@+-]")), QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("download") : name;
}

} // namespace

SyncRunner::SyncRunner(const QString &workspacePath, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_workspacePath(workspacePath), m_nam(nam),
      m_fetcher(new HttpFetcher(nam, this))
{
    connect(m_fetcher, &HttpFetcher::finished, this, &SyncRunner::onFetched);
    connect(m_fetcher, &HttpFetcher::progress, this, [this](qint64 done, qint64 total) {
        emit progress(tr("Downloading %1").arg(downloadName(m_currentUrl)), done, total);
    });
}

SyncRunner::~SyncRunner()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    if (m_importWatcher)
        m_importWatcher->waitForFinished();
}

bool SyncRunner::start(const SyncSource &source, const QByteArray &secret, QString *error)
{
    if (m_running) {
        *error = tr("a sync of '%1' is already running").arg(m_source.name);
        return false;
    }
    m_db = std::make_unique<Database>();
    if (!m_db->open(m_workspacePath, error)) {
        m_db.reset();
        return false;
    }
    m_tempDir = std::make_unique<QTemporaryDir>(
        (m_defaults.tempDir.isEmpty() ? QDir::tempPath() : m_defaults.tempDir) +
        QStringLiteral("/kindred-sync-XXXXXX"));
    if (!m_tempDir->isValid()) {
        *error = tr("cannot create a temporary folder: %1").arg(m_tempDir->errorString());
        m_db.reset();
        return false;
    }
    m_source = source;
    m_run = SyncRun();
    m_run.sourceId = source.id;
    if (!SyncSourceStore(*m_db).beginRun(&m_run, error)) {
        m_db.reset();
        return false;
    }
    m_authorization.clear();
    if (source.auth == SyncSource::Auth::Bearer)
        m_authorization = "Bearer " + secret;
    else if (source.auth == SyncSource::Auth::Basic)
        m_authorization = "Basic " + QByteArray(source.username.toUtf8() + ':' + secret).toBase64();
    m_running = true;
    m_canceled = false;
    m_inManifest = false;
    m_newContent = false;
    m_pending.clear();
    m_storeValidators = false;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    fetch(QUrl(source.url), {}, true);
    return true;
}

void SyncRunner::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    if (m_fetcher->isRunning())
        m_fetcher->cancel(); // finished(Canceled) follows
}

void SyncRunner::fetch(const QUrl &url, const QString &expectedSha256, bool conditional)
{
    m_currentUrl = url;
    FetchRequest request = m_defaults;
    request.url = url;
    request.authorization = m_authorization;
    request.etag = conditional ? m_source.etag : QString();
    request.lastModified = conditional ? m_source.lastModified : QString();
    request.expectedSha256 = expectedSha256;
    request.trustedCertSha256 = m_source.trustedCertSha256;
    request.tempDir = m_tempDir->path();
    if (!m_fetcher->start(request)) // not expected: one fetch at a time is the runner's rule
        QMetaObject::invokeMethod(
            this,
            [this]() { finish(SyncRun::Status::Failed, tr("a download is already running")); },
            Qt::QueuedConnection);
}

void SyncRunner::onFetched(const FetchResult &result)
{
    m_run.httpStatus = result.httpStatus;
    m_run.bytes += result.bytes;
    if (result.outcome == FetchResult::Outcome::Canceled || m_canceled) {
        if (!result.filePath.isEmpty())
            QFile::remove(result.filePath);
        finish(SyncRun::Status::Canceled, tr("canceled"));
        return;
    }
    if (result.outcome == FetchResult::Outcome::Failed) {
        const QString where =
            m_inManifest ? downloadName(m_currentUrl) + QStringLiteral(": ") : QString();
        m_run.untrustedCertSha256 = result.untrustedCertSha256;
        m_run.untrustedCertSubject = result.untrustedCertSubject;
        finish(SyncRun::Status::Failed, where + result.error);
        return;
    }
    if (result.outcome == FetchResult::Outcome::NotModified) {
        // Only the source's own URL is fetched conditionally.
        finish(SyncRun::Status::NotModified);
        return;
    }
    // Downloaded: give the body its URL's name, then import it (or read it as a manifest).
    const QString path =
        m_tempDir->filePath(result.fileName.isEmpty() ? downloadName(m_currentUrl)
                                                      : downloadName(QUrl(result.fileName)));
    QFile::remove(path);
    if (!QFile::rename(result.filePath, path)) {
        QFile::remove(result.filePath);
        finish(SyncRun::Status::Failed, tr("cannot store the download in %1").arg(path));
        return;
    }
    if (!m_inManifest) {
        m_storeValidators = true;
        m_pendingEtag = result.etag;
        m_pendingLastModified = result.lastModified;
        const bool manifest =
            m_source.kind == SyncSource::Kind::Manifest ||
            (m_source.kind == SyncSource::Kind::Auto && SyncManifest::looksLikeManifest(path));
        if (manifest) {
            if (handleManifest(path, QUrl(m_source.url)))
                nextManifestEntry();
            return;
        }
        importDownloaded(path, m_source.format);
        return;
    }
    importDownloaded(path, m_currentFormat);
}

bool SyncRunner::handleManifest(const QString &path, const QUrl &base)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        finish(SyncRun::Status::Failed, tr("cannot read the manifest: %1").arg(f.errorString()));
        return false;
    }
    QList<ManifestEntry> entries;
    QString error;
    if (!SyncManifest::parse(f.readAll(), base, &entries, &error)) {
        finish(SyncRun::Status::Failed, error);
        return false;
    }
    f.close();
    QFile::remove(path);
    m_inManifest = true;
    for (const ManifestEntry &e : entries)
        if (e.sha256.isEmpty() || !alreadyImported(e.sha256))
            m_pending.append(e);
    return true;
}

void SyncRunner::nextManifestEntry()
{
    if (m_pending.isEmpty()) {
        finish(m_newContent ? SyncRun::Status::Updated : SyncRun::Status::NotModified);
        return;
    }
    const ManifestEntry e = m_pending.takeFirst();
    m_currentFormat = e.format.isEmpty() ? m_source.format : e.format;
    fetch(e.url, e.sha256, false);
}

void SyncRunner::importDownloaded(const QString &path, const QString &format)
{
    emit progress(tr("Importing %1").arg(QFileInfo(path).fileName()), 0, -1);
    m_importOutcome = std::make_shared<ImportOutcome>();
    auto outcome = m_importOutcome;
    auto cancel = m_cancelFlag;
    const QString workspace = m_workspacePath;
    const QString fmt = format.isEmpty() ? QStringLiteral("auto") : format;
    if (!m_importWatcher) {
        m_importWatcher = new QFutureWatcher<void>(this);
        connect(m_importWatcher, &QFutureWatcher<void>::finished, this, &SyncRunner::onImported);
    }
    m_importWatcher->setFuture(QtConcurrent::run([outcome, cancel, workspace, path, fmt]() {
        Database db;
        QString error;
        if (!db.open(workspace, &error)) {
            outcome->error.file = workspace;
            outcome->error.message = error;
            return;
        }
        ImportService service(db);
        service.setCancelFlag(cancel.get());
        outcome->ok = service.importFile(path, fmt, &outcome->result, &outcome->error);
        db.close();
        QFile::remove(path);
    }));
}

void SyncRunner::onImported()
{
    const ImportOutcome outcome = *m_importOutcome;
    m_importOutcome.reset();
    // A committed import counts even when cancel came too late to stop it.
    if (outcome.ok && !outcome.result.alreadyImported) {
        const ImportResult &r = outcome.result;
        m_newContent = true;
        ++m_run.filesImported;
        m_run.messagesAdded += r.messagesAdded;
        m_run.membersAdded += r.membersAdded;
        m_run.eventsAdded += r.eventsAdded;
    }
    if (m_canceled) {
        finish(SyncRun::Status::Canceled,
               outcome.ok ? tr("canceled (the file being imported was completed)")
                          : tr("canceled"));
        return;
    }
    if (!outcome.ok) {
        // Name the download by its URL, not by the temporary file it was read from.
        ImportError error = outcome.error;
        if (error.file.startsWith(m_tempDir->path()))
            error.file = m_currentUrl.toString(QUrl::RemoveUserInfo);
        finish(SyncRun::Status::Failed, error.toString());
        return;
    }
    if (m_inManifest) {
        nextManifestEntry();
        return;
    }
    finish(m_newContent ? SyncRun::Status::Updated : SyncRun::Status::NotModified);
}

bool SyncRunner::alreadyImported(const QString &sha256) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT 1 FROM import_batch WHERE sha256 = :sha LIMIT 1"));
    q.bindValue(QStringLiteral(":sha"), sha256);
    return q.exec() && q.next();
}

void SyncRunner::finish(SyncRun::Status status, const QString &error)
{
    m_run.status = status;
    m_run.error = error;
    QString dbError;
    SyncSourceStore store(*m_db);
    // The validators are kept only when everything they stand for was imported: a failed
    // or canceled run asks for the whole content again next time.
    if ((status == SyncRun::Status::Updated || status == SyncRun::Status::NotModified) &&
        m_storeValidators &&
        (m_pendingEtag != m_source.etag || m_pendingLastModified != m_source.lastModified)) {
        if (store.setValidators(m_source.id, m_pendingEtag, m_pendingLastModified, &dbError)) {
            m_source.etag = m_pendingEtag;
            m_source.lastModified = m_pendingLastModified;
        }
    }
    if (!store.finishRun(&m_run, &dbError) && m_run.error.isEmpty())
        m_run.error = dbError;
    m_db.reset();
    m_tempDir.reset();
    m_running = false;
    emit finished(m_run);
}

} // namespace kindred
