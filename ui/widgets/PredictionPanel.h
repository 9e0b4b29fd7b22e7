#pragma once
// The prediction half of the Personas & prediction page (PRODUCT.md §3, core/analytics/
// ActivityPrediction.h): per member the predicted active days in the next 30 days and the churn
// risk, sortable, with an "at risk only" filter (risk >= a threshold, 0.5 by default) and a name
// search; above the table, always visible, the models' error on held-out history (MAE and RMSE
// against the "same as last 30 days" baseline, AUC against "days since last active") with the
// cut-off dates and the sizes of the training and evaluation windows. The rows shown export to
// CSV. When the workspace cannot be modelled the panel says why (ActivityPrediction's error).

#include "analytics/ActivityPrediction.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace kindred {

class Card;
class PredictionFilterProxy;
class PredictionModel;

class PredictionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PredictionPanel)
public:
    explicit PredictionPanel(QWidget *parent = nullptr);

    /// Shows `report` (its error message when not ok).
    void setReport(const PredictionReport &report);

    PredictionModel *model() const { return m_model; }
    PredictionFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    QCheckBox *atRiskOnly() const { return m_atRiskOnly; }
    QDoubleSpinBox *threshold() const { return m_threshold; }
    QString activityErrorText() const;
    QString churnQualityText() const;
    QString windowsText() const;
    QString messageText() const;
    /// Writes the rows shown (filtered and sorted) to `path` (UTF-8 with BOM).
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void memberRequested(qint64 memberId);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFigures();
    void updateCount();
    void chooseCsvFile();

    QStackedWidget *m_stack;
    QLabel *m_message;
    Card *m_activityCard;
    Card *m_churnCard;
    Card *m_windowsCard;
    QLabel *m_activityError;
    QLabel *m_churnQuality;
    QLabel *m_windows;
    QCheckBox *m_atRiskOnly;
    QDoubleSpinBox *m_threshold;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_table;
    PredictionModel *m_model;
    PredictionFilterProxy *m_proxy;
    bool m_sized = false;
};

} // namespace kindred
