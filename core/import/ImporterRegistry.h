#pragma once
// Knows every importer and picks one for a file: by the format the user named, or by asking
// each importer how confident it is about the file's first bytes (looking inside zip archives).

#include "Importer.h"

#include <QStringList>

#include <memory>

namespace kindred {

class ImporterRegistry final
{
public:
    /// Formats accepted by --format (besides "auto").
    static QStringList formats();
    /// A new importer for `format`, or nullptr when unknown.
    static std::unique_ptr<Importer> create(const QString &format);
    /// Detects the format of the file at path; empty string + error when nothing matches.
    static QString detect(const QString &path, QString *error);
    /// First up to `max` bytes of the file, or of the most likely export inside a zip archive
    /// (innerName receives that entry's name).
    static QByteArray readHead(const QString &path, QString *innerName, qint64 max = 65536);
};

} // namespace kindred
