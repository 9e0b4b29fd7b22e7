#include "RenewalRiskPanel.h"

#include "models/CsvExport.h"
#include "models/ModelRoles.h"
#include "models/RenewalRiskModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kindred {

RenewalRiskPanel::RenewalRiskPanel(QWidget *parent)
    : QWidget(parent), m_horizonLabel(new QLabel), m_horizon(new QComboBox), m_quality(new QLabel),
      m_count(new QLabel), m_export(new QPushButton), m_table(new QTableView),
      m_model(new RenewalRiskModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_horizon->setObjectName(QStringLiteral("riskHorizon"));
    m_quality->setObjectName(QStringLiteral("riskQuality"));
    m_count->setObjectName(QStringLiteral("riskCount"));
    m_export->setObjectName(QStringLiteral("exportRiskCsv"));
    m_table->setObjectName(QStringLiteral("riskTable"));
    m_quality->setWordWrap(true);
    m_quality->setTextFormat(Qt::RichText);
    m_quality->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_horizon->addItem(QString(), 30);
    m_horizon->addItem(QString(), 60);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RenewalRiskModel::Risk, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(RenewalRiskModel::Why, QHeaderView::Stretch);
    m_table->hideColumn(RenewalRiskModel::MemberId); // exported, not shown
    m_table->setMinimumHeight(260);

    connect(m_horizon, &QComboBox::currentIndexChanged, this, &RenewalRiskPanel::showRows);
    connect(m_export, &QPushButton::clicked, this, &RenewalRiskPanel::chooseCsvFile);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(IdRole).toLongLong();
        if (id > 0)
            emit memberRequested(id);
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_horizonLabel);
    bar->addWidget(m_horizon);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addSpacing(8);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_quality);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void RenewalRiskPanel::setReport(const RenewalRiskReport &report)
{
    m_report = report;
    showRows();
}

int RenewalRiskPanel::horizonDays() const
{
    return m_horizon->currentData().toInt();
}

void RenewalRiskPanel::setHorizonDays(int days)
{
    const int index = m_horizon->findData(days);
    if (index >= 0)
        m_horizon->setCurrentIndex(index);
}

void RenewalRiskPanel::showRows()
{
    QList<RenewalRiskRow> rows;
    const int horizon = horizonDays();
    for (const RenewalRiskRow &r : std::as_const(m_report.rows))
        if (r.daysToExpiry >= 1 && r.daysToExpiry <= horizon)
            rows << r;
    m_model->setRows(rows, m_report.quality);
    if (!m_sized && !rows.isEmpty()) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(
            RenewalRiskModel::Member,
            qBound(100, m_table->columnWidth(RenewalRiskModel::Member) + 12, 200));
    }
    updateTexts();
}

QString RenewalRiskPanel::qualityText() const
{
    return m_quality->text();
}

QString RenewalRiskPanel::countText() const
{
    return m_count->text();
}

void RenewalRiskPanel::updateTexts()
{
    const QLocale locale;
    const RenewalRiskQuality &q = m_report.quality;
    const QString iso = q.cutoff.toString(Qt::ISODate);
    QString text =
        QStringLiteral("<b>%1</b>").arg(RenewalRiskModel::qualityText(q).toHtmlEscaped());
    text += QStringLiteral("<br><small>") +
            tr("Trained on %1 past expiries before %2 (%3 not renewed), measured on %4 later "
               "expiries it never saw (%5 not renewed). Baseline: days since last active "
               "(accuracy: not renewed when inactive for 30 days or more). Features are taken "
               "%6 days before each expiry.")
                .arg(locale.toString(q.trainingRows), iso, locale.toString(q.trainingNotRenewed),
                     locale.toString(q.evaluationRows), locale.toString(q.evaluationNotRenewed))
                .arg(m_report.options.leadDays)
                .toHtmlEscaped() +
            QStringLiteral("</small>");
    m_quality->setText(text);
    m_quality->setToolTip(
        tr("AUC: the chance that a membership that was not renewed is ranked riskier than one "
           "that was (0.5 = chance, 1 = perfect). Accuracy at a 50% risk threshold. Both on the "
           "evaluation set only: expiries from %1 whose outcome (renewed within the grace "
           "period or not) is known by %2.")
            .arg(iso, m_report.asOf.toString(Qt::ISODate)));
    const int shown = m_proxy->rowCount();
    m_count->setText(tr("%n membership(s) expiring by %1, not renewed yet", nullptr, shown)
                         .arg(m_report.asOf.addDays(horizonDays()).toString(Qt::ISODate)));
    m_export->setEnabled(shown > 0);
}

bool RenewalRiskPanel::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::write(*m_proxy, path, error);
}

void RenewalRiskPanel::chooseCsvFile()
{
    const QString suggested = QStringLiteral("renewal-risk-%1d-%2.csv")
                                  .arg(horizonDays())
                                  .arg(m_report.asOf.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export renewal risk as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    emit statusMessage(
        tr("Exported %n membership(s) to %1", nullptr, m_proxy->rowCount()).arg(path));
}

void RenewalRiskPanel::retranslateUi()
{
    m_horizonLabel->setText(tr("Expiring in the next"));
    m_horizon->setItemText(0, tr("30 days"));
    m_horizon->setItemText(1, tr("60 days"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the memberships listed as a CSV file for outreach (UTF-8 "
                            "with BOM, opens correctly in Excel)"));
    m_model->retranslate();
    updateTexts();
}

void RenewalRiskPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace kindred
