#pragma once

#include <QString>

namespace kindred {

/// Why an import failed: the file and the position in it (1-based line/column, or a byte
/// offset when the format has no lines), and a message for the user.
struct ImportError
{
    QString file;
    qint64 line = 0;
    qint64 column = 0;
    qint64 offset = -1;
    QString message;

    bool isSet() const { return !message.isEmpty(); }
    /// "file:line:column: message" or "file (byte N): message" or "file: message".
    QString toString() const;
};

} // namespace kindred
