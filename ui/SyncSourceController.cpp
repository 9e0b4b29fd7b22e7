#include "SyncSourceController.h"

#include "AsyncQuery.h"
#include "dialogs/SyncSourceDialog.h"
#include "sync/SecretStore.h"
#include "sync/SyncSourceStore.h"

#include <QPointer>

namespace kindred {
namespace {

/// The stored source with id `id` into `out`; false with error when there is none.
bool findById(SyncSourceStore &store, qint64 id, SyncSource *out, QString *error)
{
    QList<SyncSource> all;
    if (!store.list(&all, error))
        return false;
    for (const SyncSource &s : std::as_const(all)) {
        if (s.id == id) {
            *out = s;
            return true;
        }
    }
    *error = SyncSourceController::tr("the source was removed");
    return false;
}

} // namespace

SyncSourceController::SyncSourceController(QObject *parent) : QObject(parent) {}

void SyncSourceController::save(const QString &workspace, SyncSourceDialog *dialog)
{
    const SyncSource old = dialog->original();
    SyncSource s = dialog->source();
    QString error;
    QString written;  // a new keychain entry, removed again if the source cannot be stored
    QString obsolete; // the entry of the old name (or of a source without sign-in now)
    if (s.auth == SyncSource::Auth::None) {
        s.secretRef.clear();
        obsolete = old.secretRef;
    } else {
        const QString key = SecretStore::keyFor(workspace, s.name);
        QByteArray secret = dialog->secret();
        if (secret.isEmpty() && !old.secretRef.isEmpty() && old.secretRef != key &&
            !SecretStore::read(old.secretRef, &secret, &error)) {
            dialog->showError(tr("The stored token or password could not be moved to the new "
                                 "name (%1). Enter it again.")
                                  .arg(error));
            return;
        }
        if (!secret.isEmpty()) {
            if (!SecretStore::write(key, secret, &error)) {
                dialog->showError(
                    tr("The token or password could not be stored in the system keychain: %1")
                        .arg(error));
                return;
            }
            if (key != old.secretRef) {
                written = key;
                obsolete = old.secretRef;
            }
            s.secretRef = key;
        }
    }
    if (s.url != old.url) { // the validators belong to the old address
        s.etag.clear();
        s.lastModified.clear();
    }
    dialog->setBusy(true);
    QPointer<SyncSourceDialog> guard(dialog);
    AsyncQuery::run<SyncSource>(
        this, workspace,
        [s](Database &db, SyncSource *out, QString *error) {
            SyncSourceStore store(db);
            *out = s;
            if (s.id == 0)
                return store.add(out, error);
            SyncSource current; // keep the validators a run stored since the dialog opened
            if (!findById(store, s.id, &current, error))
                return false;
            if (current.url == s.url) {
                out->etag = current.etag;
                out->lastModified = current.lastModified;
            }
            return store.update(*out, error);
        },
        [this, guard, written, obsolete](const QueryResult<SyncSource> &r) {
            QString error;
            if (!r.ok) {
                if (!written.isEmpty())
                    SecretStore::remove(written, &error);
                if (guard) {
                    guard->setBusy(false);
                    guard->showError(r.error);
                }
                return;
            }
            if (!obsolete.isEmpty() && !SecretStore::remove(obsolete, &error))
                emit problem(tr("An old token could not be removed from the system keychain: %1")
                                 .arg(error));
            if (guard)
                guard->finish();
            emit changed(r.value.id, tr("Saved the sync source %1").arg(r.value.name));
        });
}

void SyncSourceController::remove(const QString &workspace, const SyncSource &source)
{
    AsyncQuery::run<int>(
        this, workspace,
        [name = source.name](Database &db, int *, QString *error) {
            return SyncSourceStore(db).remove(name, error);
        },
        [this, source](const QueryResult<int> &r) {
            QString error;
            if (!r.ok) {
                emit problem(tr("%1 was not removed: %2").arg(source.name, r.error));
                return;
            }
            if (!source.secretRef.isEmpty() && !SecretStore::remove(source.secretRef, &error))
                emit problem(tr("%1 was removed, but its token or password could not be removed "
                                "from the system keychain: %2")
                                 .arg(source.name, error));
            emit changed(0, tr("Removed the sync source %1").arg(source.name));
        });
}

void SyncSourceController::trust(const QString &workspace, qint64 id, const QString &sha256)
{
    AsyncQuery::run<int>(
        this, workspace,
        [id, sha256](Database &db, int *, QString *error) {
            SyncSourceStore store(db);
            SyncSource s;
            if (!findById(store, id, &s, error))
                return false;
            s.trustedCertSha256 = sha256;
            return store.update(s, error);
        },
        [this, id](const QueryResult<int> &r) {
            if (r.ok)
                emit trusted(id);
            else
                emit problem(tr("The certificate could not be trusted: %1").arg(r.error));
        });
}

} // namespace kindred
