// The Recommendations page on the demo community: the silent members, their re-share list and
// a member's learning partners equal core/analytics/Recommendations.h's; the evaluation header
// shows the core's HR@10 figures; selecting a silent member filters the threads; the picker
// shows that member's partners; double clicks ask for the member; "Export CSV…" writes the
// re-share list with a UTF-8 BOM; the models pass QAbstractItemModelTester. Saves
// /tmp/recommendations_page.png.
#include "analytics/AnalyticsSource.h"
#include "analytics/Recommendations.h"
#include "demo/DemoGenerator.h"
#include "models/ModelRoles.h"
#include "models/RecommendationModels.h"
#include "pages/RecommendationsPage.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 120000;

} // namespace

class TestRecommendationsPage : public QObject
{
    Q_OBJECT

private:
    bool loadPage(const Period &period)
    {
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->reload(PageContext{m_path, period});
        return QTest::qWaitFor([&]() { return loaded.count() > 0 && !m_page->isLoading(); },
                               kTimeout);
    }

    QTemporaryDir m_dir;
    QString m_path;
    Period m_period;
    RecommendationResult m_core;
    std::unique_ptr<RecommendationsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.kindred"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        AnalyticsSource source(db);
        QVERIFY(source.load(&error));
        const QDate last = source.lastMessageDate();
        m_period = Period{last.addDays(-29), last};
        QVERIFY2(
            Recommendations::compute(source, m_period, RecommendationOptions{}, &m_core, &error),
            qPrintable(error));
        m_page = std::make_unique<RecommendationsPage>();
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_page->silentModel(), m_page->reshareModel(), m_page->threadsProxy(),
                 m_page->partnerModel()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QCOMPARE(m_page->title(), QStringLiteral("Recommendations"));
        QVERIFY(loadPage(m_period));
        QVERIFY(!m_page->isShowingEmptyState());
    }

    void rowsEqualTheCore()
    {
        const SilentMemberModel *silent = m_page->silentModel();
        QVERIFY(!m_core.silent.empty());
        QCOMPARE(silent->rowCount(), int(m_core.silent.size()));
        int total = 0;
        for (int row = 0; row < silent->rowCount(); ++row) {
            const SilentRecommendations &s = m_core.silent[size_t(row)];
            QCOMPARE(silent->index(row, 0).data(IdRole).toLongLong(), s.memberId);
            QCOMPARE(silent->index(row, SilentMemberModel::Name).data().toString(), s.name);
            QCOMPARE(silent->index(row, SilentMemberModel::Threads).data(SortRole).toInt(),
                     int(s.threads.size()));
            total += int(s.threads.size());
        }
        const ReshareModel *reshare = m_page->reshareModel();
        QCOMPARE(reshare->rowCount(), total);
        int row = 0;
        for (const SilentRecommendations &s : m_core.silent)
            for (const ThreadRecommendation &t : s.threads) {
                QCOMPARE(reshare->index(row, 0).data(IdRole).toLongLong(), s.memberId);
                QCOMPARE(reshare->index(row, ReshareModel::Score).data(SortRole).toDouble(),
                         t.score);
                QCOMPARE(reshare->index(row, ReshareModel::Thread).data().toString(),
                         m_core.data.threads[size_t(t.thread)].excerpt);
                QCOMPARE(reshare->index(row, ReshareModel::Channel).data().toString(),
                         m_core.data.threads[size_t(t.thread)].channelName);
                QVERIFY(reshare->index(row, ReshareModel::Because)
                            .data()
                            .toString()
                            .contains(
                                m_core.data.threads[size_t(t.because.front().thread)].excerpt.left(
                                    60)));
                QVERIFY(!reshare->index(row, ReshareModel::Score)
                             .data(Qt::ToolTipRole)
                             .toString()
                             .isEmpty());
                ++row;
            }
    }

    void evaluationHeaderShowsTheCoreFigures()
    {
        const RecommendationEvaluation &ev = m_core.evaluation;
        QVERIFY(ev.evaluatedMembers > 0);
        QCOMPARE(m_page->result()->evaluation.cfHits, ev.cfHits);
        QCOMPARE(m_page->result()->evaluation.popularityHits, ev.popularityHits);
        const QString text = m_page->evaluationLabel()->text();
        const QLocale locale;
        QVERIFY2(text.contains(locale.toString(ev.cfHitRate * 100.0, 'f', 1) + QLatin1Char('%')),
                 qPrintable(text));
        QVERIFY2(
            text.contains(locale.toString(ev.popularityHitRate * 100.0, 'f', 1) + QLatin1Char('%')),
            qPrintable(text));
        QVERIFY(text.contains(locale.toString(ev.evaluatedMembers)));
        QVERIFY(text.contains(QStringLiteral("HR@10")));
        QVERIFY(m_page->evaluationLabel()->isVisible());
        QVERIFY(m_page->evaluationLabel()->toolTip().contains(QString::number(ev.cfHits)));
    }

    void selectingASilentMemberFiltersTheThreads()
    {
        const SilentRecommendations *chosen = nullptr;
        for (const SilentRecommendations &s : m_core.silent)
            if (s.threads.size() >= 2 && (!chosen || s.memberId != m_core.silent[0].memberId))
                chosen = &s;
        QVERIFY(chosen);
        QTableView *view = m_page->silentView();
        const int row = m_page->silentModel()->rowOfMember(chosen->memberId);
        QVERIFY(row >= 0);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        QVERIFY(proxy);
        const QModelIndex index = proxy->mapFromSource(m_page->silentModel()->index(row, 0));
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(m_page->threadsProxy()->rowCount(), int(chosen->threads.size()));
        for (int r = 0; r < m_page->threadsProxy()->rowCount(); ++r) {
            const QModelIndex i = m_page->threadsProxy()->index(r, ReshareModel::Rank);
            QCOMPARE(i.data(IdRole).toLongLong(), chosen->memberId);
            const int rank = i.data(SortRole).toInt();
            QCOMPARE(
                m_page->threadsProxy()->index(r, ReshareModel::Score).data(SortRole).toDouble(),
                chosen->threads[size_t(rank - 1)].score);
        }

        QSignalSpy requested(m_page.get(), &Page::memberRequested);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), chosen->memberId);
    }

    void pickerShowsPartners()
    {
        // The most engaged member (the page's default) and another with partners.
        qint64 busiest = 0;
        size_t most = 0;
        for (const qint64 id : m_core.matrix.members())
            if (m_core.matrix.threadsOf(id).size() > most) {
                most = m_core.matrix.threadsOf(id).size();
                busiest = id;
            }
        QCOMPARE(m_page->memberPicker()->currentData().toLongLong(), busiest);
        const std::vector<PartnerSuggestion> expected = m_core.partners(busiest);
        QVERIFY(!expected.empty());
        const PartnerModel *model = m_page->partnerModel();
        QCOMPARE(model->rowCount(), int(expected.size()));
        for (int r = 0; r < model->rowCount(); ++r) {
            QCOMPARE(model->index(r, 0).data(IdRole).toLongLong(), expected[size_t(r)].memberId);
            QCOMPARE(model->index(r, PartnerModel::Similarity).data(SortRole).toDouble(),
                     expected[size_t(r)].similarity);
            QCOMPARE(model->index(r, PartnerModel::Shared).data(SortRole).toInt(),
                     int(expected[size_t(r)].sharedThreads.size()));
            QVERIFY(!m_core.data.replied(busiest, expected[size_t(r)].memberId));
        }

        // Choose another member through the picker.
        QComboBox *picker = m_page->memberPicker();
        const qint64 other = expected.front().memberId;
        const int i = picker->findData(other);
        QVERIFY(i >= 0);
        picker->setCurrentIndex(i);
        emit picker->activated(i);
        const std::vector<PartnerSuggestion> second = m_core.partners(other);
        QCOMPARE(model->rowCount(), int(second.size()));
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, 0).data(IdRole).toLongLong(), second[size_t(r)].memberId);

        if (model->rowCount() > 0) {
            QTableView *view = m_page->partnerView();
            QSignalSpy requested(m_page.get(), &Page::memberRequested);
            const QModelIndex index = model->index(0, 0);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(index).center());
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {},
                               view->visualRect(index).center());
            QCOMPARE(requested.count(), 1);
            QCOMPARE(requested.at(0).at(0).toLongLong(), second.front().memberId);
        }
        m_page->showPartnersOf(busiest);
    }

    void exportWritesTheReshareList()
    {
        const QString path = m_dir.filePath(QStringLiteral("reshare.csv"));
        QString error;
        QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        // Excerpts are one line (simplified), so one CRLF per row and the header.
        QCOMPARE(text.count(QStringLiteral("\r\n")), m_page->reshareModel()->rowCount() + 1);
        QVERIFY(text.startsWith(QStringLiteral("Member,Rank,Thread,Channel,Started,Score,Why")));
        QVERIFY(text.contains(m_core.silent.front().threads.empty() ? QString()
                                                                    : m_core.silent.front().name));
    }

    void screenshot()
    {
        m_page->selectSilentMember(m_core.silent.front().memberId);
        QTest::qWait(50);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/recommendations_page.png")));
    }
};

QTEST_MAIN(TestRecommendationsPage)
#include "tst_recommendations_page.moc"
