#include "ContentPage.h"

#include "models/ContentTableModel.h"
#include "models/CsvExport.h"
#include "models/ModelRoles.h"
#include "moderation/ModerationStore.h"
#include "widgets/ContentPanels.h"
#include "widgets/Icons.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace kindred {
namespace {

QDoubleSpinBox *weightBox(const QString &name, double max)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(name);
    box->setRange(0.0, max);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setKeyboardTracking(false);
    return box;
}

bool loadAll(Database &db, const Period &period, const ContentWeights &w, ContentData *out,
             QString *error)
{
    AnalyticsSource source(db);
    if (!source.load(error))
        return false;
    const ContentInsights insights(source);
    out->rows = Rankings(source).topContent(period, w, ContentPage::kTopPosts);
    out->threads = insights.topThreads(period, w, ContentPage::kTopThreads);
    out->links = insights.topLinks(period, ContentPage::kTopLinks);
    out->domains = insights.topDomains(period, ContentPage::kTopLinks);
    out->essence = insights.essencePosts();
    out->candidates = insights.candidates(period, w);
    for (const EssencePost &e : out->essence)
        out->marked.insert(e.messageId);
    // Authors as surviving members, for memberRequested.
    for (ContentRanking &c : out->rows)
        c.authorId = source.resolve(c.authorId);
    for (ContentRanking &c : out->candidates)
        c.authorId = source.resolve(c.authorId);
    for (ThreadRanking &t : out->threads)
        t.authorId = source.resolve(t.authorId);
    for (EssencePost &e : out->essence)
        e.authorId = source.resolve(e.authorId);
    out->timezone = source.clock().zone().id();
    out->weights = w;
    return true;
}

} // namespace

ContentPage::ContentPage(QWidget *parent)
    : Page(parent), m_weightsButton(new QToolButton), m_weightsLabel(new QLabel),
      m_reactionsLabel(new QLabel), m_repliesLabel(new QLabel), m_forwardsLabel(new QLabel),
      m_halfLifeLabel(new QLabel), m_reactions(weightBox(QStringLiteral("weightReactions"), 100.0)),
      m_replies(weightBox(QStringLiteral("weightReplies"), 100.0)),
      m_forwards(weightBox(QStringLiteral("weightForwards"), 100.0)),
      m_halfLife(weightBox(QStringLiteral("halfLifeDays"), 365.0)), m_reset(new QPushButton),
      m_export(new QPushButton), m_mark(new QPushButton), m_hint(new QLabel),
      m_tabs(new QTabWidget), m_table(new QTableView), m_model(new ContentTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_threads(new ThreadsPanel),
      m_links(new LinksPanel), m_essence(new EssencePanel)
{
    m_table->setObjectName(QStringLiteral("contentTable"));
    m_export->setObjectName(QStringLiteral("exportContentCsv"));
    m_mark->setObjectName(QStringLiteral("markEssence"));
    m_weightsButton->setObjectName(QStringLiteral("weightsButton"));
    m_tabs->setObjectName(QStringLiteral("contentTabs"));
    m_halfLife->setDecimals(0);
    m_halfLife->setSingleStep(1.0);
    setWeights(ContentWeights{});
    m_recompute.setSingleShot(true);
    m_recompute.setInterval(300);
    connect(&m_recompute, &QTimer::timeout, this, &ContentPage::load);
    for (QDoubleSpinBox *box : {m_reactions, m_replies, m_forwards, m_halfLife})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this]() {
            updateWeightsSummary();
            if (!context().workspacePath.isEmpty())
                m_recompute.start();
        });
    connect(m_reset, &QPushButton::clicked, this, [this]() { setWeights(ContentWeights{}); });
    connect(m_export, &QPushButton::clicked, this, &ContentPage::chooseCsvFile);
    connect(m_mark, &QPushButton::clicked, this, [this]() {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const qint64 id = rows.first().data(IdRole).toLongLong();
        if (m_model->isMarked(id))
            unmarkEssence(id);
        else
            markEssence(id);
    });

    // The weights: a popup behind one tool button (a row of spin boxes made the page wide).
    auto *form = new QWidget;
    auto *formLayout = new QFormLayout(form);
    const std::pair<QLabel *, QDoubleSpinBox *> pairs[] = {{m_reactionsLabel, m_reactions},
                                                           {m_repliesLabel, m_replies},
                                                           {m_forwardsLabel, m_forwards},
                                                           {m_halfLifeLabel, m_halfLife}};
    for (const auto &[label, box] : pairs) {
        label->setBuddy(box);
        formLayout->addRow(label, box);
    }
    formLayout->addRow(m_reset);
    auto *menu = new QMenu(m_weightsButton);
    auto *formAction = new QWidgetAction(menu);
    formAction->setDefaultWidget(form);
    menu->addAction(formAction);
    m_weightsButton->setMenu(menu);
    m_weightsButton->setPopupMode(QToolButton::InstantPopup);
    m_weightsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_weightsLabel->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContentTableModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionResizeMode(ContentTableModel::Text,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContentPage::updateMarkButton);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(ContentTableModel::AuthorIdRole).toLongLong(); id > 0)
            emit memberRequested(id);
    });
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *posts = new QWidget;
    auto *postsLayout = new QVBoxLayout(posts);
    postsLayout->setContentsMargins(0, 8, 0, 0);
    auto *postsBar = new QHBoxLayout;
    postsBar->addWidget(m_hint, 1);
    postsBar->addWidget(m_mark);
    postsBar->addWidget(m_export);
    postsLayout->addLayout(postsBar);
    postsLayout->addWidget(m_table, 1);
    m_tabs->addTab(posts, QString());
    m_tabs->addTab(m_threads, QString());
    m_tabs->addTab(m_links, QString());
    m_tabs->addTab(m_essence, QString());
    connect(m_threads, &ThreadsPanel::memberRequested, this, &Page::memberRequested);
    connect(m_essence, &EssencePanel::memberRequested, this, &Page::memberRequested);
    connect(m_essence, &EssencePanel::markRequested, this, [this](qint64 id) { markEssence(id); });
    connect(m_essence, &EssencePanel::unmarkRequested, this, &ContentPage::unmarkEssence);
    connect(m_essence, &EssencePanel::exportRequested, this, &ContentPage::chooseMarkdownFile);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_weightsButton);
    bar->addWidget(m_weightsLabel, 1);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    setContentWidget(content);
    retranslateUi();
    updateMarkButton();
}

QString ContentPage::title() const
{
    return tr("Content");
}

QIcon ContentPage::icon(const QColor &color) const
{
    return Icons::content(color);
}

ContentWeights ContentPage::weights() const
{
    ContentWeights w;
    w.reactions = m_reactions->value();
    w.replies = m_replies->value();
    w.forwards = m_forwards->value();
    w.halfLifeDays = m_halfLife->value();
    return w;
}

void ContentPage::setWeights(const ContentWeights &weights)
{
    m_reactions->setValue(weights.reactions);
    m_replies->setValue(weights.replies);
    m_forwards->setValue(weights.forwards);
    m_halfLife->setValue(weights.halfLifeDays);
}

void ContentPage::load()
{
    run({}, {});
}

void ContentPage::run(Action action, const QString &success)
{
    m_recompute.stop();
    const Period period = context().period;
    const ContentWeights w = weights();
    query<ContentData>(
        [period, w, action, success](Database &db, ContentData *out, QString *error) {
            if (action) {
                QString actionError;
                out->status = action(db, &actionError) ? success : actionError;
            }
            return loadAll(db, period, w, out, error);
        },
        [this](const ContentData &data) { showData(data); });
}

void ContentPage::markEssence(qint64 messageId, const QString &note)
{
    run(
        [messageId, note](Database &db, QString *error) {
            return ContentInsights::mark(db, messageId, ModerationStore::osUserName(), note, error);
        },
        tr("Marked post %1 as essence").arg(messageId));
}

void ContentPage::unmarkEssence(qint64 messageId)
{
    run([messageId](Database &db,
                    QString *error) { return ContentInsights::unmark(db, messageId, error); },
        tr("Removed the essence mark of post %1").arg(messageId));
}

void ContentPage::exportEssence(const QString &path)
{
    run(
        [path](Database &db, QString *error) {
            AnalyticsSource source(db);
            return source.load(error) && ContentInsights(source).exportMarkdown(path, error);
        },
        tr("Exported the essence posts to %1").arg(path));
}

void ContentPage::showData(const ContentData &data)
{
    const QTimeZone zone(data.timezone);
    m_model->setRows(data.rows, zone, data.weights);
    m_model->setMarked(data.marked);
    m_threads->setRows(data.threads, zone, data.weights);
    m_links->setRows(data.links, data.domains, zone);
    m_essence->setRows(data.essence, data.candidates, zone, data.weights);
    updateMarkButton();
    if (!data.status.isEmpty())
        emit statusMessage(data.status);
    if (data.rows.isEmpty() && data.essence.isEmpty() && data.threads.isEmpty()) {
        showNoData();
        return;
    }
    if (!m_sized) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        for (int c = 0; c < ContentTableModel::ColumnCount; ++c)
            if (c != ContentTableModel::Text)
                m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 8, 180));
    }
    showContent();
}

void ContentPage::updateMarkButton()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_mark->setEnabled(!rows.isEmpty());
    const bool marked =
        !rows.isEmpty() && m_model->isMarked(rows.first().data(IdRole).toLongLong());
    m_mark->setText(marked ? tr("Unmark") : tr("Mark as essence"));
}

void ContentPage::updateWeightsSummary()
{
    const ContentWeights w = weights();
    QString text = tr("Score = %1 × reactions + %2 × replies + %3 × forwards")
                       .arg(QLocale().toString(w.reactions), QLocale().toString(w.replies),
                            QLocale().toString(w.forwards));
    text += w.halfLifeDays > 0 ? tr(", halved every %1 days of age").arg(w.halfLifeDays)
                               : tr(", no age decay");
    m_weightsLabel->setText(text);
}

void ContentPage::chooseCsvFile()
{
    const Period p = context().period;
    const QString suggested = QStringLiteral("top-content-%1-%2.csv")
                                  .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export top content as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!CsvExport::write(*m_proxy, path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    emit statusMessage(tr("Exported %n post(s) to %1", nullptr, m_proxy->rowCount()).arg(path));
}

void ContentPage::chooseMarkdownFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export essence posts as Markdown"),
                                     QStringLiteral("essence.md"), tr("Markdown files (*.md)"));
    if (!path.isEmpty())
        exportEssence(path);
}

void ContentPage::retranslateUi()
{
    m_weightsButton->setText(tr("Weights…"));
    m_weightsButton->setToolTip(tr("Score weights and age decay"));
    m_reactionsLabel->setText(tr("&Reactions ×"));
    m_repliesLabel->setText(tr("R&eplies ×"));
    m_forwardsLabel->setText(tr("&Forwards ×"));
    m_halfLifeLabel->setText(tr("&Half-life"));
    m_halfLife->setSuffix(tr(" days"));
    m_halfLife->setSpecialValueText(tr("off"));
    m_halfLife->setToolTip(tr("Halve a post's score for every this many days of age at the end "
                              "of the period (off = no decay)"));
    m_reset->setText(tr("Reset"));
    m_export->setText(tr("Export CSV…"));
    m_hint->setText(tr("Top %1 posts of the period. Forwards count only where the export "
                       "records them. ★ = essence; double-click a row to open its author.")
                        .arg(kTopPosts));
    m_tabs->setTabText(0, tr("Posts"));
    m_tabs->setTabText(1, tr("Threads"));
    m_tabs->setTabText(2, tr("Links && domains"));
    m_tabs->setTabText(3, tr("Essence"));
    m_threads->retranslateUi(kTopThreads);
    m_links->retranslateUi();
    m_essence->retranslateUi(ContentInsights::kDefaultCandidates);
    m_model->retranslate();
    updateWeightsSummary();
    updateMarkButton();
}

} // namespace kindred
