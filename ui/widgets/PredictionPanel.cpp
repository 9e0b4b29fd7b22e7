#include "PredictionPanel.h"

#include "Card.h"
#include "models/CsvExport.h"
#include "models/ModelRoles.h"
#include "models/PredictionFilterProxy.h"
#include "models/PredictionModel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kindred {
namespace {

QLabel *figureLabel(const QString &name)
{
    auto *l = new QLabel;
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

QString num(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString pct(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

PredictionPanel::PredictionPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget), m_message(new QLabel), m_activityCard(new Card),
      m_churnCard(new Card), m_windowsCard(new Card),
      m_activityError(figureLabel(QStringLiteral("activityErrorLabel"))),
      m_churnQuality(figureLabel(QStringLiteral("churnQualityLabel"))),
      m_windows(figureLabel(QStringLiteral("predictionWindowsLabel"))), m_atRiskOnly(new QCheckBox),
      m_threshold(new QDoubleSpinBox), m_search(new QLineEdit), m_count(new QLabel),
      m_export(new QPushButton), m_table(new QTableView), m_model(new PredictionModel(this)),
      m_proxy(new PredictionFilterProxy(this))
{
    m_message->setObjectName(QStringLiteral("predictionMessage"));
    m_atRiskOnly->setObjectName(QStringLiteral("atRiskOnly"));
    m_threshold->setObjectName(QStringLiteral("riskThreshold"));
    m_search->setObjectName(QStringLiteral("predictionSearch"));
    m_count->setObjectName(QStringLiteral("predictionCount"));
    m_export->setObjectName(QStringLiteral("exportAtRiskCsv"));
    m_table->setObjectName(QStringLiteral("predictionTable"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(40);

    m_threshold->setRange(0.0, 1.0);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(PredictionFilterProxy::kDefaultThreshold);
    m_threshold->setKeyboardTracking(false);
    m_atRiskOnly->setChecked(true);
    m_proxy->setThreshold(m_threshold->value());
    m_proxy->setAtRiskOnly(true);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PredictionModel::ChurnRisk, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(PredictionModel::Why, QHeaderView::Stretch);
    m_table->hideColumn(PredictionModel::MemberId); // exported, not shown

    connect(m_atRiskOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setAtRiskOnly(on);
        m_threshold->setEnabled(on);
        updateCount();
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_proxy->setThreshold(v);
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setNameFilter(text);
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PredictionPanel::updateCount);
    connect(m_export, &QPushButton::clicked, this, &PredictionPanel::chooseCsvFile);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(IdRole).toLongLong();
        if (id > 0)
            emit memberRequested(id);
    });

    m_activityCard->addWidget(m_activityError, 1);
    m_churnCard->addWidget(m_churnQuality, 1);
    m_windowsCard->addWidget(m_windows, 1);
    auto *figures = new QHBoxLayout;
    figures->setSpacing(12);
    figures->addWidget(m_activityCard, 2);
    figures->addWidget(m_churnCard, 2);
    figures->addWidget(m_windowsCard, 3);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_atRiskOnly);
    bar->addWidget(m_threshold);
    bar->addSpacing(12);
    bar->addWidget(m_search);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addSpacing(8);
    bar->addWidget(m_export);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(figures);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    m_stack->addWidget(content);
    m_stack->addWidget(m_message);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    retranslateUi();
}

void PredictionPanel::setReport(const PredictionReport &report)
{
    m_model->setReport(report);
    updateFigures();
    m_stack->setCurrentIndex(report.ok ? 0 : 1);
    if (report.ok && !m_sized) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(PredictionModel::Name,
                                qBound(120, m_table->columnWidth(PredictionModel::Name) + 16, 220));
        for (int c = PredictionModel::ActiveDaysNext; c < PredictionModel::Why; ++c)
            m_table->setColumnWidth(c, m_table->columnWidth(c) + 16);
    }
    updateCount();
}

QString PredictionPanel::activityErrorText() const
{
    return m_activityError->text();
}

QString PredictionPanel::churnQualityText() const
{
    return m_churnQuality->text();
}

QString PredictionPanel::windowsText() const
{
    return m_windows->text();
}

QString PredictionPanel::messageText() const
{
    return m_message->text();
}

void PredictionPanel::updateFigures()
{
    const PredictionReport &r = m_model->report();
    if (!r.ok) {
        m_activityError->clear();
        m_churnQuality->clear();
        m_windows->clear();
        m_message->setText(
            r.error.isEmpty()
                ? QString()
                : tr("Prediction is not available for this workspace: %1.").arg(r.error));
        return;
    }
    m_message->clear();
    m_activityError->setText(
        tr("<b>MAE %1 days</b> (baseline %2)<br>RMSE %3 (baseline %4)<br><small>mean absolute / "
           "root mean squared error on held-out history; baseline: \"same as the last 30 "
           "days\"</small>")
            .arg(num(r.mae, 2), num(r.baselineMae, 2), num(r.rmse, 2), num(r.baselineRmse, 2)));
    m_activityError->setToolTip(
        tr("Mean absolute and root mean squared error of the predicted active days, on %1 "
           "members of the evaluation window (cut-off %2, actual activity %3 to %4), by the model "
           "trained on the earlier window only. Baseline: \"same as the last 30 days\" "
           "(predicted = active days in the 30 days before the cut-off).")
            .arg(QLocale().toString(r.eval.rows), iso(r.eval.cutoff), iso(r.eval.labelsFrom),
                 iso(r.eval.labelsTo)));
    m_churnQuality->setText(
        tr("<b>AUC %1</b> (baseline %2)<br>log-loss %3 · accuracy %4 (majority %5)<br><small>"
           "AUC: chance a churned member ranks riskier than a retained one (0.5 = chance); "
           "baseline: days since last active</small>")
            .arg(num(r.auc, 3), num(r.baselineAuc, 3), num(r.logLoss, 3), pct(r.accuracy),
                 pct(r.majorityAccuracy)));
    m_churnQuality->setToolTip(
        tr("AUC: the probability that a member who churned is ranked riskier than one who "
           "stayed (0.5 = chance, 1 = perfect), on %1 members of the evaluation window, %2 of "
           "them churned. Baseline: ranking by days since last active. Accuracy at a 50% risk "
           "threshold; majority = always guessing the larger class.")
            .arg(QLocale().toString(r.eval.rows), QLocale().toString(r.eval.churned)));
    m_windows->setText(
        tr("Trained at cut-off <b>%1</b> on %2 members (%3 churned, activity %4–%5);<br>"
           "evaluated at cut-off <b>%6</b> on %7 members (%8 churned, activity %9–%10);<br>"
           "predictions as of <b>%11</b> for %12 members active in the last 90 days.")
            .arg(iso(r.train.cutoff), QLocale().toString(r.train.rows),
                 QLocale().toString(r.train.churned), iso(r.train.labelsFrom),
                 iso(r.train.labelsTo), iso(r.eval.cutoff), QLocale().toString(r.eval.rows),
                 QLocale().toString(r.eval.churned), iso(r.eval.labelsFrom))
            .arg(iso(r.eval.labelsTo), iso(r.live.cutoff), QLocale().toString(r.live.rows)));
    m_windows->setToolTip(
        tr("The error figures come from a model fitted on the training window and scored on "
           "the later evaluation window, whose outcomes it never saw. The predictions below "
           "come from the same procedure one window later: refitted on the evaluation window "
           "and applied on %1 to the next 30 days.")
            .arg(iso(r.live.cutoff)));
}

void PredictionPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(
        m_proxy->atRiskOnly()
            ? tr("%1 of %2 members at risk").arg(QLocale().toString(shown), QLocale().toString(all))
            : tr("%1 of %2 members").arg(QLocale().toString(shown), QLocale().toString(all)));
    m_export->setEnabled(shown > 0);
}

bool PredictionPanel::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::write(*m_proxy, path, error);
}

void PredictionPanel::chooseCsvFile()
{
    const QDate asOf = m_model->report().lastDay;
    const QString suggested = (m_proxy->atRiskOnly() ? QStringLiteral("at-risk-members-%1.csv")
                                                     : QStringLiteral("member-predictions-%1.csv"))
                                  .arg(asOf.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export predictions as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    emit statusMessage(tr("Exported %n member(s) to %1", nullptr, m_proxy->rowCount()).arg(path));
}

void PredictionPanel::retranslateUi()
{
    m_activityCard->setHeading(tr("Active days, next 30: error"));
    m_churnCard->setHeading(tr("Churn risk: quality"));
    m_windowsCard->setHeading(tr("Held-out history"));
    m_atRiskOnly->setText(tr("At risk only: churn risk ≥"));
    m_atRiskOnly->setToolTip(tr("Shows only members whose probability of no activity in the "
                                "next 30 days is at least the threshold"));
    m_threshold->setToolTip(tr("Churn probability threshold, 0..1"));
    m_search->setPlaceholderText(tr("Search by name…"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the members shown as a CSV file that Excel opens correctly"));
    m_model->retranslate();
    updateFigures();
    updateCount();
}

void PredictionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace kindred
