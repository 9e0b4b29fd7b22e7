#pragma once
// "Export report…": computes the report data of a period in a worker (own connection), then
// draws the PDF on the GUI thread (charts are widgets) through PdfReportWriter.

#include "analytics/Period.h"

#include <QObject>

class QWidget;

namespace kindred {

class ReportExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExporter)
public:
    explicit ReportExporter(QWidget *dialogParent);

    bool isRunning() const { return m_running; }
    /// Asks for the options (ReportExportDialog: pseudonymised or not) and a file name, then
    /// writes the report of `period` in language `lang`.
    void exportReport(const QString &workspacePath, const Period &period, const QString &lang);
    /// Writes the report to `pdfPath` without asking; with `pseudonymise`, member names are
    /// replaced by the workspace's pseudonyms (ReportData::pseudonymise).
    void write(const QString &workspacePath, const Period &period, const QString &lang,
               const QString &pdfPath, bool pseudonymise = false);

signals:
    void finished(bool ok, const QString &pdfPath, const QString &error);

private:
    QWidget *m_dialogParent;
    bool m_running = false;
};

} // namespace kindred
