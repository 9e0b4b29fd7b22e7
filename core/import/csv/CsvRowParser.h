#pragma once
// Turns the records of a generic CSV file into CsvRows with the mapping: finds each mapped
// column in the header, checks that the target's required fields are mapped, and converts
// and checks every value of a record (dates, amounts, currencies, statuses, scores, emails,
// phones, required values), reporting every bad field with its line and column. Needs no
// database: the community's currency and time zone are given.

#include "CsvMapping.h"
#include "CsvRecordSource.h"
#include "CsvRow.h"

#include <QHash>
#include <QTimeZone>

namespace kindred {

class CsvRowParser final
{
public:
    /// `header`: the file's column names (CsvRecordSource::header()); `defaultCurrency` and
    /// `zone`: used when the mapping leaves currency / time zone empty (the community's).
    CsvRowParser(const CsvMapping &mapping, const QStringList &header,
                 const QString &defaultCurrency, const QTimeZone &zone);

    /// False with a message when a mapped column is not in the header or a required field
    /// group has no column.
    bool isReady(QString *error) const;
    /// Index in the header of the column holding `field`; -1 when unmapped.
    qsizetype columnOf(CsvField field) const { return m_index.value(int(field), -1); }
    /// Converts `record`; false when a value is invalid, with one error per bad field (and
    /// one for a missing member or value) appended to *errors.
    bool parse(const CsvRecord &record, CsvRow *row, QList<CsvRowError> *errors) const;

    /// The index of mapping column `column` in `header`: "#N" is column N; else the header
    /// text, exactly, then ignoring case and surrounding spaces. -1 when absent.
    static qsizetype indexOf(const QStringList &header, const QString &column);

private:
    CsvMapping m_mapping;
    QStringList m_header;
    QString m_currency;
    QTimeZone m_zone;
    QHash<int, qsizetype> m_index; ///< CsvField -> column
    QStringList m_missingColumns;
};

} // namespace kindred
