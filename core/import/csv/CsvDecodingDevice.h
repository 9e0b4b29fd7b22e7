#pragma once
// A read-only sequential QIODevice that decodes another device from a legacy encoding
// (GB18030, UTF-16) and serves the text as UTF-8, chunk by chunk (bounded memory), so that
// CsvReader, which reads UTF-8, can read any encoding. Line breaks and characters are kept,
// so CsvReader's line and column positions stay those of the original file.
// An invalid byte sequence makes read() fail with errorString() naming the encoding and the
// approximate byte offset.

#include <QIODevice>
#include <QStringDecoder>

namespace kindred {

class CsvDecodingDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvDecodingDevice)
public:
    /// Decodes `source` (opened for reading, not owned) from `encoding`, a name that
    /// QStringDecoder knows ("GB18030", "UTF-16LE"...). Check isValid() before opening.
    CsvDecodingDevice(QIODevice *source, const QString &encoding, QObject *parent = nullptr);

    /// False when this Qt build cannot decode the encoding.
    bool isValid() const { return m_decoder.isValid(); }
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    /// Bytes of the source consumed (for progress).
    qint64 sourceBytesRead() const { return m_sourceRead; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    bool fill();

    QIODevice *m_source;
    QString m_encoding;
    QStringDecoder m_decoder;
    QByteArray m_pending; ///< UTF-8 not yet read
    qsizetype m_pendingAt = 0;
    qint64 m_sourceRead = 0;
    bool m_sourceEnd = false;
};

} // namespace kindred
