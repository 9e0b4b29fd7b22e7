#include "CsvDecodingDevice.h"

#include <QCoreApplication>

#include <cstring>

namespace kindred {
namespace {
constexpr qint64 kChunk = 64 * 1024;
}

CsvDecodingDevice::CsvDecodingDevice(QIODevice *source, const QString &encoding, QObject *parent)
    : QIODevice(parent), m_source(source), m_encoding(encoding),
      m_decoder(encoding.toLatin1().constData())
{
}

bool CsvDecodingDevice::atEnd() const
{
    return m_sourceEnd && m_pendingAt >= m_pending.size() && QIODevice::atEnd();
}

bool CsvDecodingDevice::fill()
{
    QByteArray raw(kChunk, Qt::Uninitialized);
    const qint64 n = m_source->read(raw.data(), kChunk);
    if (n < 0) {
        setErrorString(m_source->errorString());
        return false;
    }
    raw.resize(qsizetype(n));
    m_sourceEnd = n == 0;
    const QString text = m_decoder.decode(raw);
    if (m_decoder.hasError()) {
        setErrorString(QCoreApplication::translate("CsvImport",
                                                   "the text is not valid %1 (within bytes %2–%3)")
                           .arg(m_encoding)
                           .arg(m_sourceRead + 1)
                           .arg(m_sourceRead + n));
        return false;
    }
    m_sourceRead += n;
    m_pending = text.toUtf8();
    m_pendingAt = 0;
    return true;
}

qint64 CsvDecodingDevice::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize) {
        if (m_pendingAt >= m_pending.size()) {
            if (m_sourceEnd)
                break;
            if (!fill())
                return -1;
            continue;
        }
        const qint64 n = std::min<qint64>(maxSize - done, m_pending.size() - m_pendingAt);
        std::memcpy(data + done, m_pending.constData() + m_pendingAt, size_t(n));
        m_pendingAt += qsizetype(n);
        done += n;
    }
    return done;
}

qint64 CsvDecodingDevice::writeData(const char *data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

} // namespace kindred
