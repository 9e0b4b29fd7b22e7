#include "TopicsPage.h"

#include "models/ModelRoles.h"
#include "models/TopicModel.h"
#include "widgets/Icons.h"
#include "widgets/SparklineDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kindred {
namespace {

void styleTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setMinimumSectionSize(36);
}

} // namespace

TopicsPage::TopicsPage(QWidget *parent)
    : Page(parent), m_kind(new QComboBox), m_summary(new QLabel), m_table(new QTableView),
      m_clusterTitle(new QLabel), m_clusterNote(new QLabel), m_clusterTable(new QTableView),
      m_model(new TopicModel(this)), m_clusters(new TopicClusterModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_kind->setObjectName(QStringLiteral("topicKind"));
    m_table->setObjectName(QStringLiteral("topicTable"));
    m_clusterTable->setObjectName(QStringLiteral("topicClusterTable"));
    m_summary->setObjectName(QStringLiteral("topicSummary"));
    m_kind->addItem(QString());
    m_kind->addItem(QString());
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this]() { showTerms(); });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TopicModel::Rank, Qt::AscendingOrder);
    m_table->setItemDelegateForColumn(TopicModel::Trend, new SparklineDelegate(m_table));
    styleTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(TopicModel::Term, QHeaderView::Stretch);

    m_clusterTable->setModel(m_clusters);
    styleTable(m_clusterTable);
    m_clusterTable->horizontalHeader()->setSectionResizeMode(TopicClusterModel::Examples,
                                                             QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_clusterNote->setWordWrap(true);
    m_clusterNote->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_clusterTitle->font();
    bold.setBold(true);
    m_clusterTitle->setFont(bold);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addSpacing(10);
    bar->addWidget(m_summary, 1);
    auto *clusterBox = new QWidget;
    auto *clusterLayout = new QVBoxLayout(clusterBox);
    clusterLayout->setContentsMargins(0, 6, 0, 0);
    clusterLayout->addWidget(m_clusterTitle);
    clusterLayout->addWidget(m_clusterNote);
    clusterLayout->addWidget(m_clusterTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(clusterBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setContentWidget(content);
    retranslateUi();
}

QString TopicsPage::title() const
{
    return tr("Topics");
}

QIcon TopicsPage::icon(const QColor &color) const
{
    return Icons::content(color);
}

void TopicsPage::setShowPhrases(bool phrases)
{
    m_kind->setCurrentIndex(phrases ? 1 : 0);
}

bool TopicsPage::showsPhrases() const
{
    return m_kind->currentIndex() == 1;
}

void TopicsPage::load()
{
    const Period period = context().period;
    query<TopicsResult>(
        [period](Database &db, TopicsResult *out, QString *error) {
            AnalyticsSource source(db);
            if (!source.load(error))
                return false;
            return Topics::load(source, period, TopicOptions{}, out, error);
        },
        [this](const TopicsResult &r) { showData(r); });
}

void TopicsPage::showData(const TopicsResult &result)
{
    m_result = result;
    if (result.documents == 0) {
        m_model->setTerms({}, result);
        m_clusters->setClusters({}, 0);
        showNoData();
        return;
    }
    showTerms();
    m_clusters->setClusters(result.clusters, result.clusteredDocuments);
    m_clusterNote->setText(result.clusterError);
    m_clusterNote->setVisible(!result.clusterError.isEmpty());
    if (!m_sized && !result.keywords.isEmpty()) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(TopicModel::Trend, 130);
        m_clusterTable->resizeColumnsToContents();
        m_clusterTable->setColumnWidth(TopicClusterModel::Label,
                                       qMin(m_clusterTable->columnWidth(0) + 8, 260));
    }
    retranslateUi();
    showContent();
}

void TopicsPage::showTerms()
{
    m_model->setTerms(showsPhrases() ? m_result.keyphrases : m_result.keywords, m_result);
}

void TopicsPage::retranslateUi()
{
    m_kind->setItemText(0, tr("Keywords"));
    m_kind->setItemText(1, tr("Keyphrases"));
    m_kind->setToolTip(tr("Single words, or pairs of adjacent words"));
    if (m_result.period.isValid())
        m_summary->setText(
            tr("%1 messages with words in %2 (previous period %3: %4). Ranked by rising = "
               "count × idf × ln((count + 1) / (expected + 1)); hover a number for its "
               "computation.")
                .arg(m_result.documents)
                .arg(m_result.period.toString())
                .arg(m_result.previous.toString())
                .arg(m_result.previousDocuments));
    m_clusterTitle->setText(
        tr("Topic clusters (%n post(s) clustered)", nullptr, m_result.clusteredDocuments));
    m_model->retranslate();
    m_clusters->retranslate();
}

} // namespace kindred
