#pragma once
// The tokens and passwords of sync sources, kept in the OS keychain through QtKeychain (macOS
// Keychain, Windows Credential Manager, the Secret Service on Linux), never in the database or
// QSettings: the database stores only the key (SyncSource::secretRef). No insecure fallback:
// when no keychain is reachable, the calls fail with the keychain's message.
//
// The calls block in a local event loop until the keychain answers (QtKeychain is
// asynchronous); they are meant for the GUI thread just before a sync starts, the CLI and tests.

#include <QByteArray>
#include <QString>

namespace kindred {

class SecretStore
{
public:
    /// The service name under which every secret is stored ("Kindred").
    static QString service();
    /// The keychain key of source `sourceName` of the workspace at `workspacePath`:
    /// "sync/<first 16 hex digits of SHA-256 of the canonical workspace path>/<sourceName>",
    /// so that two workspaces may have sources of the same name.
    static QString keyFor(const QString &workspacePath, const QString &sourceName);

    /// Stores `secret` under `key` (replacing what was there). False with `error` (the
    /// keychain's message) when it could not.
    static bool write(const QString &key, const QByteArray &secret, QString *error);
    /// Reads the secret under `key`. False with `error` when there is none or the keychain
    /// cannot be reached.
    static bool read(const QString &key, QByteArray *secret, QString *error);
    /// Removes the secret under `key`; removing a key that does not exist succeeds.
    static bool remove(const QString &key, QString *error);
};

} // namespace kindred
