#include "EngagementPage.h"

#include "Theme.h"
#include "charts/EngagementCharts.h"
#include "models/CafMemberModel.h"
#include "models/ChannelMessagesModel.h"
#include "models/ModelRoles.h"
#include "widgets/Card.h"
#include "widgets/HeatmapWidget.h"
#include "widgets/InteractiveChartView.h"
#include "widgets/KpiCard.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace kindred {
namespace {

/// A pulse line in a rounded frame, in `color` (and white when selected in the sidebar).
QIcon pulseIcon(const QColor &color)
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
            p.setPen(QPen(c, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(6, 10, 52, 44), 8, 8);
            QPainterPath pulse;
            pulse.moveTo(12, 36);
            pulse.lineTo(22, 36);
            pulse.lineTo(28, 22);
            pulse.lineTo(36, 46);
            pulse.lineTo(42, 30);
            pulse.lineTo(52, 30);
            p.drawPath(pulse);
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}

QTableView *makeTable(const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QString percent(double share, int decimals = 1)
{
    return QLocale().toString(share * 100.0, 'f', decimals) + QLatin1Char('%');
}

} // namespace

EngagementPage::EngagementPage(QWidget *parent)
    : Page(parent), m_summary(new QLabel), m_activity(new InteractiveChartView),
      m_channels(new InteractiveChartView), m_newReturning(new InteractiveChartView),
      m_heatmap(new HeatmapWidget), m_channelView(makeTable(QStringLiteral("channelTable"))),
      m_cafView(makeTable(QStringLiteral("cafTable"))), m_cafNote(new QLabel),
      m_activityCard(new Card), m_channelCard(new Card), m_channelTableCard(new Card),
      m_newReturningCard(new Card), m_heatmapCard(new Card), m_cafCard(new Card),
      m_cafModel(new CafMemberModel(this)), m_channelModel(new ChannelMessagesModel(this))
{
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    static const char *const names[KpiCount] = {"kpiMeanDau", "kpiMau", "kpiStickiness",
                                                "kpiReplyTime", "kpiCaf"};
    for (int i = 0; i < KpiCount; ++i) {
        m_cards.at(size_t(i)) = new KpiCard;
        m_cards.at(size_t(i))->setObjectName(QString::fromLatin1(names[i]));
        cards->addWidget(m_cards.at(size_t(i)));
    }
    m_summary->setObjectName(QStringLiteral("engagementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_activity->setObjectName(QStringLiteral("activityChart"));
    m_channels->setObjectName(QStringLiteral("channelChart"));
    m_newReturning->setObjectName(QStringLiteral("newReturningChart"));
    m_heatmap->setObjectName(QStringLiteral("activityHeatmap"));
    m_activity->setMinimumSize(400, 280);
    m_channels->setMinimumSize(360, 260);
    m_newReturning->setMinimumSize(300, 260);
    m_heatmap->setMinimumHeight(250);
    m_channelView->setMinimumHeight(150);
    m_cafView->setMinimumHeight(220);
    m_cafNote->setWordWrap(true);
    m_cafNote->setForegroundRole(QPalette::PlaceholderText);

    m_channelView->setModel(m_channelModel);
    m_channelView->horizontalHeader()->setSectionResizeMode(ChannelMessagesModel::Channel,
                                                            QHeaderView::Stretch);
    m_cafView->setModel(m_cafModel);
    m_cafView->horizontalHeader()->setSectionResizeMode(CafMemberModel::Member,
                                                        QHeaderView::Stretch);
    // activated: a double-click (or Enter) on a row.
    connect(m_cafView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(IdRole).toLongLong(); id > 0)
            emit memberRequested(id);
    });

    m_activityCard->addWidget(m_activity, 1);
    m_channelCard->addWidget(m_channels, 1);
    m_channelTableCard->addWidget(m_channelView, 1);
    m_newReturningCard->addWidget(m_newReturning, 1);
    m_heatmapCard->addWidget(m_heatmap, 1);
    m_cafCard->addWidget(m_cafNote);
    m_cafCard->addWidget(m_cafView, 1);

    auto *channelRow = new QHBoxLayout;
    channelRow->setSpacing(12);
    channelRow->addWidget(m_channelCard, 3);
    channelRow->addWidget(m_channelTableCard, 2);
    auto *weekRow = new QHBoxLayout;
    weekRow->setSpacing(12);
    weekRow->addWidget(m_newReturningCard, 2);
    weekRow->addWidget(m_heatmapCard, 3);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(cards);
    layout->addWidget(m_summary);
    layout->addWidget(m_activityCard);
    layout->addLayout(channelRow);
    layout->addLayout(weekRow);
    layout->addWidget(m_cafCard);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("engagementScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setContentWidget(scroll);
    retranslateUi();
}

QString EngagementPage::title() const
{
    return tr("Engagement");
}

QIcon EngagementPage::icon(const QColor &color) const
{
    return pulseIcon(color);
}

QString EngagementPage::formatDuration(double seconds)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("—");
    const QLocale locale;
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds, 'f', 0));
    if (seconds < 3600)
        return tr("%1 min").arg(locale.toString(seconds / 60.0, 'f', seconds < 600 ? 1 : 0));
    if (seconds < 86400)
        return tr("%1 h").arg(locale.toString(seconds / 3600.0, 'f', 1));
    return tr("%1 d").arg(locale.toString(seconds / 86400.0, 'f', 1));
}

void EngagementPage::load()
{
    const Period period = context().period;
    query<EngagementPageData>(
        [period](Database &db, EngagementPageData *out, QString *error) {
            AnalyticsSource source(db);
            if (!source.load(error))
                return false;
            out->timezone = source.clock().zone().id();
            return EngagementReport(source).compute(period, &out->report, error);
        },
        [this](const EngagementPageData &data) { showData(data); });
}

void EngagementPage::showData(const EngagementPageData &data)
{
    m_data = data;
    m_hasData = data.report.mau > 0 || data.report.messages > 0;
    if (!m_hasData) {
        showNoData();
        return;
    }
    m_cafModel->setFactor(data.report.caf);
    m_channelModel->setReport(data.report);
    updateTexts();
    updateHeatmap();
    renderCharts();
    showContent();
}

void EngagementPage::updateTexts()
{
    const EngagementReportData &r = m_data.report;
    const QLocale locale;
    qint64 dauSum = 0;
    for (const DailyEngagement &d : r.series)
        dauSum += d.dau;
    const int days = int(r.series.size());

    card(MeanDau)->setValue(locale.toString(r.dauMean, 'f', 1));
    card(MeanDau)->setDefinition(
        tr("Mean DAU = the sum of the daily active members over the days of the period / days "
           "= %1 / %2 = %3.\nActive = posted, replied or reacted that day (community time zone).")
            .arg(locale.toString(dauSum))
            .arg(days)
            .arg(locale.toString(r.dauMean, 'f', 2)));

    card(Mau)->setValue(locale.toString(r.mau));
    card(Mau)->setDefinition(
        tr("MAU = distinct members active in the 30 days %1 – %2 (ending on the period's last "
           "day; not a sum of DAU) = %3.")
            .arg(r.period.to.addDays(-29).toString(Qt::ISODate), r.period.to.toString(Qt::ISODate),
                 locale.toString(r.mau)));

    card(Stickiness)->setValue(percent(r.stickiness));
    card(Stickiness)
        ->setDefinition(
            tr("Stickiness = mean DAU / MAU = %1 / %2 = %3: the share of the month's active "
               "members who come on a typical day. The chart shows each day's DAU / MAU.")
                .arg(locale.toString(r.dauMean, 'f', 2), locale.toString(r.mau),
                     percent(r.stickiness)));

    const ReplyTimes &q = r.replies;
    card(ReplyTime)->setValue(formatDuration(q.medianSeconds));
    QString middle;
    if (q.answered() > 0) {
        const qsizetype n = q.delays.size();
        middle = n % 2 == 1
                     ? tr("the middle value (#%1 of %2) is %3 s")
                           .arg(n / 2 + 1)
                           .arg(n)
                           .arg(locale.toString(q.delays.at(n / 2)))
                     : tr("the mean of the two middle values (#%1 and #%2 of %3: %4 s and %5 s) "
                          "is %6 s")
                           .arg(n / 2)
                           .arg(n / 2 + 1)
                           .arg(n)
                           .arg(locale.toString(q.delays.at(n / 2 - 1)),
                                locale.toString(q.delays.at(n / 2)),
                                locale.toString(q.medianSeconds, 'f', 1));
    } else {
        middle = tr("no question was answered");
    }
    card(ReplyTime)->setDefinition(
        tr("Median time to first reply. A question is a member's message containing '?' or '？' "
           "(outside links). Its first reply is the earliest message of the same channel that "
           "replies to it, from another member.\nQuestions in the period: %1; answered: %2; "
           "unanswered: %3. Sorted by delay, %4.")
            .arg(locale.toString(q.questions), locale.toString(q.answered()),
                 locale.toString(q.unanswered()), middle));

    const ContributorAbsence &caf = r.caf;
    card(Caf)->setValue(locale.toString(caf.factor()));
    const QString cafWhy =
        tr("Contributor Absence Factor (CHAOSS): the fewest members whose messages, largest "
           "first, are more than half of all messages. Here: %1, who wrote %2 of the period's "
           "%3 messages (%4 > 50%). The lower it is, the more the community depends on a few "
           "people.")
            .arg(locale.toString(caf.factor()), locale.toString(caf.coveredMessages()),
                 locale.toString(caf.totalMessages), percent(caf.share()));
    card(Caf)->setDefinition(cafWhy);
    m_cafNote->setText(cafWhy + QLatin1Char(' ') + tr("Double-click a member to open them."));
    m_cafCard->setToolTip(cafWhy);

    m_summary->setText(
        tr("%1 – %2 · %3 days · time zone %4 · messages by members: %5 · channels: %6 · "
           "questions: %7 (answered by another member: %8, unanswered: %9)")
            .arg(r.period.from.toString(Qt::ISODate), r.period.to.toString(Qt::ISODate))
            .arg(days)
            .arg(QString::fromUtf8(m_data.timezone), locale.toString(r.messages),
                 locale.toString(r.channels.size()), locale.toString(q.questions),
                 locale.toString(q.answered()), locale.toString(q.unanswered())));

    qint64 newSum = 0, returningSum = 0;
    for (const WeekActivity &w : r.weeks) {
        newSum += w.newMembers;
        returningSum += w.returningMembers;
    }
    m_newReturningCard->setToolTip(
        tr("Active members per week (Monday–Sunday; * = a week cut by the period). New: their "
           "first active day ever falls in that week; returning: active that week and active "
           "before it.\nOver the period: %1 new and %2 returning member-weeks.")
            .arg(locale.toString(newSum), locale.toString(returningSum)));
    m_channelCard->setToolTip(
        tr("Non-service messages by members per day and channel (the %1 busiest channels, the "
           "rest as \"Other\"); %2 messages in total.\nDrag across the chart to zoom in; "
           "double-click to reset the zoom.")
            .arg(4)
            .arg(locale.toString(r.messages)));
    m_channelTableCard->setToolTip(
        tr("Share = the channel's messages / all %1 messages; per day = messages / %2 days.")
            .arg(locale.toString(r.messages))
            .arg(days));
}

void EngagementPage::updateHeatmap()
{
    const EngagementReportData &r = m_data.report;
    const QLocale locale;
    QStringList rows, columns;
    QVector<QVector<double>> values;
    QVector<QVector<QString>> tips;
    for (int h = 0; h < 24; ++h)
        columns << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
    for (int d = 0; d < 7; ++d) {
        rows << locale.dayName(d + 1, QLocale::ShortFormat);
        QVector<double> row;
        QVector<QString> tipRow;
        for (int h = 0; h < 24; ++h) {
            const qint64 n = r.heatmap.at(size_t(d)).at(size_t(h));
            row << double(n);
            tipRow << tr("%1 %2:00–%2:59 (%3): %4 messages = %5 of %6")
                          .arg(locale.dayName(d + 1, QLocale::LongFormat))
                          .arg(h, 2, 10, QLatin1Char('0'))
                          .arg(QString::fromUtf8(m_data.timezone), locale.toString(n),
                               percent(r.messages > 0 ? double(n) / double(r.messages) : 0.0),
                               locale.toString(r.messages));
        }
        values << row;
        tips << tipRow;
    }
    m_heatmap->setData(rows, columns, values, HeatmapWidget::ValueFormat::Integer);
    m_heatmap->setCellToolTips(tips);
    m_heatmap->setShowValues(false);
    m_heatmap->setCaption(
        tr("Messages by local weekday and hour (%1)").arg(QString::fromUtf8(m_data.timezone)));
}

void EngagementPage::renderCharts()
{
    m_renderQueued = false;
    if (!m_hasData)
        return;
    ChartFactory::Style style;
    style.dark = Theme::isDark();
    style.font = font();
    const EngagementReportData &r = m_data.report;
    m_heatmap->setColor(EngagementCharts::channelColor(0, false, style.dark));
    m_activity->replaceChart(EngagementCharts::activityChart(r.series, style));
    m_channels->replaceChart(
        EngagementCharts::channelChart(r.period.from, EngagementCharts::topChannels(r), style));
    m_newReturning->replaceChart(EngagementCharts::newReturningChart(r.weeks, style));
}

void EngagementPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    const auto type = event->type();
    if ((type == QEvent::PaletteChange || type == QEvent::FontChange) && m_hasData &&
        !m_renderQueued) {
        m_renderQueued = true; // several changes arrive together: draw once
        QTimer::singleShot(0, this, &EngagementPage::renderCharts);
    }
}

void EngagementPage::retranslateUi()
{
    card(MeanDau)->setTitle(tr("DAU (mean)"));
    card(Mau)->setTitle(tr("MAU"));
    card(Stickiness)->setTitle(tr("Stickiness"));
    card(ReplyTime)->setTitle(tr("Median time to first reply"));
    card(Caf)->setTitle(tr("Contributor Absence Factor"));
    m_activityCard->setHeading(tr("Active members per day, week and month, and stickiness"));
    m_activityCard->setToolTip(
        tr("DAU, WAU and MAU: distinct members active on the day, in the 7 and in the 30 days "
           "ending that day. Stickiness % = that day's DAU / MAU.\nDrag across the chart to zoom "
           "in; double-click to reset the zoom."));
    m_channelCard->setHeading(tr("Messages per day by channel"));
    m_channelTableCard->setHeading(tr("Channels"));
    m_newReturningCard->setHeading(tr("New and returning members per week"));
    m_heatmapCard->setHeading(tr("When members write"));
    m_cafCard->setHeading(tr("Members behind more than half of the messages"));
    m_cafModel->retranslate();
    m_channelModel->retranslate();
    if (m_hasData) {
        updateTexts();
        updateHeatmap();
        renderCharts();
    }
}

} // namespace kindred
