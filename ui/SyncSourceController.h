#pragma once
// Stores what the Sync page decided about a source: the entries of SyncSourceDialog (the token
// or password in the OS keychain under SecretStore::keyFor(workspace, name), moved to the new
// key when the source is renamed; the source itself through SyncSourceStore), a removal (the
// source, its runs and its secret), and a certificate the user chose to trust. The workspace is
// written in workers with their own connection; the keychain calls block briefly on the GUI
// thread (SecretStore is meant for that). Never touches the network.

#include <QObject>

namespace kindred {

class SyncSourceDialog;
struct SyncSource;

class SyncSourceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSourceController)
public:
    explicit SyncSourceController(QObject *parent = nullptr);

    /// Stores the entries of `dialog` in the workspace at `workspace`; closes the dialog when
    /// they are stored, else shows the problem in it (the dialog stays open).
    void save(const QString &workspace, SyncSourceDialog *dialog);
    /// Removes `source` (found by name), its runs and its stored secret.
    void remove(const QString &workspace, const SyncSource &source);
    /// Stores `sha256` as the certificate source `id` trusts, then emits trusted().
    void trust(const QString &workspace, qint64 id, const QString &sha256);

signals:
    /// Sources changed: `selectId` is the source to show (0: none), `status` says what happened.
    void changed(qint64 selectId, const QString &status);
    /// Source `id` now trusts the certificate (sync it again).
    void trusted(qint64 id);
    /// Something could not be done (or only partly): a user-readable sentence.
    void problem(const QString &text);
};

} // namespace kindred
