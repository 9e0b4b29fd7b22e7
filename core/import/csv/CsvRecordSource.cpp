#include "CsvRecordSource.h"

#include "CsvDecodingDevice.h"
#include "CsvSniffer.h"

#include <QCoreApplication>
#include <QFile>

namespace kindred {

CsvRecordSource::CsvRecordSource() = default;
CsvRecordSource::~CsvRecordSource() = default;

qint64 CsvRecordSource::bytesRead() const
{
    if (m_decoder)
        return m_decoder->sourceBytesRead();
    return m_reader ? m_reader->bytesRead() : 0;
}

bool CsvRecordSource::readerFailed()
{
    const CsvPosition at = m_reader->errorPosition();
    m_error.line = at.line;
    m_error.column = at.column;
    switch (m_reader->error()) {
    case CsvReader::Error::Read:
        m_error.message =
            QCoreApplication::translate("CsvImport", "read error: %1").arg(m_reader->deviceError());
        break;
    case CsvReader::Error::UnterminatedQuote:
        m_error.message = QCoreApplication::translate(
            "CsvImport", "the quoted field that starts here is not closed before the end of "
                         "the file");
        break;
    case CsvReader::Error::CharacterAfterQuote:
        m_error.message = QCoreApplication::translate(
            "CsvImport", "unexpected character after the closing quote of a field (a quote "
                         "inside a quoted field must be doubled)");
        break;
    case CsvReader::Error::InvalidUtf8:
        m_error.message = QCoreApplication::translate(
            "CsvImport", "the text is not valid UTF-8 here (choose its encoding, e.g. GB18030)");
        break;
    case CsvReader::Error::RecordTooLarge:
        m_error.message = QCoreApplication::translate(
                              "CsvImport", "the record that starts here is larger than %1 MiB")
                              .arg(m_reader->maxRecordBytes() >> 20);
        break;
    case CsvReader::Error::None:
        break;
    }
    return false;
}

bool CsvRecordSource::open(const QString &path, const QString &encoding, const QString &delimiter,
                           int headerRow, ImportError *error)
{
    m_path = path;
    m_error = ImportError{};
    m_error.file = path;
    auto failed = [&](const QString &message) {
        m_error.message = message;
        *error = m_error;
        return false;
    };
    CsvSniffResult sniffed;
    const bool needSniff = encoding == QLatin1String("auto") || delimiter == QLatin1String("auto");
    QString why;
    if (needSniff && !CsvSniffer::sniff(path, &sniffed, &why))
        return failed(why);
    if (encoding == QLatin1String("auto")) {
        m_encoding = sniffed.encoding;
        m_bom = sniffed.bom;
    } else {
        m_encoding = encoding;
    }
    m_delimiter =
        delimiter == QLatin1String("auto") ? sniffed.delimiter : CsvSniffer::delimiterOf(delimiter);
    if (m_delimiter == 0)
        return failed(QCoreApplication::translate("CsvImport", "'%1' is not a supported delimiter")
                          .arg(delimiter));

    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly))
        return failed(QCoreApplication::translate("CsvImport", "cannot open the file: %1")
                          .arg(m_file->errorString()));
    m_size = m_file->size();
    if (m_encoding == QLatin1String("utf-16")) {
        // An explicit UTF-16 without a byte order mark is little endian (Windows' "Unicode").
        const QByteArray bom = m_file->peek(2);
        m_bom = bom == "\xFE\xFF" || bom == "\xFF\xFE";
        m_encoding = bom == "\xFE\xFF" ? QStringLiteral("utf-16be") : QStringLiteral("utf-16le");
    } else if (m_encoding == QLatin1String("utf-8")) {
        m_bom = m_file->peek(3) == "\xEF\xBB\xBF";
    }
    QIODevice *device = m_file.get();
    if (m_encoding != QLatin1String("utf-8")) {
        m_decoder =
            std::make_unique<CsvDecodingDevice>(m_file.get(), CsvSniffer::decoderName(m_encoding));
        if (!m_decoder->isValid() || !m_decoder->open(QIODevice::ReadOnly))
            return failed(QCoreApplication::translate("CsvImport",
                                                      "this build of Kindred cannot decode %1 text")
                              .arg(CsvSniffer::decoderName(m_encoding)));
        device = m_decoder.get();
    }
    m_reader = std::make_unique<CsvReader>(*device, m_delimiter);

    CsvRecord first;
    for (int record = 1; record <= std::max(headerRow, 1); ++record) {
        const Status s = next(&first);
        if (s == Status::Error) {
            *error = m_error;
            return false;
        }
        if (s == Status::End) {
            if (headerRow == 0)
                break; // no records at all: an empty import
            return failed(QCoreApplication::translate(
                              "CsvImport", "the file has no header row %1 (it has %2 record(s))")
                              .arg(headerRow)
                              .arg(record - 1));
        }
    }
    m_header.clear();
    if (headerRow > 0) {
        for (qsizetype i = 0; i < first.fields.size(); ++i) {
            const QString name = first.fields.at(i).trimmed();
            m_header.append(name.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : name);
        }
    } else if (!first.fields.isEmpty()) {
        for (qsizetype i = 0; i < first.fields.size(); ++i)
            m_header.append(QStringLiteral("#%1").arg(i + 1));
        m_pending = first;
        m_hasPending = true;
    }
    return true;
}

CsvRecordSource::Status CsvRecordSource::next(CsvRecord *record)
{
    if (m_hasPending) {
        *record = m_pending;
        m_hasPending = false;
        return Status::Record;
    }
    if (!m_reader)
        return Status::End;
    switch (m_reader->next()) {
    case CsvReader::Status::Record:
        record->fields = m_reader->fields();
        record->positions.resize(record->fields.size());
        for (qsizetype i = 0; i < record->fields.size(); ++i)
            record->positions[i] = m_reader->fieldPosition(i);
        record->line = m_reader->recordPosition().line;
        return Status::Record;
    case CsvReader::Status::End:
        return Status::End;
    case CsvReader::Status::Error:
        readerFailed();
        return Status::Error;
    }
    return Status::Error;
}

} // namespace kindred
