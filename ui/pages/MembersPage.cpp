#include "MembersPage.h"

#include "charts/ChartFactory.h"
#include "models/CsvExport.h"
#include "models/MemberFilterProxy.h"
#include "models/MemberTableModel.h"
#include "models/ModelRoles.h"
#include "widgets/Icons.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kindred {

MembersPage::MembersPage(QWidget *parent)
    : Page(parent), m_segment(new QComboBox), m_search(new QLineEdit), m_count(new QLabel),
      m_export(new QPushButton), m_table(new QTableView), m_model(new MemberTableModel(this)),
      m_proxy(new MemberFilterProxy(this))
{
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_count->setObjectName(QStringLiteral("memberCount"));
    m_export->setObjectName(QStringLiteral("exportMembersCsv"));
    m_table->setObjectName(QStringLiteral("memberTable"));

    m_segment->addItem(QString(), -1);
    for (Segment s : Segmentation::all())
        m_segment->addItem(Icons::dot(ChartFactory::segmentColor(s)), QString(), int(s));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MemberTableModel::MessagesInPeriod, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    connect(m_segment, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setSegmentFilter(m_segment->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &MemberFilterProxy::setNameFilter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MembersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MembersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MembersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MembersPage::updateCount);
    connect(m_export, &QPushButton::clicked, this, &MembersPage::chooseCsvFile);
    // Double click or Enter on a row opens the member detail panel.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(IdRole).toLongLong(); id > 0)
            emit memberRequested(id);
    });

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_segment);
    bar->addWidget(m_search);
    bar->addStretch();
    bar->addWidget(m_count);
    bar->addSpacing(8);
    bar->addWidget(m_export);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    setContentWidget(content);
    retranslateUi();
}

QString MembersPage::title() const
{
    return tr("Members");
}

QIcon MembersPage::icon(const QColor &color) const
{
    return Icons::members(color);
}

void MembersPage::load()
{
    const Period period = context().period;
    query<MembersData>(
        [period](Database &db, MembersData *out, QString *error) {
            AnalyticsSource source(db);
            if (!source.load(error))
                return false;
            const KpiCalculator calc(source, SegmentRules::load(db));
            out->rows = MemberDirectory(calc, source).rows(period);
            out->timezone = source.clock().zone().id();
            out->windowDays = calc.rules().windowDays;
            return true;
        },
        [this](const MembersData &data) { showData(data); });
}

void MembersPage::showData(const MembersData &data)
{
    m_model->setRows(data.rows, QTimeZone(data.timezone), data.windowDays);
    if (data.rows.isEmpty()) {
        showNoData();
        return;
    }
    if (!m_sized) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        const int nameWidth = m_table->columnWidth(MemberTableModel::Name);
        m_table->setColumnWidth(MemberTableModel::Name, qBound(140, nameWidth + 24, 240));
        for (int c = MemberTableModel::SegmentColumn; c < MemberTableModel::Why; ++c)
            m_table->setColumnWidth(c, m_table->columnWidth(c) + 12);
    }
    updateCount();
    showContent();
}

void MembersPage::updateCount()
{
    m_count->setText(
        tr("%1 of %2 members")
            .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model->rowCount())));
    m_export->setEnabled(m_proxy->rowCount() > 0);
}

bool MembersPage::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::write(*m_proxy, path, error);
}

void MembersPage::chooseCsvFile()
{
    const Period p = context().period;
    const QString suggested = QStringLiteral("members-%1-%2.csv")
                                  .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export members as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    emit statusMessage(tr("Exported %n member(s) to %1", nullptr, m_proxy->rowCount()).arg(path));
}

void MembersPage::retranslateUi()
{
    m_segment->setItemText(0, tr("All segments"));
    for (int i = 1; i < m_segment->count(); ++i)
        m_segment->setItemText(i,
                               ChartFactory::segmentName(Segment(m_segment->itemData(i).toInt())));
    m_search->setPlaceholderText(tr("Search by name…"));
    m_search->setToolTip(tr("Shows members whose name contains this text (any case)"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the members shown as a CSV file that Excel opens correctly"));
    m_model->retranslate();
    updateCount();
}

} // namespace kindred
