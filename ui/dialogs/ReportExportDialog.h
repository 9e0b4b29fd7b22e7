#pragma once
// The options of "Export report…", asked before the file name: the period the report covers
// (read-only, from the period bar) and "Pseudonymise member names" (PRODUCT.md §5b: names in
// the report become stable salted pseudonyms, see core/privacy/Pseudonymizer.h). The choice is
// remembered (Settings::reportPseudonymise) when the dialog is accepted.

#include <QDialog>

class QCheckBox;

namespace kindred {

class ReportExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportDialog)
public:
    /// `periodText` is the translated period shown ("2026-05-01 – 2026-10-31").
    explicit ReportExportDialog(const QString &periodText, QWidget *parent = nullptr);

    bool pseudonymise() const;
    void setPseudonymise(bool on);

public slots:
    /// Stores the choice in Settings and accepts.
    void accept() override;

private:
    QCheckBox *m_pseudonymise;
};

} // namespace kindred
