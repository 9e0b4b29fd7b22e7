#pragma once
// The preview of a generic CSV file in the mapping dialog: the first records in a table whose
// first row holds one combo box per column to assign the column a field (objectName
// "csvField_<column>", 0-based). Cells of rows with errors are tinted and carry the error as
// tooltip. Emits assignmentChanged() when the user picks a field.

#include "import/csv/CsvField.h"
#include "import/csv/CsvRecordSource.h"
#include "import/csv/CsvRow.h"

#include <QTableWidget>

class QComboBox;

namespace kindred {

class CsvPreviewTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvPreviewTable)
public:
    explicit CsvPreviewTable(QWidget *parent = nullptr);

    /// Shows `header` and `records`; each column's combo offers Ignore and `choices`, with
    /// `assigned` (one per column; missing = Ignore) selected.
    void setContents(const QStringList &header, const QList<CsvRecord> &records,
                     const QList<CsvField> &choices, const QList<CsvField> &assigned);
    /// The field of every column, in column order.
    QList<CsvField> assignments() const;
    /// Selects `field` for `column` (no signal).
    void setAssignment(int column, CsvField field);
    /// Tints the cells the errors name (by line and column name) and sets their tooltips;
    /// clears earlier marks.
    void markErrors(const QList<CsvRowError> &errors);
    /// The combo of a column, or nullptr.
    QComboBox *fieldCombo(int column) const;
    /// Data rows shown (the combo row not counted).
    int previewRows() const { return rowCount() > 0 ? rowCount() - 1 : 0; }
    /// Whether the cell of preview row `row` (0-based data row), `column` is marked invalid.
    bool isMarked(int row, int column) const;

signals:
    void assignmentChanged(int column, kindred::CsvField field);

private:
    QStringList m_header;
    QList<CsvField> m_choices;
    QList<qint64> m_lines; ///< first line of each preview record
};

} // namespace kindred
