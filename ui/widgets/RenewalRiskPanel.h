#pragma once
// "Who to call this week" on the Memberships page (core/analytics/RenewalRisk.h): the paid
// memberships expiring in the next 30 or 60 days that are not renewed yet, riskiest first, with
// why; above the list, always visible, the model's AUC and accuracy on past expiries it never
// saw, against the "days since last active" baseline, and the sizes of its training and
// evaluation sets. Double-click opens a member; "Export CSV…" writes the rows shown (UTF-8 with
// BOM) for outreach.

#include "analytics/RenewalRisk.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class RenewalRiskModel;

class RenewalRiskPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewalRiskPanel)
public:
    explicit RenewalRiskPanel(QWidget *parent = nullptr);

    /// Shows `report` (computed with a horizon of at least 60 days); the horizon box picks the
    /// rows expiring within 30 or 60 days of report.asOf.
    void setReport(const RenewalRiskReport &report);
    /// 30 or 60.
    int horizonDays() const;
    void setHorizonDays(int days);
    /// Writes the rows shown (sorted as shown) to `path`.
    bool exportCsv(const QString &path, QString *error) const;

    RenewalRiskModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    QComboBox *horizonBox() const { return m_horizon; }
    QPushButton *exportButton() const { return m_export; }
    QString qualityText() const;
    QString countText() const;

signals:
    void memberRequested(qint64 memberId);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRows();
    void updateTexts();
    void retranslateUi();
    void chooseCsvFile();

    QLabel *m_horizonLabel;
    QComboBox *m_horizon;
    QLabel *m_quality;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_table;
    RenewalRiskModel *m_model;
    QSortFilterProxyModel *m_proxy;
    RenewalRiskReport m_report;
    bool m_sized = false;
};

} // namespace kindred
