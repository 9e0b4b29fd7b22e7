#include "RecommendationsPage.h"

#include "models/CsvExport.h"
#include "models/ModelRoles.h"

#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kindred {
namespace {

QIcon recommendationsIcon(const QColor &color)
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
            // A thumbs-up-like star: five points.
            QPolygonF star;
            for (int i = 0; i < 10; ++i) {
                const double r = (i % 2 == 0) ? 28.0 : 12.0;
                const double a = -M_PI / 2 + i * M_PI / 5;
                star << QPointF(32 + r * std::cos(a), 34 + r * std::sin(a));
            }
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawPolygon(star);
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}

QTableView *makeTable(const QString &name)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideRight);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QLabel *sectionTitle()
{
    auto *l = new QLabel;
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

RecommendationsPage::RecommendationsPage(QWidget *parent)
    : Page(parent), m_evaluation(new QLabel), m_info(new QLabel), m_silentTitle(sectionTitle()),
      m_threadsTitle(sectionTitle()), m_partnersTitle(sectionTitle()), m_export(new QPushButton),
      m_picker(new QComboBox), m_silentView(makeTable(QStringLiteral("silentMembers"))),
      m_threadsView(makeTable(QStringLiteral("recommendedThreads"))),
      m_partnerView(makeTable(QStringLiteral("learningPartners"))),
      m_silent(new SilentMemberModel(this)), m_silentProxy(new QSortFilterProxyModel(this)),
      m_reshare(new ReshareModel(this)), m_threadsProxy(new QSortFilterProxyModel(this)),
      m_partners(new PartnerModel(this))
{
    m_evaluation->setObjectName(QStringLiteral("evaluationLabel"));
    m_evaluation->setWordWrap(true);
    QFont big = m_evaluation->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_evaluation->setFont(big);
    m_info->setObjectName(QStringLiteral("recommendationInfo"));
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_export->setObjectName(QStringLiteral("exportReshare"));
    m_picker->setObjectName(QStringLiteral("partnerMemberPicker"));
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setMinimumContentsLength(24);
    m_picker->completer()->setFilterMode(Qt::MatchContains);
    m_picker->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_silentProxy->setSourceModel(m_silent);
    m_silentProxy->setSortRole(SortRole);
    m_silentView->setModel(m_silentProxy);
    m_silentView->sortByColumn(SilentMemberModel::LastEngaged, Qt::DescendingOrder);
    m_silentView->horizontalHeader()->setStretchLastSection(false);

    m_threadsProxy->setSourceModel(m_reshare);
    m_threadsProxy->setSortRole(SortRole);
    m_threadsProxy->setFilterRole(IdRole);
    m_threadsProxy->setFilterKeyColumn(ReshareModel::Member);
    m_threadsProxy->setFilterRegularExpression(QStringLiteral("^$"));
    m_threadsView->setModel(m_threadsProxy);
    m_threadsView->sortByColumn(ReshareModel::Rank, Qt::AscendingOrder);
    m_threadsView->setColumnHidden(ReshareModel::Member, true);

    m_partnerView->setModel(m_partners);
    m_partnerView->setSortingEnabled(false);

    connect(m_silentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const qint64 id = current.data(IdRole).toLongLong();
                m_shownSilent = id;
                m_threadsProxy->setFilterRegularExpression(
                    QRegularExpression(QStringLiteral("^%1$").arg(id)));
                updateTexts();
            });
    for (QTableView *view : {m_silentView, m_partnerView})
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            emit memberRequested(index.data(IdRole).toLongLong());
        });
    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            showPartnersOf(m_picker->itemData(index).toLongLong());
    });
    connect(m_export, &QPushButton::clicked, this, &RecommendationsPage::exportClicked);

    auto *header = new QHBoxLayout;
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_evaluation);
    headerText->addWidget(m_info);
    header->addLayout(headerText, 1);
    header->addWidget(m_export, 0, Qt::AlignTop);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_silentTitle);
    leftLayout->addWidget(m_silentView, 1);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_threadsTitle);
    rightLayout->addWidget(m_threadsView, 1);
    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 5);
    top->setChildrenCollapsible(false);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_partnersTitle);
    pickRow->addWidget(m_picker);
    pickRow->addStretch(1);
    bottomLayout->addLayout(pickRow);
    bottomLayout->addWidget(m_partnerView, 1);

    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(top);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(vertical, 1);
    setContentWidget(content);
    retranslateUi();
}

QString RecommendationsPage::title() const
{
    return tr("Recommendations");
}

QIcon RecommendationsPage::icon(const QColor &color) const
{
    return recommendationsIcon(color);
}

bool RecommendationsPage::compute(Database &db, const Period &period, RecommendationResult *out,
                                  QString *error)
{
    AnalyticsSource source(db);
    if (!source.load(error))
        return false;
    return Recommendations::compute(source, period, RecommendationOptions{}, out, error);
}

void RecommendationsPage::load()
{
    const Period period = context().period;
    query<RecommendationResult>(
        [period](Database &db, RecommendationResult *out, QString *error) {
            return compute(db, period, out, error);
        },
        [this](const RecommendationResult &result) { showData(result); });
}

void RecommendationsPage::showData(const RecommendationResult &result)
{
    if (result.data.interactions.empty()) {
        m_result.reset();
        m_silent->setResult(nullptr);
        m_reshare->setResult(nullptr);
        m_partners->setMember(nullptr, 0);
        showNoData();
        return;
    }
    m_result = std::make_shared<const RecommendationResult>(result);
    m_silent->setResult(m_result);
    m_reshare->setResult(m_result);

    // Picker: every member with an engaged thread, by name.
    const qint64 previous = m_picker->currentData().toLongLong();
    std::vector<std::pair<QString, qint64>> members;
    for (const qint64 id : m_result->matrix.members())
        members.push_back({m_result->names.value(id), id});
    std::sort(members.begin(), members.end());
    m_picker->blockSignals(true);
    m_picker->clear();
    for (const auto &[name, id] : members)
        m_picker->addItem(name.isEmpty() ? QString::number(id) : name, id);
    m_picker->blockSignals(false);

    m_silentView->resizeColumnsToContents();
    for (int c = 0; c < SilentMemberModel::ColumnCount; ++c)
        m_silentView->setColumnWidth(c, std::min(m_silentView->columnWidth(c) + 12, 140));
    const qint64 keep = m_shownSilent;
    m_shownSilent = 0;
    if (keep > 0 && m_silent->rowOfMember(keep) >= 0)
        selectSilentMember(keep);
    else if (m_silentProxy->rowCount() > 0)
        selectSilentMember(m_silentProxy->index(0, 0).data(IdRole).toLongLong());
    else
        m_threadsProxy->setFilterRegularExpression(QStringLiteral("^$"));
    m_threadsView->setColumnWidth(ReshareModel::Rank, 50);
    m_threadsView->setColumnWidth(ReshareModel::Thread, 320);
    m_threadsView->setColumnWidth(ReshareModel::Channel, 110);
    m_threadsView->setColumnWidth(ReshareModel::Date, 95);
    m_threadsView->setColumnWidth(ReshareModel::Score, 65);

    // Partners: the previous member when still there, else the most engaged member.
    qint64 partnerOf = m_picker->findData(previous) >= 0 ? previous : 0;
    if (partnerOf == 0) {
        size_t most = 0;
        for (const qint64 id : m_result->matrix.members())
            if (m_result->matrix.threadsOf(id).size() > most) {
                most = m_result->matrix.threadsOf(id).size();
                partnerOf = id;
            }
    }
    showPartnersOf(partnerOf);
    m_partnerView->setColumnWidth(PartnerModel::Name, 160);
    m_partnerView->setColumnWidth(PartnerModel::Similarity, 90);
    m_partnerView->setColumnWidth(PartnerModel::Shared, 110);
    updateTexts();
    showContent();
}

void RecommendationsPage::selectSilentMember(qint64 memberId)
{
    const int row = m_silent->rowOfMember(memberId);
    if (row < 0)
        return;
    const QModelIndex index = m_silentProxy->mapFromSource(m_silent->index(row, 0));
    m_silentView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    m_silentView->scrollTo(index);
}

void RecommendationsPage::showPartnersOf(qint64 memberId)
{
    const int i = m_picker->findData(memberId);
    if (i >= 0)
        m_picker->setCurrentIndex(i);
    m_partners->setMember(m_result, memberId);
    updateTexts();
}

bool RecommendationsPage::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::write(*m_reshare, path, error);
}

void RecommendationsPage::exportClicked()
{
    const QString suggested =
        QStringLiteral("reshare-%1.csv").arg(context().period.to.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the re-share list as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    emit statusMessage(
        tr("Exported %n recommendation(s) to %1", nullptr, m_reshare->rowCount()).arg(path));
}

void RecommendationsPage::updateTexts()
{
    const QLocale locale;
    if (!m_result) {
        m_evaluation->clear();
        m_info->clear();
        return;
    }
    const RecommendationResult &r = *m_result;
    const RecommendationEvaluation &ev = r.evaluation;
    m_evaluation->setText(
        tr("Offline evaluation: HR@%1 collaborative filtering %2 vs popularity %3 — %4 "
           "evaluated members")
            .arg(r.options.hitK)
            .arg(locale.toString(ev.cfHitRate * 100.0, 'f', 1) + QLatin1Char('%'),
                 locale.toString(ev.popularityHitRate * 100.0, 'f', 1) + QLatin1Char('%'),
                 locale.toString(ev.evaluatedMembers)));
    m_evaluation->setToolTip(
        tr("Leave-last-one-out by time: each member with at least 3 engaged threads has their "
           "latest thread held out (and everything they did from then on); the rest trains the "
           "model. Hit rate at %1 = members whose held-out thread is among their top %1: "
           "CF %2 of %4 = %5, popularity (most engaged threads in training) %3 of %4 = %6.")
            .arg(r.options.hitK)
            .arg(ev.cfHits)
            .arg(ev.popularityHits)
            .arg(ev.evaluatedMembers)
            .arg(locale.toString(ev.cfHitRate, 'f', 4),
                 locale.toString(ev.popularityHitRate, 'f', 4)));
    m_info->setText(
        tr("As of %1: %2 threads, %3 member–thread engagements (started 3, replied 2, reacted "
           "1). Thread similarity: cosine over members, threads with at least %4 members, top "
           "%5 neighbours. Computed in %6 ms (evaluation %7 ms).")
            .arg(locale.toString(r.period.to, QLocale::ShortFormat),
                 locale.toString(qlonglong(r.data.threads.size())),
                 locale.toString(r.matrix.cells()))
            .arg(r.options.minMembers)
            .arg(r.options.topK)
            .arg(r.loadMs + r.similarityMs + r.recommendMs + ev.ms)
            .arg(ev.ms));
    m_silentTitle->setText(
        tr("Silent members (%1)").arg(locale.toString(qlonglong(r.silent.size()))));
    m_threadsTitle->setText(m_shownSilent > 0
                                ? tr("Threads to re-share to %1").arg(r.names.value(m_shownSilent))
                                : tr("Threads to re-share"));
    m_partnersTitle->setText(tr("Learning partners to introduce to"));
    m_partnerView->setToolTip(
        tr("Members active now with the most similar engagement (cosine over threads) who have "
           "never replied to each other."));
}

void RecommendationsPage::retranslateUi()
{
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Every silent member's recommended threads, with scores and reasons"));
    m_silent->retranslate();
    m_reshare->retranslate();
    m_partners->retranslate();
    m_partnersTitle->setText(tr("Learning partners to introduce to"));
    updateTexts();
}

} // namespace kindred
