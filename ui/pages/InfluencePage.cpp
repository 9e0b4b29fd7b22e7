#include "InfluencePage.h"

#include "models/InfluenceModel.h"
#include "models/ModelRoles.h"
#include "widgets/InfluenceGraphView.h"
#include "widgets/KpiCard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace kindred {
namespace {

QIcon influenceIcon(const QColor &color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        for (const auto &[mode, c] :
             {std::pair{QIcon::Normal, color}, std::pair{QIcon::Selected, QColor(Qt::white)}}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 64.0, size / 64.0);
            const QPointF hub(32, 30), spokes[] = {{12, 14}, {54, 12}, {10, 50}, {52, 52}};
            p.setPen(QPen(c, 4));
            for (const QPointF &s : spokes)
                p.drawLine(hub, s);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(hub, 11, 11);
            for (const QPointF &s : spokes)
                p.drawEllipse(s, 6, 6);
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}

} // namespace

InfluencePage::InfluencePage(QWidget *parent)
    : Page(parent), m_estimate(new QCheckBox), m_progressLabel(new QLabel),
      m_progress(new QProgressBar), m_legend(new QLabel), m_note(new QLabel),
      m_graph(new InfluenceGraphView), m_table(new QTableView), m_model(new InfluenceModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_table->setObjectName(QStringLiteral("influenceTable"));
    m_progressLabel->setObjectName(QStringLiteral("influenceProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_progressLabel->hide();
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InfluenceModel::PageRank, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit memberRequested(index.data(IdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_graph->selectMember(current.data(IdRole).toLongLong());
            });
    connect(m_graph, &InfluenceGraphView::memberClicked, this, &InfluencePage::selectMember);
    connect(m_graph, &InfluenceGraphView::memberActivated, this, &Page::memberRequested);

    m_estimate->setObjectName(QStringLiteral("estimateBetweenness"));
    connect(m_estimate, &QCheckBox::toggled, this, [this]() {
        if (!context().workspacePath.isEmpty())
            load();
    });
    m_poll.setInterval(150);
    connect(&m_poll, &QTimer::timeout, this, &InfluencePage::updateProgress);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (KpiCard *&card : m_cards) {
        card = new KpiCard;
        cards->addWidget(card, 1);
    }
    auto *graphBox = new QWidget;
    auto *graphLayout = new QVBoxLayout(graphBox);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->addWidget(m_graph, 1);
    graphLayout->addWidget(m_legend);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(graphBox);
    split->addWidget(m_table);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 5);
    split->setChildrenCollapsible(false);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(cards);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_estimate);
    layout->addLayout(noteRow);
    layout->addWidget(split, 1);
    setContentWidget(content);
    retranslateUi();
}

InfluencePage::~InfluencePage()
{
    if (m_cancel)
        *m_cancel = true;
}

QString InfluencePage::title() const
{
    return tr("Influence");
}

QIcon InfluencePage::icon(const QColor &color) const
{
    return influenceIcon(color);
}

bool InfluencePage::compute(Database &db, const Period &period, const InfluenceOptions &options,
                            InfluenceResult *out, QString *error,
                            const CentralityProgress &progress)
{
    AnalyticsSource source(db);
    if (!source.load(error))
        return false;
    return Influence::compute(source, period, options, out, error, progress);
}

void InfluencePage::load()
{
    if (m_cancel)
        *m_cancel = true; // the previous computation is superseded
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_permille = std::make_shared<std::atomic<int>>(0);
    const Period period = context().period;
    InfluenceOptions options;
    options.betweenness.threads = std::max(1, QThread::idealThreadCount());
    options.betweenness.pivots = m_estimate->isChecked() ? kPivots : 0;
    m_progress->setValue(0);
    m_progress->show();
    m_progressLabel->show();
    updateProgress();
    m_poll.start();
    showContent(); // the progress, over the previous figures (if any)
    query<InfluenceResult>(
        [period, options, cancel = m_cancel,
         permille = m_permille](Database &db, InfluenceResult *out, QString *error) {
            return compute(db, period, options, out, error,
                           [cancel, permille](qint64 done, qint64 total) {
                               *permille = total > 0 ? int(done * 1000 / total) : 1000;
                               return !cancel->load();
                           });
        },
        [this](const InfluenceResult &result) { showData(result); });
}

void InfluencePage::updateProgress()
{
    const int permille = m_permille ? m_permille->load() : 0;
    m_progress->setValue(permille);
    m_progressLabel->setText(tr("Computing betweenness and PageRank… %1%")
                                 .arg(QLocale().toString(permille / 10.0, 'f', 1)));
}

void InfluencePage::showData(const InfluenceResult &result)
{
    m_poll.stop();
    m_progress->hide();
    m_progressLabel->hide();
    m_model->setResult(result);
    m_graph->setResult(result);
    if (result.nodes == 0) {
        showNoData();
        return;
    }
    updateCards();
    if (!m_sized) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        for (int c = 0; c < InfluenceModel::ColumnCount; ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 8, 130));
    }
    showContent();
}

void InfluencePage::selectMember(qint64 memberId)
{
    const int row = m_model->rowOfMember(memberId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void InfluencePage::updateCards()
{
    const InfluenceResult &r = m_model->result();
    const QLocale locale;
    m_cards[0]->setTitle(tr("Members in the graph"));
    m_cards[0]->setValue(locale.toString(r.nodes));
    m_cards[0]->setDefinition(
        tr("Members who replied to or @mentioned someone, or were replied to or mentioned, "
           "from %1 to %2 (bots and the exporting account excluded, merged identities counted "
           "once): %3 messages address someone (%4 reply links, %5 mention links).")
            .arg(locale.toString(r.period.from, QLocale::ShortFormat),
                 locale.toString(r.period.to, QLocale::ShortFormat))
            .arg(r.addressingMessages)
            .arg(r.replyLinks)
            .arg(r.mentionLinks));
    m_cards[1]->setTitle(tr("Edges"));
    m_cards[1]->setValue(locale.toString(r.edges));
    m_cards[1]->setDefinition(
        tr("Directed links A → B: A replied to a message of B in the same channel, or "
           "@mentioned B, at least once in the period."));
    m_cards[2]->setTitle(tr("Density"));
    m_cards[2]->setValue(locale.toString(r.density * 100.0, 'f', 2) + QLatin1Char('%'));
    m_cards[2]->setDefinition(tr("Density = edges / (n·(n−1)) = %1 / (%2 × %3) = %4: the share "
                                 "of possible directed links that exist.")
                                  .arg(r.edges)
                                  .arg(r.nodes)
                                  .arg(r.nodes - 1)
                                  .arg(locale.toString(r.density, 'g', 4)));
    QStringList kols;
    for (const InfluenceMember &m : r.members)
        if (m.kolRank > 0 && m.kolRank <= 3)
            kols << m.name;
    m_cards[3]->setTitle(tr("Top KOLs"));
    m_cards[3]->setValue(kols.join(QStringLiteral(", ")));
    m_cards[3]->setDefinition(
        tr("Opinion leaders: the highest PageRank over the reply/mention graph (a member "
           "replied to by members who are themselves replied to ranks high). PageRank: damping "
           "0.85, weighted by messages, %1 iterations.")
            .arg(r.pageRankInfo.iterations));
    QStringList legend;
    for (int c = 0; c < r.clusterNames.size(); ++c)
        legend << QStringLiteral("<span style=\"color:%1\">●</span> %2")
                      .arg(InfluenceModel::clusterColor(c).name(),
                           r.clusterNames.at(c).toHtmlEscaped());
    m_legend->setText(
        tr("Top %1 members by PageRank and %2 links among them (each member's strongest, then "
           "the strongest others). Size: PageRank; colour: persona; dark ring: bridge.")
            .arg(m_graph->nodeCount())
            .arg(m_graph->linkCount()) +
        QStringLiteral("<br>") + legend.join(QStringLiteral(" &nbsp; ")));
    QString note = tr("Betweenness: Brandes' algorithm over directed, unweighted shortest paths "
                      "(%1), shown normalised by (n−1)(n−2). Bridges: the highest betweenness "
                      "among members whose partners belong to at least two personas.")
                       .arg(r.pivots > 0 ? tr("estimated from %1 sampled members").arg(r.pivots)
                                         : tr("exact"));
    if (!r.personasNote.isEmpty())
        note += QLatin1Char(' ') +
                tr("No personas for this period (%1), so no bridges.").arg(r.personasNote);
    m_note->setText(note);
}

void InfluencePage::retranslateUi()
{
    m_estimate->setText(tr("Estimate betweenness (faster)"));
    m_estimate->setToolTip(
        tr("Brandes & Pich (2007): shortest paths from %1 members drawn at random instead of "
           "from everyone, scaled up. On a 50,000-member test graph: 1.8 s instead of about "
           "2 minutes, the top 10 unchanged, a median error of 11% on the top 100.")
            .arg(QLocale().toString(kPivots)));
    m_model->retranslate();
    if (m_model->rowCount() > 0)
        updateCards();
    updateProgress();
}

} // namespace kindred
