#include "LevelsPage.h"

#include "Theme.h"
#include "charts/LevelMovementChart.h"
#include "models/CsvExport.h"
#include "models/LeaderboardModel.h"
#include "models/LevelCountModel.h"
#include "models/LevelMonthModel.h"
#include "models/ModelRoles.h"
#include "widgets/Card.h"
#include "widgets/LevelRulesEditor.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDoubleSpinBox>
#include <QEvent>
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
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace kindred {
namespace {

/// The page icon: four rising steps (drawn in `color`; white when selected).
QIcon levelsIcon(const QColor &color)
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
            for (int i = 0; i < 4; ++i) {
                p.setBrush(c);
                p.setOpacity(0.55 + 0.15 * i);
                const double h = 14 + 13 * i;
                p.drawRoundedRect(QRectF(6 + 13.5 * i, 58 - h, 11, h), 2, 2);
            }
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
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 12);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

/// Fixes the height of a short table to show all its rows without a scroll bar.
void fitRows(QTableView *t)
{
    int h = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth() + 2;
    for (int r = 0; r < t->model()->rowCount(); ++r)
        h += t->rowHeight(r);
    t->setFixedHeight(h);
}

QDoubleSpinBox *weightBox(const QString &name)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(name);
    box->setRange(0.0, 10.0);
    box->setDecimals(2);
    box->setSingleStep(0.05);
    return box;
}

} // namespace

LevelsPage::LevelsPage(QWidget *parent)
    : Page(parent), m_intro(new QLabel), m_countCard(new Card),
      m_countTable(makeTable(QStringLiteral("levelCountTable"))),
      m_countModel(new LevelCountModel(this)), m_levelNote(new QLabel), m_chartCard(new Card),
      m_chart(new QChartView), m_monthCard(new Card),
      m_monthTable(makeTable(QStringLiteral("levelMonthTable"))),
      m_monthModel(new LevelMonthModel(this)), m_rulesCard(new Card),
      m_rulesEditor(new LevelRulesEditor), m_rulesError(new QLabel), m_resetRules(new QPushButton),
      m_applyRules(new QPushButton), m_boardCard(new Card), m_weightsLabel(new QLabel),
      m_k1(weightBox(QStringLiteral("weightK1"))), m_k2(weightBox(QStringLiteral("weightK2"))),
      m_k3(weightBox(QStringLiteral("weightK3"))), m_weightSum(new QLabel),
      m_resetWeights(new QPushButton), m_applyWeights(new QPushButton), m_export(new QPushButton),
      m_boardTable(makeTable(QStringLiteral("leaderboardTable"))),
      m_boardModel(new LeaderboardModel(this)), m_boardProxy(new QSortFilterProxyModel(this)),
      m_memberCard(new Card), m_breakdown(new QLabel)
{
    m_intro->setObjectName(QStringLiteral("levelsIntro"));
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);

    // Counts per level; selecting a row filters the leaderboard.
    m_countTable->setModel(m_countModel);
    m_countTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countTable->horizontalHeader()->setSectionResizeMode(LevelCountModel::Rule,
                                                           QHeaderView::Stretch);
    m_countTable->setWordWrap(true);
    m_levelNote->setObjectName(QStringLiteral("levelNote"));
    m_levelNote->setWordWrap(true);
    m_levelNote->setForegroundRole(QPalette::PlaceholderText);
    m_countCard->addWidget(m_countTable);
    m_countCard->addWidget(m_levelNote);
    m_countCard->addWidget(new QWidget, 1);
    connect(m_countTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectLevel(current.data(LevelCountModel::LevelRole).toInt());
            });

    // Monthly movement: table and chart.
    m_monthTable->setModel(m_monthModel);
    m_monthTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_monthTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthCard->addWidget(m_monthTable);
    m_monthCard->addWidget(new QWidget, 1);
    m_chart->setObjectName(QStringLiteral("levelMovementChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(320, 260);
    m_chartCard->addWidget(m_chart, 1);

    // Level rules.
    m_rulesCard->setObjectName(QStringLiteral("levelRulesCard"));
    m_rulesError->setObjectName(QStringLiteral("levelRulesError"));
    m_rulesError->setWordWrap(true);
    m_rulesError->hide();
    m_resetRules->setObjectName(QStringLiteral("resetLevelRules"));
    m_applyRules->setObjectName(QStringLiteral("applyLevelRules"));
    auto *ruleButtons = new QWidget;
    auto *ruleButtonLayout = new QHBoxLayout(ruleButtons);
    ruleButtonLayout->setContentsMargins(0, 4, 0, 0);
    ruleButtonLayout->addWidget(m_rulesError, 1);
    ruleButtonLayout->addStretch();
    ruleButtonLayout->addWidget(m_resetRules);
    ruleButtonLayout->addWidget(m_applyRules);
    m_rulesCard->addWidget(m_rulesEditor);
    m_rulesCard->addWidget(ruleButtons);
    m_rulesCard->addWidget(new QWidget, 1);
    connect(m_rulesEditor, &LevelRulesEditor::edited, this, &LevelsPage::updateButtons);
    connect(m_applyRules, &QPushButton::clicked, this, &LevelsPage::applyLevelRules);
    connect(m_resetRules, &QPushButton::clicked, this, [this]() {
        m_rulesEditor->setRules(LevelRules{});
        applyLevelRules();
    });

    // Leaderboard with its weights.
    m_resetWeights->setObjectName(QStringLiteral("resetWeights"));
    m_applyWeights->setObjectName(QStringLiteral("applyWeights"));
    m_weightSum->setObjectName(QStringLiteral("weightSum"));
    m_export->setObjectName(QStringLiteral("exportLeaderboardCsv"));
    auto *weightBar = new QWidget;
    auto *weightLayout = new QHBoxLayout(weightBar);
    weightLayout->setContentsMargins(0, 4, 0, 4);
    weightLayout->setSpacing(6);
    weightLayout->addWidget(m_weightsLabel);
    for (QDoubleSpinBox *box : {m_k1, m_k2, m_k3}) {
        auto *label = new QLabel;
        label->setBuddy(box);
        m_weightLabels.append(label);
        weightLayout->addWidget(label);
        weightLayout->addWidget(box);
        connect(box, &QDoubleSpinBox::valueChanged, this, &LevelsPage::updateButtons);
    }
    weightLayout->addWidget(m_weightSum);
    weightLayout->addSpacing(8);
    weightLayout->addWidget(m_resetWeights);
    weightLayout->addWidget(m_applyWeights);
    weightLayout->addStretch();
    weightLayout->addWidget(m_export);
    connect(m_applyWeights, &QPushButton::clicked, this, &LevelsPage::applyWeights);
    connect(m_resetWeights, &QPushButton::clicked, this, [this]() {
        setWeightEditors(ContributionRules{});
        applyWeights();
    });
    connect(m_export, &QPushButton::clicked, this, &LevelsPage::chooseCsvFile);
    m_boardProxy->setSourceModel(m_boardModel);
    m_boardProxy->setSortRole(SortRole);
    m_boardProxy->setFilterRole(LeaderboardModel::LevelRole);
    m_boardProxy->setFilterKeyColumn(LeaderboardModel::LevelColumn);
    m_boardTable->setModel(m_boardProxy);
    m_boardTable->setSortingEnabled(true);
    m_boardTable->sortByColumn(LeaderboardModel::Rank, Qt::AscendingOrder);
    m_boardTable->setAlternatingRowColors(true);
    m_boardTable->setTextElideMode(Qt::ElideRight);
    m_boardTable->horizontalHeader()->setStretchLastSection(true);
    m_boardTable->setMinimumHeight(360);
    m_boardCard->addWidget(weightBar);
    m_boardCard->addWidget(m_boardTable, 1);
    connect(m_boardTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit memberRequested(index.data(IdRole).toLongLong());
    });
    connect(m_boardTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showMember(current); });

    m_breakdown->setObjectName(QStringLiteral("memberBreakdown"));
    m_breakdown->setWordWrap(true);
    m_breakdown->setTextFormat(Qt::RichText);
    m_breakdown->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_breakdown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breakdown->setMinimumWidth(260);
    m_memberCard->addWidget(m_breakdown, 1);

    // Layout: counts beside the monthly movement; the rules; the leaderboard beside the
    // selected member. Scrolls when small.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_countCard, 6);
    top->addWidget(m_chartCard, 5);
    layout->addLayout(top);
    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    middle->addWidget(m_monthCard, 5);
    middle->addWidget(m_rulesCard, 6);
    layout->addLayout(middle);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    bottom->addWidget(m_boardCard, 3);
    bottom->addWidget(m_memberCard, 1);
    layout->addLayout(bottom, 1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("levelsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setContentWidget(scroll);
    setWeightEditors(ContributionRules{});
    retranslateUi();
}

QString LevelsPage::title() const
{
    return tr("Levels & contribution");
}

QIcon LevelsPage::icon(const QColor &color) const
{
    return levelsIcon(color);
}

ContributionRules LevelsPage::editedWeights() const
{
    ContributionRules r = m_data.contributionRules;
    r.k1 = m_k1->value();
    r.k2 = m_k2->value();
    r.k3 = m_k3->value();
    return r;
}

void LevelsPage::setWeightEditors(const ContributionRules &rules)
{
    for (const auto &[box, value] :
         {std::pair{m_k1, rules.k1}, std::pair{m_k2, rules.k2}, std::pair{m_k3, rules.k3}}) {
        const QSignalBlocker block(box);
        box->setValue(value);
    }
    updateButtons();
}

void LevelsPage::updateButtons()
{
    QString error;
    const LevelRules rules = m_rulesEditor->rules();
    const bool rulesValid = rules.validate(&error);
    m_rulesError->setText(rulesValid ? QString() : error);
    m_rulesError->setVisible(!rulesValid);
    m_applyRules->setEnabled(m_hasData && rulesValid && !(rules == m_data.levelRules));
    m_resetRules->setEnabled(m_hasData &&
                             !(m_data.levelRules == LevelRules{} && rules == m_data.levelRules));
    const ContributionRules weights = editedWeights();
    QString weightError;
    const bool weightsValid = weights.validate(&weightError);
    m_weightSum->setText(tr("sum %1").arg(
        QLocale().toString(m_k1->value() + m_k2->value() + m_k3->value(), 'f', 2)));
    m_weightSum->setToolTip(weightsValid ? tr("Q sums to k1 + k2 + k3 over all members")
                                         : weightError);
    m_applyWeights->setEnabled(m_hasData && weightsValid && !(weights == m_data.contributionRules));
    const ContributionRules defaults;
    m_resetWeights->setEnabled(
        m_hasData &&
        !(weights.k1 == defaults.k1 && weights.k2 == defaults.k2 && weights.k3 == defaults.k3));
}

void LevelsPage::applyLevelRules()
{
    QString error;
    const LevelRules rules = m_rulesEditor->rules();
    if (!rules.validate(&error) || context().workspacePath.isEmpty())
        return updateButtons();
    m_applyRules->setEnabled(false);
    startLoad(rules, std::nullopt);
}

void LevelsPage::applyWeights()
{
    QString error;
    const ContributionRules weights = editedWeights();
    if (!weights.validate(&error) || context().workspacePath.isEmpty())
        return updateButtons();
    m_applyWeights->setEnabled(false);
    startLoad(std::nullopt, weights);
}

void LevelsPage::load()
{
    startLoad(std::nullopt, std::nullopt);
}

void LevelsPage::startLoad(const std::optional<LevelRules> &levelRules,
                           const std::optional<ContributionRules> &weights)
{
    const Period period = context().period;
    query<LevelsData>(
        [period, levelRules, weights](Database &db, LevelsData *out, QString *error) {
            if (levelRules || weights) {
                QString saveError;
                out->saved =
                    levelRules ? levelRules->save(db, &saveError) : weights->save(db, &saveError);
                out->saveError = saveError;
            }
            AnalyticsSource source(db);
            if (!source.load(error))
                return false;
            out->levelRules = LevelRules::load(db);
            out->contributionRules = ContributionRules::load(db);
            out->day = period.to;
            const LevelCalculator levels(source, out->levelRules);
            out->levels = levels.levelsAt(period.to);
            out->counts = LevelCalculator::counts(out->levels);
            const QDate first = QDate(period.to.year(), period.to.month(), 1).addMonths(-11);
            out->months = levels.monthly(first, period.to);
            return ContributionScore(source, out->contributionRules)
                .compute(period, &out->board, error);
        },
        [this](const LevelsData &data) { showData(data); });
}

void LevelsPage::showData(const LevelsData &data)
{
    const LevelRules editedRules = m_rulesEditor->rules();
    const ContributionRules editedK = editedWeights();
    m_data = data;
    m_hasData = !data.board.rows.isEmpty();
    if (data.saved) {
        emit statusMessage(tr("Level rules and contribution weights saved in the workspace"));
        emit levelRulesChanged();
    }
    if (data.saveError.isEmpty()) {
        m_rulesEditor->setRules(data.levelRules);
        setWeightEditors(data.contributionRules);
    } else {
        m_rulesEditor->setRules(editedRules); // keep what the user typed, say why not saved
        setWeightEditors(editedK);
        m_rulesError->setText(data.saveError);
        m_rulesError->show();
    }
    updateButtons();
    if (!m_hasData) {
        m_countModel->clear();
        m_monthModel->setMonths({});
        m_boardModel->setBoard({}, {});
        showNoData();
        return;
    }
    m_countModel->setCounts(data.counts, data.levelRules, data.day);
    m_countTable->resizeRowsToContents();
    fitRows(m_countTable);
    m_monthModel->setMonths(data.months);
    fitRows(m_monthTable);
    m_boardModel->setBoard(data.board, data.levels);
    {
        // Qt measures at most 1,000 rows (resizeContentsPrecision): cheap on big boards.
        m_boardTable->resizeColumnsToContents();
        for (int c = 0; c < LeaderboardModel::Badges; ++c)
            m_boardTable->setColumnWidth(c, qMin(m_boardTable->columnWidth(c) + 8, 200));
    }
    renderChart();
    selectLevel(m_level);
    updateHeadings();
    // Keep the selected member when they are still listed, else select the first row.
    QModelIndex select = m_boardProxy->index(0, 0);
    for (int r = 0; r < m_boardProxy->rowCount() && m_selectedMember != 0; ++r)
        if (m_boardProxy->index(r, 0).data(IdRole).toLongLong() == m_selectedMember)
            select = m_boardProxy->index(r, 0);
    m_boardTable->setCurrentIndex(select);
    showMember(select);
    showContent();
}

void LevelsPage::selectLevel(int level)
{
    m_level = level >= 1 && level <= kLevelCount ? level : 0;
    m_boardProxy->setFilterRegularExpression(
        m_level == 0 ? QRegularExpression()
                     : QRegularExpression(QStringLiteral("^%1$").arg(m_level)));
    if (m_countModel->hasData()) {
        const int row = m_level == 0 ? LevelCountModel::TotalRow : m_level - 1;
        if (m_countTable->currentIndex().row() != row)
            m_countTable->setCurrentIndex(m_countModel->index(row, 0));
    }
    updateHeadings();
}

void LevelsPage::showMember(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_breakdown->setText(tr("Select a member in the leaderboard to see how their score, "
                                "points, badges and level were computed."));
        return;
    }
    const qint64 id = proxyIndex.data(IdRole).toLongLong();
    const ContributionRow *row = m_data.board.row(id);
    if (row == nullptr)
        return;
    m_selectedMember = id;
    const MemberLevel level = m_boardModel->level(id);
    auto lines = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    // One line per badge; the helper-of-the-month badges in one line with their months.
    QString badges;
    QStringList helperMonths;
    for (const Badge &b : row->badges) {
        if (b.kind == BadgeKind::HelperOfMonth)
            helperMonths.append(b.month.toString(QStringLiteral("yyyy-MM")));
        else
            badges += QStringLiteral("<li>%1</li>").arg(b.text().toHtmlEscaped());
    }
    if (!helperMonths.isEmpty())
        badges += QStringLiteral("<li>%1</li>")
                      .arg(tr("%1 ×%2: %3")
                               .arg(Badge::label(BadgeKind::HelperOfMonth))
                               .arg(helperMonths.size())
                               .arg(helperMonths.join(QStringLiteral(", ")))
                               .toHtmlEscaped());
    m_breakdown->setText(
        tr("<p><b>%1</b> — rank %2 of %3, Q = %4</p><p><b>Level</b>: %5</p><p><b>Score</b><br>"
           "%6</p><p><b>Badges</b></p><ul>%7</ul><p><i>Double-click the row to open the "
           "member.</i></p>")
            .arg(row->name.toHtmlEscaped(), QLocale().toString(row->rank),
                 QLocale().toString(m_data.board.rows.size()), QLocale().toString(row->q, 'f', 4),
                 lines(level.why), lines(m_data.board.why(*row, false)),
                 badges.isEmpty() ? QStringLiteral("<li>%1</li>").arg(tr("none yet")) : badges));
}

void LevelsPage::updateHeadings()
{
    const QLocale locale;
    const QString level = m_level == 0 ? tr("all levels") : LevelCalculator::name(Level(m_level));
    m_boardCard->setHeading(tr("Contribution leaderboard (%1: %2 of %3 members)")
                                .arg(level, locale.toString(m_boardProxy->rowCount()),
                                     locale.toString(m_boardModel->rowCount())));
    m_export->setEnabled(m_boardProxy->rowCount() > 0);
    if (m_hasData) {
        const Period p = m_data.board.period;
        m_intro->setText(tr("Levels on %1, the last day of the period; leaderboard, points and "
                            "monthly movement up to it (period %2 – %3). Badges count all "
                            "history up to %1.")
                             .arg(p.to.toString(Qt::ISODate), p.from.toString(Qt::ISODate),
                                  p.to.toString(Qt::ISODate)));
    }
}

void LevelsPage::renderChart()
{
    m_renderQueued = false;
    if (!m_hasData)
        return;
    ChartFactory::Style style;
    style.dark = Theme::isDark();
    style.font = font();
    QChart *chart = LevelMovementChart::monthlyMovement(m_data.months, style);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        const auto sets = bars->barSets();
        for (int i = 0; i < sets.size(); ++i)
            sets.at(i)->setProperty("column", LevelMonthModel::Up + i);
        connect(bars, &QAbstractBarSeries::hovered, m_chart,
                [this](bool state, int index, QBarSet *set) {
                    if (!state || index < 0 || index >= m_monthModel->rowCount()) {
                        QToolTip::hideText();
                        return;
                    }
                    const int column = set->property("column").toInt();
                    QToolTip::showText(
                        QCursor::pos(),
                        m_monthModel->index(index, column).data(Qt::ToolTipRole).toString(),
                        m_chart);
                });
    }
}

bool LevelsPage::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::write(*m_boardProxy, path, error);
}

void LevelsPage::chooseCsvFile()
{
    const Period p = context().period;
    const QString suggested = QStringLiteral("leaderboard-%1-%2.csv")
                                  .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the leaderboard as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    emit statusMessage(
        tr("Exported %n member(s) to %1", nullptr, m_boardProxy->rowCount()).arg(path));
}

void LevelsPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    const auto type = event->type();
    if ((type == QEvent::PaletteChange || type == QEvent::FontChange) && m_hasData &&
        !m_renderQueued) {
        m_renderQueued = true; // several changes arrive together: draw once
        QTimer::singleShot(0, this, &LevelsPage::renderChart);
    }
}

void LevelsPage::retranslateUi()
{
    m_countCard->setHeading(tr("Members per level"));
    m_countCard->setToolTip(tr("Orbit levels: Exploring, Participating, Contributing, Leading. "
                               "The highest level whose rule holds is earned; promotion at "
                               "once, demotion only at the month-end review. Select a row to "
                               "list its members below."));
    m_levelNote->setText(tr("A member holds the highest level whose rule they meet: "
                            "promoted the same day, moved down only at the month-end review "
                            "(the last day of each month). Select a level to list its members "
                            "in the leaderboard."));
    m_monthCard->setHeading(tr("Moved up, held, moved down each month"));
    m_monthCard->setToolTip(tr("Members present at the end of the previous month and of this "
                               "one, by how their level changed between the two."));
    m_chartCard->setHeading(tr("Level movement of the last twelve months"));
    m_chartCard->setToolTip(tr("Share of the members present at both month ends who moved up, "
                               "held or moved down a level. Hover a bar for the numbers."));
    m_rulesCard->setHeading(tr("Level rules"));
    m_rulesCard->setToolTip(tr("The milestones of each level (presence, contributions, "
                               "activity weight), saved in the workspace."));
    m_rulesEditor->retranslateUi();
    m_applyRules->setText(tr("Apply"));
    m_applyRules->setToolTip(tr("Save these rules in the workspace and recompute every level"));
    m_resetRules->setText(tr("Reset to defaults"));
    m_resetRules->setToolTip(tr("Restore the default level rules and save them"));
    m_rulesError->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::negative().name()));
    m_weightsLabel->setText(tr("Weights of Q:"));
    const QString tips[] = {
        tr("k1: weight of the member's share of all interactions (replies and reactions "
           "given). Default 0.3."),
        tr("k2: weight of the member's share of all messages posted. Default 0.3."),
        tr("k3: weight of the member's share of all knowledge posts (long posts of at least "
           "%1 characters, links, code, files). Default 0.4.")
            .arg(m_data.contributionRules.longPostChars)};
    const QString labels[] = {tr("k1 interactions"), tr("k2 content"), tr("k3 knowledge")};
    const QList<QDoubleSpinBox *> boxes{m_k1, m_k2, m_k3};
    for (int i = 0; i < 3; ++i) {
        m_weightLabels.at(i)->setText(labels[i]);
        m_weightLabels.at(i)->setToolTip(tips[i]);
        boxes.at(i)->setToolTip(tips[i]);
    }
    m_applyWeights->setText(tr("Apply"));
    m_applyWeights->setToolTip(tr("Save the weights in the workspace and rank again"));
    m_resetWeights->setText(tr("Defaults"));
    m_resetWeights->setToolTip(tr("Restore k1 = 0.3, k2 = 0.3, k3 = 0.4 and save them"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the leaderboard rows listed as a CSV file that Excel opens "
                            "correctly (UTF-8 with BOM)"));
    m_memberCard->setHeading(tr("Selected member"));
    m_countModel->retranslate();
    m_monthModel->retranslate();
    m_boardModel->retranslate();
    updateButtons();
    updateHeadings();
    if (m_hasData) {
        showMember(m_boardTable->currentIndex());
        renderChart();
    }
}

} // namespace kindred
