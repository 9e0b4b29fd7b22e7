#pragma once
// Import > generic CSV: maps the columns of a CSV file onto Kindred's fields before importing.
// Shows the target and source, the detected encoding and delimiter (both overridable), the
// header row, date format, time zone, currency and member platform, and a preview of the
// first 20 rows with a field combo per column. The mapping starts as the one remembered for a
// file with the same columns in the workspace (CsvMappingStore, read on the dialog's own
// connection), else as guessed from the header names (English and Chinese). Every change is
// validated on the first rows (CsvValidator; dates, numbers, currencies...) and the row
// errors are listed; Import is enabled only when the required fields are mapped and the
// checked rows are valid (or "skip invalid rows" is on). The mapping can be saved to and
// loaded from a JSON file. The dialog never writes the workspace: the import does (and then
// remembers the mapping for its source).

#include "import/csv/CsvMapping.h"
#include "import/csv/CsvValidator.h"

#include <QDialog>
#include <QTimeZone>

#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace kindred {

class CsvMappingForm;
class CsvPreviewTable;
class Database;

class CsvMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvMappingDialog)
public:
    /// Rows shown in the preview, and rows checked by the live validation.
    static constexpr int kPreviewRows = 20;
    static constexpr int kCheckedRows = 2000;

    /// Maps `csvPath` for an import into `workspacePath` (which may not exist yet).
    CsvMappingDialog(const QString &workspacePath, const QString &csvPath,
                     QWidget *parent = nullptr);
    ~CsvMappingDialog() override;

    QString csvPath() const { return m_csvPath; }
    /// The mapping as shown (skipInvalidRows from the check box).
    CsvMapping mapping() const;
    /// Shows `mapping` and validates it.
    void setMapping(const CsvMapping &mapping);
    /// The source whose remembered mapping pre-filled the dialog ("" when guessed).
    QString rememberedSource() const { return m_remembered; }

    /// Re-reads the file and validates now (changes otherwise do it after a short delay).
    void refresh();
    /// The last validation (preview records, errors, detected encoding and delimiter).
    const CsvValidation &validation() const { return m_validation; }
    /// The problems listed in the dialog, one per line.
    QStringList errorLines() const;
    /// Whether Import is enabled.
    bool canImport() const;
    CsvPreviewTable *previewTable() const { return m_table; }

    bool saveMappingTo(const QString &path, QString *error) const;
    bool loadMappingFrom(const QString &path, QString *error);

public slots:
    /// Imports only when canImport() (after a final refresh).
    void accept() override;

private:
    void buildUi();
    void scheduleRefresh();
    void onTargetChanged();
    void onSourceChosen(const QString &source);
    void onAssignmentChanged(int column, CsvField field);
    void chooseSaveFile();
    void chooseLoadFile();
    /// The mapping's column name of header column i ("#N" without a header or for a
    /// duplicated name).
    QString columnName(int i) const;
    QList<CsvField> assignedFields() const;
    void showValidation();

    std::unique_ptr<Database> m_db;
    QString m_csvPath;
    QString m_defaultCurrency = QStringLiteral("CNY");
    QTimeZone m_defaultZone = QTimeZone::utc();
    QString m_remembered;
    CsvMapping m_mapping; ///< what the widgets show
    CsvValidation m_validation;
    QStringList m_shownHeader; ///< header the table was built for

    CsvMappingForm *m_form = nullptr;
    CsvPreviewTable *m_table = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_errors = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QPushButton *m_import = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace kindred
