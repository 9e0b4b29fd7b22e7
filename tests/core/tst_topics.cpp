// Topics: ICU word segmentation (Chinese + English), TF-IDF and rising scores on a
// hand-computed corpus, clustering of a separable corpus, and the demo community.

#include "analytics/AnalyticsSource.h"
#include "analytics/Topics.h"
#include "analytics/WordSegmenter.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kindred;

namespace {

TopicDocument doc(const QDate &date, const QString &text)
{
    static qint64 nextId = 1;
    TopicDocument d;
    d.messageId = nextId++;
    d.day = date.toJulianDay();
    d.sentAt = QDateTime(date, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    d.text = text;
    return d;
}

const TopicTerm *find(const QList<TopicTerm> &terms, const QString &term)
{
    for (const TopicTerm &t : terms)
        if (t.term == term)
            return &t;
    return nullptr;
}

} // namespace

class TestTopics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void segmentation_data();
    void segmentation();
    void keyphrases();
    void tfidfHandComputed();
    void risingTermRanksFirst();
    void clustersSeparableCorpus();
    void demoCommunity();
    void cliJsonEqualsCore();

private:
    QTemporaryDir m_dir;
    Database m_demo;
};

void TestTopics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(WordSegmenter().isValid());
}

void TestTopics::segmentation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("chinese") << QStringLiteral("我们今天讨论Rust的所有权和借用")
                             << QStringList{QStringLiteral("今天"), QStringLiteral("讨论"),
                                            QStringLiteral("rust"), QStringLiteral("所有权"),
                                            QStringLiteral("借用")}
                             << QStringList{QStringLiteral("的"), QStringLiteral("我们"),
                                            QStringLiteral("和"), QStringLiteral("Rust")};
    QTest::newRow("english stop words")
        << QStringLiteral("The borrow checker is really strict about lifetimes!")
        << QStringList{QStringLiteral("borrow"), QStringLiteral("checker"),
                       QStringLiteral("strict"), QStringLiteral("lifetimes")}
        << QStringList{QStringLiteral("the"), QStringLiteral("is"), QStringLiteral("really"),
                       QStringLiteral("about"), QStringLiteral("!")};
    QTest::newRow("url dropped")
        << QStringLiteral("看看这个文档 https://doc.rust-lang.org/book/ch04.html 很有用")
        << QStringList{QStringLiteral("文档")}
        << QStringList{QStringLiteral("https"), QStringLiteral("doc"),  QStringLiteral("book"),
                       QStringLiteral("html"),  QStringLiteral("rust"), QStringLiteral("org")};
    QTest::newRow("mixed mention code number")
        << QStringLiteral("@alice 用 tokio 写异步代码 `let x = 1;` 跑了 3 天，真方便")
        << QStringList{QStringLiteral("tokio"), QStringLiteral("异步"), QStringLiteral("代码")}
        << QStringList{QStringLiteral("alice"), QStringLiteral("let"), QStringLiteral("x"),
                       QStringLiteral("3"), QStringLiteral("，")};
    QTest::newRow("full width NFKC")
        << QStringLiteral("ＲＵＳＴ 编译器")
        << QStringList{QStringLiteral("rust"), QStringLiteral("编译器")}
        << QStringList{QStringLiteral("ＲＵＳＴ")};
    QTest::newRow("emoji and numbers only")
        << QStringLiteral("+1 🙏 2026 ...") << QStringList{} << QStringList{QStringLiteral("1")};
}

void TestTopics::segmentation()
{
    QFETCH(QString, text);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    WordSegmenter segmenter;
    const QStringList tokens = segmenter.tokens(text);
    for (const QString &p : present)
        QVERIFY2(tokens.contains(p),
                 qPrintable(p + QStringLiteral(" not in ") + tokens.join(QLatin1Char('|'))));
    for (const QString &a : absent)
        QVERIFY2(!tokens.contains(a),
                 qPrintable(a + QStringLiteral(" in ") + tokens.join(QLatin1Char('|'))));
    for (const QString &t : tokens)
        QVERIFY2(!WordSegmenter::stopWords().contains(t), qPrintable(t));
    if (present.isEmpty())
        QVERIFY2(tokens.isEmpty(), qPrintable(tokens.join(QLatin1Char('|'))));
}

void TestTopics::keyphrases()
{
    WordSegmenter segmenter;
    const Segmented s = segmenter.segment(QStringLiteral("The borrow checker, again. 异步编程"));
    QVERIFY2(s.phrases.contains(QStringLiteral("borrow checker")),
             qPrintable(s.phrases.join(QLatin1Char('|'))));
    // "checker" and "again" are separated by a comma: no phrase across punctuation.
    for (const QString &p : s.phrases)
        QVERIFY2(!p.contains(QStringLiteral("again")), qPrintable(p));
    QVERIFY2(s.phrases.contains(QStringLiteral("异步编程")),
             qPrintable(s.phrases.join(QLatin1Char('|')) + QStringLiteral(" / ") +
                        s.tokens.join(QLatin1Char('|'))));
}

void TestTopics::tfidfHandComputed()
{
    // Previous period 2026-01-01..07: "python", "python rust" → T' = 3.
    // Period 2026-01-08..14: "rust borrow", "rust async", "python" → N = 3, T = 5.
    const Period period{QDate(2026, 1, 8), QDate(2026, 1, 14)};
    const QList<TopicDocument> previous{doc(QDate(2026, 1, 2), QStringLiteral("python")),
                                        doc(QDate(2026, 1, 2), QStringLiteral("python rust"))};
    const QList<TopicDocument> current{doc(QDate(2026, 1, 9), QStringLiteral("rust borrow")),
                                       doc(QDate(2026, 1, 10), QStringLiteral("rust async")),
                                       doc(QDate(2026, 1, 10), QStringLiteral("python"))};
    TopicOptions options;
    options.minCount = 1;
    TopicsResult r;
    QString error;
    QVERIFY2(Topics::compute(current, previous, period, options, &r, &error), qPrintable(error));
    QCOMPARE(r.documents, 3);
    QCOMPARE(r.previousDocuments, 2);
    QCOMPARE(r.tokens, 5);
    QCOMPARE(r.previousTokens, 3);
    QCOMPARE(r.weekStarts, (QList<QDate>{QDate(2026, 1, 1), QDate(2026, 1, 8)}));

    QStringList order;
    for (const TopicTerm &t : r.keywords)
        order << t.term;
    // rising: async = borrow = (1 + ln 2)·ln 2 ≈ 1.174 > rust ≈ 0.303 > python < 0.
    QCOMPARE(order, (QStringList{QStringLiteral("async"), QStringLiteral("borrow"),
                                 QStringLiteral("rust"), QStringLiteral("python")}));

    const TopicTerm *rust = find(r.keywords, QStringLiteral("rust"));
    QVERIFY(rust);
    QCOMPARE(rust->count, 2);
    QCOMPARE(rust->docs, 2);
    QCOMPARE(rust->previousCount, 1);
    QCOMPARE(rust->change(), 1);
    const double rustIdf = std::log(4.0 / 3.0) + 1.0;
    QCOMPARE(rust->idf, rustIdf);
    QCOMPARE(rust->weight, 2.0 * rustIdf);
    QCOMPARE(rust->expected, 5.0 / 3.0);
    QCOMPARE(rust->rising, 2.0 * rustIdf * std::log(3.0 / (5.0 / 3.0 + 1.0)));
    QCOMPARE(rust->weekly, (std::vector<int>{1, 2}));

    const TopicTerm *borrow = find(r.keywords, QStringLiteral("borrow"));
    QVERIFY(borrow);
    QCOMPARE(borrow->weight, 1.0 + std::log(2.0));
    QCOMPARE(borrow->expected, 0.0);
    QCOMPARE(borrow->rising, (1.0 + std::log(2.0)) * std::log(2.0));
    QCOMPARE(borrow->weekly, (std::vector<int>{0, 1}));

    const TopicTerm *python = find(r.keywords, QStringLiteral("python"));
    QVERIFY(python);
    QCOMPARE(python->previousCount, 2);
    QCOMPARE(python->change(), -1);
    QCOMPARE(python->expected, 10.0 / 3.0);
    QCOMPARE(python->rising, (1.0 + std::log(2.0)) * std::log(2.0 / (10.0 / 3.0 + 1.0)));
    QVERIFY(python->rising < 0.0);

    // Keyphrases: "rust borrow", "rust async" (P = 2), previous "python rust" (P' = 1).
    QCOMPARE(r.phrases, 2);
    QCOMPARE(r.previousPhrases, 1);
    QCOMPARE(r.keyphrases.size(), 2);
    const TopicTerm *phrase = find(r.keyphrases, QStringLiteral("rust borrow"));
    QVERIFY(phrase);
    QVERIFY(phrase->phrase);
    QCOMPARE(phrase->weight, 1.0 + std::log(2.0));

    // minCount = 2 keeps rust only.
    options.minCount = 2;
    QVERIFY(Topics::compute(current, previous, period, options, &r, &error));
    QCOMPARE(r.keywords.size(), 1);
    QCOMPARE(r.keywords.first().term, QStringLiteral("rust"));
    QVERIFY(r.keyphrases.isEmpty());
}

void TestTopics::risingTermRanksFirst()
{
    const Period period{QDate(2026, 3, 1), QDate(2026, 3, 14)};
    QList<TopicDocument> previous;
    QList<TopicDocument> current;
    for (int i = 0; i < 20; ++i) {
        previous << doc(period.from.addDays(-1 - i % 14), QStringLiteral("python 编译器 报错"));
        current << doc(period.from.addDays(i % 14), QStringLiteral("python 编译器 报错"));
    }
    for (int i = 0; i < 4; ++i)
        current << doc(period.from.addDays(10 + i), QStringLiteral("tokio 编译器"));
    TopicsResult r;
    QString error;
    QVERIFY(Topics::compute(current, previous, period, TopicOptions{}, &r, &error));
    QVERIFY(!r.keywords.isEmpty());
    QCOMPARE(r.keywords.first().term, QStringLiteral("tokio"));
    QCOMPARE(r.keywords.first().previousCount, 0);
    QCOMPARE(r.keywords.first().count, 4);
    QVERIFY(r.keywords.first().rising > 0.0);
    // python kept its count but lost share (T grew): negative rising.
    const TopicTerm *python = find(r.keywords, QStringLiteral("python"));
    QVERIFY(python);
    QCOMPARE(python->change(), 0);
    QVERIFY(python->rising < 0.0);
    // 报错 has python's counts: the same rising score.
    const TopicTerm *error2 = find(r.keywords, QStringLiteral("报错"));
    QVERIFY(error2);
    QCOMPARE(error2->rising, python->rising);
}

void TestTopics::clustersSeparableCorpus()
{
    const QStringList rust{QStringLiteral("borrow"), QStringLiteral("checker"),
                           QStringLiteral("lifetime"), QStringLiteral("ownership"),
                           QStringLiteral("trait")};
    const QStringList coffee{QStringLiteral("espresso"), QStringLiteral("latte"),
                             QStringLiteral("beans"), QStringLiteral("grinder"),
                             QStringLiteral("roast")};
    const Period period{QDate(2026, 5, 1), QDate(2026, 5, 30)};
    QList<TopicDocument> current;
    for (int i = 0; i < 40; ++i) {
        const QStringList &words = i % 2 ? coffee : rust;
        const int j = (i / 2) % 5;
        current << doc(
            period.from.addDays(i % 30),
            QStringList{words[j], words[(j + 1) % 5], words[(j + 2) % 5], words[(j + 4) % 5]}.join(
                QLatin1Char(' ')));
    }
    TopicOptions options;
    options.clusters = 2;
    TopicsResult r;
    QString error;
    QVERIFY(Topics::compute(current, {}, period, options, &r, &error));
    QCOMPARE(r.clusteredDocuments, 40);
    QVERIFY2(r.clusterError.isEmpty(), qPrintable(r.clusterError));
    QCOMPARE(r.clusters.size(), 2);
    int rustClusters = 0;
    int coffeeClusters = 0;
    for (const TopicCluster &c : r.clusters) {
        QCOMPARE(c.size, 20);
        QCOMPARE(c.label.size(), 3);
        QVERIFY(!c.examples.isEmpty());
        const QStringList &topic = rust.contains(c.label.first()) ? rust : coffee;
        (topic == rust ? rustClusters : coffeeClusters)++;
        for (const QString &term : c.label)
            QVERIFY2(topic.contains(term), qPrintable(c.label.join(QLatin1Char(','))));
        for (const TopicDocument &e : c.examples)
            QVERIFY2(topic.contains(e.text.section(QLatin1Char(' '), 0, 0)), qPrintable(e.text));
    }
    QCOMPARE(rustClusters, 1);
    QCOMPARE(coffeeClusters, 1);

    // Too few documents: no clusters, a reason instead.
    QVERIFY(Topics::compute(current.mid(0, 6), {}, period, options, &r, &error));
    QVERIFY(r.clusters.isEmpty());
    QVERIFY(!r.clusterError.isEmpty());
}

void TestTopics::demoCommunity()
{
    QString error;
    QVERIFY2(m_demo.open(m_dir.filePath(QStringLiteral("demo.kindred")), &error),
             qPrintable(error));
    QVERIFY2(DemoGenerator::build(m_demo, DemoOptions{}, &error), qPrintable(error));
    AnalyticsSource source(m_demo);
    QVERIFY2(source.load(&error), qPrintable(error));
    const Period period = Period::ending(source.lastMessageDate(), 30);
    QElapsedTimer timer;
    timer.start();
    TopicsResult r;
    QVERIFY2(Topics::load(source, period, TopicOptions{}, &r, &error), qPrintable(error));
    qInfo("demo topics, 30 days: %d documents (%d previous), %lld ms", r.documents,
          r.previousDocuments, qint64(timer.elapsed()));
    QVERIFY(r.documents > 1000);
    QVERIFY(r.previousDocuments > 1000);
    QVERIFY(!r.keywords.isEmpty());
    QVERIFY(!r.keyphrases.isEmpty());
    QCOMPARE(r.weekStarts.size(), 9);
    for (const TopicTerm &t : r.keywords) {
        QVERIFY2(!WordSegmenter::stopWords().contains(t.term), qPrintable(t.term));
        QVERIFY(t.count >= 2);
        QVERIFY(t.docs <= t.count);
        QCOMPARE(int(t.weekly.size()), 9);
        int weeklyDocs = 0;
        for (int w : t.weekly)
            weeklyDocs += w;
        QCOMPARE(weeklyDocs, t.docs + t.previousDocs);
    }
    QStringList top;
    for (int i = 0; i < qMin(10, int(r.keywords.size())); ++i)
        top << QStringLiteral("%1(%2,%3)")
                   .arg(r.keywords[i].term)
                   .arg(r.keywords[i].count)
                   .arg(r.keywords[i].change());
    qInfo("top rising: %s", qPrintable(top.join(QLatin1Char(' '))));
    QVERIFY(!r.clusters.isEmpty());
    for (const TopicCluster &c : r.clusters) {
        qInfo("cluster %d: %s", c.size, qPrintable(c.label.join(QLatin1Char(' '))));
        QVERIFY(!c.label.isEmpty());
        QVERIFY(!c.examples.isEmpty());
    }
}

void TestTopics::cliJsonEqualsCore()
{
    // `kindred topics --json` on the demo workspace of demoCommunity() equals Topics::load.
    QVERIFY(m_demo.isOpen());
    AnalyticsSource source(m_demo);
    QString error;
    QVERIFY2(source.load(&error), qPrintable(error));
    const Period period = Period::ending(source.lastMessageDate(), 30);
    TopicsResult r;
    QVERIFY2(Topics::load(source, period, TopicOptions{}, &r, &error), qPrintable(error));
    QProcess cli;
    cli.start(QStringLiteral(KINDRED_CLI_PATH),
              {QStringLiteral("topics"), QStringLiteral("--workspace"),
               m_dir.filePath(QStringLiteral("demo.kindred")), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("from")).toString(), period.from.toString(Qt::ISODate));
    QCOMPARE(o.value(QStringLiteral("documents")).toInt(), r.documents);
    QCOMPARE(o.value(QStringLiteral("previous_documents")).toInt(), r.previousDocuments);
    const QJsonArray keywords = o.value(QStringLiteral("keywords")).toArray();
    QCOMPARE(keywords.size(), r.keywords.size());
    for (int i = 0; i < keywords.size(); ++i) {
        const QJsonObject k = keywords.at(i).toObject();
        QCOMPARE(k.value(QStringLiteral("term")).toString(), r.keywords.at(i).term);
        QCOMPARE(k.value(QStringLiteral("count")).toInt(), r.keywords.at(i).count);
        QCOMPARE(k.value(QStringLiteral("change")).toInt(), r.keywords.at(i).change());
        QCOMPARE(k.value(QStringLiteral("rising")).toDouble(), r.keywords.at(i).rising);
    }
    const QJsonArray clusters = o.value(QStringLiteral("clusters")).toArray();
    QCOMPARE(clusters.size(), r.clusters.size());
    for (int i = 0; i < clusters.size(); ++i)
        QCOMPARE(clusters.at(i).toObject().value(QStringLiteral("size")).toInt(),
                 r.clusters.at(i).size);
}

QTEST_GUILESS_MAIN(TestTopics)
#include "tst_topics.moc"
