#include "ContentPage.h"

#include "models/ContentTableModel.h"
#include "models/CsvExport.h"
#include "models/ModelRoles.h"
#include "widgets/Icons.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

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

} // namespace

ContentPage::ContentPage(QWidget *parent)
    : Page(parent), m_weightsLabel(new QLabel), m_reactionsLabel(new QLabel),
      m_repliesLabel(new QLabel), m_forwardsLabel(new QLabel), m_halfLifeLabel(new QLabel),
      m_reactions(weightBox(QStringLiteral("weightReactions"), 100.0)),
      m_replies(weightBox(QStringLiteral("weightReplies"), 100.0)),
      m_forwards(weightBox(QStringLiteral("weightForwards"), 100.0)),
      m_halfLife(weightBox(QStringLiteral("halfLifeDays"), 365.0)), m_reset(new QPushButton),
      m_export(new QPushButton), m_hint(new QLabel), m_table(new QTableView),
      m_model(new ContentTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_table->setObjectName(QStringLiteral("contentTable"));
    m_export->setObjectName(QStringLiteral("exportContentCsv"));
    m_halfLife->setDecimals(0);
    m_halfLife->setSingleStep(1.0);
    setWeights(ContentWeights{});
    m_recompute.setSingleShot(true);
    m_recompute.setInterval(300);
    connect(&m_recompute, &QTimer::timeout, this, &ContentPage::load);
    for (QDoubleSpinBox *box : {m_reactions, m_replies, m_forwards, m_halfLife})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this]() {
            if (!context().workspacePath.isEmpty())
                m_recompute.start();
        });
    connect(m_reset, &QPushButton::clicked, this, [this]() { setWeights(ContentWeights{}); });
    connect(m_export, &QPushButton::clicked, this, &ContentPage::chooseCsvFile);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContentTableModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
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
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_weightsLabel);
    bar->addSpacing(4);
    const std::pair<QLabel *, QDoubleSpinBox *> pairs[] = {{m_reactionsLabel, m_reactions},
                                                           {m_repliesLabel, m_replies},
                                                           {m_forwardsLabel, m_forwards},
                                                           {m_halfLifeLabel, m_halfLife}};
    for (const auto &[label, box] : pairs) {
        label->setBuddy(box);
        bar->addWidget(label);
        bar->addWidget(box);
        bar->addSpacing(10);
    }
    bar->addWidget(m_reset);
    bar->addStretch();
    bar->addWidget(m_export);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    setContentWidget(content);
    retranslateUi();
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
    m_recompute.stop();
    const Period period = context().period;
    const ContentWeights w = weights();
    query<ContentData>(
        [period, w](Database &db, ContentData *out, QString *error) {
            AnalyticsSource source(db);
            if (!source.load(error))
                return false;
            out->rows = Rankings(source).topContent(period, w, kTopPosts);
            out->timezone = source.clock().zone().id();
            out->weights = w;
            return true;
        },
        [this](const ContentData &data) { showData(data); });
}

void ContentPage::showData(const ContentData &data)
{
    m_model->setRows(data.rows, QTimeZone(data.timezone), data.weights);
    if (data.rows.isEmpty()) {
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

void ContentPage::retranslateUi()
{
    m_weightsLabel->setText(tr("Score weights:"));
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
    m_hint->setText(tr("Top %1 posts of the period. Score = reactions × weight + replies × "
                       "weight + forwards × weight. Forwards count only where the export "
                       "records them.")
                        .arg(kTopPosts));
    m_model->retranslate();
}

} // namespace kindred
