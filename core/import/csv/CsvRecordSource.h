#pragma once
// Reads the records of a generic CSV file as a mapping describes it: resolves "auto" encoding
// and delimiter (CsvSniffer), decodes non-UTF-8 text on the fly (CsvDecodingDevice), skips
// the records above the header row, and names the columns (the header's texts, or "#1", "#2"…
// without a header). Records stream through the project's CsvReader (bounded memory).

#include "import/CsvReader.h"
#include "import/ImportError.h"

#include <QStringList>

#include <memory>

class QFile;

namespace kindred {

class CsvDecodingDevice;

/// One data record: its fields, where each starts, and the line the record starts on.
struct CsvRecord
{
    QStringList fields;
    QList<CsvPosition> positions;
    qint64 line = 0;

    /// Field i, or "" when the record is shorter.
    QString value(qsizetype i) const
    {
        return i >= 0 && i < fields.size() ? fields.at(i) : QString();
    }
    /// The line field i starts on (the record's line when the record is shorter).
    qint64 lineOf(qsizetype i) const
    {
        return i >= 0 && i < positions.size() ? positions.at(i).line : line;
    }
};

class CsvRecordSource final
{
    Q_DISABLE_COPY_MOVE(CsvRecordSource)
public:
    CsvRecordSource();
    ~CsvRecordSource();

    enum class Status
    {
        Record,
        End,
        Error
    };

    /// Opens path. encoding: auto, utf-8, gb18030, utf-16; delimiter: "auto" or the character;
    /// headerRow: 1-based record of the header, 0 = none. False with error (file, position,
    /// message) when the file cannot be read or decoded or the header is missing.
    bool open(const QString &path, const QString &encoding, const QString &delimiter, int headerRow,
              ImportError *error);

    /// The next data record into *record; on Error, error() says what and where.
    Status next(CsvRecord *record);
    const ImportError &error() const { return m_error; }

    /// The resolved encoding (utf-8, gb18030, utf-16le, utf-16be), whether the file has a BOM,
    /// and the delimiter.
    QString encoding() const { return m_encoding; }
    bool hasBom() const { return m_bom; }
    char delimiter() const { return m_delimiter; }
    /// Column names: header texts (an empty one becomes "#N"), or "#1".."#N" without a header.
    const QStringList &header() const { return m_header; }
    /// Bytes of the file read so far and its size (for progress).
    qint64 bytesRead() const;
    qint64 size() const { return m_size; }

private:
    bool readerFailed();

    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvDecodingDevice> m_decoder;
    std::unique_ptr<CsvReader> m_reader;
    QString m_path;
    QString m_encoding;
    bool m_bom = false;
    char m_delimiter = ',';
    QStringList m_header;
    CsvRecord m_pending; ///< the first record when there is no header
    bool m_hasPending = false;
    qint64 m_size = 0;
    ImportError m_error;
};

} // namespace kindred
