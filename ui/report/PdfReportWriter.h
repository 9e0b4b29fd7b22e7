#pragma once
// Draws a ReportData as a designed, multi-page A4 PDF (cover, KPI table with change vs the
// previous period, DAU/WAU/MAU chart, segment chart, top content, top members), in English
// or Simplified Chinese. Charts come from the same ChartFactory the GUI uses. Needs a
// QApplication (charts are QGraphicsWidgets); works under the offscreen platform.

#include "report/ReportData.h"

namespace kindred {

class PdfReportWriter final
{
public:
    /// Writes the PDF to path; lang is "en" or "zh_CN". False with error when the file cannot
    /// be written.
    static bool write(const ReportData &data, const QString &path, const QString &lang,
                      QString *error);
};

} // namespace kindred
