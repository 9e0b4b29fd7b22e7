#include "PersonaPanel.h"

#include "Card.h"
#include "ValueBarDelegate.h"
#include "models/ModelRoles.h"
#include "models/PersonaClusterModel.h"
#include "models/PersonaMemberModel.h"
#include "models/SilhouetteModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

QTableView *makeTable(const QString &name)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 12);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

} // namespace

PersonaPanel::PersonaPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget), m_message(new QLabel), m_summary(new QLabel),
      m_silhouetteCard(new Card), m_clusterCard(new Card), m_memberCard(new Card),
      m_silhouetteTable(makeTable(QStringLiteral("silhouetteTable"))),
      m_clusterTable(makeTable(QStringLiteral("clusterTable"))),
      m_memberTable(makeTable(QStringLiteral("clusterMemberTable"))), m_why(new QLabel),
      m_silhouetteModel(new SilhouetteModel(this)), m_clusterModel(new PersonaClusterModel(this)),
      m_memberModel(new PersonaMemberModel(this)), m_memberProxy(new QSortFilterProxyModel(this)),
      m_zBars(new ValueBarDelegate(1.0, true, this)),
      m_silhouetteBars(new ValueBarDelegate(1.0, false, this))
{
    m_message->setObjectName(QStringLiteral("personasMessage"));
    m_summary->setObjectName(QStringLiteral("personasSummary"));
    m_why->setObjectName(QStringLiteral("clusterWhy"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(40);
    m_summary->setWordWrap(true);
    m_why->setWordWrap(true);
    m_why->setForegroundRole(QPalette::PlaceholderText);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_silhouetteTable->setModel(m_silhouetteModel);
    m_silhouetteTable->setItemDelegateForColumn(SilhouetteModel::Silhouette, m_silhouetteBars);
    m_silhouetteTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_silhouetteTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_silhouetteTable->setFocusPolicy(Qt::NoFocus);

    m_clusterTable->setModel(m_clusterModel);
    for (int c = PersonaClusterModel::FirstFeature; c < PersonaClusterModel::ColumnCount; ++c)
        m_clusterTable->setItemDelegateForColumn(c, m_zBars);
    m_clusterTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_clusterTable->horizontalHeader()->setSectionResizeMode(PersonaClusterModel::Name,
                                                             QHeaderView::ResizeToContents);

    m_memberProxy->setSourceModel(m_memberModel);
    m_memberProxy->setSortRole(SortRole);
    m_memberTable->setModel(m_memberProxy);
    m_memberTable->setSortingEnabled(true);
    m_memberTable->sortByColumn(PersonaMemberModel::Messages, Qt::DescendingOrder);
    m_memberTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_memberTable->horizontalHeader()->setSectionResizeMode(PersonaMemberModel::Name,
                                                            QHeaderView::Interactive);
    m_memberTable->setColumnWidth(PersonaMemberModel::Name, 180);

    connect(m_clusterTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showCluster(current.row());
            });
    connect(m_memberTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(IdRole).toLongLong();
        if (id > 0)
            emit memberRequested(id);
    });

    const int rowHeight = m_silhouetteTable->verticalHeader()->defaultSectionSize();
    m_silhouetteTable->setMinimumHeight(rowHeight * 6 + 8);
    m_silhouetteCard->addWidget(m_silhouetteTable, 1);
    m_silhouetteCard->setMinimumWidth(250);
    m_silhouetteCard->setMaximumWidth(320);
    m_clusterCard->addWidget(m_clusterTable, 1);
    m_clusterCard->addWidget(m_why);
    m_memberCard->addWidget(m_memberTable, 1);

    auto *top = new QWidget;
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(12);
    topLayout->addWidget(m_silhouetteCard);
    topLayout->addWidget(m_clusterCard, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(m_memberCard);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    m_stack->addWidget(content);
    m_stack->addWidget(m_message);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    retranslateUi();
}

void PersonaPanel::setResult(const Period &period, const PersonasResult &result,
                             const std::vector<MemberFeatureRow> &features,
                             const QHash<qint64, QString> &names)
{
    m_period = period;
    m_error.clear();
    m_features = features;
    m_names = names;
    m_silhouetteModel->setScores(result.scores, result.k);
    m_clusterModel->setResult(result);
    m_zBars->setMaxAbs(m_clusterModel->maxAbsZ());
    double best = 0.0; // silhouette bars from 0 to the best k's
    for (const KScore &s : result.scores)
        if (std::isfinite(s.silhouette))
            best = std::max(best, s.silhouette);
    m_silhouetteBars->setMaxAbs(best);
    m_selected = -1;
    m_stack->setCurrentIndex(0);
    updateSummary();
    m_clusterTable->resizeColumnToContents(PersonaClusterModel::Name);
    selectCluster(m_clusterModel->rowCount() > 0 ? 0 : -1);
}

void PersonaPanel::setError(const Period &period, const QString &error)
{
    m_period = period;
    m_error = error;
    m_features.clear();
    m_names.clear();
    m_silhouetteModel->setScores({}, 0);
    m_clusterModel->setResult(PersonasResult{});
    m_memberModel->setRows({});
    m_selected = -1;
    m_stack->setCurrentIndex(1);
    retranslateUi();
}

bool PersonaPanel::hasResult() const
{
    return m_error.isEmpty() && m_clusterModel->rowCount() > 0;
}

void PersonaPanel::selectCluster(int row)
{
    if (row < 0 || row >= m_clusterModel->rowCount()) {
        m_selected = -1;
        m_memberModel->setRows({});
        m_why->clear();
        m_memberCard->setHeading(tr("Members"));
        return;
    }
    m_clusterTable->selectionModel()->setCurrentIndex(m_clusterModel->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    showCluster(row); // when the current row did not change
}

void PersonaPanel::showCluster(int row)
{
    if (row == m_selected || row < 0 || row >= m_clusterModel->rowCount())
        return;
    m_selected = row;
    const Persona &p = m_clusterModel->persona(row);
    m_memberModel->setMembers(p.members, m_features, m_names);
    m_why->setText(p.why);
    m_memberCard->setHeading(tr("Members of “%1” (%2) — double-click one to open it")
                                 .arg(p.name, QLocale().toString(p.size)));
}

QString PersonaPanel::summaryText() const
{
    return m_summary->text();
}

QString PersonaPanel::messageText() const
{
    return m_message->text();
}

void PersonaPanel::updateSummary()
{
    const PersonasResult &r = m_clusterModel->result();
    if (r.k <= 0) {
        m_summary->clear();
        return;
    }
    const int kMin = r.scores.empty() ? r.k : r.scores.front().k;
    const int kMax = r.scores.empty() ? r.k : r.scores.back().k;
    m_summary->setText(
        tr("<b>%1 personas</b> among %2 members present from %3 to %4: k = %1 has the highest "
           "mean silhouette (%5) of k = %6..%7. Members are clustered (k-means) on six "
           "behaviour features, each standardised to SDs from everyone's mean.")
            .arg(r.k)
            .arg(QLocale().toString(r.memberCount), m_period.from.toString(Qt::ISODate),
                 m_period.to.toString(Qt::ISODate), QLocale().toString(r.silhouette, 'f', 3))
            .arg(kMin)
            .arg(kMax));
    m_summary->setToolTip(r.why);
}

void PersonaPanel::retranslateUi()
{
    m_silhouetteCard->setHeading(tr("Silhouette per k"));
    m_silhouetteCard->setToolTip(
        tr("Each k is fitted by k-means (k-means++ seeding, 10 restarts); the k with the highest "
           "mean silhouette is kept"));
    m_clusterCard->setHeading(tr("Personas: cluster means in SDs from everyone's mean"));
    if (m_selected < 0)
        m_memberCard->setHeading(tr("Members"));
    else {
        const Persona &p = m_clusterModel->persona(m_selected);
        m_memberCard->setHeading(tr("Members of “%1” (%2) — double-click one to open it")
                                     .arg(p.name, QLocale().toString(p.size)));
    }
    if (!m_error.isEmpty())
        m_message->setText(tr("Personas cannot be computed for %1 to %2: %3")
                               .arg(m_period.from.toString(Qt::ISODate),
                                    m_period.to.toString(Qt::ISODate), m_error));
    m_silhouetteModel->retranslate();
    m_clusterModel->retranslate();
    m_memberModel->retranslate();
    updateSummary();
}

void PersonaPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace kindred
