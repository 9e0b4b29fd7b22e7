#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFileInfo>

namespace kindred {
namespace {

/// Runs `job` to completion in a local event loop; false with the job's message on error.
/// `acceptMissing`: an EntryNotFound error counts as success (removing what is not there).
bool runJob(QKeychain::Job *job, QString *error, bool acceptMissing = false)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    const QKeychain::Error code = job->error();
    if (code == QKeychain::NoError || (acceptMissing && code == QKeychain::EntryNotFound))
        return true;
    if (!error)
        return false;
    switch (code) {
    case QKeychain::EntryNotFound:
        *error = QStringLiteral("no secret is stored in the keychain for %1").arg(job->key());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        *error = QStringLiteral("keychain: access denied (%1)").arg(job->errorString());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        // QtKeychain's own text is often just "Unknown error" when no keychain runs.
        *error = QStringLiteral("keychain: %1 (is the system keychain available? On Linux a "
                                "Secret Service such as GNOME Keyring or KWallet must be "
                                "running and unlocked)")
                     .arg(job->errorString());
        break;
    }
    return false;
}

} // namespace

QString SecretStore::service()
{
    return QStringLiteral("Kindred");
}

QString SecretStore::keyFor(const QString &workspacePath, const QString &sourceName)
{
    const QFileInfo info(workspacePath);
    const QString canonical =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray digest =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("sync/%1/%2").arg(QString::fromLatin1(digest.left(16)), sourceName);
}

bool SecretStore::write(const QString &key, const QByteArray &secret, QString *error)
{
    QKeychain::WritePasswordJob job(service());
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(secret);
    return runJob(&job, error);
}

bool SecretStore::read(const QString &key, QByteArray *secret, QString *error)
{
    QKeychain::ReadPasswordJob job(service());
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(&job, error))
        return false;
    *secret = job.binaryData();
    return true;
}

bool SecretStore::remove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(service());
    job.setInsecureFallback(false);
    job.setKey(key);
    return runJob(&job, error, true);
}

} // namespace kindred
