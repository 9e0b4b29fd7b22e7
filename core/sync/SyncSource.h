#pragma once
// A sync source: a URL a workspace is kept current from (PRODUCT.md §2, issue "Sync with
// chat-group exports over HTTP"), and one recorded sync run of it. Plain values; stored by
// SyncSourceStore and SyncRunStore.

#include <QString>

namespace kindred {

struct SyncSource
{
    enum class Kind
    {
        Auto,    ///< decided by the response: a JSON object with a "files" array is a manifest
        File,    ///< the URL serves one export file (JSON, zip, txt, csv)
        Manifest ///< {"files":[{"url":..,"sha256":..,"format":..}]} listing export drops
    };
    enum class Auth
    {
        None,
        Bearer, ///< "Authorization: Bearer <secret>"
        Basic   ///< "Authorization: Basic base64(username:secret)"
    };

    qint64 id = 0;
    QString name; ///< unique in the workspace
    QString url;
    QString format = QStringLiteral("auto"); ///< an importer format or "auto"
    Kind kind = Kind::Auto;
    Auth auth = Auth::None;
    QString username;     ///< for Basic
    QString secretRef;    ///< keychain key of the token/password ("" when none is stored)
    int everyMinutes = 0; ///< 0 = manual; else synced every N minutes while Kindred runs
    bool enabled = true;
    QString trustedCertSha256; ///< hex SHA-256 of a certificate the user trusts explicitly
    QString etag;              ///< validators of the last 200 response (conditional requests)
    QString lastModified;
    qint64 createdAt = 0; ///< UTC seconds

    static QString kindKey(Kind kind); ///< "auto", "file", "manifest"
    static bool kindFromKey(const QString &key, Kind *out);
    static QString authKey(Auth auth); ///< "none", "bearer", "basic"
    static bool authFromKey(const QString &key, Auth *out);
};

/// One sync of one source, as recorded in sync_run.
struct SyncRun
{
    enum class Status
    {
        Running,
        Updated,     ///< something was downloaded (and imported, possibly adding nothing new)
        NotModified, ///< 304, or a manifest listing nothing new
        Failed,
        Canceled
    };

    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 startedAt = 0;  ///< UTC seconds
    qint64 finishedAt = 0; ///< UTC seconds; 0 while running
    Status status = Status::Running;
    int httpStatus = 0; ///< of the last response (0: no response)
    qint64 bytes = 0;   ///< body bytes received over the run
    qint64 filesImported = 0;
    qint64 messagesAdded = 0;
    qint64 membersAdded = 0;
    qint64 eventsAdded = 0;
    QString error; ///< user-readable, "" unless failed or canceled
    /// Not stored: when the run failed because the server's TLS certificate is not trusted,
    /// its SHA-256 fingerprint and subject, so that the user can choose to trust it.
    QString untrustedCertSha256;
    QString untrustedCertSubject;

    static QString statusKey(Status status); ///< "running", "updated", "not_modified", ...
    static bool statusFromKey(const QString &key, Status *out);
};

} // namespace kindred
