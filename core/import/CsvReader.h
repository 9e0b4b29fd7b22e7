#pragma once
// Streaming RFC 4180 record reader over a QIODevice, shared by the CSV importers.
//
// * Records end at CRLF, LF or a lone CR; a field starting with '"' is quoted: inside it the
//   delimiter and line breaks are data (kept as written) and '""' is one '"'. A '"' inside an
//   unquoted field is kept as data (as Python's csv module does); anything but the delimiter
//   or a line break after a closing quote is an error.
// * A UTF-8 BOM at the start is skipped. The text must be valid UTF-8 (overlongs, surrogates
//   and truncated sequences are errors).
// * Completely empty lines are skipped; a line break at the end of the file adds no record.
// * Positions are 1-based lines and columns in characters (code points) of the file; the BOM
//   takes no column. Each field's start position is kept for the caller's own errors.
// * Memory is bounded: the device is read in 64 KiB chunks and one record may hold at most
//   maxRecordBytes() bytes.
//
// The reader reports what failed as an Error code with a position; the importers word the
// message for the user in their own translation context.

#include <QList>
#include <QStringList>

class QIODevice;

namespace kindred {

struct CsvPosition
{
    qint64 line = 0;   ///< 1-based
    qint64 column = 0; ///< 1-based, in characters
};

class CsvReader final
{
public:
    enum class Status
    {
        Record,
        End,
        Error
    };
    enum class Error
    {
        None,
        Read,                ///< the device failed (see deviceError())
        UnterminatedQuote,   ///< end of file inside a quoted field (position: its opening quote)
        CharacterAfterQuote, ///< e.g. "abc"x (position: the character after the quote)
        InvalidUtf8,         ///< position: the first byte of the bad sequence
        RecordTooLarge       ///< a record over maxRecordBytes() (position: the record's start)
    };

    explicit CsvReader(QIODevice &device, char delimiter = ',');
    Q_DISABLE_COPY_MOVE(CsvReader)

    /// Reads the next record into fields().
    Status next();

    const QStringList &fields() const { return m_fields; }
    /// Where field i of the current record starts (its opening quote when quoted).
    CsvPosition fieldPosition(qsizetype i) const { return m_fieldPositions.value(i); }
    /// Where the current record starts.
    CsvPosition recordPosition() const { return m_fieldPositions.value(0); }
    /// 1-based number of the current record (the header, if any, is record 1).
    qint64 recordNumber() const { return m_records; }

    Error error() const { return m_error; }
    CsvPosition errorPosition() const { return m_errorPosition; }
    QString deviceError() const { return m_deviceError; }

    /// Bytes of the device consumed so far (for progress).
    qint64 bytesRead() const { return m_consumed; }
    bool hadBom() const { return m_hadBom; }

    qint64 maxRecordBytes() const { return m_maxRecordBytes; }
    void setMaxRecordBytes(qint64 bytes) { m_maxRecordBytes = bytes; }

private:
    int peek();               ///< next byte, -1 at the end, -2 on a read error
    bool take(unsigned char); ///< consumes the peeked byte; false on invalid UTF-8
    bool fail(Error error, CsvPosition at);
    bool fill();

    QIODevice &m_device;
    const char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_index = 0;
    bool m_started = false;
    bool m_eof = false;
    bool m_hadBom = false;
    qint64 m_consumed = 0;
    qint64 m_maxRecordBytes = qint64(256) << 20;

    qint64 m_line = 1;
    qint64 m_column = 1;
    bool m_afterCr = false;
    int m_need = 0; ///< UTF-8 continuation bytes still expected
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF;
    CsvPosition m_leadPosition;

    QStringList m_fields;
    QList<CsvPosition> m_fieldPositions;
    qint64 m_records = 0;
    Error m_error = Error::None;
    CsvPosition m_errorPosition;
    QString m_deviceError;
};

} // namespace kindred
