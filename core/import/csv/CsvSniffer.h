#pragma once
// Guesses how a CSV file is written from its first bytes (up to 64 KiB):
// * encoding: a BOM (UTF-8, UTF-16LE/BE) decides; else valid UTF-8 is UTF-8; else text that
//   decodes as GB18030 without error is GB18030; else the file is rejected.
// * delimiter: among ',' ';' TAB '|', the one that splits the first records (read as CSV, so
//   quoted delimiters do not count) into the same number (> 1) of fields most consistently;
//   ties go to more fields, then to the order above. A one-column file gets ','.

#include <QByteArray>
#include <QString>

namespace kindred {

/// What the sniffer found.
struct CsvSniffResult
{
    QString encoding = QStringLiteral("utf-8"); ///< utf-8, gb18030, utf-16le or utf-16be
    bool bom = false;                           ///< the file starts with a byte order mark
    char delimiter = ',';
    int columns = 0; ///< fields per record with that delimiter (the most common count)

    /// "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE (BOM)"...
    QString encodingLabel() const;
    /// ",", ";", "TAB" or "|".
    QString delimiterLabel() const;
};

class CsvSniffer final
{
public:
    /// Sniffs the file at path; false with a message (file-level, no path) when it cannot be
    /// read or is neither UTF-8/UTF-16 nor GB18030. An empty file gets UTF-8 and ','.
    static bool sniff(const QString &path, CsvSniffResult *result, QString *error);
    /// The encoding of `head` (the first bytes of a file; `complete` when it is the whole
    /// file), or "" when no supported encoding fits.
    static QString detectEncoding(const QByteArray &head, bool complete, bool *bom);
    /// The delimiter of `utf8` text (the first lines of a file); columns receives the count.
    static char detectDelimiter(const QByteArray &utf8, int *columns = nullptr);
    /// `bytes` of `encoding` as UTF-8 (BOM dropped); false when it does not decode.
    static bool toUtf8(const QByteArray &bytes, const QString &encoding, QByteArray *utf8);
    /// The QStringDecoder name of a sniffed or mapping encoding ("GB18030", "UTF-16LE").
    static QString decoderName(const QString &encoding);
    /// The one-character delimiter of a label or character ("tab" -> '\t'); 0 when unknown.
    static char delimiterOf(const QString &text);
};

} // namespace kindred
