#include "MembershipsPage.h"

#include "Theme.h"
#include "analytics/KpiCalculator.h"
#include "charts/PaidCharts.h"
#include "models/Money.h"
#include "models/RenewalMonthModel.h"
#include "storage/CommunityStore.h"
#include "storage/Database.h"
#include "widgets/Card.h"
#include "widgets/EmptyState.h"
#include "widgets/InteractiveChartView.h"
#include "widgets/KpiCard.h"
#include "widgets/RenewalRiskPanel.h"
#include "widgets/RevenuePanel.h"
#include "widgets/RfmPanel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

/// The page icon: a membership card with a stripe and a chip.
QIcon membershipsIcon(const QColor &color)
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
            QPainterPath card;
            card.addRoundedRect(QRectF(6, 14, 52, 36), 6, 6);
            QPainterPath stripe;
            stripe.addRect(QRectF(6, 22, 52, 7));
            QPainterPath chip;
            chip.addRoundedRect(QRectF(14, 35, 12, 8), 2, 2);
            p.fillPath(card.subtracted(stripe).subtracted(chip), c);
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}

QString pct(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

/// Fixes the height of a short table to show all its rows without a scroll bar.
void fitRows(QTableView *t)
{
    int h = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth() + 2;
    for (int r = 0; r < t->model()->rowCount(); ++r)
        h += t->rowHeight(r);
    t->setFixedHeight(h);
}

/// ARPPU of `key` in major units, and its currency.
double arppuOf(const MembershipsData &d, const PaidReport &r, const QString &key, bool current,
               QString *currency)
{
    if (key == RevenuePanel::convertedKey()) {
        *currency = r.rates.base;
        const qint64 payers = current ? d.convertedPayers : 0;
        return payers > 0 ? Money::toMajor(r.revenueConverted, r.rates.base) / double(payers) : 0.0;
    }
    *currency = key;
    return r.arppu.value(key) / std::pow(10.0, Money::decimals(key));
}

} // namespace

MembershipsPage::MembershipsPage(QWidget *parent)
    : Page(parent), m_header(new QLabel), m_graceLabel(new QLabel), m_grace(new QSpinBox),
      m_graceApply(new QPushButton), m_graceNote(new QLabel), m_revenueCard(new Card),
      m_revenue(new RevenuePanel), m_renewalCard(new Card),
      m_renewalChart(new InteractiveChartView), m_renewalTable(new QTableView),
      m_renewalModel(new RenewalMonthModel(this)), m_rfmCard(new Card), m_rfm(new RfmPanel),
      m_riskCard(new Card), m_risk(new RenewalRiskPanel)
{
    m_header->setObjectName(QStringLiteral("membershipsHeader"));
    m_header->setForegroundRole(QPalette::PlaceholderText);
    m_header->setWordWrap(true);
    m_grace->setObjectName(QStringLiteral("graceDays"));
    m_grace->setRange(0, 365);
    m_graceApply->setObjectName(QStringLiteral("graceApply"));
    m_graceApply->setEnabled(false);
    m_graceNote->setObjectName(QStringLiteral("graceNote"));
    m_graceNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_grace, &QSpinBox::valueChanged, this, [this](int v) {
        m_graceApply->setEnabled(m_hasData && v != m_data.settings.graceDays);
    });
    connect(m_graceApply, &QPushButton::clicked, this, [this]() {
        PaidSettings s = m_data.settings;
        s.graceDays = m_grace->value();
        startLoad(s, std::nullopt);
    });

    auto *cards = new QGridLayout;
    cards->setSpacing(12);
    static const char *const names[KpiCount] = {"kpiPayingMembers", "kpiConversion",
                                                "kpiTrialToPaid",   "kpiRenewalRate",
                                                "kpiArppu",         "kpiRefunds"};
    for (int i = 0; i < KpiCount; ++i) {
        m_cards.at(size_t(i)) = new KpiCard;
        m_cards.at(size_t(i))->setObjectName(QString::fromLatin1(names[i]));
        cards->addWidget(m_cards.at(size_t(i)), 0, i);
    }

    m_revenueCard->addWidget(m_revenue, 1);
    connect(m_revenue, &RevenuePanel::selectionChanged, this, &MembershipsPage::showCurrency);
    connect(m_revenue, &RevenuePanel::ratesApplied, this,
            [this](const ExchangeRates &rates) { startLoad(std::nullopt, rates); });

    m_renewalChart->setObjectName(QStringLiteral("renewalChart"));
    m_renewalChart->setMinimumSize(280, 180);
    m_renewalTable->setObjectName(QStringLiteral("renewalTable"));
    m_renewalTable->setModel(m_renewalModel);
    m_renewalTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_renewalTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_renewalTable->setShowGrid(false);
    m_renewalTable->setWordWrap(false);
    m_renewalTable->verticalHeader()->hide();
    m_renewalTable->verticalHeader()->setDefaultSectionSize(m_renewalTable->fontMetrics().height() +
                                                            8);
    m_renewalTable->horizontalHeader()->setHighlightSections(false);
    m_renewalTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_renewalCard->addWidget(m_renewalChart, 1);
    m_renewalCard->addWidget(m_renewalTable);

    m_rfmCard->addWidget(m_rfm, 1);
    connect(m_rfm, &RfmPanel::memberRequested, this, &Page::memberRequested);
    m_riskCard->addWidget(m_risk, 1);
    connect(m_risk, &RenewalRiskPanel::memberRequested, this, &Page::memberRequested);
    connect(m_risk, &RenewalRiskPanel::statusMessage, this, &Page::statusMessage);

    auto *graceRow = new QHBoxLayout;
    graceRow->setSpacing(8);
    graceRow->addWidget(m_header, 1);
    graceRow->addSpacing(12);
    graceRow->addWidget(m_graceLabel);
    graceRow->addWidget(m_grace);
    graceRow->addWidget(m_graceApply);
    auto *trends = new QHBoxLayout;
    trends->setSpacing(12);
    trends->addWidget(m_revenueCard, 1);
    trends->addWidget(m_renewalCard, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(graceRow);
    layout->addWidget(m_graceNote);
    layout->addLayout(cards);
    layout->addLayout(trends);
    layout->addWidget(m_rfmCard);
    layout->addWidget(m_riskCard);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("membershipsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setContentWidget(scroll);
    retranslateUi();
}

QString MembershipsPage::title() const
{
    return tr("Memberships");
}

QIcon MembershipsPage::icon(const QColor &color) const
{
    return membershipsIcon(color);
}

ExchangeRates MembershipsPage::loadRates(const Database &db)
{
    ExchangeRates rates;
    const QString base = db.setting(ratesBaseKey());
    if (base.isEmpty())
        return rates;
    QString error;
    if (!ExchangeRates::parse(base, db.setting(ratesKey()), &rates, &error))
        return ExchangeRates{};
    return rates;
}

bool MembershipsPage::saveRates(Database &db, const ExchangeRates &rates, QString *error)
{
    QStringList pairs;
    for (auto it = rates.rates.constBegin(); it != rates.rates.constEnd(); ++it)
        pairs << QStringLiteral("%1=%2").arg(it.key(), QString::number(it.value(), 'g', 12));
    pairs.sort();
    const QString text = pairs.join(QLatin1Char(','));
    if (rates.isEnabled()) {
        ExchangeRates check;
        if (!ExchangeRates::parse(rates.base, text, &check, error))
            return false;
    }
    // Empty (not null) strings: the setting's value column is NOT NULL.
    if (!db.setSetting(ratesBaseKey(), rates.isEnabled() ? rates.base : QStringLiteral("")) ||
        !db.setSetting(ratesKey(), rates.isEnabled() ? text : QStringLiteral(""))) {
        *error = tr("The exchange rates could not be saved in the workspace.");
        return false;
    }
    return true;
}

QDate MembershipsPage::asOfDay(const Period &period, const QDate &lastMessageDay)
{
    if (period.isValid() && lastMessageDay.isValid() && period.to < lastMessageDay)
        return period.to;
    return lastMessageDay.isValid() ? lastMessageDay : period.to;
}

bool MembershipsPage::compute(Database &db, const Period &period,
                              const std::optional<PaidSettings> &settings,
                              const std::optional<ExchangeRates> &rates, MembershipsData *out,
                              QString *error)
{
    if (settings) {
        QString saveError;
        out->saved = settings->save(db, &saveError);
        out->saveError = saveError;
    }
    if (rates) {
        QString saveError;
        out->saved = saveRates(db, *rates, &saveError);
        out->saveError = saveError;
    }
    AnalyticsSource source(db);
    if (!source.load(error))
        return false;
    out->period = period;
    out->settings = PaidSettings::load(db);
    out->rates = loadRates(db);
    CommunitySettings community;
    QString ignored;
    if (CommunityStore(db).read(&community, &ignored))
        out->communityCurrency = community.currency;
    PaidMetrics paid(source, out->settings);
    if (!paid.load(error))
        return false;
    out->hasMemberships = !paid.memberships().empty();
    if (!out->hasMemberships)
        return true;

    QHash<QString, int> uses;
    for (const MembershipRecord &m : paid.memberships())
        if (!m.currency.isEmpty())
            ++uses[m.currency];
    out->currencies = uses.keys();
    std::sort(out->currencies.begin(), out->currencies.end(),
              [&](const QString &a, const QString &b) {
                  return uses.value(a) != uses.value(b) ? uses.value(a) > uses.value(b) : a < b;
              });

    out->current = paid.compute(period, out->rates);
    out->previous = paid.compute(period.previous(), out->rates);
    out->trendPeriod = {QDate(period.to.year(), period.to.month(), 1).addMonths(-11), period.to};
    out->trend = paid.compute(out->trendPeriod, out->rates);
    out->trendMonths = PaidCharts::monthsBetween(out->trendPeriod.from, out->trendPeriod.to);

    out->asOf = asOfDay(period, source.lastMessageDate());
    for (const QString &c : std::as_const(out->currencies)) {
        RfmOptions o;
        o.currency = c;
        out->rfm.insert(c, Rfm::compute(source, paid, out->asOf, o));
    }
    if (out->rates.isEnabled()) {
        RfmOptions o;
        o.rates = out->rates;
        out->rfm.insert(RevenuePanel::convertedKey(), Rfm::compute(source, paid, out->asOf, o));
        const qint64 from = source.startOf(period), to = source.endOf(period);
        QSet<qint64> payers;
        qint64 converted = 0;
        for (const MembershipRecord &m : paid.memberships())
            if (m.isPaid() && m.startedAt >= from && m.startedAt < to &&
                out->rates.convert(m.amountMinor, m.currency, &converted))
                payers.insert(m.memberId);
        out->convertedPayers = payers.size();
    }
    RenewalRiskOptions risk;
    risk.horizonDays = 60;
    out->risk = RenewalRisk::compute(source, paid, out->asOf, risk);
    return true;
}

void MembershipsPage::load()
{
    startLoad(std::nullopt, std::nullopt);
}

void MembershipsPage::startLoad(const std::optional<PaidSettings> &settings,
                                const std::optional<ExchangeRates> &rates)
{
    const Period period = context().period;
    query<MembershipsData>(
        [period, settings, rates](Database &db, MembershipsData *out, QString *error) {
            return compute(db, period, settings, rates, out, error);
        },
        [this](const MembershipsData &data) { showData(data); });
}

void MembershipsPage::showData(const MembershipsData &data)
{
    const QString key = m_hasData ? m_revenue->selectedKey() : QString();
    m_data = data;
    m_hasData = data.hasMemberships;
    m_noMemberships = !data.hasMemberships;
    if (data.saved)
        emit statusMessage(tr("Paid settings saved: renewal grace period %n day(s)", nullptr,
                              data.settings.graceDays));
    m_graceNote->setVisible(!data.saveError.isEmpty());
    m_graceNote->setText(data.saveError);
    {
        const QSignalBlocker block(m_grace);
        m_grace->setValue(data.settings.graceDays);
    }
    m_graceApply->setEnabled(false);
    if (!m_hasData) {
        showNoData();
        setNoMembershipsTexts();
        return;
    }
    QString preferred = key;
    if (preferred.isEmpty() ||
        (preferred != RevenuePanel::convertedKey() && !data.currencies.contains(preferred)))
        preferred = data.currencies.value(0);
    if (data.saved && data.rates.isEnabled())
        preferred = RevenuePanel::convertedKey(); // just applied: show them
    {
        const QSignalBlocker block(m_revenue);
        m_revenue->setData(data.trend.revenueByMonth, data.trendMonths, data.currencies, data.rates,
                           data.communityCurrency, preferred);
    }
    m_renewalModel->setMonths(data.trend.renewalsByMonth, data.settings.graceDays);
    fitRows(m_renewalTable);
    m_risk->setReport(data.risk);
    updateHeader();
    showCurrency();
    renderCharts();
    showContent();
}

QString MembershipsPage::currencyKey() const
{
    return m_revenue->selectedKey();
}

void MembershipsPage::showCurrency()
{
    if (!m_hasData)
        return;
    m_rfm->setResult(m_data.rfm.value(currencyKey()));
    updateCards();
}

void MembershipsPage::updateHeader()
{
    const Period &p = m_data.period;
    m_header->setText(tr("%1 – %2, compared with the previous period of the same length. "
                         "Revenue and renewals: %3 – %4. RFM and renewal risk as of %5.")
                          .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate),
                               m_data.trendPeriod.from.toString(QStringLiteral("yyyy-MM")),
                               m_data.trendPeriod.to.toString(QStringLiteral("yyyy-MM")),
                               m_data.asOf.toString(Qt::ISODate)));
}

void MembershipsPage::updateCards()
{
    if (!m_hasData)
        return;
    const PaidReport &c = m_data.current;
    const PaidReport &v = m_data.previous;
    const QLocale locale;
    auto set = [this](Kpi kpi, const QString &value, double cur, double prev,
                      const QString &prevText, const QString &tip) {
        KpiCard *card = m_cards.at(size_t(kpi));
        card->setValue(value);
        card->setChange(relativeChange(cur, prev), prevText);
        card->setDefinition(tip);
    };

    set(PayingMembers, count(c.payingMembers), double(c.payingMembers), double(v.payingMembers),
        count(v.payingMembers),
        tr("Members with a paid membership (active, expired or cancelled; not trial or "
           "refunded) that covers the end of the period or started in it.\n%1 – %2: %3 paying "
           "members.")
            .arg(c.period.from.toString(Qt::ISODate), c.period.to.toString(Qt::ISODate),
                 count(c.payingMembers)));

    set(Conversion, pct(c.conversionRate), c.conversionRate, v.conversionRate,
        pct(v.conversionRate),
        tr("Paid conversion (付费转化率) = paying members / members at the end of the period\n"
           "= %1 / %2 = %3")
            .arg(count(c.payingMembers), count(c.members), pct(c.conversionRate)));

    const bool trials = c.trials > 0;
    set(TrialToPaid, trials ? pct(c.trialConversionRate) : QStringLiteral("—"),
        trials ? c.trialConversionRate : qQNaN(), v.trialConversionRate,
        v.trials > 0 ? pct(v.trialConversionRate) : QStringLiteral("—"),
        tr("Trials started in the period that converted: the member started a paid membership "
           "between the trial's start and %1 days after it ended.\n= %2 / %3 = %4 (%5 still "
           "within their window, may still convert)")
            .arg(c.settings.trialConversionDays)
            .arg(count(c.trialsConverted), count(c.trials),
                 trials ? pct(c.trialConversionRate) : QStringLiteral("—"),
                 count(c.trialsPending)));

    const RenewalMonth &rn = c.renewalsInPeriod;
    const bool expiring = rn.expiring > 0;
    set(RenewalRate, expiring ? pct(c.renewalRate) : QStringLiteral("—"),
        expiring ? c.renewalRate : qQNaN(), v.renewalRate,
        v.renewalsInPeriod.expiring > 0 ? pct(v.renewalRate) : QStringLiteral("—"),
        tr("Renewal rate (续费率) = paid memberships expiring in the period that were renewed "
           "within the %1-day grace period / paid memberships expiring in the period\n= %2 / "
           "%3 = %4\nOf the expiring: %5 cancelled, %6 pending (grace not over). Refunded, not "
           "counted: %7.")
            .arg(c.settings.graceDays)
            .arg(count(rn.renewed), count(rn.expiring),
                 expiring ? pct(c.renewalRate) : QStringLiteral("—"), count(rn.cancelled),
                 count(rn.pending), count(rn.refundedExcluded)));

    const QString key = currencyKey();
    QString currency, prevCurrency;
    const double arppu = arppuOf(m_data, c, key, true, &currency);
    const double prevArppu = arppuOf(m_data, v, key, false, &prevCurrency);
    const bool converted = key == RevenuePanel::convertedKey();
    QString arppuTip;
    if (converted)
        arppuTip =
            tr("ARPPU (average revenue per paying member), all currencies converted into "
               "%1 with your rates = revenue of the period / members who paid in it\n= "
               "%2 / %3 = %4")
                .arg(currency, Money::format(c.revenueConverted, currency, locale),
                     count(m_data.convertedPayers), Money::formatMajor(arppu, currency, locale));
    else
        arppuTip = tr("ARPPU (average revenue per paying member) in %1 = revenue in %1 of the "
                      "memberships started in the period / members who paid in %1 in it\n= %2 / "
                      "%3 = %4")
                       .arg(currency, Money::format(c.revenue.value(currency), currency, locale),
                            count(c.payersByCurrency.value(currency)),
                            Money::formatMajor(arppu, currency, locale));
    QStringList others;
    for (auto it = c.arppu.constBegin(); it != c.arppu.constEnd(); ++it)
        if (it.key() != currency)
            others << Money::formatMajor(it.value() / std::pow(10.0, Money::decimals(it.key())),
                                         it.key(), locale);
    if (!others.isEmpty() && !converted)
        arppuTip += QLatin1Char('\n') + tr("Other currencies: %1").arg(others.join(tr(", ")));
    set(Arppu, Money::formatMajor(arppu, currency, locale), arppu, converted ? qQNaN() : prevArppu,
        Money::formatMajor(prevArppu, prevCurrency, locale), arppuTip);

    QStringList amounts;
    for (auto it = c.refunds.amountMinor.constBegin(); it != c.refunds.amountMinor.constEnd(); ++it)
        amounts << Money::format(it.value(), it.key(), locale);
    KpiCard *refunds = m_cards.at(size_t(Refunds));
    refunds->setValue(count(c.refunds.count));
    // More refunds is worse: the change is shown neutral, the numbers are in the tooltip.
    refunds->setChange(qQNaN(), count(v.refunds.count));
    refunds->setDefinition(
        tr("Refunded memberships started in the period (not counted as revenue): %1\n"
           "Amount refunded: %2\nPrevious period: %3")
            .arg(count(c.refunds.count),
                 amounts.isEmpty() ? QStringLiteral("—") : amounts.join(tr(", ")),
                 count(v.refunds.count)));
}

void MembershipsPage::renderCharts()
{
    m_renderQueued = false;
    if (!m_hasData)
        return;
    ChartFactory::Style style;
    style.dark = Theme::isDark();
    style.font = font();
    m_renewalChart->replaceChart(PaidCharts::renewalChart(m_data.trend.renewalsByMonth, style));
    m_revenue->render();
    m_rfm->render();
}

void MembershipsPage::setNoMembershipsTexts()
{
    emptyState()->setTexts(tr("No memberships yet"),
                           tr("Import a memberships CSV (File > Import) with member, plan, "
                              "amount, currency, start, expiry and status columns, or a "
                              "知识星球 members export, to see paying members, conversion, "
                              "renewals, revenue, RFM and renewal risk here."));
}

void MembershipsPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    const auto type = event->type();
    if (type == QEvent::LanguageChange && m_noMemberships && isShowingEmptyState())
        setNoMembershipsTexts();
    if ((type == QEvent::PaletteChange || type == QEvent::FontChange) && m_hasData &&
        !m_renderQueued) {
        m_renderQueued = true; // several changes arrive together: draw once
        QTimer::singleShot(0, this, &MembershipsPage::renderCharts);
    }
}

void MembershipsPage::retranslateUi()
{
    const QString titles[KpiCount] = {tr("Paying members"), tr("Paid conversion"),
                                      tr("Trial to paid"),  tr("Renewal rate"),
                                      tr("ARPPU"),          tr("Refunds")};
    for (int i = 0; i < KpiCount; ++i)
        m_cards.at(size_t(i))->setTitle(titles[i]);
    m_graceLabel->setText(tr("Renewal grace period:"));
    m_grace->setSuffix(tr(" days"));
    m_grace->setToolTip(tr("A membership counts as renewed when the next paid membership starts "
                           "at most this many days after it expired"));
    m_graceApply->setText(tr("Apply"));
    m_graceApply->setToolTip(tr("Save the grace period in the workspace and recompute"));
    m_revenueCard->setHeading(tr("Revenue per month by plan"));
    m_revenueCard->setToolTip(tr("Amounts of the paid memberships started in each month (the "
                                 "payment date is the start), in minor units converted to the "
                                 "currency's units; refunds are left out."));
    m_renewalCard->setHeading(tr("Renewal rate per expiry month"));
    m_renewalCard->setToolTip(tr("Renewed / expiring paid memberships, by the month they expire "
                                 "in. Hover a row for its numbers."));
    m_rfmCard->setHeading(tr("RFM of the paying members"));
    m_riskCard->setHeading(tr("Renewal risk: who to call"));
    m_renewalModel->retranslate();
    if (m_hasData) {
        updateHeader();
        updateCards();
        renderCharts();
    }
}

} // namespace kindred
