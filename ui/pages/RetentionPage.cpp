#include "RetentionPage.h"

#include "analytics/RetentionCsv.h"
#include "models/PeriodRetentionModel.h"
#include "models/RetentionCohortModel.h"
#include "widgets/Card.h"
#include "widgets/HeatCellDelegate.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLinearGradient>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kindred {
namespace {

/// The page icon: a 3 x 3 grid of tiles fading from full to faint (drawn, in `color`; white
/// when selected).
QIcon retentionIcon(const QColor &color)
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
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            for (int row = 0; row < 3; ++row)
                for (int col = 0; col < 3 - row; ++col) {
                    p.setOpacity(1.0 - 0.28 * col);
                    p.drawRoundedRect(QRectF(7 + col * 18, 7 + row * 18, 14, 14), 3, 3);
                }
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}

/// The colour ramp of the heatmap, 0% to 100%, between two labels.
class HeatLegend final : public QWidget
{
public:
    HeatLegend() { setFixedSize(90, 12); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        QLinearGradient g(0, 0, width(), 0);
        for (int i = 0; i <= 10; ++i)
            g.setColorAt(i / 10.0, HeatCellDelegate::color(i / 10.0, dark));
        p.setPen(Qt::NoPen);
        p.setBrush(g);
        p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 1.5, -0.5, -1.5), 3, 3);
    }
};

QTableView *makeTable(const QString &name)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setMinimumSectionSize(36);
    return t;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

RetentionPage::RetentionPage(QWidget *parent)
    : Page(parent), m_grainLabel(new QLabel), m_month(new QPushButton), m_week(new QPushButton),
      m_grainGroup(new QButtonGroup(this)), m_scopeLabel(new QLabel), m_scopeBox(new QComboBox),
      m_hint(new QLabel), m_cohortCard(new Card), m_summary(new QLabel), m_legendLow(new QLabel),
      m_legendHigh(new QLabel), m_exportCohorts(new QPushButton),
      m_cohortView(makeTable(QStringLiteral("cohortTable"))), m_periodCard(new Card),
      m_periodHint(new QLabel), m_exportPeriods(new QPushButton),
      m_periodView(makeTable(QStringLiteral("periodRetentionTable"))),
      m_cohortModel(new RetentionCohortModel(this)), m_periodModel(new PeriodRetentionModel(this))
{
    m_month->setObjectName(QStringLiteral("grainMonth"));
    m_week->setObjectName(QStringLiteral("grainWeek"));
    m_scopeBox->setObjectName(QStringLiteral("retentionScope"));
    m_hint->setObjectName(QStringLiteral("retentionHint"));
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_exportCohorts->setObjectName(QStringLiteral("exportCohortsCsv"));
    m_exportPeriods->setObjectName(QStringLiteral("exportPeriodRetentionCsv"));

    for (QPushButton *b : {m_month, m_week}) {
        b->setCheckable(true);
        b->setMinimumWidth(72);
    }
    m_grainGroup->setExclusive(true);
    m_grainGroup->addButton(m_month, int(RetentionGrain::Month));
    m_grainGroup->addButton(m_week, int(RetentionGrain::Week));
    m_month->setChecked(true);
    connect(m_grainGroup, &QButtonGroup::idClicked, this,
            [this](int id) { setGrain(RetentionGrain(id)); });
    m_scopeBox->addItem(QString(), int(Scope::WholeHistory));
    m_scopeBox->addItem(QString(), int(Scope::SelectedPeriod));
    m_scopeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scopeLabel->setBuddy(m_scopeBox);
    connect(m_scopeBox, &QComboBox::activated, this,
            [this](int index) { setScope(Scope(m_scopeBox->itemData(index).toInt())); });
    connect(m_exportCohorts, &QPushButton::clicked, this, [this]() { chooseCsvFile(false); });
    connect(m_exportPeriods, &QPushButton::clicked, this, [this]() { chooseCsvFile(true); });

    m_cohortView->setModel(m_cohortModel);
    m_cohortView->setItemDelegate(
        new HeatCellDelegate(RetentionCohortModel::ShareRole, m_cohortView));
    m_cohortView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_periodView->setModel(m_periodModel);
    m_periodView->setItemDelegateForColumn(
        PeriodRetentionModel::Share,
        new HeatCellDelegate(RetentionCohortModel::ShareRole, m_periodView));
    m_periodView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_periodView->setAlternatingRowColors(true);
    m_periodView->horizontalHeader()->setStretchLastSection(false);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_periodHint->setWordWrap(true);
    m_periodHint->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    for (QLabel *l : {m_legendLow, m_legendHigh})
        l->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_grainLabel);
    bar->addWidget(m_month);
    bar->addWidget(m_week);
    bar->addSpacing(18);
    bar->addWidget(m_scopeLabel);
    bar->addWidget(m_scopeBox);
    bar->addStretch();

    auto *cohortTools = new QWidget;
    auto *tools = new QHBoxLayout(cohortTools);
    tools->setContentsMargins(0, 2, 0, 6);
    tools->setSpacing(6);
    tools->addWidget(m_summary, 1);
    tools->addSpacing(12);
    tools->addWidget(m_legendLow);
    tools->addWidget(new HeatLegend);
    tools->addWidget(m_legendHigh);
    tools->addSpacing(12);
    tools->addWidget(m_exportCohorts);
    m_cohortCard->addWidget(cohortTools);
    m_cohortCard->addWidget(m_cohortView, 1);

    auto *periodTools = new QWidget;
    auto *ptools = new QHBoxLayout(periodTools);
    ptools->setContentsMargins(0, 2, 0, 6);
    ptools->addWidget(m_periodHint, 1);
    ptools->addSpacing(12);
    ptools->addWidget(m_exportPeriods);
    m_periodCard->addWidget(periodTools);
    m_periodCard->addWidget(m_periodView, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_cohortCard);
    split->addWidget(m_periodCard);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    setContentWidget(content);
    retranslateUi();
}

QString RetentionPage::title() const
{
    return tr("Retention");
}

QIcon RetentionPage::icon(const QColor &color) const
{
    return retentionIcon(color);
}

void RetentionPage::setGrain(RetentionGrain grain)
{
    (grain == RetentionGrain::Month ? m_month : m_week)->setChecked(true);
    if (grain == m_grain)
        return;
    m_grain = grain;
    if (!context().workspacePath.isEmpty())
        load();
}

void RetentionPage::setScope(Scope scope)
{
    m_scopeBox->setCurrentIndex(m_scopeBox->findData(int(scope)));
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (!context().workspacePath.isEmpty())
        load();
}

void RetentionPage::load()
{
    const Period period = context().period;
    const RetentionGrain grain = m_grain;
    const Scope scope = m_scope;
    query<RetentionData>(
        [period, grain, scope](Database &db, RetentionData *out, QString *error) {
            AnalyticsSource source(db);
            if (!source.load(error))
                return false;
            const Retention retention(source);
            const Period range = scope == Scope::WholeHistory ? retention.dataRange() : period;
            out->cohorts = retention.cohorts(grain, range);
            out->periods = retention.periodRetention(grain, range);
            out->timezone = source.clock().zone().id();
            return true;
        },
        [this](const RetentionData &data) { showData(data); });
}

void RetentionPage::showData(const RetentionData &data)
{
    m_timezone = data.timezone;
    m_cohortModel->setTable(data.cohorts);
    m_periodModel->setRows(data.cohorts.grain, data.periods);
    updateTexts();
    bool anyActive = false;
    for (const PeriodRetentionRow &r : data.periods)
        anyActive = anyActive || r.base > 0;
    if (data.cohorts.members() == 0 && !anyActive) {
        showNoData();
        return;
    }
    QHeaderView *h = m_cohortView->horizontalHeader();
    const QFontMetrics fm = m_cohortView->fontMetrics();
    m_cohortView->setColumnWidth(RetentionCohortModel::Cohort,
                                 fm.horizontalAdvance(QStringLiteral("2026-W52")) + 20);
    m_cohortView->setColumnWidth(
        RetentionCohortModel::Members,
        std::max(fm.horizontalAdvance(
                     m_cohortModel->headerData(RetentionCohortModel::Members, Qt::Horizontal)
                         .toString()),
                 fm.horizontalAdvance(QStringLiteral("10,000"))) +
            24);
    const int cell =
        std::max(fm.horizontalAdvance(QStringLiteral("100.0%*")),
                 fm.horizontalAdvance(
                     m_cohortModel->headerData(m_cohortModel->columnCount() - 1, Qt::Horizontal)
                         .toString())) +
        10;
    for (int c = RetentionCohortModel::FirstPeriod; c < m_cohortModel->columnCount(); ++c)
        m_cohortView->setColumnWidth(c, cell);
    h->setStretchLastSection(false);
    m_periodView->resizeColumnsToContents();
    for (int c = 0; c < PeriodRetentionModel::ColumnCount; ++c)
        m_periodView->setColumnWidth(c, m_periodView->columnWidth(c) + 24);
    m_periodView->setColumnWidth(
        PeriodRetentionModel::Share,
        std::max(m_periodView->columnWidth(PeriodRetentionModel::Share), cell + 12));
    m_exportCohorts->setEnabled(m_cohortModel->rowCount() > 0);
    m_exportPeriods->setEnabled(m_periodModel->rowCount() > 0);
    showContent();
}

QString RetentionPage::summary() const
{
    return m_summary->text();
}

void RetentionPage::updateTexts()
{
    const CohortTable &t = m_cohortModel->table();
    const bool month = m_grain == RetentionGrain::Month;
    m_cohortCard->setHeading(month ? tr("Cohorts by join month") : tr("Cohorts by join week"));
    m_periodCard->setHeading(month ? tr("Month-to-month retention") : tr("Week-to-week retention"));
    QString range;
    const QString from = t.range.from.toString(Qt::ISODate);
    const QString to = t.range.to.toString(Qt::ISODate);
    const QString zone = QString::fromUtf8(m_timezone);
    if (!t.range.isValid())
        range.clear();
    else if (m_scope == Scope::WholeHistory)
        range = tr("Whole history: %1 – %2 (local days, %3).").arg(from, to, zone);
    else
        range = (month ? tr("Selected period, from the first day of its month: %1 – %2 (local "
                            "days, %3).")
                       : tr("Selected period, from the Monday of its first week: %1 – %2 (local "
                            "days, %3)."))
                    .arg(from, to, zone);
    m_hint->setText(
        (month ? tr("A cohort is the members who joined in one month (first join event, else "
                    "first sighting). A cell is the share of the cohort active (posted, replied "
                    "or reacted) in month k after the join month; month 0 is the join month. "
                    "* the month has not ended yet; empty: not observable yet.")
               : tr("A cohort is the members who joined in one ISO week (Monday to Sunday; "
                    "first join event, else first sighting). A cell is the share of the cohort "
                    "active (posted, replied or reacted) in week k after the join week; week 0 "
                    "is the join week. * the week has not ended yet; empty: not observable yet.")) +
        QLatin1Char(' ') + range);
    m_periodHint->setText(month ? tr("Members active in both a month and the next one / members "
                                     "active in the month, whenever they joined.")
                                : tr("Members active in both a week and the next one / members "
                                     "active in the week, whenever they joined."));

    qint64 size = 0, active = 0;
    int cohorts = 0;
    for (const RetentionCohort &c : t.cohorts) {
        if (c.size == 0 || c.cells.size() < 2 || !c.cells.at(1).complete)
            continue;
        size += c.size;
        active += c.cells.at(1).active;
        ++cohorts;
    }
    if (cohorts == 0)
        m_summary->setText(month ? tr("No cohort has a complete month 1 yet.")
                                 : tr("No cohort has a complete week 1 yet."));
    else
        m_summary->setText(
            (month ? tr("Month-1 retention over the %n cohort(s) whose month 1 has ended: %1 of "
                        "%2 members = %3.",
                        nullptr, cohorts)
                   : tr("Week-1 retention over the %n cohort(s) whose week 1 has ended: %1 of %2 "
                        "members = %3.",
                        nullptr, cohorts))
                .arg(QLocale().toString(active), QLocale().toString(size),
                     RetentionCohortModel::percent(double(active) / double(size))));
}

bool RetentionPage::exportCohortsCsv(const QString &path, QString *error) const
{
    return writeFile(path, RetentionCsv::cohorts(m_cohortModel->table()), error);
}

bool RetentionPage::exportPeriodsCsv(const QString &path, QString *error) const
{
    return writeFile(path, RetentionCsv::periods(m_periodModel->rows()), error);
}

void RetentionPage::chooseCsvFile(bool periods)
{
    const Period r = m_cohortModel->table().range;
    const QString suggested =
        QStringLiteral("%1-%2-%3-%4.csv")
            .arg(periods ? QStringLiteral("period-retention") : QStringLiteral("retention-cohorts"),
                 RetentionCalendar::key(m_grain), r.from.toString(Qt::ISODate),
                 r.to.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, periods ? tr("Export period retention as CSV") : tr("Export cohort table as CSV"),
        suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(periods ? exportPeriodsCsv(path, &error) : exportCohortsCsv(path, &error))) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    const int rows = periods ? m_periodModel->rowCount() : m_cohortModel->rowCount();
    emit statusMessage(tr("Exported %n row(s) to %1", nullptr, rows).arg(path));
}

void RetentionPage::retranslateUi()
{
    m_grainLabel->setText(tr("Cohorts by:"));
    m_month->setText(tr("&Month"));
    m_week->setText(tr("&Week"));
    m_month->setToolTip(tr("Cohorts of the members who joined in the same calendar month"));
    m_week->setToolTip(tr("Cohorts of the members who joined in the same ISO week"));
    m_scopeLabel->setText(tr("&Range:"));
    m_scopeBox->setItemText(0, tr("Whole history"));
    m_scopeBox->setItemText(1, tr("Selected period"));
    m_scopeBox->setToolTip(tr("Whole history: from the first join to the last message. Selected "
                              "period: the period chosen above, in whole months or weeks."));
    m_legendLow->setText(QStringLiteral("0%"));
    m_legendHigh->setText(QStringLiteral("100%"));
    m_exportCohorts->setText(tr("Export CSV…"));
    m_exportPeriods->setText(tr("Export CSV…"));
    m_exportCohorts->setToolTip(tr("Save the cohort table as CSV (UTF-8, opens in Excel)"));
    m_exportPeriods->setToolTip(tr("Save the period retention table as CSV (UTF-8, opens in "
                                   "Excel)"));
    updateTexts();
    m_cohortModel->retranslate();
    m_periodModel->retranslate();
}

} // namespace kindred
