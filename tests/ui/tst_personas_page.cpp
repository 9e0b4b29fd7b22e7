// The Personas & prediction page against the core: on the demo community the chosen k, the
// silhouettes, the clusters (names, sizes, standardised centroids) and the member lists equal
// Personas'; the predictions, the held-out error labels and the tooltips equal
// ActivityPrediction's; the at-risk filter keeps exactly the members with risk >= threshold;
// CSV export, double-click → memberRequested, the period of the page's context, and the
// message shown when a workspace is too short to model (the 60-day UI test workspace).
// Hand-made reports check the filter and the silhouette model row by row.
#include "UiTestWorkspace.h"
#include "analytics/ActivityPrediction.h"
#include "analytics/Personas.h"
#include "demo/DemoGenerator.h"
#include "models/ModelRoles.h"
#include "models/PersonaClusterModel.h"
#include "models/PersonaMemberModel.h"
#include "models/PredictionFilterProxy.h"
#include "models/PredictionModel.h"
#include "models/SilhouetteModel.h"
#include "pages/PersonasPage.h"
#include "storage/Database.h"
#include "widgets/PersonaPanel.h"
#include "widgets/PredictionPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <set>

using namespace kindred;

namespace {

constexpr int kTimeout = 60000;

struct CoreFigures
{
    Period period;
    PersonasResult personas;
    bool personasOk = false;
    QString personasError;
    PredictionReport prediction;
};

CoreFigures coreFigures(const QString &path, const Period &period)
{
    CoreFigures c;
    c.period = period;
    Database db;
    QString error;
    if (!db.open(path, &error))
        return c;
    AnalyticsSource source(db);
    if (!source.load(&error))
        return c;
    c.personasOk = Personas::compute(source, period, PersonasOptions{}, &c.personas, &error);
    c.personasError = error;
    PredictionOptions options;
    options.asOf = PersonasPage::predictionDay(period, source.lastMessageDate());
    c.prediction = ActivityPrediction::run(source, options);
    return c;
}

QDate lastMessageDay(const QString &path)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return {};
    AnalyticsSource source(db);
    return source.load(&error) ? source.lastMessageDate() : QDate();
}

/// A report with members of the given churn probabilities (ids 1..n).
PredictionReport handMadeReport(const QList<double> &risks)
{
    PredictionReport r;
    r.ok = true;
    r.lastDay = QDate(2026, 10, 31);
    r.mae = 1.25;
    r.baselineMae = 2.5;
    r.rmse = 2.0;
    r.baselineRmse = 3.0;
    r.auc = 0.8125;
    r.baselineAuc = 0.75;
    for (int i = 0; i < risks.size(); ++i) {
        MemberPrediction p;
        p.memberId = i + 1;
        p.name = QStringLiteral("m%1").arg(i + 1);
        p.churnProbability = risks.at(i);
        p.activeDaysNext = 30.0 * (1.0 - risks.at(i));
        r.members.push_back(p);
    }
    return r;
}

} // namespace

class TestPersonasPage : public QObject
{
    Q_OBJECT

private:
    bool loadPage(const QString &path, const Period &period)
    {
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->reload(PageContext{path, period});
        return QTest::qWaitFor([&]() { return loaded.count() > 0 && !m_page->isLoading(); },
                               kTimeout);
    }
    PersonaPanel *personas() const { return m_page->personaPanel(); }
    PredictionPanel *prediction() const { return m_page->predictionPanel(); }
    /// What a real double-click sends: press, release, double-click, release.
    static void doubleClick(QTableView *view, const QModelIndex &index)
    {
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
    }
    static QString loc(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }

    QTemporaryDir m_dir;
    QString m_demo;
    CoreFigures m_core;
    std::unique_ptr<PersonasPage> m_page;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.kindred"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_demo, &error), qPrintable(error));
            QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        }
        const QDate last = lastMessageDay(m_demo);
        QCOMPARE(last, DemoOptions{}.endDate);
        m_core = coreFigures(m_demo, Period::ending(last, 90));
        QVERIFY2(m_core.personasOk, qPrintable(m_core.personasError));
        QVERIFY2(m_core.prediction.ok, qPrintable(m_core.prediction.error));
        m_page = std::make_unique<PersonasPage>();
        m_page->resize(1280, 820);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(loadPage(m_demo, m_core.period));
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->title(), QStringLiteral("Personas & prediction"));
    }

    void silhouettesAndChosenK()
    {
        const PersonasResult &r = m_core.personas;
        const SilhouetteModel *m = personas()->silhouetteModel();
        QCOMPARE(m->rowCount(), int(r.scores.size()));
        QCOMPARE(m->rowCount(), PersonasOptions{}.kMax - PersonasOptions{}.kMin + 1);
        QCOMPARE(m->chosenK(), r.k);
        QCOMPARE(m->index(m->chosenRow(), SilhouetteModel::K).data(SortRole).toInt(), r.k);
        for (int row = 0; row < m->rowCount(); ++row) {
            const KScore &s = r.scores[size_t(row)];
            QCOMPARE(m->index(row, SilhouetteModel::K).data(SortRole).toInt(), s.k);
            QCOMPARE(m->index(row, SilhouetteModel::Silhouette).data().toString(),
                     loc(s.silhouette, 3));
            QCOMPARE(m->index(row, SilhouetteModel::Silhouette).data(SortRole).toDouble(),
                     s.silhouette);
            QVERIFY(s.silhouette <= r.silhouette);
            // Only the chosen row is bold and marked.
            const bool chosen = s.k == r.k;
            QCOMPARE(m->index(row, SilhouetteModel::K).data(Qt::FontRole).isValid(), chosen);
            QCOMPARE(m->index(row, SilhouetteModel::K).data().toString().contains(u'✓'), chosen);
        }
        const QString summary = personas()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("%1 personas").arg(r.k)), qPrintable(summary));
        QVERIFY2(summary.contains(loc(r.silhouette, 3)), qPrintable(summary));
        QVERIFY2(summary.contains(QLocale().toString(r.memberCount)), qPrintable(summary));
    }

    void clustersEqualCore()
    {
        const PersonasResult &r = m_core.personas;
        const PersonaClusterModel *m = personas()->clusterModel();
        QCOMPARE(m->rowCount(), r.k);
        int total = 0;
        for (int row = 0; row < m->rowCount(); ++row) {
            const Persona &p = r.personas[size_t(row)];
            QCOMPARE(m->index(row, PersonaClusterModel::Name).data().toString(), p.name);
            QCOMPARE(m->index(row, PersonaClusterModel::Members).data(SortRole).toInt(), p.size);
            QCOMPARE(m->index(row, PersonaClusterModel::Name).data(Qt::ToolTipRole).toString(),
                     p.why);
            for (int f = 0; f < kMemberFeatureCount; ++f) {
                const QModelIndex cell = m->index(row, PersonaClusterModel::FirstFeature + f);
                QCOMPARE(cell.data(SortRole).toDouble(), p.centroidZ[size_t(f)]);
                const QString shown = cell.data().toString();
                QVERIFY2(shown.endsWith(loc(std::abs(p.centroidZ[size_t(f)]), 2)),
                         qPrintable(shown));
                // The tooltip gives the cluster's and everyone's mean in the feature's unit.
                const QString tip = cell.data(Qt::ToolTipRole).toString();
                QVERIFY2(tip.contains(
                             MemberFeatures::formatValue(MemberFeature(f), p.centroid[size_t(f)])),
                         qPrintable(tip));
                QVERIFY2(tip.contains(MemberFeatures::formatValue(MemberFeature(f),
                                                                  r.overallMean[size_t(f)])),
                         qPrintable(tip));
            }
            total += m->index(row, PersonaClusterModel::Members).data(SortRole).toInt();
        }
        QCOMPARE(total, r.memberCount);
    }

    void memberListOfSelectedCluster()
    {
        const PersonasResult &r = m_core.personas;
        for (int row : {r.k - 1, 0}) {
            personas()->selectCluster(row);
            QCOMPARE(personas()->selectedCluster(), row);
            const PersonaMemberModel *m = personas()->memberModel();
            const Persona &p = r.personas[size_t(row)];
            QCOMPARE(m->rowCount(), p.size);
            std::vector<qint64> ids;
            for (int i = 0; i < m->rowCount(); ++i)
                ids.push_back(m->index(i, 0).data(IdRole).toLongLong());
            std::sort(ids.begin(), ids.end());
            QCOMPARE(ids, p.members);
            QCOMPARE(personas()->findChild<QLabel *>(QStringLiteral("clusterWhy"))->text(), p.why);
        }
        // Clicking a cluster row selects it too.
        QTableView *clusters = personas()->clusterView();
        const QModelIndex second = clusters->model()->index(1, 0);
        QTest::mouseClick(clusters->viewport(), Qt::LeftButton, {},
                          clusters->visualRect(second).center());
        QCOMPARE(personas()->selectedCluster(), 1);
        QCOMPARE(personas()->memberModel()->rowCount(), r.personas[1].size);
    }

    void doubleClickRequestsMember()
    {
        m_page->tabs()->setCurrentIndex(0);
        QSignalSpy requested(m_page.get(), &Page::memberRequested);
        QTableView *members = personas()->memberView();
        const QModelIndex first = members->model()->index(0, 0);
        const qint64 id = first.data(IdRole).toLongLong();
        QVERIFY(id > 0);
        doubleClick(members, first);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toLongLong(), id);

        m_page->tabs()->setCurrentIndex(1);
        QTableView *table = prediction()->view();
        const QModelIndex top = table->model()->index(0, PredictionModel::Name);
        doubleClick(table, top);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.last().first().toLongLong(), top.data(IdRole).toLongLong());
    }

    void predictionsEqualCore()
    {
        const PredictionReport &r = m_core.prediction;
        const PredictionModel *m = prediction()->model();
        QCOMPARE(m->rowCount(), int(r.members.size()));
        QCOMPARE(m->rowCount(), r.live.rows);
        for (int row = 0; row < m->rowCount(); ++row) {
            const MemberPrediction &p = r.members[size_t(row)];
            QCOMPARE(m->index(row, 0).data(IdRole).toLongLong(), p.memberId);
            QCOMPARE(m->index(row, PredictionModel::ActiveDaysNext).data(SortRole).toDouble(),
                     p.activeDaysNext);
            QCOMPARE(m->index(row, PredictionModel::ChurnRisk).data(SortRole).toDouble(),
                     p.churnProbability);
            QCOMPARE(m->index(row, PredictionModel::ActiveDays30).data(SortRole).toInt(),
                     p.activeDays30);
            QCOMPARE(m->index(row, PredictionModel::DaysSinceActive).data(SortRole).toInt(),
                     p.daysSinceActive);
        }
    }

    void errorFiguresBesideThePredictions()
    {
        const PredictionReport &r = m_core.prediction;
        const QString activity = prediction()->activityErrorText();
        for (const QString &figure :
             {loc(r.mae, 2), loc(r.baselineMae, 2), loc(r.rmse, 2), loc(r.baselineRmse, 2)})
            QVERIFY2(activity.contains(figure),
                     qPrintable(activity + QStringLiteral(" / ") + figure));
        QVERIFY(activity.contains(QStringLiteral("MAE %1 days").arg(loc(r.mae, 2))));
        const QString churn = prediction()->churnQualityText();
        QVERIFY2(churn.contains(QStringLiteral("AUC %1").arg(loc(r.auc, 3))), qPrintable(churn));
        QVERIFY2(churn.contains(loc(r.baselineAuc, 3)), qPrintable(churn));
        const QString windows = prediction()->windowsText();
        for (const QDate &d : {r.train.cutoff, r.eval.cutoff, r.live.cutoff, r.eval.labelsTo})
            QVERIFY2(windows.contains(d.toString(Qt::ISODate)), qPrintable(windows));
        for (int n : {r.train.rows, r.eval.rows, r.live.rows})
            QVERIFY2(windows.contains(QLocale().toString(n)), qPrintable(windows));
        QCOMPARE(r.live.cutoff, DemoOptions{}.endDate);
        // Every prediction cell carries the error in its tooltip.
        const QAbstractItemModel *view = prediction()->view()->model();
        for (int row : {0, view->rowCount() - 1}) {
            const QString days =
                view->index(row, PredictionModel::ActiveDaysNext).data(Qt::ToolTipRole).toString();
            QVERIFY2(days.contains(PredictionModel::activityError(r)), qPrintable(days));
            QVERIFY(days.contains(r.eval.cutoff.toString(Qt::ISODate)));
            const QString risk =
                view->index(row, PredictionModel::ChurnRisk).data(Qt::ToolTipRole).toString();
            QVERIFY2(risk.contains(PredictionModel::churnQuality(r)), qPrintable(risk));
            QVERIFY(risk.contains(r.train.cutoff.toString(Qt::ISODate)));
        }
    }

    void atRiskFilter()
    {
        const PredictionReport &r = m_core.prediction;
        auto atRisk = [&](double t) {
            return int(
                std::count_if(r.members.begin(), r.members.end(),
                              [t](const MemberPrediction &p) { return p.churnProbability >= t; }));
        };
        QVERIFY(prediction()->atRiskOnly()->isChecked()); // the default: the at-risk list
        QCOMPARE(prediction()->threshold()->value(), 0.5);
        const QAbstractItemModel *view = prediction()->view()->model();
        QCOMPARE(view->rowCount(), atRisk(0.5));
        QVERIFY(atRisk(0.5) > 0 && atRisk(0.5) < int(r.members.size()));
        prediction()->threshold()->setValue(0.3);
        QCOMPARE(view->rowCount(), atRisk(0.3));
        QVERIFY(atRisk(0.3) > atRisk(0.5));
        const QString count =
            prediction()->findChild<QLabel *>(QStringLiteral("predictionCount"))->text();
        QVERIFY2(count.startsWith(QLocale().toString(atRisk(0.3))), qPrintable(count));
        prediction()->atRiskOnly()->setChecked(false);
        QCOMPARE(view->rowCount(), int(r.members.size()));
        prediction()->atRiskOnly()->setChecked(true);
        prediction()->threshold()->setValue(0.5);
        QCOMPARE(view->rowCount(), atRisk(0.5));
        for (int row = 0; row < view->rowCount(); ++row)
            QVERIFY(view->index(row, 0).data(PredictionModel::ChurnRole).toDouble() >= 0.5);
    }

    void sortable()
    {
        QTableView *table = prediction()->view();
        const QAbstractItemModel *view = table->model();
        table->sortByColumn(PredictionModel::ActiveDaysNext, Qt::AscendingOrder);
        for (int row = 1; row < view->rowCount(); ++row)
            QVERIFY(
                view->index(row - 1, PredictionModel::ActiveDaysNext).data(SortRole).toDouble() <=
                view->index(row, PredictionModel::ActiveDaysNext).data(SortRole).toDouble());
        table->sortByColumn(PredictionModel::ChurnRisk, Qt::DescendingOrder);
        for (int row = 1; row < view->rowCount(); ++row)
            QVERIFY(view->index(row - 1, PredictionModel::ChurnRisk).data(SortRole).toDouble() >=
                    view->index(row, PredictionModel::ChurnRisk).data(SortRole).toDouble());
    }

    void exportsAtRiskCsv()
    {
        const QAbstractItemModel *view = prediction()->view()->model();
        const QString path = m_dir.filePath(QStringLiteral("at-risk.csv"));
        QString error;
        QVERIFY2(prediction()->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), view->rowCount() + 1);
        QCOMPARE(lines.first(),
                 QStringLiteral("Member,\"Active days, next 30\",Churn risk,\"Active days, last "
                                "30\",Days since active,Why (churn log-odds),Member ID"));
        // The first data row: the riskiest member, raw numbers.
        const MemberPrediction &top = m_core.prediction.members.front();
        const QString first = lines.at(1);
        QVERIFY2(first.endsWith(QLatin1Char(',') + QString::number(top.memberId)),
                 qPrintable(first));
        QVERIFY2(first.contains(QLatin1Char(',') + QString::number(top.churnProbability, 'f', 4) +
                                QLatin1Char(',')),
                 qPrintable(first));
        for (int row = 1; row < lines.size(); ++row) {
            const qint64 id = lines.at(row).section(QLatin1Char(','), -1).toLongLong();
            QCOMPARE(id, view->index(row - 1, 0).data(IdRole).toLongLong());
        }
    }

    void modelsPassModelTester()
    {
        using T = QAbstractItemModelTester;
        T silhouettes(personas()->silhouetteModel(), T::FailureReportingMode::QtTest);
        T clusters(personas()->clusterModel(), T::FailureReportingMode::QtTest);
        T members(personas()->memberModel(), T::FailureReportingMode::QtTest);
        T memberView(personas()->memberView()->model(), T::FailureReportingMode::QtTest);
        T predictions(prediction()->model(), T::FailureReportingMode::QtTest);
        T filtered(prediction()->proxy(), T::FailureReportingMode::QtTest);
        for (int c = 0; c < PersonaMemberModel::ColumnCount; ++c)
            personas()->memberView()->sortByColumn(c, Qt::AscendingOrder);
        for (int c = 0; c < PredictionModel::ColumnCount; ++c)
            prediction()->view()->sortByColumn(c, Qt::DescendingOrder);
        prediction()->view()->sortByColumn(PredictionModel::ChurnRisk, Qt::DescendingOrder);
        personas()->selectCluster(2);
        prediction()->threshold()->setValue(0.8);
        prediction()->atRiskOnly()->setChecked(false);
        prediction()->atRiskOnly()->setChecked(true);
        prediction()->threshold()->setValue(0.5);
        QVERIFY(loadPage(m_demo, m_core.period)); // resets every model
        personas()->selectCluster(0);
    }

    void screenshot()
    {
        m_page->tabs()->setCurrentIndex(0);
        personas()->selectCluster(1);
        personas()->memberView()->sortByColumn(PersonaMemberModel::Messages, Qt::DescendingOrder);
        prediction()->view()->sortByColumn(PredictionModel::ChurnRisk, Qt::DescendingOrder);
        QTest::qWait(50);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/personas_page.png")));
        m_page->tabs()->setCurrentIndex(1);
        QTest::qWait(50);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/personas_page_prediction.png")));
        m_page->tabs()->setCurrentIndex(0);
    }

    void followsThePeriod()
    {
        // An earlier, shorter period: personas of those 30 days, predictions as of their end.
        const Period period{QDate(2026, 7, 1), QDate(2026, 7, 30)};
        const CoreFigures core = coreFigures(m_demo, period);
        QVERIFY(core.personasOk && core.prediction.ok);
        QVERIFY(loadPage(m_demo, period));
        QCOMPARE(personas()->clusterModel()->rowCount(), core.personas.k);
        QCOMPARE(personas()->silhouetteModel()->chosenK(), core.personas.k);
        int total = 0;
        for (int row = 0; row < core.personas.k; ++row) {
            QCOMPARE(personas()->clusterModel()->persona(row).members,
                     core.personas.personas[size_t(row)].members);
            total += personas()->clusterModel()->persona(row).size;
        }
        QCOMPARE(total, core.personas.memberCount);
        QCOMPARE(prediction()->model()->report().lastDay, period.to);
        QCOMPARE(prediction()->model()->rowCount(), int(core.prediction.members.size()));
        QVERIFY(prediction()->churnQualityText().contains(loc(core.prediction.auc, 3)));
        QVERIFY(prediction()->windowsText().contains(QStringLiteral("2026-07-30")));
        QVERIFY(loadPage(m_demo, m_core.period));
    }

    void tooShortToModel()
    {
        // The 60-day UI workspace: prediction needs 150 days of history, the page says so.
        const QString path = m_dir.filePath(QStringLiteral("short.kindred"));
        QString error;
        QVERIFY2(uitest::buildWorkspace(path, &error), qPrintable(error));
        const Period period{uitest::kFirstDay, uitest::kLastDay};
        const CoreFigures core = coreFigures(path, period);
        QVERIFY(!core.prediction.ok);
        QVERIFY(core.prediction.error.contains(QStringLiteral("150")));
        m_page->tabs()->setCurrentIndex(1);
        QVERIFY(loadPage(path, period));
        QVERIFY(!m_page->isShowingEmptyState());
        QVERIFY(
            prediction()->findChild<QLabel *>(QStringLiteral("predictionMessage"))->isVisible());
        const QString message = prediction()->messageText();
        QVERIFY2(message.contains(core.prediction.error), qPrintable(message));
        QVERIFY(message.startsWith(QStringLiteral("Prediction is not available")));
        QCOMPARE(prediction()->model()->rowCount(), 0);
        QVERIFY(!prediction()->view()->isVisible());
        QVERIFY(prediction()->activityErrorText().isEmpty());
        // Personas still work on its 20 members (or say why not).
        if (core.personasOk) {
            QCOMPARE(personas()->clusterModel()->rowCount(), core.personas.k);
            QCOMPARE(core.personas.memberCount, 20);
        } else {
            QVERIFY(personas()->messageText().contains(core.personasError));
        }
        // A workspace with no members at all: the page's empty state.
        const QString empty = m_dir.filePath(QStringLiteral("empty.kindred"));
        {
            Database db;
            QVERIFY2(db.open(empty, &error), qPrintable(error));
        }
        QVERIFY(loadPage(empty, period));
        QVERIFY(m_page->isShowingEmptyState());
    }

    void thresholdFilter_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<bool>("atRiskOnly");
        QTest::addColumn<QList<qint64>>("shown");
        // Risks of members 1..6: 0.05, 0.5, 0.49, 0.9, 1.0, 0.0.
        QTest::newRow("default 0.5") << 0.5 << true << QList<qint64>{5, 4, 2};
        QTest::newRow("exactly at 0.49") << 0.49 << true << QList<qint64>{5, 4, 2, 3};
        QTest::newRow("0.9 inclusive") << 0.9 << true << QList<qint64>{5, 4};
        QTest::newRow("1.0 only certain") << 1.0 << true << QList<qint64>{5};
        QTest::newRow("0 keeps all") << 0.0 << true << QList<qint64>{5, 4, 2, 3, 1, 6};
        QTest::newRow("filter off") << 0.9 << false << QList<qint64>{5, 4, 2, 3, 1, 6};
    }

    void thresholdFilter()
    {
        QFETCH(double, threshold);
        QFETCH(bool, atRiskOnly);
        QFETCH(QList<qint64>, shown);
        PredictionModel model;
        model.setReport(handMadeReport({0.05, 0.5, 0.49, 0.9, 1.0, 0.0}));
        PredictionFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setAtRiskOnly(atRiskOnly);
        proxy.setThreshold(threshold);
        proxy.sort(PredictionModel::ChurnRisk, Qt::DescendingOrder);
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(IdRole).toLongLong();
        QCOMPARE(ids, shown);
        // The display of a risk is a whole percent; the CSV keeps four decimals.
        QCOMPARE(model.index(2, PredictionModel::ChurnRisk).data().toString(),
                 QLocale().toString(49.0, 'f', 0) + QLatin1Char('%'));
        QCOMPARE(model.index(2, PredictionModel::ChurnRisk).data(ExportRole).toString(),
                 QStringLiteral("0.4900"));
        QCOMPARE(PredictionModel::activityError(model.report()),
                 QStringLiteral("MAE %1 days (baseline %2), RMSE %3 (baseline %4)")
                     .arg(loc(1.25, 2), loc(2.5, 2), loc(2.0, 2), loc(3.0, 2)));
        QCOMPARE(PredictionModel::churnQuality(model.report()),
                 QStringLiteral("AUC %1 (baseline %2)").arg(loc(0.8125, 3), loc(0.75, 3)));
    }

    void silhouetteModelMarksChosenK()
    {
        SilhouetteModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        model.setScores({{2, 0.25, 10.0}, {3, 0.5, 6.0}, {4, nan, 0.0}}, 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.chosenRow(), 1);
        QCOMPARE(model.index(1, SilhouetteModel::K).data().toString(), QStringLiteral("3 ✓"));
        QCOMPARE(model.index(0, SilhouetteModel::K).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, SilhouetteModel::Silhouette).data().toString(), loc(0.25, 3));
        QCOMPARE(model.index(2, SilhouetteModel::Silhouette).data().toString(),
                 QStringLiteral("n/a"));
        QVERIFY(!model.index(2, SilhouetteModel::Silhouette).data(SortRole).isValid());
        model.setScores({}, 0);
        QCOMPARE(model.chosenRow(), -1);
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestPersonasPage)
#include "tst_personas_page.moc"
