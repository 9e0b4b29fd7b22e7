#pragma once
// RFM of the paying members on the Memberships page (core/analytics/Rfm.h): the members with
// their R, F, M scores (1–5), raw values and named segment in a sortable table (double-click
// opens a member), and the segment sizes as a bar chart in the segment colours. A line above
// says as of which day, in which currency and over which window the scores were computed.

#include "analytics/Rfm.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class InteractiveChartView;
class RfmModel;

class RfmPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RfmPanel)
public:
    explicit RfmPanel(QWidget *parent = nullptr);

    void setResult(const RfmResult &result);
    void render();

    RfmModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    InteractiveChartView *chartView() const { return m_chart; }
    QString summaryText() const;

signals:
    void memberRequested(qint64 memberId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    QLabel *m_summary;
    QTableView *m_table;
    InteractiveChartView *m_chart;
    RfmModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_sized = false;
};

} // namespace kindred
