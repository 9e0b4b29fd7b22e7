#include "CsvValidator.h"

#include "CsvRowParser.h"

namespace kindred {
namespace {
constexpr qint64 kPollEvery = 500;
}

CsvValidator::CsvValidator(const CsvMapping &mapping, const QString &defaultCurrency,
                           const QTimeZone &zone)
    : m_mapping(mapping), m_currency(defaultCurrency), m_zone(zone)
{
}

CsvValidation CsvValidator::validate(const QString &path, qint64 maxRows, int previewRows,
                                     int maxErrors) const
{
    CsvValidation v;
    CsvRecordSource source;
    if (!source.open(path, m_mapping.encoding, m_mapping.delimiter, m_mapping.headerRow,
                     &v.fileError))
        return v;
    v.encoding = source.encoding();
    v.bom = source.hasBom();
    v.delimiter = source.delimiter();
    v.header = source.header();
    const CsvRowParser parser(m_mapping, v.header, m_currency, m_zone);
    QString why;
    bool checkRows = true;
    const bool noRecords = m_mapping.headerRow == 0 && v.header.isEmpty();
    if (!noRecords && !parser.isReady(&why)) {
        // Missing columns make every row meaningless; unmapped required fields still let the
        // preview and the other values be checked (the dialog shows both).
        bool columnsMissing = false;
        for (const auto &[column, field] : m_mapping.columns)
            columnsMissing = columnsMissing || CsvRowParser::indexOf(v.header, column) < 0;
        if (columnsMissing) {
            v.fileError.file = path;
            v.fileError.message = why;
            checkRows = false;
        } else {
            v.mappingError = why;
        }
    }
    CsvRecord record;
    CsvRow row;
    QList<CsvRowError> rowErrors;
    for (;;) {
        const bool rowsDone = !checkRows || (maxRows >= 0 && v.rows >= maxRows);
        if (rowsDone && v.preview.size() >= previewRows) {
            v.complete = !checkRows;
            break;
        }
        const CsvRecordSource::Status s = source.next(&record);
        if (s == CsvRecordSource::Status::End)
            break;
        if (s == CsvRecordSource::Status::Error) {
            v.fileError = source.error();
            break;
        }
        if (v.preview.size() < previewRows)
            v.preview.append(record);
        if (rowsDone)
            continue;
        ++v.rows;
        if (v.rows % kPollEvery == 0) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                v.complete = false;
                break;
            }
            if (m_progress)
                m_progress(source.bytesRead(), source.size());
        }
        rowErrors.clear();
        if (!parser.parse(record, &row, &rowErrors)) {
            ++v.invalidRows;
            for (const CsvRowError &e : std::as_const(rowErrors))
                if (v.errors.size() < maxErrors)
                    v.errors.append(e);
        }
    }
    if (m_progress && v.complete)
        m_progress(source.size(), source.size());
    return v;
}

} // namespace kindred
