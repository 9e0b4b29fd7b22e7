#include "SegmentsPage.h"

#include "Theme.h"
#include "charts/ChartFactory.h"
#include "charts/SegmentFlowChart.h"
#include "models/CsvExport.h"
#include "models/MemberFilterProxy.h"
#include "models/MemberTableModel.h"
#include "models/ModelRoles.h"
#include "models/SegmentCountModel.h"
#include "models/SegmentFlowModel.h"
#include "widgets/Card.h"
#include "widgets/SegmentRulesEditor.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace kindred {
namespace {

/// The page icon: a ring cut into five arcs of decreasing opacity (drawn in `color`; white when
/// selected).
QIcon segmentsIcon(const QColor &color)
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
            const int spans[] = {110, 80, 70, 55, 45};
            int start = 90 * 16;
            for (int i = 0; i < 5; ++i) {
                p.setOpacity(1.0 - 0.15 * i);
                p.setPen(QPen(c, 11, Qt::SolidLine, Qt::FlatCap));
                p.drawArc(QRectF(10, 10, 44, 44), start, -(spans[i] - 6) * 16);
                start -= spans[i] * 16;
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

} // namespace

SegmentsPage::SegmentsPage(QWidget *parent)
    : Page(parent), m_comparison(new QLabel), m_rules(new SegmentRulesEditor),
      m_countCard(new Card), m_countTable(makeTable(QStringLiteral("segmentCountTable"))),
      m_countModel(new SegmentCountModel(this)), m_overlayNote(new QLabel), m_flowCard(new Card),
      m_monthLabel(new QLabel), m_month(new QComboBox),
      m_flowTable(makeTable(QStringLiteral("segmentFlowTable"))),
      m_flowModel(new SegmentFlowModel(this)), m_flowSummary(new QLabel), m_chartCard(new Card),
      m_chart(new QChartView), m_memberCard(new Card), m_search(new QLineEdit),
      m_memberCount(new QLabel), m_export(new QPushButton),
      m_memberTable(makeTable(QStringLiteral("segmentMemberTable"))),
      m_memberModel(new MemberTableModel(this)), m_memberProxy(new MemberFilterProxy(this))
{
    m_comparison->setObjectName(QStringLiteral("segmentsComparison"));
    m_comparison->setForegroundRole(QPalette::PlaceholderText);
    m_comparison->setWordWrap(true);

    connect(m_rules, &SegmentRulesEditor::applyRequested, this,
            [this](const SegmentRules &rules) { startLoad(rules); });

    // Counts.
    m_countTable->setModel(m_countModel);
    m_countTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countTable->horizontalHeader()->setSectionResizeMode(SegmentCountModel::SegmentColumn,
                                                           QHeaderView::Stretch);
    m_overlayNote->setObjectName(QStringLiteral("overlayNote"));
    m_overlayNote->setWordWrap(true);
    m_overlayNote->setForegroundRole(QPalette::PlaceholderText);
    m_countCard->addWidget(m_countTable);
    m_countCard->addWidget(m_overlayNote);
    m_countCard->addWidget(new QWidget, 1); // keeps the table at the top of a taller card
    connect(m_countTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectSegment(current.data(SegmentRole).toInt());
            });

    // Flow.
    m_month->setObjectName(QStringLiteral("flowMonth"));
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_flowTable->setModel(m_flowModel);
    m_flowTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_flowTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_flowTable->horizontalHeader()->setSectionResizeMode(SegmentFlowModel::FromColumn,
                                                          QHeaderView::Stretch);
    m_flowSummary->setObjectName(QStringLiteral("flowSummary"));
    m_flowSummary->setWordWrap(true);
    m_flowSummary->setForegroundRole(QPalette::PlaceholderText);
    auto *monthRow = new QWidget;
    auto *monthLayout = new QHBoxLayout(monthRow);
    monthLayout->setContentsMargins(0, 4, 0, 4);
    monthLayout->addWidget(m_monthLabel);
    monthLayout->addWidget(m_month);
    monthLayout->addStretch();
    m_flowCard->addWidget(monthRow);
    m_flowCard->addWidget(m_flowTable);
    m_flowCard->addWidget(m_flowSummary);
    m_flowCard->addWidget(new QWidget, 1);
    connect(m_month, &QComboBox::currentIndexChanged, this, &SegmentsPage::showMonth);

    // Chart.
    m_chart->setObjectName(QStringLiteral("segmentMonthChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(320, 170);
    m_chart->setFrameShape(QFrame::NoFrame);
    m_chartCard->addWidget(m_chart, 1);

    // Members of the selected segment.
    m_search->setObjectName(QStringLiteral("segmentMemberSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_memberCount->setObjectName(QStringLiteral("segmentMemberCount"));
    m_export->setObjectName(QStringLiteral("exportSegmentCsv"));
    m_memberProxy->setSourceModel(m_memberModel);
    m_memberTable->setModel(m_memberProxy);
    m_memberTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberTable->setSortingEnabled(true);
    m_memberTable->sortByColumn(MemberTableModel::MessagesInPeriod, Qt::DescendingOrder);
    m_memberTable->setAlternatingRowColors(true);
    m_memberTable->horizontalHeader()->setStretchLastSection(true);
    m_memberTable->setMinimumHeight(130);
    auto *memberBar = new QWidget;
    auto *memberLayout = new QHBoxLayout(memberBar);
    memberLayout->setContentsMargins(0, 4, 0, 4);
    memberLayout->addWidget(m_search);
    memberLayout->addStretch();
    memberLayout->addWidget(m_memberCount);
    memberLayout->addSpacing(8);
    memberLayout->addWidget(m_export);
    m_memberCard->addWidget(memberBar);
    m_memberCard->addWidget(m_memberTable, 1);
    connect(m_search, &QLineEdit::textChanged, m_memberProxy, &MemberFilterProxy::setNameFilter);
    connect(m_export, &QPushButton::clicked, this, &SegmentsPage::chooseCsvFile);
    connect(m_memberTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit memberRequested(index.data(IdRole).toLongLong());
    });
    connect(m_memberProxy, &QAbstractItemModel::modelReset, this,
            &SegmentsPage::updateMemberHeading);
    connect(m_memberProxy, &QAbstractItemModel::layoutChanged, this,
            &SegmentsPage::updateMemberHeading);
    connect(m_memberProxy, &QAbstractItemModel::rowsInserted, this,
            &SegmentsPage::updateMemberHeading);
    connect(m_memberProxy, &QAbstractItemModel::rowsRemoved, this,
            &SegmentsPage::updateMemberHeading);

    // Layout: rules; counts beside the flow; members beside the chart. Scrolls when small.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_comparison);
    layout->addWidget(m_rules);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_countCard, 5);
    top->addWidget(m_flowCard, 6);
    layout->addLayout(top);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    bottom->addWidget(m_memberCard, 3);
    bottom->addWidget(m_chartCard, 2);
    layout->addLayout(bottom, 1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("segmentsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setContentWidget(scroll);
    retranslateUi();
}

QString SegmentsPage::title() const
{
    return tr("Segments");
}

QIcon SegmentsPage::icon(const QColor &color) const
{
    return segmentsIcon(color);
}

void SegmentsPage::load()
{
    startLoad(std::nullopt);
}

void SegmentsPage::startLoad(const std::optional<SegmentRules> &save)
{
    const Period period = context().period;
    query<SegmentsData>(
        [period, save](Database &db, SegmentsData *out, QString *error) {
            if (save) {
                QString saveError;
                out->saved = save->save(db, &saveError);
                out->saveError = saveError;
            }
            AnalyticsSource source(db);
            if (!source.load(error))
                return false;
            out->rules = SegmentRules::load(db);
            const SegmentFlow flow(source, out->rules);
            out->breakdown = flow.breakdown(period);
            out->months = flow.monthly(SegmentFlow::monthsEnding(period.to, 12));
            out->members = MemberDirectory(flow.calculator(), source).rows(period);
            out->timezone = source.clock().zone().id();
            return true;
        },
        [this](const SegmentsData &data) { showData(data); });
}

void SegmentsPage::showData(const SegmentsData &data)
{
    const QString previousMonth =
        m_month->currentIndex() >= 0 ? m_month->currentText().left(7) : QString();
    const SegmentRules edited = m_rules->edited();
    m_data = data;
    m_hasData = data.breakdown.total() > 0;
    if (data.saved) {
        emit statusMessage(tr("Segment rules saved: churned after %1 days, newcomer for %2 "
                              "days, active on %3 of %4 days")
                               .arg(data.rules.churnDays)
                               .arg(data.rules.newcomerDays)
                               .arg(data.rules.activeMinDays)
                               .arg(data.rules.windowDays));
        emit segmentRulesChanged();
    }
    m_rules->setSaved(data.rules, m_hasData);
    if (!data.saveError.isEmpty()) {
        m_rules->setEdited(edited); // keep what the user typed, and say why it was not saved
        m_rules->showError(data.saveError);
    }
    if (!m_hasData) {
        m_countModel->clear();
        m_flowModel->clear();
        m_memberModel->setRows({}, QTimeZone::utc(), data.rules.windowDays);
        showNoData();
        return;
    }

    updateComparison();
    m_countModel->setBreakdown(data.breakdown, data.rules);
    fitRows(m_countTable);
    {
        // Never narrower than its columns (segment names included): the flow card gives way.
        int width = 2 * m_countTable->frameWidth();
        for (int c = 0; c < SegmentCountModel::ColumnCount; ++c)
            width += std::max(
                m_countTable->horizontalHeader()->sectionSizeHint(c),
                static_cast<const QAbstractItemView *>(m_countTable)->sizeHintForColumn(c));
        m_countTable->setMinimumWidth(width);
    }
    fillMonths(previousMonth);
    renderChart();

    m_memberModel->setRows(data.members, QTimeZone(data.timezone), data.rules.windowDays);
    selectSegment(m_segment);
    showContent();
}

void SegmentsPage::updateComparison()
{
    const Period p = m_data.breakdown.period;
    const Period prev = m_data.breakdown.previousPeriod;
    m_comparison->setText(tr("Segments at the end of %1 (period %2 – %3), compared with the end "
                             "of %4, the last day of the previous period of the same length.")
                              .arg(p.to.toString(Qt::ISODate), p.from.toString(Qt::ISODate),
                                   p.to.toString(Qt::ISODate), prev.to.toString(Qt::ISODate)));
}

void SegmentsPage::fillMonths(const QString &keep)
{
    {
        const QSignalBlocker block(m_month);
        m_month->clear();
        int select = int(m_data.months.size()) - 1;
        for (int i = 0; i < m_data.months.size(); ++i) {
            const MonthFlow &f = m_data.months.at(i);
            m_month->addItem(f.complete
                                 ? f.label()
                                 : tr("%1 (to %2)").arg(f.label(), f.after.toString(Qt::ISODate)),
                             i);
            if (f.label() == keep)
                select = i;
        }
        m_month->setCurrentIndex(select);
    }
    showMonth(m_month->currentIndex());
}

void SegmentsPage::showMonth(int index)
{
    if (index < 0 || index >= m_data.months.size()) {
        m_flowModel->clear();
        m_flowSummary->clear();
        return;
    }
    const MonthFlow &f = m_data.months.at(index);
    m_flowModel->setFlow(f, m_data.rules);
    fitRows(m_flowTable);
    const QLocale locale;
    m_flowSummary->setText(
        tr("End of %1 → end of %2: %3 members + %4 new = %5. %6 stayed in their segment, %7 "
           "moved to another.")
            .arg(f.before.toString(Qt::ISODate), f.after.toString(Qt::ISODate),
                 locale.toString(f.membersBefore()), locale.toString(f.newMembers()),
                 locale.toString(f.membersAfter()), locale.toString(f.stayed()),
                 locale.toString(f.membersBefore() - f.stayed())));
}

void SegmentsPage::renderChart()
{
    m_renderQueued = false;
    if (!m_hasData)
        return;
    ChartFactory::Style style;
    style.dark = Theme::isDark();
    style.font = font();
    QChart *chart = SegmentFlowChart::monthlyCounts(m_data.months, style);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        connect(bars, &QAbstractBarSeries::hovered, m_chart,
                [this, bars](bool state, int index, QBarSet *set) {
                    const int segment = int(bars->barSets().indexOf(set));
                    if (!state || index < 0 || index >= m_data.months.size() || segment < 0) {
                        QToolTip::hideText();
                        return;
                    }
                    QToolTip::showText(QCursor::pos(),
                                       SegmentFlowChart::tooltip(m_data.months.at(index),
                                                                 Segment(segment), m_data.rules),
                                       m_chart);
                });
        connect(bars, &QAbstractBarSeries::clicked, m_chart,
                [this](int index, QBarSet *) { m_month->setCurrentIndex(index); });
    }
}

void SegmentsPage::selectSegment(int segment)
{
    m_segment = segment >= 0 && segment < kSegmentCount ? segment : -1;
    m_memberProxy->setSegmentFilter(m_segment);
    if (m_countModel->hasData()) {
        const int row = m_segment < 0 ? SegmentCountModel::TotalRow : m_segment;
        if (m_countTable->currentIndex().row() != row)
            m_countTable->setCurrentIndex(m_countModel->index(row, 0));
    }
    updateMemberHeading();
}

void SegmentsPage::updateMemberHeading()
{
    const QLocale locale;
    const QString name =
        m_segment < 0 ? tr("all segments") : ChartFactory::segmentName(Segment(m_segment));
    m_memberCard->setHeading(tr("Members: %1").arg(name));
    m_memberCard->setToolTip(
        m_segment < 0
            ? tr("Every member at the end of the period. Double-click a member to open them.")
            : tr("Members in this segment at the end of the period: %1.\nDouble-click a member "
                 "to open them.")
                  .arg(SegmentCountModel::ruleText(Segment(m_segment), m_data.rules)));
    int inSegment = m_memberModel->rowCount();
    if (m_segment >= 0 && m_countModel->hasData())
        inSegment = m_data.breakdown.current.at(size_t(m_segment));
    m_memberCount->setText(
        tr("%1 of %2 members")
            .arg(locale.toString(m_memberProxy->rowCount()), locale.toString(inSegment)));
    m_export->setEnabled(m_memberProxy->rowCount() > 0);
}

bool SegmentsPage::exportCsv(const QString &path, QString *error) const
{
    return CsvExport::write(*m_memberProxy, path, error);
}

void SegmentsPage::chooseCsvFile()
{
    const Period p = context().period;
    const QString segment =
        m_segment < 0 ? QStringLiteral("all") : Segmentation::key(Segment(m_segment));
    const QString suggested =
        QStringLiteral("segment-%1-%2.csv").arg(segment, p.to.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export members as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    emit statusMessage(
        tr("Exported %n member(s) to %1", nullptr, m_memberProxy->rowCount()).arg(path));
}

void SegmentsPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    const auto type = event->type();
    if ((type == QEvent::PaletteChange || type == QEvent::FontChange) && m_hasData &&
        !m_renderQueued) {
        m_renderQueued = true; // several changes arrive together: draw once
        QTimer::singleShot(0, this, &SegmentsPage::renderChart);
    }
}

void SegmentsPage::retranslateUi()
{
    m_countCard->setHeading(tr("Members per segment"));
    m_overlayNote->setText(
        tr("Banned and muted: overlays from each member's status now; flagged: members with "
           "at least one open moderation flag now (see Moderation). Overlaid members keep their "
           "segment. Select a row to list its members."));
    m_flowCard->setHeading(tr("Flow between segments"));
    m_flowCard->setToolTip(tr("Rows: segment at the end of the previous month, or New (not yet "
                              "a member then). Columns: segment at the end of the month. Row "
                              "totals are the previous month's counts, column totals this "
                              "month's counts."));
    m_monthLabel->setText(tr("Month:"));
    m_chartCard->setHeading(tr("Segments at the end of each month"));
    m_chartCard->setToolTip(tr("Members per segment at the end of each of the last twelve months "
                               "(the last one ends with the period). Click a bar to show that "
                               "month's flow."));
    m_search->setPlaceholderText(tr("Search by name…"));
    m_search->setToolTip(tr("Shows members whose name contains this text (any case)"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the members listed as a CSV file that Excel opens correctly "
                            "(UTF-8 with BOM)"));
    m_countModel->retranslate();
    m_flowModel->retranslate();
    m_memberModel->retranslate();
    updateMemberHeading();
    if (m_hasData) {
        updateComparison();
        fillMonths(m_month->currentText().left(7));
        renderChart();
    }
}

} // namespace kindred
