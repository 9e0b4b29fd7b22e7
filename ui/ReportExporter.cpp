#include "ReportExporter.h"

#include "AsyncQuery.h"
#include "dialogs/ReportExportDialog.h"
#include "privacy/Pseudonymizer.h"
#include "report/PdfReportWriter.h"
#include "report/ReportData.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace kindred {

ReportExporter::ReportExporter(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{
}

void ReportExporter::exportReport(const QString &workspacePath, const Period &period,
                                  const QString &lang)
{
    if (m_running)
        return;
    ReportExportDialog options(
        tr("%1 – %2").arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)),
        m_dialogParent);
    if (options.exec() != QDialog::Accepted)
        return;
    const bool pseudonymise = options.pseudonymise();
    const QString suggested =
        QStringLiteral("kindred-report-%1-%2.pdf")
            .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export report"),
                                                      suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    write(workspacePath, period, lang, path, pseudonymise);
}

void ReportExporter::write(const QString &workspacePath, const Period &period, const QString &lang,
                           const QString &pdfPath, bool pseudonymise)
{
    m_running = true;
    AsyncQuery::run<ReportData>(
        this, workspacePath,
        [period, pseudonymise](Database &db, ReportData *out, QString *error) {
            AnalyticsSource source(db);
            if (!source.load(error) || !ReportData::build(source, period, 10, out, error))
                return false;
            if (pseudonymise) {
                Pseudonymizer pseudonymizer;
                if (!Pseudonymizer::load(db, &pseudonymizer, error))
                    return false;
                out->pseudonymise(pseudonymizer);
            }
            return true;
        },
        [this, lang, pdfPath](const QueryResult<ReportData> &r) {
            QString error = r.error;
            bool ok = r.ok;
            if (ok) {
                QApplication::setOverrideCursor(Qt::WaitCursor);
                ok = PdfReportWriter::write(r.value, pdfPath, lang, &error);
                QApplication::restoreOverrideCursor();
            }
            m_running = false;
            if (!ok)
                QMessageBox::warning(m_dialogParent, tr("Export report"),
                                     tr("The report could not be written.\n\n%1").arg(error));
            emit finished(ok, pdfPath, error);
        });
}

} // namespace kindred
