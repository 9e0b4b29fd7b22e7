#pragma once
// The content of the PDF report, page by page: cover with headline cards, KPI table with the
// change vs the previous period, engagement and segment charts (ChartFactory, drawn
// off-screen), top content and top members. Strings are translated in the context
// "PdfReportWriter"; call render() while the report's language is installed.

#include "ReportFormat.h"
#include "report/ReportData.h"

#include <QCoreApplication>
#include <QFont>

#include <functional>

class QChart;

namespace kindred::report {

class ReportPainter;

class ReportPages final
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)
public:
    ReportPages(const ReportData &data, const ReportFormat &format, const QFont &base);

    /// Sets the painter's running header and footer texts.
    void setupChrome(ReportPainter &p) const;
    /// Lays out all pages. A dry run (no painter) records the page of each section so that
    /// the real run can list them on the cover.
    void render(ReportPainter &p);
    /// The report's title ("Community report").
    static QString title();

private:
    void cover(ReportPainter &p) const;
    void kpiPage(ReportPainter &p) const;
    void engagementPage(ReportPainter &p) const;
    void rankingsPage(ReportPainter &p) const;
    /// Cohorts by join month as a heatmap, and month-to-month retention (ReportRetentionPage.cpp).
    void retentionPage(ReportPainter &p) const;
    /// Flow between segments month to month (ReportFlowPage.cpp).
    void segmentFlowPage(ReportPainter &p) const;
    /// The paid side: conversion, renewals, revenue chart, renewal risk (ReportPaidPage.cpp);
    /// only when ReportData::hasPaid.
    void paidPage(ReportPainter &p) const;
    /// Moderation: flags per rule, decisions taken, median time to handle, repeat offenders
    /// (ReportModerationPage.cpp).
    void moderationPage(ReportPainter &p) const;
    /// Topics: the rising keywords and keyphrases with counts and change vs the previous
    /// period (ReportTopicsPage.cpp).
    void topicsPage(ReportPainter &p) const;
    /// Influencers: top members by PageRank with betweenness and in/out degree, the KOLs and
    /// the bridges between personas (ReportInfluencePage.cpp).
    void influencePage(ReportPainter &p) const;
    /// Draws the chart made by `make` (given a print style) into rect (mm), off-screen.
    void chart(ReportPainter &p, const QRectF &rect,
               const std::function<QChart *(const QFont &)> &make) const;
    QString periodText(const Period &period) const;

    const ReportData &m_data;
    const ReportFormat &m_fmt;
    QFont m_base;
    QList<int> m_sectionPages;
};

} // namespace kindred::report
