#include "ModerationStatsPanel.h"

#include "Theme.h"
#include "charts/ModerationCharts.h"
#include "models/ModelRoles.h"
#include "models/ModerationLabels.h"
#include "models/ModerationStatsModels.h"
#include "widgets/InteractiveChartView.h"
#include "widgets/KpiCard.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace kindred {
namespace {

QTableView *makeTable(const char *objectName, QAbstractItemModel *model)
{
    auto *t = new QTableView;
    t->setObjectName(QString::fromLatin1(objectName));
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setMinimumHeight(150);
    return t;
}

QLabel *makeHeading()
{
    auto *l = new QLabel;
    QFont f = l->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    l->setFont(f);
    return l;
}

} // namespace

ModerationStatsPanel::ModerationStatsPanel(QWidget *parent)
    : QWidget(parent), m_flags(new KpiCard), m_open(new KpiCard), m_median(new KpiCard),
      m_actions(new KpiCard), m_ruleHeading(makeHeading()), m_channelHeading(makeHeading()),
      m_offenderHeading(makeHeading()), m_moderatorHeading(makeHeading()), m_note(new QLabel),
      m_ruleModel(new RuleCountModel(this)), m_channelModel(new ChannelCountModel(this)),
      m_offenderModel(new RepeatOffenderModel(this)),
      m_moderatorModel(new ModeratorActivityModel(this))
{
    setObjectName(QStringLiteral("moderationStatsPanel"));
    m_flags->setObjectName(QStringLiteral("statFlags"));
    m_open->setObjectName(QStringLiteral("statOpen"));
    m_median->setObjectName(QStringLiteral("statMedian"));
    m_actions->setObjectName(QStringLiteral("statActions"));
    m_rules = makeTable("statRules", m_ruleModel);
    m_channels = makeTable("statChannels", m_channelModel);
    m_offenders = makeTable("statOffenders", m_offenderModel);
    m_moderators = makeTable("statModerators", m_moderatorModel);
    m_ruleChart = new InteractiveChartView;
    m_ruleChart->setObjectName(QStringLiteral("statRuleChart"));
    m_channelChart = new InteractiveChartView;
    m_channelChart->setObjectName(QStringLiteral("statChannelChart"));
    for (InteractiveChartView *v : {m_ruleChart, m_channelChart})
        v->setMinimumHeight(190);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    connect(m_offenders, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(IdRole).toLongLong(); id > 0)
            emit memberRequested(id);
    });

    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    for (KpiCard *c : {m_flags, m_open, m_median, m_actions})
        cards->addWidget(c);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_ruleHeading, 0, 0);
    grid->addWidget(m_channelHeading, 0, 1);
    grid->addWidget(m_rules, 1, 0);
    grid->addWidget(m_channels, 1, 1);
    grid->addWidget(m_ruleChart, 2, 0);
    grid->addWidget(m_channelChart, 2, 1);
    grid->addWidget(m_offenderHeading, 3, 0);
    grid->addWidget(m_moderatorHeading, 3, 1);
    grid->addWidget(m_offenders, 4, 0);
    grid->addWidget(m_moderators, 4, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 8, 8, 8);
    bodyLayout->setSpacing(12);
    bodyLayout->addLayout(cards);
    bodyLayout->addLayout(grid);
    bodyLayout->addWidget(m_note);
    bodyLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslateUi();
}

void ModerationStatsPanel::setStats(const ModerationStatsResult &stats, const QString &periodText)
{
    m_stats = stats;
    m_periodText = periodText;
    m_ruleModel->setRows(stats.perRule);
    m_channelModel->setRows(stats.perChannel);
    m_offenderModel->setRows(stats.repeatOffenders);
    m_moderatorModel->setRows(stats.moderators);
    updateTexts();
    renderCharts();
}

QString ModerationStatsPanel::medianText() const
{
    return m_median->valueText();
}

void ModerationStatsPanel::updateTexts()
{
    const QLocale locale;
    const ModerationStatsResult &s = m_stats;
    m_flags->setValue(locale.toString(s.flags));
    m_open->setValue(locale.toString(s.open));
    m_median->setValue(s.handled > 0 ? ModerationLabels::duration(s.medianHandleSeconds)
                                     : QStringLiteral("—"));
    m_actions->setValue(locale.toString(s.actions));
    m_flags->setDefinition(
        tr("Flags whose behaviour happened in %1, whatever their status").arg(m_periodText));
    m_open->setDefinition(tr("Of the %1 flags of the period, %2 are still open and %3 were "
                             "handled (dismissed or actioned)")
                              .arg(s.flags)
                              .arg(s.open)
                              .arg(s.handled));
    m_median->setDefinition(
        s.handled > 0
            ? tr("Median of (handled − raised) over the %1 handled flags of the period = %2 "
                 "seconds (for an even count, the mean of the two middle values)")
                  .arg(s.handled)
                  .arg(locale.toString(s.medianHandleSeconds, 'f', 0))
            : tr("No flag of the period has been handled yet"));
    m_actions->setDefinition(tr("Decisions recorded in the audit log in %1").arg(m_periodText));
    QString note =
        tr("Period %1. Repeat offenders: members with at least 2 actioned flags among the "
           "period's flags, or at least 2 warn/mute/ban decisions in the period. The dismissed "
           "share of a rule is dismissed / (dismissed + actioned): how often moderators judged "
           "its flags false positives.")
            .arg(m_periodText);
    if (s.toUtc > 0 && s.toUtc < QDateTime::currentSecsSinceEpoch())
        note += QLatin1Char(' ') +
                tr("Decisions count on the day they were taken: those taken after the period's "
                   "end (e.g. today, on imported history) appear when the period includes that "
                   "day.");
    m_note->setText(note);
}

void ModerationStatsPanel::renderCharts()
{
    ChartFactory::Style style;
    style.dark = Theme::isDark();
    style.font = font();
    QList<ModerationCharts::Bar> rules;
    for (const RuleCount &r : m_stats.perRule)
        rules << ModerationCharts::Bar{ModerationLabels::rule(r.rule), r.flags};
    QList<ModerationCharts::Bar> channels;
    for (const ChannelCount &c : m_stats.perChannel.mid(0, 8))
        channels << ModerationCharts::Bar{c.channelId == 0 ? tr("(no channel)") : c.channelName,
                                          c.flags};
    m_ruleChart->replaceChart(ModerationCharts::countChart(
        rules, ModerationCharts::flagColor(style.dark), tr("Flags"), style));
    m_channelChart->replaceChart(ModerationCharts::countChart(
        channels, ModerationCharts::actionColor(style.dark), tr("Flags"), style));
}

void ModerationStatsPanel::retranslateUi()
{
    m_flags->setTitle(tr("Flags in the period"));
    m_open->setTitle(tr("Still open"));
    m_median->setTitle(tr("Median time to handle"));
    m_actions->setTitle(tr("Decisions"));
    m_ruleHeading->setText(tr("Flags per rule"));
    m_channelHeading->setText(tr("Flags per channel"));
    m_offenderHeading->setText(tr("Repeat offenders"));
    m_moderatorHeading->setText(tr("Moderator activity"));
    m_ruleModel->retranslate();
    m_channelModel->retranslate();
    m_offenderModel->retranslate();
    m_moderatorModel->retranslate();
    updateTexts();
}

void ModerationStatsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        renderCharts();
    } else if (event->type() == QEvent::PaletteChange) {
        renderCharts();
    }
}

} // namespace kindred
