#include "RfmPanel.h"

#include "Theme.h"
#include "charts/PaidCharts.h"
#include "models/ModelRoles.h"
#include "models/RfmModel.h"
#include "widgets/InteractiveChartView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kindred {

RfmPanel::RfmPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel), m_table(new QTableView),
      m_chart(new InteractiveChartView), m_model(new RfmModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_summary->setObjectName(QStringLiteral("rfmSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(QStringLiteral("rfmTable"));
    m_chart->setObjectName(QStringLiteral("rfmChart"));
    m_chart->setMinimumSize(280, 240);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the core's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->hideColumn(RfmModel::MemberId); // exported, not shown
    m_table->setMinimumHeight(260);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(IdRole).toLongLong();
        if (id > 0)
            emit memberRequested(id);
    });

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    row->addWidget(m_table, 3);
    row->addWidget(m_chart, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addLayout(row, 1);
}

void RfmPanel::setResult(const RfmResult &result)
{
    m_model->setResult(result);
    if (!m_sized && m_model->rowCount() > 0) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(RfmModel::Member,
                                qBound(100, m_table->columnWidth(RfmModel::Member) + 12, 200));
    }
    updateSummary();
    render();
}

void RfmPanel::render()
{
    ChartFactory::Style style;
    style.dark = Theme::isDark();
    style.font = font();
    m_chart->replaceChart(PaidCharts::rfmChart(m_model->result().rows, style));
}

QString RfmPanel::summaryText() const
{
    return m_summary->text();
}

void RfmPanel::updateSummary()
{
    const RfmResult &r = m_model->result();
    if (r.rows.isEmpty()) {
        m_summary->setText(r.error.isEmpty()
                               ? tr("No paying member with money in this currency on %1.")
                                     .arg(r.asOf.toString(Qt::ISODate))
                               : r.error);
        return;
    }
    const bool activeDays = r.options.frequency == RfmOptions::Frequency::ActiveDays;
    m_summary->setText(
        tr("%n paying member(s) on %1. R: days since last active; F: %2 in the last %3 days; M: "
           "amount paid in %4. Each is scored 1–5 by quintile (the best fifth scores 5). "
           "Double-click a member to open them.",
           nullptr, int(r.rows.size()))
            .arg(r.asOf.toString(Qt::ISODate), activeDays ? tr("active days") : tr("messages"))
            .arg(r.options.windowDays)
            .arg(r.currency));
}

void RfmPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        updateSummary();
    }
    QWidget::changeEvent(event);
}

} // namespace kindred
