#pragma once
// The zip archive of a Slack workspace export, read with QuaZip.
//
// open() checks that the file is a zip archive and finds the export's root: the folder that
// holds channels.json (or, for an export without public channels, groups.json, mpims.json or
// dms.json), either the archive's root or one folder when the export folder was zipped
// again. Entries are then read in two ways: readArray() fetches one file of the root by name
// (the user and channel lists), and first()/next()/readCurrentArray() walk every entry once in
// archive order (the day files), so that a large export is read in one sequential pass
// without looking each day file up by name.
//
// Every entry is read whole (at most kMaxEntryBytes) and parsed with QJsonDocument; its top
// level must be a JSON array.
//
// Errors: each failing call returns false after filling the ImportError with
//  * file = "<zip path>/<entry name>" for a problem in one entry, the zip path alone for the
//    archive itself;
//  * for a JSON syntax error the byte offset in the entry and the 1-based line and column
//    (column in characters); for "not a zip archive" offset 0; for a damaged archive the
//    offset where its central directory should end (the file size);
//  * a translated message (context "SlackImporter").

#include "import/ImportError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

namespace kindred::slack {

class SlackArchive final
{
public:
    /// Largest entry read (uncompressed bytes); a larger one fails the import.
    static constexpr qint64 kMaxEntryBytes = qint64(512) * 1024 * 1024;

    SlackArchive(const QString &path, ImportError &error);
    ~SlackArchive();
    Q_DISABLE_COPY_MOVE(SlackArchive)

    /// Opens the archive and finds the export's root. False with the error set when the file
    /// cannot be read, is not a zip archive, is damaged, or holds no channels.json (nor
    /// groups.json, mpims.json, dms.json).
    bool open();
    /// The export's folder inside the archive: "" or "<folder>/".
    const QString &root() const { return m_root; }
    /// True if the root holds the file `name` (e.g. "users.json").
    bool hasFile(const QString &name) const;
    /// Reads the root's file `name` and parses it as a JSON array.
    bool readArray(const QString &name, QJsonArray &out);

    /// Moves to the first / next entry in archive order; false at the end or on an error
    /// (then failed() is true and the error is set).
    bool first();
    bool next();
    bool failed() const { return m_failed; }
    /// Full name of the current entry and its compressed size in bytes.
    const QString &currentName() const { return m_currentName; }
    qint64 currentCompressedSize() const { return m_currentCompressed; }
    /// Reads the current entry and parses it as a JSON array.
    bool readCurrentArray(QJsonArray &out);

    /// Size of the zip file in bytes.
    qint64 fileSize() const { return m_fileSize; }
    /// "<zip path>/<entry>" (the zip path alone for an empty entry).
    QString entryPath(const QString &entry) const;
    /// Fills the error; line and column are 0 when unknown. Returns false.
    bool fail(const QString &entry, qint64 offset, const QString &message, qint64 line = 0,
              qint64 column = 0);

private:
    bool updateCurrent();
    bool readOpenEntry(const QString &entry, qint64 declaredSize, QByteArray &out);
    bool parseArray(const QString &entry, QByteArray &bytes, QJsonArray &out);
    bool zipFailed(const QString &entry, int code);

    const QString m_path;
    ImportError &m_error;
    std::unique_ptr<QuaZip> m_zip;
    QString m_root;
    QStringList m_rootFiles; ///< names of the root's files (relative to it)
    qint64 m_fileSize = 0;
    QString m_currentName;
    qint64 m_currentCompressed = 0;
    qint64 m_currentSize = 0;
    bool m_failed = false;
};

} // namespace kindred::slack
