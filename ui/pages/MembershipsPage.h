#pragma once
// The Memberships page (PRODUCT.md §3 paid side, issue 8): does the paid side work, and who is
// about to leave?
//   KPI cards   paying members, paid conversion (付费转化率), trial-to-paid, renewal rate
//               (续费率), ARPPU and refunds of the global period, with the change against the
//               previous period and, in each tooltip, the formula with its numbers
//               (core/analytics/PaidMetrics.h);
//   grace       the renewal grace period (days), editable; Apply saves it in the workspace
//               (PaidSettings::save) and reloads;
//   revenue     per month by plan over the 12 months ending with the period, in one currency
//               or converted with the user's rates (RevenuePanel; rates saved in the settings
//               "paid/rates_base" and "paid/rates", ExchangeRates::parse format);
//   renewals    renewal rate per expiry month over the same 12 months (table and line);
//   RFM         scores and segments of the paying members (RfmPanel, core/analytics/Rfm.h);
//   risk        memberships expiring in the next 30/60 days, riskiest first, with the model's
//               AUC/accuracy on past expiries (RenewalRiskPanel, core/analytics/RenewalRisk.h).
// RFM and risk are as of the period's last day (or the last message day when the period ends
// later). Everything is computed in one worker (Page::query). Double-clicking a member in the
// RFM or risk list emits memberRequested. Without memberships the page says how to import them.

#include "Page.h"
#include "analytics/PaidMetrics.h"
#include "analytics/RenewalRisk.h"
#include "analytics/Rfm.h"

#include <QHash>

#include <array>
#include <optional>

class QChartView;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace kindred {

class Card;
class InteractiveChartView;
class KpiCard;
class RenewalMonthModel;
class RenewalRiskPanel;
class RevenuePanel;
class RfmPanel;

/// What the worker computes for the page.
struct MembershipsData
{
    Period period;
    QDate asOf;                  ///< day of RFM and renewal risk
    bool hasMemberships = false; ///< the workspace holds at least one membership
    PaidSettings settings;       ///< as stored (after a save: the saved ones)
    ExchangeRates rates;         ///< as stored; disabled when none
    QString communityCurrency;   ///< default base of a conversion
    QStringList currencies;      ///< of the memberships, most used first
    PaidReport current;          ///< the period
    PaidReport previous;         ///< the previous period of the same length
    Period trendPeriod;          ///< the 12 months ending with the period
    PaidReport trend;            ///< over trendPeriod (revenue and renewals per month)
    QList<QDate> trendMonths;
    QHash<QString, RfmResult> rfm; ///< per currency, and per "*" converted (when rates)
    qint64 convertedPayers = 0;    ///< distinct members paying, in the period, in a
                                   ///< currency that converts (ARPPU when converted)
    RenewalRiskReport risk;        ///< horizon 60 days (the panel filters 30)
    bool saved = false;            ///< this load saved settings or rates first
    QString saveError;             ///< why saving failed (the stored values are shown)
};

class MembershipsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembershipsPage)
public:
    enum Kpi
    {
        PayingMembers,
        Conversion,
        TrialToPaid,
        RenewalRate,
        Arppu,
        Refunds,
        KpiCount
    };

    /// Workspace settings holding the exchange rates (ExchangeRates::parse format).
    static QString ratesBaseKey() { return QStringLiteral("paid/rates_base"); }
    static QString ratesKey() { return QStringLiteral("paid/rates"); }
    /// The stored rates (disabled when none or unparsable).
    static ExchangeRates loadRates(const Database &db);
    /// Writes `rates` (an empty base clears them); false with `error`.
    static bool saveRates(Database &db, const ExchangeRates &rates, QString *error);

    explicit MembershipsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    /// Computes the page's figures on an open workspace (what the worker runs); saves
    /// `settings` / `rates` first when given. False with `error` when it cannot be read.
    static bool compute(Database &db, const Period &period,
                        const std::optional<PaidSettings> &settings,
                        const std::optional<ExchangeRates> &rates, MembershipsData *out,
                        QString *error);
    /// The day RFM and risk are computed on: the period's last day, or the last message day
    /// when the period ends later.
    static QDate asOfDay(const Period &period, const QDate &lastMessageDay);

    const MembershipsData &data() const { return m_data; }
    KpiCard *card(Kpi kpi) const { return m_cards.at(size_t(kpi)); }
    QSpinBox *graceBox() const { return m_grace; }
    QPushButton *graceApply() const { return m_graceApply; }
    RevenuePanel *revenuePanel() const { return m_revenue; }
    RenewalMonthModel *renewalModel() const { return m_renewalModel; }
    QTableView *renewalView() const { return m_renewalTable; }
    InteractiveChartView *renewalChart() const { return m_renewalChart; }
    RfmPanel *rfmPanel() const { return m_rfm; }
    RenewalRiskPanel *riskPanel() const { return m_risk; }
    /// The currency key the KPI cards, revenue and RFM show (a code, or "*" converted).
    QString currencyKey() const;

protected:
    void retranslateUi() override;
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void startLoad(const std::optional<PaidSettings> &settings,
                   const std::optional<ExchangeRates> &rates);
    void showData(const MembershipsData &data);
    void showCurrency();
    void updateCards();
    void updateHeader();
    void renderCharts();
    void setNoMembershipsTexts();

    QLabel *m_header;
    QLabel *m_graceLabel;
    QSpinBox *m_grace;
    QPushButton *m_graceApply;
    QLabel *m_graceNote;
    std::array<KpiCard *, KpiCount> m_cards{};
    Card *m_revenueCard;
    RevenuePanel *m_revenue;
    Card *m_renewalCard;
    InteractiveChartView *m_renewalChart;
    QTableView *m_renewalTable;
    RenewalMonthModel *m_renewalModel;
    Card *m_rfmCard;
    RfmPanel *m_rfm;
    Card *m_riskCard;
    RenewalRiskPanel *m_risk;
    MembershipsData m_data;
    bool m_hasData = false;
    bool m_noMemberships = false;
    bool m_renderQueued = false;
};

} // namespace kindred
