#include "PdfReportWriter.h"

#include "I18n.h"
#include "ReportFormat.h"
#include "ReportPages.h"
#include "ReportPainter.h"

#include <QApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>

namespace kindred {

bool PdfReportWriter::write(const ReportData &data, const QString &path, const QString &lang,
                            QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("PdfReportWriter", "cannot write %1: %2")
                         .arg(path, reason);
        return false;
    };
    // QSaveFile: a failed or interrupted write never leaves a truncated PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());

    // The report's language is installed for the duration of the write only.
    const QString previousLang = I18n::current();
    const QFont previousFont = QApplication::font();
    const bool switchLang = lang != previousLang;
    if (switchLang)
        I18n::apply(lang);
    const auto restore = qScopeGuard([&] {
        if (switchLang) {
            I18n::apply(previousLang);
            QApplication::setFont(previousFont);
        }
    });

    const QFont base = I18n::fontFor(lang);
    const report::ReportFormat format(lang, data.timezone.toUtf8());
    report::ReportPages pages(data, format, base);

    QPdfWriter writer(&file);
    writer.setResolution(300);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(data.communityName + QStringLiteral(" — ") + report::ReportPages::title());
    writer.setCreator(QStringLiteral("Kindred"));

    // Dry run: lays the pages out without drawing, to know "of M" and the section pages.
    report::ReportPainter measure(&writer, base);
    pages.setupChrome(measure);
    pages.render(measure);
    const int totalPages = measure.pageNumber();

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return fail(QCoreApplication::translate("PdfReportWriter", "the PDF could not be started"));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    report::ReportPainter out(&writer, base);
    out.setPainter(&painter);
    out.setTotalPages(totalPages);
    pages.setupChrome(out);
    pages.render(out);
    painter.end();

    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace kindred
