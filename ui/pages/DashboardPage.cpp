#include "DashboardPage.h"

#include "Theme.h"
#include "charts/ChartFactory.h"
#include "widgets/Card.h"
#include "widgets/Icons.h"
#include "widgets/InteractiveChartView.h"
#include "widgets/KpiCard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace kindred {

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent), m_comparison(new QLabel), m_engagement(new InteractiveChartView),
      m_segments(new InteractiveChartView), m_engagementCard(new Card), m_segmentCard(new Card)
{
    auto *content = new QWidget;
    auto *cards = new QGridLayout;
    cards->setSpacing(12);
    static const char *const names[KpiCount] = {"kpiMembers",      "kpiNewMembers", "kpiMessages",
                                                "kpiDau",          "kpiMau",        "kpiStickiness",
                                                "kpiActivityRate", "kpiGrowthRate"};
    for (int i = 0; i < KpiCount; ++i) {
        m_cards.at(size_t(i)) = new KpiCard;
        m_cards.at(size_t(i))->setObjectName(QString::fromLatin1(names[i]));
        cards->addWidget(m_cards.at(size_t(i)), i / 4, i % 4);
    }
    m_comparison->setObjectName(QStringLiteral("comparisonLabel"));
    m_comparison->setForegroundRole(QPalette::PlaceholderText);
    m_engagement->setObjectName(QStringLiteral("engagementChart"));
    m_segments->setObjectName(QStringLiteral("segmentChart"));
    m_engagement->setMinimumSize(400, 260);
    m_segments->setMinimumSize(280, 260);

    m_engagementCard->addWidget(m_engagement, 1);
    m_segmentCard->addWidget(m_segments, 1);
    auto *charts = new QHBoxLayout;
    charts->setSpacing(12);
    charts->addWidget(m_engagementCard, 3);
    charts->addWidget(m_segmentCard, 2);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_comparison);
    layout->addLayout(cards);
    layout->addLayout(charts, 1);
    setContentWidget(content);
    retranslateUi();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon(const QColor &color) const
{
    return Icons::dashboard(color);
}

void DashboardPage::load()
{
    const Period period = context().period;
    query<DashboardData>(
        [period](Database &db, DashboardData *out, QString *error) {
            AnalyticsSource source(db);
            if (!source.load(error))
                return false;
            const KpiCalculator calc(source, SegmentRules::load(db));
            out->current = calc.compute(period);
            out->previous = calc.compute(period.previous());
            return true;
        },
        [this](const DashboardData &data) { showData(data); });
}

void DashboardPage::showData(const DashboardData &data)
{
    m_data = data;
    m_hasData = data.current.membersAtEnd > 0;
    if (!m_hasData) {
        showNoData();
        return;
    }
    updateCards();
    renderCharts();
    showContent();
}

double DashboardPage::value(Kpi kpi, const KpiSet &k)
{
    switch (kpi) {
    case Members:
        return double(k.membersAtEnd);
    case NewMembers:
        return double(k.joined);
    case Messages:
        return double(k.messages);
    case Dau:
        return k.dauMean;
    case Mau:
        return k.mau;
    case Stickiness:
        return k.stickiness;
    case ActivityRate:
        return k.activityRate;
    case GrowthRate:
    case KpiCount:
        break;
    }
    return k.growthRate;
}

QString DashboardPage::format(Kpi kpi, const KpiSet &k)
{
    const QLocale locale;
    switch (kpi) {
    case Members:
        return locale.toString(k.membersAtEnd);
    case NewMembers:
        return locale.toString(k.joined);
    case Messages:
        return locale.toString(k.messages);
    case Dau:
        return locale.toString(k.dauMean, 'f', 1);
    case Mau:
        return locale.toString(k.mau);
    case Stickiness:
        return locale.toString(k.stickiness * 100.0, 'f', 1) + QLatin1Char('%');
    case ActivityRate:
        return locale.toString(k.activityRate, 'f', 2);
    case GrowthRate:
    case KpiCount:
        break;
    }
    return locale.toString(k.growthRate * 100.0, 'f', 1) + QLatin1Char('%');
}

void DashboardPage::updateCards()
{
    const Period prev = m_data.previous.period;
    m_comparison->setText(tr("%1 – %2, compared with the previous period of the same length "
                             "(%3 – %4)")
                              .arg(m_data.current.period.from.toString(Qt::ISODate),
                                   m_data.current.period.to.toString(Qt::ISODate),
                                   prev.from.toString(Qt::ISODate), prev.to.toString(Qt::ISODate)));
    for (int i = 0; i < KpiCount; ++i) {
        const Kpi kpi = Kpi(i);
        KpiCard *card = m_cards.at(size_t(i));
        card->setValue(format(kpi, m_data.current));
        card->setChange(relativeChange(value(kpi, m_data.current), value(kpi, m_data.previous)),
                        format(kpi, m_data.previous));
    }
}

void DashboardPage::renderCharts()
{
    m_renderQueued = false;
    if (!m_hasData)
        return;
    ChartFactory::Style style;
    style.dark = Theme::isDark();
    style.font = font();
    m_engagement->replaceChart(ChartFactory::engagementChart(m_data.current.series, style));
    m_segments->replaceChart(ChartFactory::segmentChart(m_data.current.segments, style));
}

void DashboardPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    const auto type = event->type();
    if ((type == QEvent::PaletteChange || type == QEvent::FontChange) && m_hasData &&
        !m_renderQueued) {
        m_renderQueued = true; // several changes arrive together: draw once
        QTimer::singleShot(0, this, &DashboardPage::renderCharts);
    }
}

void DashboardPage::retranslateUi()
{
    struct Text
    {
        QString title;
        QString definition;
    };
    const Text texts[KpiCount] = {
        {tr("Members"), tr("People seen in the community (a message, a reaction or a join) by "
                           "the end of the period. Bots and system senders are not members.")},
        {tr("New members"), tr("Members who joined during the period (their join event, else "
                               "their first message or reaction).")},
        {tr("Messages"), tr("Posts and replies sent by members during the period; service "
                            "lines and bots are not counted.")},
        {tr("DAU (mean)"), tr("Daily active members, averaged over the days of the period. "
                              "Active = posted, replied or reacted that day (community time "
                              "zone).")},
        {tr("MAU"), tr("Distinct members active in the 30 days ending on the last day of the "
                       "period (not a sum of DAU).")},
        {tr("Stickiness"), tr("Mean DAU / MAU: the share of the month's active members who "
                              "come on a typical day.")},
        {tr("Activity rate"), tr("Interactions (messages and reactions) in the period per "
                                 "member at the end of the period.")},
        {tr("Growth rate"), tr("Members who joined in the period / members at the start of "
                               "the period.")},
    };
    m_engagementCard->setHeading(tr("Active members per day, week and month"));
    m_engagementCard->setToolTip(tr("DAU, WAU and MAU: distinct members active on the day, in "
                                    "the 7 and in the 30 days ending that day.\nDrag across the "
                                    "chart to zoom in; double-click to reset the zoom."));
    m_segmentCard->setHeading(tr("Members by segment at the end of the period"));
    for (int i = 0; i < KpiCount; ++i) {
        m_cards.at(size_t(i))->setTitle(texts[i].title);
        m_cards.at(size_t(i))->setDefinition(texts[i].definition);
    }
    if (m_hasData) {
        updateCards();
        renderCharts();
    }
}

} // namespace kindred
