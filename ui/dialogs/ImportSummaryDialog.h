#pragma once
// Tells the user what an import did: per file the messages added, duplicates skipped, new
// members and events, the warnings; or the error naming the file and the position.

#include "ImportController.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace kindred {

class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)
public:
    explicit ImportSummaryDialog(const ImportOutcome &outcome, QWidget *parent = nullptr);

    /// The headline ("Import finished", ...) and the per-file summary (rich text).
    QString headline() const;
    QString summary() const;
    /// Warnings and errors, one a line.
    QString details() const;

    /// The same texts, for tests and logs.
    static QString headlineFor(const ImportOutcome &outcome);
    static QString summaryFor(const ImportOutcome &outcome);

private:
    QLabel *m_headline;
    QLabel *m_summary;
    QPlainTextEdit *m_details;
};

} // namespace kindred
