#pragma once
// The settings of a generic CSV mapping besides its columns, as two group boxes of the CSV
// mapping dialog: File (target, source, encoding, delimiter, header row) and Values (date
// format, time zone, default currency, member id platform). Object names: csvTarget,
// csvSource, csvEncoding, csvDelimiter, csvHeaderRow, csvDateFormat, csvTimezone, csvCurrency,
// csvMemberPlatform.

#include "import/csv/CsvMapping.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace kindred {

class CsvMappingForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvMappingForm)
public:
    explicit CsvMappingForm(QWidget *parent = nullptr);

    /// The community's currency and time zone, shown where the mapping leaves them empty.
    void setDefaults(const QString &currency, const QString &timezone);
    /// Sources with a remembered mapping, offered in the source combo.
    void setSources(const QStringList &sources);
    /// Shows the settings of `mapping` (emits nothing).
    void setMapping(const CsvMapping &mapping);
    /// Copies the settings shown into *mapping (its columns are left alone).
    void apply(CsvMapping *mapping) const;
    /// Labels of what "Auto" found ("UTF-8 (BOM)", "TAB"); empty = nothing read.
    void setDetected(const QString &encoding, const QString &delimiter);

signals:
    /// The user edited a setting other than the target.
    void changed();
    void targetChanged();
    /// The user picked a remembered source from the list.
    void sourceChosen(const QString &source);

private:
    bool m_updating = false;
    QComboBox *m_target;
    QComboBox *m_source;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QSpinBox *m_headerRow;
    QComboBox *m_dateFormat;
    QLineEdit *m_timezone;
    QLineEdit *m_currency;
    QLineEdit *m_platform;
};

} // namespace kindred
