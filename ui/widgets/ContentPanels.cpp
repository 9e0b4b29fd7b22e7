#include "ContentPanels.h"

#include "models/ContentTableModel.h"
#include "models/EssenceTableModel.h"
#include "models/LinkTableModel.h"
#include "models/ModelRoles.h"
#include "models/ThreadTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kindred {
namespace {

/// A sortable read-only table over `model` (through a SortRole proxy), `stretch` filling.
QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, QSortFilterProxyModel *proxy,
                      int stretch, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    if (proxy) {
        proxy->setSourceModel(model);
        proxy->setSortRole(SortRole);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(0, Qt::AscendingOrder);
    } else {
        view->setModel(model);
    }
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setMinimumSectionSize(36);
    view->horizontalHeader()->setDefaultSectionSize(110);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return view;
}

/// Once the view has rows: columns fitted to their content, at most 180 px, except `stretch`.
void fitColumns(QTableView *view, int stretch)
{
    if (view->property("kindredFitted").toBool() || view->model()->rowCount() == 0)
        return;
    view->setProperty("kindredFitted", true);
    view->resizeColumnsToContents();
    for (int c = 0; c < view->model()->columnCount(); ++c)
        if (c != stretch)
            view->setColumnWidth(c, qMin(view->columnWidth(c) + 8, 180));
}

QLabel *hintLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// Emits memberRequested(author) on a double-click of a row with a known author.
template <typename Panel> void forwardAuthor(Panel *panel, QTableView *view)
{
    QObject::connect(view, &QTableView::doubleClicked, panel, [panel](const QModelIndex &index) {
        const qint64 id = index.data(ContentTableModel::AuthorIdRole).toLongLong();
        if (id > 0)
            emit panel->memberRequested(id);
    });
}

qint64 selectedId(QTableView *view)
{
    const QModelIndexList rows =
        view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList{};
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

} // namespace

ThreadsPanel::ThreadsPanel(QWidget *parent)
    : QWidget(parent), m_hint(hintLabel()), m_model(new ThreadTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_view =
        makeTable(this, m_model, m_proxy, ThreadTableModel::Text, QStringLiteral("threadTable"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    forwardAuthor(this, m_view);
}

void ThreadsPanel::setRows(const QList<ThreadRanking> &rows, const QTimeZone &zone,
                           const ContentWeights &weights)
{
    m_model->setRows(rows, zone, weights);
    fitColumns(m_view, ThreadTableModel::Text);
}

void ThreadsPanel::retranslateUi(int shown)
{
    m_hint->setText(tr("Top %1 threads of the period (a first post and the replies of its reply "
                       "chain, or of its thread). Score = the sum of its posts' scores; hover a "
                       "score for the breakdown. Double-click a row to open the member who "
                       "started it.")
                        .arg(shown));
    m_model->retranslate();
}

LinksPanel::LinksPanel(QWidget *parent)
    : QWidget(parent), m_linksLabel(hintLabel()), m_domainsLabel(hintLabel()),
      m_links(new LinkTableModel(false, this)), m_domains(new LinkTableModel(true, this)),
      m_linkProxy(new QSortFilterProxyModel(this)), m_domainProxy(new QSortFilterProxyModel(this))
{
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 8, 0, 0);
    topLayout->addWidget(m_linksLabel);
    topLayout->addWidget(
        makeTable(top, m_links, m_linkProxy, LinkTableModel::Key, QStringLiteral("linkTable")), 1);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 8, 0, 0);
    bottomLayout->addWidget(m_domainsLabel);
    bottomLayout->addWidget(makeTable(bottom, m_domains, m_domainProxy, LinkTableModel::Example,
                                      QStringLiteral("domainTable")),
                            1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void LinksPanel::setRows(const QList<LinkRanking> &links, const QList<LinkRanking> &domains,
                         const QTimeZone &zone)
{
    m_links->setRows(links, zone);
    m_domains->setRows(domains, zone);
    fitColumns(findChild<QTableView *>(QStringLiteral("linkTable")), LinkTableModel::Key);
    fitColumns(findChild<QTableView *>(QStringLiteral("domainTable")), LinkTableModel::Example);
}

void LinksPanel::retranslateUi()
{
    m_linksLabel->setText(tr("Links shared in the period's posts (host without \"www.\", "
                             "lower case; a post sharing a link twice counts once)."));
    m_domainsLabel->setText(tr("Domains: posts linking to each site and how many distinct "
                               "links of it were shared."));
    m_links->retranslate();
    m_domains->retranslate();
}

EssencePanel::EssencePanel(QWidget *parent)
    : QWidget(parent), m_essenceLabel(hintLabel()), m_candidatesLabel(hintLabel()),
      m_unmark(new QPushButton), m_export(new QPushButton), m_mark(new QPushButton),
      m_essence(new EssenceTableModel(this)), m_candidates(new ContentTableModel(this))
{
    m_unmark->setObjectName(QStringLiteral("unmarkEssence"));
    m_export->setObjectName(QStringLiteral("exportEssenceMarkdown"));
    m_mark->setObjectName(QStringLiteral("markCandidate"));
    m_essenceView = makeTable(this, m_essence, nullptr, EssenceTableModel::Text,
                              QStringLiteral("essenceTable"));
    m_candidateView = makeTable(this, m_candidates, nullptr, ContentTableModel::Text,
                                QStringLiteral("candidateTable"));
    m_candidateView->hideColumn(ContentTableModel::Essence);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 8, 0, 0);
    auto *essenceBar = new QHBoxLayout;
    essenceBar->addWidget(m_essenceLabel, 1);
    essenceBar->addWidget(m_unmark);
    essenceBar->addWidget(m_export);
    topLayout->addLayout(essenceBar);
    topLayout->addWidget(m_essenceView, 1);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 8, 0, 0);
    auto *candidateBar = new QHBoxLayout;
    candidateBar->addWidget(m_candidatesLabel, 1);
    candidateBar->addWidget(m_mark);
    bottomLayout->addLayout(candidateBar);
    bottomLayout->addWidget(m_candidateView, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_unmark, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = selectedId(m_essenceView))
            emit unmarkRequested(id);
    });
    connect(m_mark, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = selectedId(m_candidateView))
            emit markRequested(id);
    });
    connect(m_export, &QPushButton::clicked, this, &EssencePanel::exportRequested);
    connect(m_essenceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EssencePanel::updateButtons);
    connect(m_candidateView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EssencePanel::updateButtons);
    forwardAuthor(this, m_essenceView);
    forwardAuthor(this, m_candidateView);
    updateButtons();
}

void EssencePanel::setRows(const QList<EssencePost> &essence,
                           const QList<ContentRanking> &candidates, const QTimeZone &zone,
                           const ContentWeights &weights)
{
    m_essence->setRows(essence, zone);
    m_candidates->setRows(candidates, zone, weights);
    fitColumns(m_essenceView, EssenceTableModel::Text);
    fitColumns(m_candidateView, ContentTableModel::Text);
    updateButtons();
}

void EssencePanel::updateButtons()
{
    m_unmark->setEnabled(selectedId(m_essenceView) > 0);
    m_mark->setEnabled(selectedId(m_candidateView) > 0);
    m_export->setEnabled(m_essence->rowCount() > 0);
}

void EssencePanel::retranslateUi(int candidates)
{
    m_essenceLabel->setText(tr("Essence (精华): the posts kept for the knowledge base. "
                               "Double-click a row to open its author."));
    m_candidatesLabel->setText(tr("Candidates: the top %1 posts of the period by score that "
                                  "are not marked yet.")
                                   .arg(candidates));
    m_unmark->setText(tr("Unmark"));
    m_export->setText(tr("Export Markdown…"));
    m_mark->setText(tr("Mark as essence"));
    m_essence->retranslate();
    m_candidates->retranslate();
}

} // namespace kindred
