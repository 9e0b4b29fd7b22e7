// The Memberships page on the demo community (which has CNY and USD memberships): the KPI
// cards show the core's figures (PaidMetrics) with their formulas; a changed grace period is
// saved in the workspace and changes the renewal figures; the currency selector and the
// exchange-rate editor switch the revenue chart, ARPPU and RFM between currencies and a
// converted view; the RFM rows and the renewal-risk list equal the core's, the risk list is
// sorted riskiest first and exports to CSV (BOM, header, rows); a double click asks for the
// member; every model passes QAbstractItemModelTester; a workspace without memberships shows
// how to import them. Screenshot: /tmp/memberships_page.png.
#include "Theme.h"
#include "UiTestWorkspace.h"
#include "analytics/PaidMetrics.h"
#include "analytics/RenewalRisk.h"
#include "analytics/Rfm.h"
#include "charts/PaidCharts.h"
#include "demo/DemoGenerator.h"
#include "models/ModelRoles.h"
#include "models/Money.h"
#include "models/RenewalMonthModel.h"
#include "models/RenewalRiskModel.h"
#include "models/RfmModel.h"
#include "pages/MembershipsPage.h"
#include "report/PdfReportWriter.h"
#include "report/ReportData.h"
#include "storage/Database.h"
#include "widgets/EmptyState.h"
#include "widgets/InteractiveChartView.h"
#include "widgets/KpiCard.h"
#include "widgets/RatesEditor.h"
#include "widgets/RenewalRiskPanel.h"
#include "widgets/RevenuePanel.h"
#include "widgets/RfmPanel.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 120000;

/// The core's figures for the page's period, on the test's own connection.
struct Core
{
    PaidReport current;
    PaidReport trend;
    QDate asOf;
    RfmResult rfm;
    RenewalRiskReport risk;
};

Core core(const QString &path, const Period &period, const QString &rfmCurrency, int horizon = 30)
{
    Core c;
    Database db;
    QString error;
    if (!db.open(path, &error))
        return c;
    AnalyticsSource source(db);
    if (!source.load(&error))
        return c;
    PaidMetrics paid(source);
    if (!paid.load(&error))
        return c;
    c.current = paid.compute(period);
    c.trend =
        paid.compute({QDate(period.to.year(), period.to.month(), 1).addMonths(-11), period.to});
    c.asOf = MembershipsPage::asOfDay(period, source.lastMessageDate());
    RfmOptions o;
    o.currency = rfmCurrency;
    c.rfm = Rfm::compute(source, paid, c.asOf, o);
    RenewalRiskOptions r;
    r.horizonDays = horizon;
    c.risk = RenewalRisk::compute(source, paid, c.asOf, r);
    return c;
}

QString pct(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

void doubleClickRow(QTableView *view, int row)
{
    const QPoint at = view->visualRect(view->model()->index(row, 0)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

class TestMembershipsPage : public QObject
{
    Q_OBJECT

private:
    bool reloadAndWait(const std::function<void()> &trigger)
    {
        QSignalSpy spy(m_page.get(), &Page::loaded);
        trigger();
        return QTest::qWaitFor([&]() { return spy.count() > 0 && !m_page->isLoading(); }, kTimeout);
    }

    QTemporaryDir m_dir;
    QString m_path;
    Period m_period{QDate(2026, 10, 2), QDate(2026, 10, 31)};
    std::unique_ptr<MembershipsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private slots:
    void initTestCase()
    {
        // The application's English locale (I18n::apply): "¥1,234.50".
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.kindred"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        }
        m_page = std::make_unique<MembershipsPage>();
        m_page->resize(1400, 1000);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        const auto f = QAbstractItemModelTester::FailureReportingMode::QtTest;
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_page->renewalModel(), f));
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m_page->rfmPanel()->model(), f));
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m_page->rfmPanel()->proxy(), f));
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m_page->riskPanel()->model(), f));
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m_page->riskPanel()->proxy(), f));
        QVERIFY(reloadAndWait([&]() { m_page->reload({m_path, m_period}); }));
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->title(), QStringLiteral("Memberships"));
    }

    void moneyFormatting_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("CNY fen") << qint64(123450) << "CNY" << 2 << QStringLiteral("¥1,234.50");
        QTest::newRow("USD cents") << qint64(2900) << "USD" << 2 << QStringLiteral("$29.00");
        QTest::newRow("JPY no minor unit")
            << qint64(1500) << "JPY" << 0 << QStringLiteral("JP¥1,500");
        QTest::newRow("KWD three digits")
            << qint64(12345) << "KWD" << 3 << QStringLiteral("KWD 12.345");
        QTest::newRow("lower case code") << qint64(5) << "eur" << 2 << QStringLiteral("€0.05");
    }

    void moneyFormatting()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(Money::decimals(currency), decimals);
        QCOMPARE(Money::format(minor, currency), text);
        // Ordinary rates <-> ExchangeRates' minor-unit rates: 1 JPY = 0.048 CNY is 4.8 fen per
        // yen; 1 USD = 7.2 CNY is 7.2 fen per cent.
        QCOMPARE(Money::minorRate(0.048, QStringLiteral("JPY"), QStringLiteral("CNY")), 4.8);
        QCOMPARE(Money::minorRate(7.2, QStringLiteral("USD"), QStringLiteral("CNY")), 7.2);
        QCOMPARE(Money::majorRate(4.8, QStringLiteral("JPY"), QStringLiteral("CNY")), 0.048);
    }

    void kpiCardsShowTheCore()
    {
        const Core c = core(m_path, m_period, QStringLiteral("CNY"));
        const PaidReport &r = c.current;
        QVERIFY(r.payingMembers > 0);
        QVERIFY(r.members > r.payingMembers);
        using P = MembershipsPage;
        QCOMPARE(m_page->card(P::PayingMembers)->valueText(), QLocale().toString(r.payingMembers));
        QCOMPARE(m_page->card(P::Conversion)->valueText(), pct(r.conversionRate));
        QVERIFY(m_page->card(P::Conversion)
                    ->toolTip()
                    .contains(QStringLiteral("%1 / %2").arg(QLocale().toString(r.payingMembers),
                                                            QLocale().toString(r.members))));
        QCOMPARE(m_page->card(P::TrialToPaid)->valueText(),
                 r.trials > 0 ? pct(r.trialConversionRate) : QStringLiteral("—"));
        QCOMPARE(m_page->card(P::RenewalRate)->valueText(),
                 r.renewalsInPeriod.expiring > 0 ? pct(r.renewalRate) : QStringLiteral("—"));
        QVERIFY(m_page->card(P::RenewalRate)
                    ->toolTip()
                    .contains(QStringLiteral("%1 / %2").arg(
                        QLocale().toString(r.renewalsInPeriod.renewed),
                        QLocale().toString(r.renewalsInPeriod.expiring))));
        QCOMPARE(m_page->currencyKey(), QStringLiteral("CNY")); // the most used currency
        QCOMPARE(m_page->card(P::Arppu)->valueText(),
                 Money::formatMajor(r.arppu.value(QStringLiteral("CNY")) / 100.0,
                                    QStringLiteral("CNY")));
        QVERIFY2(m_page->card(P::Arppu)->valueText().startsWith(QStringLiteral("¥")),
                 qPrintable(m_page->card(P::Arppu)->valueText()));
        QCOMPARE(m_page->card(P::Refunds)->valueText(), QLocale().toString(r.refunds.count));

        // Renewals per expiry month: the 12 months ending with the period.
        const RenewalMonthModel *months = m_page->renewalModel();
        QCOMPARE(months->rowCount(), int(c.trend.renewalsByMonth.size()));
        QCOMPARE(months->rowCount(), 12);
        qint64 expiring = 0;
        for (int i = 0; i < months->rowCount(); ++i) {
            const RenewalMonth &m = c.trend.renewalsByMonth.at(i);
            QCOMPARE(months->index(i, RenewalMonthModel::Month).data().toString(),
                     m.month.toString(QStringLiteral("yyyy-MM")));
            QCOMPARE(months->index(i, RenewalMonthModel::Expiring).data(SortRole).toLongLong(),
                     m.expiring);
            QCOMPARE(months->index(i, RenewalMonthModel::Renewed).data(SortRole).toLongLong(),
                     m.renewed);
            expiring += m.expiring;
        }
        QVERIFY(expiring > 0);
    }

    void graceChangeIsSavedAndChangesRenewals()
    {
        const auto renewedTotal = [&]() {
            qint64 n = 0;
            for (int i = 0; i < m_page->renewalModel()->rowCount(); ++i)
                n += m_page->renewalModel()
                         ->index(i, RenewalMonthModel::Renewed)
                         .data(SortRole)
                         .toLongLong();
            return n;
        };
        QCOMPARE(m_page->graceBox()->value(), 7);
        const qint64 before = renewedTotal();
        QVERIFY(!m_page->graceApply()->isEnabled());
        m_page->graceBox()->setValue(30);
        QVERIFY(m_page->graceApply()->isEnabled());
        QVERIFY(reloadAndWait([&]() { QTest::mouseClick(m_page->graceApply(), Qt::LeftButton); }));
        QCOMPARE(m_page->data().settings.graceDays, 30);
        QCOMPARE(m_page->graceBox()->value(), 30);
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            QCOMPARE(PaidSettings::load(db).graceDays, 30);
        }
        // Renewals 9–25 days late now count.
        const qint64 after = renewedTotal();
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        const Core c = core(m_path, m_period, QStringLiteral("CNY")); // loads the saved 30 days
        QCOMPARE(c.current.settings.graceDays, 30);
        QCOMPARE(m_page->card(MembershipsPage::RenewalRate)->valueText(),
                 c.current.renewalsInPeriod.expiring > 0 ? pct(c.current.renewalRate)
                                                         : QStringLiteral("—"));
        QVERIFY(m_page->card(MembershipsPage::RenewalRate)
                    ->toolTip()
                    .contains(QStringLiteral("30-day")));

        m_page->graceBox()->setValue(7);
        QVERIFY(reloadAndWait([&]() { m_page->graceApply()->click(); }));
        QCOMPARE(renewedTotal(), before);
    }

    void currencySelection()
    {
        RevenuePanel *revenue = m_page->revenuePanel();
        QComboBox *box = revenue->currencyBox();
        QCOMPARE(box->count(), 2);
        QVERIFY(box->isVisible());
        QCOMPARE(box->itemData(0).toString(), QStringLiteral("CNY"));
        QCOMPARE(box->itemData(1).toString(), QStringLiteral("USD"));
        const Core c = core(m_path, m_period, QStringLiteral("USD"));
        auto sum = [&](const QString &currency) {
            qint64 n = 0;
            for (const RevenueCell &cell : c.trend.revenueByMonth)
                if (cell.currency == currency)
                    n += cell.amountMinor;
            return n;
        };
        QCOMPARE(revenue->series().currency, QStringLiteral("CNY"));
        QCOMPARE(revenue->series().total(), sum(QStringLiteral("CNY")));
        QVERIFY(revenue->series().plans.size() >= 2); // 年费会员 and 月卡
        auto *chart = revenue->chartView()->chart();
        QVERIFY(chart && !chart->series().isEmpty());

        box->setCurrentIndex(1);
        QCOMPARE(m_page->currencyKey(), QStringLiteral("USD"));
        QCOMPARE(revenue->series().currency, QStringLiteral("USD"));
        QCOMPARE(revenue->series().total(), sum(QStringLiteral("USD")));
        QVERIFY(sum(QStringLiteral("USD")) > 0);
        QCOMPARE(m_page->rfmPanel()->model()->result().currency, QStringLiteral("USD"));
        QCOMPARE(m_page->rfmPanel()->model()->rowCount(), int(c.rfm.rows.size()));
        QCOMPARE(m_page->card(MembershipsPage::Arppu)->valueText(),
                 Money::formatMajor(c.current.arppu.value(QStringLiteral("USD")) / 100.0,
                                    QStringLiteral("USD")));

        // Converted with the user's rate: 1 USD = 7.2 CNY.
        QVERIFY(revenue->ratesButton()->isVisible());
        revenue->ratesButton()->click();
        RatesEditor *editor = revenue->ratesEditor();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->baseBox()->currentText(), QStringLiteral("CNY")); // the community's
        QVERIFY(editor->rateBox(QStringLiteral("USD")));
        QVERIFY(!editor->rateBox(QStringLiteral("CNY")));
        editor->rateBox(QStringLiteral("USD"))->setValue(7.2);
        QVERIFY(reloadAndWait([&]() { editor->applyButton()->click(); }));
        QCOMPARE(m_page->currencyKey(), RevenuePanel::convertedKey());
        QCOMPARE(box->count(), 3);
        QCOMPARE(revenue->series().currency, QStringLiteral("CNY"));
        QVERIFY(revenue->series().converted);
        QVERIFY(revenue->series().missingRates.isEmpty());
        qint64 expected = 0;
        for (const RevenueCell &cell : c.trend.revenueByMonth)
            expected += cell.currency == QStringLiteral("USD")
                            ? qint64(std::llround(double(cell.amountMinor) * 7.2))
                            : cell.amountMinor;
        QCOMPARE(revenue->series().total(), expected);
        QCOMPARE(
            m_page->data().current.revenueConverted,
            c.current.revenue.value(QStringLiteral("CNY")) +
                qint64(std::llround(double(c.current.revenue.value(QStringLiteral("USD"))) * 7.2)));
        QCOMPARE(m_page->rfmPanel()->model()->result().currency, QStringLiteral("CNY"));
        QVERIFY(
            m_page->card(MembershipsPage::Arppu)->toolTip().contains(QStringLiteral("converted")));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            const ExchangeRates stored = MembershipsPage::loadRates(db);
            QCOMPARE(stored.base, QStringLiteral("CNY"));
            QCOMPARE(stored.rates.value(QStringLiteral("USD")), 7.2);
        }

        // Turn off: back to one currency at a time.
        QVERIFY(reloadAndWait([&]() { editor->offButton()->click(); }));
        QCOMPARE(box->count(), 2);
        QVERIFY(m_page->currencyKey() != RevenuePanel::convertedKey());
        box->setCurrentIndex(0);
        QCOMPARE(m_page->currencyKey(), QStringLiteral("CNY"));
        revenue->ratesButton()->click();
        QVERIFY(!editor->isVisible());
    }

    void rfmRowsEqualTheCore()
    {
        const Core c = core(m_path, m_period, QStringLiteral("CNY"));
        const RfmModel *model = m_page->rfmPanel()->model();
        QVERIFY(!c.rfm.rows.isEmpty());
        QCOMPARE(model->rowCount(), int(c.rfm.rows.size()));
        for (int i = 0; i < model->rowCount(); ++i) {
            const RfmRow &row = c.rfm.rows.at(i);
            QCOMPARE(model->index(i, RfmModel::Member).data(IdRole).toLongLong(), row.memberId);
            QCOMPARE(model->index(i, RfmModel::Member).data().toString(), row.name);
            QCOMPARE(model->index(i, RfmModel::R).data().toInt(), row.r);
            QCOMPARE(model->index(i, RfmModel::F).data().toInt(), row.f);
            QCOMPARE(model->index(i, RfmModel::M).data().toInt(), row.m);
            QCOMPARE(model->index(i, RfmModel::Segment).data().toString(), Rfm::name(row.segment));
            QCOMPARE(model->index(i, RfmModel::Money).data().toString(),
                     Money::format(row.moneyMinor, QStringLiteral("CNY")));
        }
        // Segment sizes in the chart's data.
        const QList<int> counts = PaidCharts::rfmCounts(c.rfm.rows);
        int total = 0;
        for (int n : counts)
            total += n;
        QCOMPARE(total, model->rowCount());
    }

    void riskListIsSortedAndEqualsTheCore()
    {
        RenewalRiskPanel *panel = m_page->riskPanel();
        QCOMPARE(panel->horizonDays(), 30);
        const Core c = core(m_path, m_period, QStringLiteral("CNY"), 30);
        QSortFilterProxyModel *proxy = panel->proxy();
        QCOMPARE(proxy->rowCount(), int(c.risk.rows.size()));
        QVERIFY(proxy->rowCount() > 0);
        QSet<qint64> expectedIds, shownIds;
        for (const RenewalRiskRow &r : c.risk.rows)
            expectedIds.insert(r.membershipId);
        for (const RenewalRiskRow &r : panel->model()->rows())
            shownIds.insert(r.membershipId);
        QCOMPARE(shownIds, expectedIds);
        double previous = 2;
        for (int i = 0; i < proxy->rowCount(); ++i) {
            const double risk = proxy->index(i, RenewalRiskModel::Risk).data(SortRole).toDouble();
            QVERIFY(risk <= previous);
            previous = risk;
            const int days = proxy->index(i, RenewalRiskModel::DaysLeft).data(SortRole).toInt();
            QVERIFY(days >= 1 && days <= 30);
        }
        QVERIFY(panel->qualityText().contains(QStringLiteral("AUC")) || !c.risk.quality.usable);
        QVERIFY(panel->qualityText().contains(QLocale().toString(c.risk.quality.evaluationRows)));

        panel->setHorizonDays(60);
        const Core c60 = core(m_path, m_period, QStringLiteral("CNY"), 60);
        QCOMPARE(proxy->rowCount(), int(c60.risk.rows.size()));
        QVERIFY(proxy->rowCount() >= int(c.risk.rows.size()));
        panel->setHorizonDays(30);
    }

    void riskCsvExport()
    {
        RenewalRiskPanel *panel = m_page->riskPanel();
        const QString path = m_dir.filePath(QStringLiteral("risk.csv"));
        QString error;
        QVERIFY2(panel->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), panel->proxy()->rowCount() + 1);
        QCOMPARE(lines.first(), QStringLiteral("Member,Plan,Expires,Days left,Paid,Risk,Why,"
                                               "Member id"));
        const QModelIndex first = panel->proxy()->index(0, 0);
        QVERIFY(lines.at(1).endsWith(QLatin1Char(',') +
                                     QString::number(first.data(IdRole).toLongLong())));
        QVERIFY(lines.at(1).contains(
            panel->proxy()->index(0, RenewalRiskModel::Risk).data(ExportRole).toString()));
    }

    void doubleClickRequestsTheMember()
    {
        QSignalSpy spy(m_page.get(), &Page::memberRequested);
        QTableView *risk = m_page->riskPanel()->view();
        risk->scrollTo(risk->model()->index(0, 0));
        m_page->findChild<QScrollArea *>()->ensureWidgetVisible(risk);
        doubleClickRow(risk, 0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(),
                 risk->model()->index(0, 0).data(IdRole).toLongLong());

        QTableView *rfm = m_page->rfmPanel()->view();
        m_page->findChild<QScrollArea *>()->ensureWidgetVisible(rfm);
        doubleClickRow(rfm, 1);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toLongLong(), rfm->model()->index(1, 0).data(IdRole).toLongLong());
    }

    void screenshot()
    {
        auto *scroll = m_page->findChild<QScrollArea *>(QStringLiteral("membershipsScroll"));
        QVERIFY(scroll && scroll->widget());
        QWidget *content = scroll->widget();
        QTest::qWait(200); // chart layouts settle after the last resize
        QVERIFY(content->grab().save(QStringLiteral("/tmp/memberships_page.png")));
        // The charts follow the palette (redrawn on PaletteChange).
        Theme::apply(true);
        QTest::qWait(300);
        QVERIFY(content->grab().save(QStringLiteral("/tmp/memberships_page_dark.png")));
        Theme::apply(false);
        QTest::qWait(100);
    }

    void reportHasThePaidSection()
    {
        ReportData data;
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            AnalyticsSource source(db);
            QVERIFY2(ReportData::build(source, m_period, 10, &data, &error), qPrintable(error));
        }
        QVERIFY(data.hasPaid);
        const Core c = core(m_path, m_period, QStringLiteral("CNY"), 30);
        QCOMPARE(data.paid.payingMembers, c.current.payingMembers);
        QCOMPARE(data.paid.renewalRate, c.current.renewalRate);
        QCOMPARE(data.paid.revenue, c.current.revenue);
        QCOMPARE(data.paidTrend.renewalsByMonth.size(), 12);
        QCOMPARE(data.renewalRisk.rows.size(), c.risk.rows.size());
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QString pdf = m_dir.filePath(QStringLiteral("report_%1.pdf").arg(lang));
            QString error;
            QVERIFY2(PdfReportWriter::write(data, pdf, lang, &error), qPrintable(error));
            QVERIFY(QFileInfo(pdf).size() > 10000);
        }
    }

    void emptyStateWithoutMemberships()
    {
        const QString path = m_dir.filePath(QStringLiteral("chat-only.kindred"));
        QString error;
        QVERIFY2(uitest::buildWorkspace(path, &error), qPrintable(error));
        MembershipsPage page;
        page.resize(900, 700);
        page.show();
        QSignalSpy spy(&page, &Page::loaded);
        page.reload({path, {uitest::kLastDay.addDays(-29), uitest::kLastDay}});
        QVERIFY(QTest::qWaitFor([&]() { return spy.count() > 0 && !page.isLoading(); }, kTimeout));
        QVERIFY(page.isShowingEmptyState());
        QCOMPARE(page.emptyState()->headline(), QStringLiteral("No memberships yet"));
        QVERIFY(page.emptyState()->detail().contains(QStringLiteral("File > Import")));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("importButton")));
        // The report leaves the paid section out.
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            AnalyticsSource source(db);
            ReportData data;
            QVERIFY2(
                ReportData::build(source, {uitest::kFirstDay, uitest::kLastDay}, 10, &data, &error),
                qPrintable(error));
            QVERIFY(!data.hasPaid);
        }
        // No workspace at all: the common welcome.
        page.reload({});
        QVERIFY(page.isShowingEmptyState());
        QVERIFY(page.emptyState()->headline() != QStringLiteral("No memberships yet"));
    }
};

QTEST_MAIN(TestMembershipsPage)
#include "tst_memberships_page.moc"
