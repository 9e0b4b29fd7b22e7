// MessageSearch over the FTS5 trigram index (migration 6): Chinese substrings, case folding,
// the LIKE fallback for short terms, hostile queries searched literally, filters, merges, and
// the index kept in step by the bulk import, batch removal and re-import.
//
// The community is crafted as two Telegram exports (one channel each) imported through
// ImportService, so the bulk path (index filled after the load) is the one under test; the
// expected hits are hand-listed and also checked against a plain substring scan (oracle).
#include "identity/MemberMerger.h"
#include "import/BatchRemover.h"
#include "import/ImportService.h"
#include "search/MessageSearch.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace kindred;

namespace {

constexpr qint64 kT0 = 1717200000; // 2024-06-01T00:00:00Z
constexpr qint64 kDay = 86400;

struct Msg
{
    int id;
    const char *fromId;
    const char *from;
    qint64 at;
    const char *text;
};

// Channel A (Telegram chat 101) and channel B (chat 102). Keys in the tests: "A1", "B10".
const QList<Msg> kChannelA = {
    {1, "user1", "Alice", kT0, "我们明天讨论Rust的所有权"},
    {2, "user2", "Bob", kT0 + kDay, "Rust ownership is HARD"},
    {3, "user1", "Alice", kT0 + 2 * kDay, "He said \"hello\" then left"},
    {4, "user3", "Carol", kT0 + 3 * kDay, "cats OR dogs"},
    {5, "user2", "Bob", kT0 + 4 * kDay, "NOT today; 50% off_sale *star* col:x"},
    {6, "user3", "Carol", kT0 + 5 * kDay, "'); DROP TABLE message;-- nice try"},
    {7, "user1", "Alice", kT0 + 6 * kDay, "NEAR(a b) and (unbalanced"},
    {8, "user2", "Bob", kT0 + 7 * kDay, "讨论一下"},
    {12, "user3", "Carol", kT0 + 8 * kDay, "plan a OR b today"},
};
const QList<Msg> kChannelB = {
    {10, "user2", "Bob", kT0 + kDay, "我们也讨论所有权"},
    {11, "user4", "Dave", kT0 + 2 * kDay, "rust is fun"},
};

QByteArray telegramExport(const QString &name, qint64 chatId, const QList<Msg> &messages)
{
    QJsonArray list;
    for (const Msg &m : messages) {
        const QString text = QString::fromUtf8(m.text);
        list.append(QJsonObject{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("date"),
             QDateTime::fromSecsSinceEpoch(m.at, Qt::UTC).toString(Qt::ISODate).left(19)},
            {QStringLiteral("date_unixtime"), QString::number(m.at)},
            {QStringLiteral("from"), QString::fromUtf8(m.from)},
            {QStringLiteral("from_id"), QString::fromUtf8(m.fromId)},
            {QStringLiteral("text"), text},
            {QStringLiteral("text_entities"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("plain")},
                                    {QStringLiteral("text"), text}}}}});
    }
    // A service line with text: never a search hit.
    list.append(QJsonObject{{QStringLiteral("id"), 900 + int(chatId)},
                            {QStringLiteral("type"), QStringLiteral("service")},
                            {QStringLiteral("date"), QStringLiteral("2024-06-01T00:00:05")},
                            {QStringLiteral("date_unixtime"), QString::number(kT0 + 5)},
                            {QStringLiteral("actor"), QStringLiteral("Alice")},
                            {QStringLiteral("actor_id"), QStringLiteral("user1")},
                            {QStringLiteral("action"), QStringLiteral("pin_message")},
                            {QStringLiteral("text"), QStringLiteral("所有权 rust pinned")}});
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("type"), QStringLiteral("private_supergroup")},
                                     {QStringLiteral("id"), chatId},
                                     {QStringLiteral("messages"), list}})
        .toJson();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// "A1", "B10": channel letter + Telegram message id of every hit.
QStringList keysOf(Database &db, const SearchResults &r)
{
    QStringList keys;
    for (const SearchHit &h : r.hits) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT c.external_id, m.external_id FROM message m JOIN "
                                 "channel c ON c.id = m.channel_id WHERE m.id = ?"));
        q.addBindValue(h.messageId);
        if (q.exec() && q.next())
            keys.append((q.value(0).toString() == QLatin1String("101") ? QStringLiteral("A")
                                                                       : QStringLiteral("B")) +
                        q.value(1).toString());
    }
    keys.sort();
    return keys;
}

/// The oracle: keys of the chat messages whose text contains every term (case-insensitive).
QStringList oracle(const QString &text)
{
    const QStringList terms = MessageSearch::terms(text);
    QStringList keys;
    if (terms.isEmpty())
        return keys;
    auto scan = [&](const QList<Msg> &list, const QString &letter) {
        for (const Msg &m : list) {
            const QString body = QString::fromUtf8(m.text);
            if (std::all_of(terms.begin(), terms.end(), [&](const QString &t) {
                    return body.contains(t, Qt::CaseInsensitive);
                }))
                keys.append(letter + QString::number(m.id));
        }
    };
    scan(kChannelA, QStringLiteral("A"));
    scan(kChannelB, QStringLiteral("B"));
    keys.sort();
    return keys;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return (q.exec(sql) && q.next()) ? q.value(0).toLongLong() : -1;
}

/// Every (trigram, message, offset) the index holds, hashed (fts5vocab 'instance').
QByteArray indexDigest(Database &db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instance USING "
                          "fts5vocab(main, message_fts, instance)"));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!q.exec(QStringLiteral("SELECT term, doc, offset FROM temp.fts_instance ORDER BY term, "
                               "doc, offset")))
        return "query failed";
    int rows = 0;
    while (q.next()) {
        h.addData((q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() +
                   QLatin1Char('|') + q.value(2).toString() + QLatin1Char('\n'))
                      .toUtf8());
        ++rows;
    }
    return h.result().toHex() + ' ' + QByteArray::number(rows);
}

/// The index equals one rebuilt from the message table (nothing missing, nothing stale).
bool indexMatchesRebuild(Database &db, QByteArray *before, QByteArray *after)
{
    *before = indexDigest(db);
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("INSERT INTO message_fts(message_fts) VALUES ('rebuild')")))
        return false;
    *after = indexDigest(db);
    return *before == *after;
}

} // namespace

class TestMessageSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fileA;
    QString m_fileB;
    Database m_db;
    qint64 m_batchA = 0;
    qint64 m_batchB = 0;
    qint64 m_messageRows = 0;

    SearchResults search(const QString &text, const SearchFilter &filter = {})
    {
        SearchResults r;
        QString error;
        const bool ok = MessageSearch(m_db).query(text, filter, &r, &error);
        if (!ok)
            qWarning("search '%s' failed: %s", qPrintable(text), qPrintable(error));
        return ok ? r : SearchResults{};
    }

    QString scalarText(const QString &sql)
    {
        QSqlQuery q(m_db.sql());
        return (q.exec(sql) && q.next()) ? q.value(0).toString() : QString();
    }

    qint64 memberOf(const char *externalId)
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT member_id FROM identity WHERE external_id = ?"));
        q.addBindValue(QString::fromUtf8(externalId));
        return (q.exec() && q.next()) ? q.value(0).toLongLong() : 0;
    }

    qint64 channelOf(const char *externalId)
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id FROM channel WHERE external_id = ?"));
        q.addBindValue(QString::fromUtf8(externalId));
        return (q.exec() && q.next()) ? q.value(0).toLongLong() : 0;
    }

    qint64 importFile(const QString &path, qint64 replace = 0, bool *already = nullptr)
    {
        ImportService service(m_db);
        service.setReplaceBatch(replace);
        ImportResult result;
        ImportError error;
        if (!service.importFile(path, QStringLiteral("telegram"), &result, &error)) {
            qWarning("import failed: %s", qPrintable(error.message));
            return 0;
        }
        if (already)
            *already = result.alreadyImported;
        return result.batchId;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("SQLite %s", sqlite3_libversion());
        QVERIFY(sqlite3_libversion_number() >= 3034000); // the trigram tokenizer: 3.34
        m_fileA = m_dir.filePath(QStringLiteral("a.json"));
        m_fileB = m_dir.filePath(QStringLiteral("b.json"));
        QVERIFY(writeFile(m_fileA, telegramExport(QStringLiteral("Rust 学习群"), 101, kChannelA)));
        QVERIFY(writeFile(m_fileB, telegramExport(QStringLiteral("Go 学习群"), 102, kChannelB)));
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("w.kindred")), &error), qPrintable(error));
        m_batchA = importFile(m_fileA); // into an empty workspace: the deferred-index path
        m_batchB = importFile(m_fileB); // into a non-empty one
        QVERIFY(m_batchA > 0 && m_batchB > 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM message WHERE is_service = 0")),
                 qint64(kChannelA.size() + kChannelB.size()));
        m_messageRows = scalar(m_db, QStringLiteral("SELECT count(*) FROM message"));
        // The insert trigger is back after the bulk imports.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                             "'trigger' AND name LIKE 'message_fts_%'")),
                 qint64(3));
    }

    void terms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("match");
        QTest::newRow("empty") << QString() << QStringList{} << QString();
        QTest::newRow("spaces") << QStringLiteral(" \t\u3000 ") << QStringList{} << QString();
        QTest::newRow("chinese") << QStringLiteral("讨论Ru")
                                 << QStringList{QStringLiteral("讨论Ru")}
                                 << QStringLiteral("\"讨论Ru\"");
        QTest::newRow("short dropped from MATCH")
            << QStringLiteral("讨论 所有权 讨论")
            << QStringList{QStringLiteral("讨论"), QStringLiteral("所有权")}
            << QStringLiteral("\"所有权\"");
        QTest::newRow("quotes doubled")
            << QStringLiteral("say \"hi\"")
            << QStringList{QStringLiteral("say"), QStringLiteral("\"hi\"")}
            << QStringLiteral("\"say\" \"\"\"hi\"\"\"");
        QTest::newRow("operators are strings")
            << QStringLiteral("cats OR dogs NOT NEAR(x*)")
            << QStringList{QStringLiteral("cats"), QStringLiteral("OR"), QStringLiteral("dogs"),
                           QStringLiteral("NOT"), QStringLiteral("NEAR(x*)")}
            << QStringLiteral("\"cats\" \"dogs\" \"NOT\" \"NEAR(x*)\"");
        QTest::newRow("emoji is one code point")
            << QStringLiteral("a😀") << QStringList{QStringLiteral("a😀")} << QString();
    }

    void terms()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(QString, match);
        QCOMPARE(MessageSearch::terms(text), terms);
        QCOMPARE(MessageSearch::matchExpression(terms), match);
    }

    void likePatternEscapes()
    {
        QCOMPARE(MessageSearch::likePattern(QStringLiteral("5%_\\")),
                 QStringLiteral("%5\\%\\_\\\\%"));
    }

    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("indexed");
        const auto keys = [](const char *s) {
            return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("chinese substring") << QStringLiteral("所有权") << keys("A1 B10") << true;
        QTest::newRow("mixed chinese/latin") << QStringLiteral("讨论Ru") << keys("A1") << true;
        QTest::newRow("2-char chinese (LIKE)")
            << QStringLiteral("讨论") << keys("A1 A8 B10") << false;
        QTest::newRow("short + long terms")
            << QStringLiteral("讨论 所有权") << keys("A1 B10") << true;
        QTest::newRow("english lower") << QStringLiteral("rust") << keys("A1 A2 B11") << true;
        QTest::newRow("english upper") << QStringLiteral("RUST") << keys("A1 A2 B11") << true;
        QTest::newRow("two words") << QStringLiteral("rust HARD") << keys("A2") << true;
        QTest::newRow("no match") << QStringLiteral("python") << keys("") << true;
        QTest::newRow("service line not searched") << QStringLiteral("pinned") << keys("") << true;
    }

    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(bool, indexed);
        const SearchResults r = search(text);
        QCOMPARE(keysOf(m_db, r), expected);
        QCOMPARE(expected, oracle(text));
        QCOMPARE(r.total, qint64(expected.size()));
        QCOMPARE(r.usedIndex, indexed);
    }

    void hostileQueries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto keys = [](const char *s) {
            return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("lone quote") << QStringLiteral("\"") << keys("A3");
        QTest::newRow("quoted word") << QStringLiteral("\"hello\"") << keys("A3");
        QTest::newRow("unbalanced quote") << QStringLiteral("\"hello") << keys("A3");
        QTest::newRow("two quotes") << QStringLiteral("\"\"") << keys("");
        QTest::newRow("a OR b") << QStringLiteral("a OR b") << keys("A12");
        QTest::newRow("cats OR dogs") << QStringLiteral("cats OR dogs") << keys("A4");
        QTest::newRow("NOT") << QStringLiteral("NOT") << keys("A5");
        QTest::newRow("NOT prefix") << QStringLiteral("NOT cats") << keys("");
        QTest::newRow("star") << QStringLiteral("*") << keys("A5");
        QTest::newRow("prefix star") << QStringLiteral("cat*") << keys("");
        QTest::newRow("starred word") << QStringLiteral("*star*") << keys("A5");
        QTest::newRow("caret") << QStringLiteral("^cats") << keys("");
        QTest::newRow("column filter literal") << QStringLiteral("col:x") << keys("A5");
        QTest::newRow("column filter on text") << QStringLiteral("text:rust") << keys("");
        QTest::newRow("sql injection") << QStringLiteral("'); DROP TABLE message;--") << keys("A6");
        QTest::newRow("NEAR") << QStringLiteral("NEAR(a b)") << keys("A7");
        QTest::newRow("open paren") << QStringLiteral("(unbalanced") << keys("A7");
        QTest::newRow("close paren") << QStringLiteral(")") << keys("A6 A7");
        QTest::newRow("percent") << QStringLiteral("%") << keys("A5");
        QTest::newRow("percent long") << QStringLiteral("50%") << keys("A5");
        QTest::newRow("underscore") << QStringLiteral("f_") << keys("A5");
        QTest::newRow("backslash") << QStringLiteral("\\") << keys("");
        QTest::newRow("plus minus") << QStringLiteral("+rust -hard") << keys("");
        QTest::newRow("empty") << QString() << keys("");
        QTest::newRow("whitespace") << QStringLiteral("  \t \n ") << keys("");
    }

    void hostileQueries()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        SearchResults r;
        QString error;
        QVERIFY2(MessageSearch(m_db).query(text, {}, &r, &error), qPrintable(error));
        QCOMPARE(keysOf(m_db, r), expected);
        QCOMPARE(expected, oracle(text));
        QCOMPARE(r.total, qint64(expected.size()));
        // Nothing was dropped or changed.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM message")), m_messageRows);
    }

    void snippetHighlights()
    {
        const SearchResults r = search(QStringLiteral("所有权 讨论"));
        QCOMPARE(r.hits.size(), 2);
        for (const SearchHit &h : r.hits) {
            QVERIFY(!h.highlights.isEmpty());
            QVERIFY(h.rank < 0); // bm25: negative, more negative = better
            if (h.snippet == QStringLiteral("我们明天讨论Rust的所有权"))
                QCOMPARE(h.markedSnippet(QStringLiteral("["), QStringLiteral("]")),
                         QStringLiteral("我们明天[讨论]Rust的[所有权]"));
            else
                QCOMPARE(h.markedSnippet(QStringLiteral("["), QStringLiteral("]")),
                         QStringLiteral("我们也[讨论][所有权]"));
        }
        // Case-insensitive highlight keeps the text's own case.
        const SearchResults en = search(QStringLiteral("hard"));
        QCOMPARE(en.hits.size(), 1);
        QCOMPARE(en.hits.first().markedSnippet(QStringLiteral("<"), QStringLiteral(">")),
                 QStringLiteral("Rust ownership is <HARD>"));
        QCOMPARE(en.hits.first().memberName, QStringLiteral("Bob"));
        QCOMPARE(en.hits.first().channelName,
                 scalarText(QStringLiteral("SELECT name FROM channel WHERE external_id = '101'")));
        QVERIFY(!en.hits.first().channelName.isEmpty());
        QCOMPARE(en.hits.first().sentAt, kT0 + kDay);
    }

    void longSnippetIsWindowed()
    {
        const QString text = QString(300, QLatin1Char('x')) + QStringLiteral(" needle ") +
                             QString(300, QLatin1Char('y'));
        QString snippet;
        QList<QPair<int, int>> hl;
        MessageSearch::makeSnippet(text, {QStringLiteral("NEEDLE")}, &snippet, &hl);
        QVERIFY(snippet.startsWith(QStringLiteral("…")));
        QVERIFY(snippet.endsWith(QStringLiteral("…")));
        QCOMPARE(snippet.size(), MessageSearch::kSnippetLength + 2);
        QCOMPARE(hl.size(), 1);
        QCOMPARE(snippet.mid(hl.first().first, hl.first().second), QStringLiteral("needle"));
        QCOMPARE(hl.first().first, 1 + MessageSearch::kSnippetLength / 4);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("channel"); // Telegram chat id, "" = all
        QTest::addColumn<QString>("member");  // from_id, "" = anyone
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QStringList>("expected");
        const auto keys = [](const char *s) {
            return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("channel B") << QStringLiteral("所有权") << QStringLiteral("102") << QString()
                                   << qint64(0) << qint64(0) << keys("B10");
        QTest::newRow("channel A, short") << QStringLiteral("讨论") << QStringLiteral("101")
                                          << QString() << qint64(0) << qint64(0) << keys("A1 A8");
        QTest::newRow("member Alice")
            << QStringLiteral("rust") << QString() << QStringLiteral("user1") << qint64(0)
            << qint64(0) << keys("A1");
        QTest::newRow("member Bob, short")
            << QStringLiteral("讨论") << QString() << QStringLiteral("user2") << qint64(0)
            << qint64(0) << keys("A8 B10");
        QTest::newRow("dates [d1, d3)") << QStringLiteral("rust") << QString() << QString()
                                        << kT0 + kDay << kT0 + 3 * kDay << keys("A2 B11");
        QTest::newRow("from only") << QStringLiteral("rust") << QString() << QString()
                                   << kT0 + 2 * kDay << qint64(0) << keys("B11");
        QTest::newRow("to is exclusive") << QStringLiteral("rust") << QString() << QString()
                                         << qint64(0) << kT0 + kDay << keys("A1");
        QTest::newRow("all filters")
            << QStringLiteral("rust") << QStringLiteral("101") << QStringLiteral("user2") << kT0
            << kT0 + 10 * kDay << keys("A2");
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, channel);
        QFETCH(QString, member);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QStringList, expected);
        SearchFilter f;
        if (!channel.isEmpty())
            f.channelIds = {channelOf(channel.toUtf8().constData())};
        if (!member.isEmpty())
            f.memberId = memberOf(member.toUtf8().constData());
        f.fromUtc = from;
        f.toUtc = to;
        const SearchResults r = search(text, f);
        QCOMPARE(keysOf(m_db, r), expected);
        QCOMPARE(r.total, qint64(expected.size()));
    }

    void paging()
    {
        SearchFilter f;
        f.limit = 1;
        QStringList seen;
        for (int offset = 0; offset < 3; ++offset) {
            f.offset = offset;
            const SearchResults r = search(QStringLiteral("rust"), f);
            QCOMPARE(r.total, qint64(3));
            QCOMPARE(r.hits.size(), 1);
            seen += keysOf(m_db, r);
        }
        seen.sort();
        QCOMPARE(seen,
                 QStringList({QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B11")}));
        f.offset = 3;
        QVERIFY(search(QStringLiteral("rust"), f).hits.isEmpty());
    }

    void contextAroundAHit()
    {
        const SearchResults r = search(QStringLiteral("dogs"));
        QCOMPARE(r.hits.size(), 1);
        QList<SearchContextLine> lines;
        QString error;
        QVERIFY2(MessageSearch(m_db).context(r.hits.first().messageId, 2, 2, &lines, &error),
                 qPrintable(error));
        QStringList texts;
        for (const SearchContextLine &l : lines)
            texts.append(QString::fromUtf8(l.isHit ? "*" : "") + l.text.left(4));
        // Channel A by time: A2, A3, [A4], A5, A6 (the service line is not a chat message).
        QCOMPARE(texts, QStringList({QStringLiteral("Rust"), QStringLiteral("He s"),
                                     QStringLiteral("*cats"), QStringLiteral("NOT "),
                                     QStringLiteral("'); ")}));
        QCOMPARE(lines.at(2).memberName, QStringLiteral("Carol"));
        // The first message has nothing before it.
        QVERIFY(MessageSearch(m_db).context(search(QStringLiteral("明天")).hits.first().messageId,
                                            3, 1, &lines, &error));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().isHit);
        QVERIFY(!MessageSearch(m_db).context(999999, 1, 1, &lines, &error));
        QVERIFY(error.contains(QStringLiteral("999999")));
    }

    void mergedMemberIsThePerson()
    {
        const qint64 bob = memberOf("user2");
        const qint64 dave = memberOf("user4");
        qint64 mergeId = 0;
        QString error;
        QVERIFY2(MemberMerger::merge(m_db, dave, bob, QStringLiteral("test"),
                                     QStringLiteral("tester"), &mergeId, &error),
                 qPrintable(error));
        SearchFilter f;
        f.memberId = bob;
        const SearchResults r = search(QStringLiteral("rust"), f);
        QCOMPARE(keysOf(m_db, r), QStringList({QStringLiteral("A2"), QStringLiteral("B11")}));
        for (const SearchHit &h : r.hits) {
            QCOMPARE(h.memberId, bob);
            QCOMPARE(h.memberName, QStringLiteral("Bob"));
        }
        QVERIFY2(MemberMerger::unmerge(m_db, mergeId, &error), qPrintable(error));
        const SearchResults after = search(QStringLiteral("rust"), f);
        QCOMPARE(keysOf(m_db, after), QStringList({QStringLiteral("A2")}));
    }

    void cliAgrees_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("chinese") << QStringLiteral("所有权") << QStringList{};
        QTest::newRow("short") << QStringLiteral("讨论") << QStringList{};
        QTest::newRow("injection") << QStringLiteral("'); DROP TABLE message;--") << QStringList{};
        QTest::newRow("channel B")
            << QStringLiteral("所有权")
            << QStringList{QStringLiteral("--channel"), QStringLiteral("CHANNEL_B")};
        QTest::newRow("days") << QStringLiteral("rust")
                              << QStringList{QStringLiteral("--from"), QStringLiteral("2024-06-02"),
                                             QStringLiteral("--to"), QStringLiteral("2024-06-03")};
    }

    void cliAgrees()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, extra);
        SearchFilter f;
        f.limit = 1000;
        for (QString &arg : extra) {
            if (arg == QLatin1String("CHANNEL_B")) {
                f.channelIds = {channelOf("102")};
                arg = QString::number(f.channelIds.first());
            }
        }
        if (extra.contains(QStringLiteral("--from"))) {
            // Local days of the community's timezone (UTC here): [06-02 00:00, 06-04 00:00).
            QCOMPARE(MessageSearch::communityZone(m_db), QTimeZone::utc());
            f.fromUtc = kT0 + kDay;
            f.toUtc = kT0 + 3 * kDay;
        }
        const SearchResults expected = search(text, f);
        QProcess cli;
        cli.start(QStringLiteral(KINDRED_CLI_PATH),
                  QStringList{QStringLiteral("search"), QStringLiteral("--workspace"), m_db.path(),
                              QStringLiteral("--json"), QStringLiteral("--limit"),
                              QStringLiteral("1000")} +
                      extra + QStringList{QStringLiteral("--"), text});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("total")).toInteger(), expected.total);
        const QJsonArray hits = o.value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), expected.hits.size());
        for (int i = 0; i < hits.size(); ++i) {
            const QJsonObject h = hits.at(i).toObject();
            const SearchHit &e = expected.hits.at(i);
            QCOMPARE(h.value(QStringLiteral("message_id")).toInteger(), e.messageId);
            QCOMPARE(h.value(QStringLiteral("member_id")).toInteger(), e.memberId);
            QCOMPARE(h.value(QStringLiteral("snippet")).toString(), e.snippet);
            QCOMPARE(h.value(QStringLiteral("rank")).toDouble(), e.rank);
            // Highlights in code points (no surrogates here: equal to the QString offsets).
            const QJsonArray hl = h.value(QStringLiteral("highlights")).toArray();
            QCOMPARE(hl.size(), e.highlights.size());
            for (int k = 0; k < hl.size(); ++k) {
                QCOMPARE(hl.at(k).toArray().at(0).toInt(), e.highlights.at(k).first);
                QCOMPARE(hl.at(k).toArray().at(1).toInt(), e.highlights.at(k).second);
            }
        }
    }

    void indexFollowsBatchRemovalAndReimport()
    {
        QByteArray before, after;
        QVERIFY2(indexMatchesRebuild(m_db, &before, &after),
                 QByteArray(before + " vs " + after).constData());
        QVERIFY(before.endsWith(" 0") == false);

        QString error;
        QVERIFY2(BatchRemover::remove(m_db, m_batchB, &error), qPrintable(error));
        QCOMPARE(keysOf(m_db, search(QStringLiteral("所有权"))), QStringList{QStringLiteral("A1")});
        QCOMPARE(keysOf(m_db, search(QStringLiteral("rust"))),
                 QStringList({QStringLiteral("A1"), QStringLiteral("A2")}));
        QVERIFY2(indexMatchesRebuild(m_db, &before, &after),
                 QByteArray(before + " vs " + after).constData());

        // Import B again, then once more: identical content adds nothing.
        m_batchB = importFile(m_fileB);
        QVERIFY(m_batchB > 0);
        bool already = false;
        QCOMPARE(importFile(m_fileB, 0, &already), m_batchB);
        QVERIFY(already);
        // Re-import A in place of its batch (the old one goes in the same transaction).
        m_batchA = importFile(m_fileA, m_batchA);
        QVERIFY(m_batchA > 0);
        // An overlapping export (A plus one new message): known messages are skipped.
        QList<Msg> more = kChannelA;
        more.append({13, "user1", "Alice", kT0 + 9 * kDay, "所有权 again"});
        const QString fileA2 = m_dir.filePath(QStringLiteral("a2.json"));
        QVERIFY(writeFile(fileA2, telegramExport(QStringLiteral("Rust 学习群"), 101, more)));
        QVERIFY(importFile(fileA2) > 0);

        const SearchResults r = search(QStringLiteral("所有权"));
        QCOMPARE(keysOf(m_db, r),
                 QStringList({QStringLiteral("A1"), QStringLiteral("A13"), QStringLiteral("B10")}));
        QSet<qint64> ids;
        for (const SearchHit &h : r.hits)
            ids.insert(h.messageId);
        QCOMPARE(ids.size(), r.hits.size()); // no duplicate hits
        QCOMPARE(r.total, qint64(3));
        QCOMPARE(search(QStringLiteral("rust")).total, qint64(3));
        QVERIFY2(indexMatchesRebuild(m_db, &before, &after),
                 QByteArray(before + " vs " + after).constData());

        // Removing the batch holding most messages takes the rebuild path (no delete trigger).
        QVERIFY2(BatchRemover::remove(m_db, m_batchA, &error), qPrintable(error));
        QCOMPARE(keysOf(m_db, search(QStringLiteral("所有权"))),
                 QStringList({QStringLiteral("A13"), QStringLiteral("B10")}));
        QCOMPARE(keysOf(m_db, search(QStringLiteral("rust"))), QStringList{QStringLiteral("B11")});
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                             "'trigger' AND name LIKE 'message_fts_%'")),
                 qint64(3));
        QVERIFY2(indexMatchesRebuild(m_db, &before, &after),
                 QByteArray(before + " vs " + after).constData());
    }

    void migrationIndexesExistingMessages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.kindred"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QString error;
        QVERIFY2(Migrations::migrate(raw, &error, 5), qPrintable(error));
        const char *fill =
            "INSERT INTO community(id, name) VALUES (1, 'c');"
            "INSERT INTO channel(id, community_id, platform, external_id) VALUES (1, 1, 't', '1');"
            "INSERT INTO message(channel_id, external_id, sent_at, text) VALUES "
            "(1, 'm1', 100, '旧消息里的所有权'), (1, 'm2', 200, 'old message');";
        QCOMPARE(sqlite3_exec(raw, fill, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(db.schemaVersion() >= 6);
        SearchResults r;
        QVERIFY2(MessageSearch(db).query(QStringLiteral("所有权"), {}, &r, &error),
                 qPrintable(error));
        QCOMPARE(r.total, qint64(1));
        QVERIFY2(MessageSearch(db).query(QStringLiteral("MESSAGE"), {}, &r, &error),
                 qPrintable(error));
        QCOMPARE(r.total, qint64(1));
        // Later writes outside the importer go through the triggers.
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE message SET text = 'edited 所有权' WHERE "
                                      "external_id = 'm2'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM message WHERE external_id = 'm1'")));
        QVERIFY2(MessageSearch(db).query(QStringLiteral("所有权"), {}, &r, &error),
                 qPrintable(error));
        QCOMPARE(r.total, qint64(1));
        QCOMPARE(r.hits.first().snippet, QStringLiteral("edited 所有权"));
        QVERIFY2(MessageSearch(db).query(QStringLiteral("message"), {}, &r, &error),
                 qPrintable(error));
        QCOMPARE(r.total, qint64(0));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO message(channel_id, external_id, sent_at, text) "
                                      "VALUES (1, 'm3', 300, '新的所有权消息')")));
        QVERIFY2(MessageSearch(db).query(QStringLiteral("所有权"), {}, &r, &error),
                 qPrintable(error));
        QCOMPARE(r.total, qint64(2));
        QCOMPARE(r.hits.size(), 2);
        QByteArray before, after;
        QVERIFY2(indexMatchesRebuild(db, &before, &after),
                 QByteArray(before + " vs " + after).constData());
    }

    void realExportAgreesWithScan()
    {
        // A real export: every hit count equals a substring scan of the stored texts.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("r.kindred")), &error), qPrintable(error));
        ImportService service(db);
        ImportResult result;
        ImportError importError;
        QVERIFY2(service.importFile(QStringLiteral(KINDRED_EXPORTS_DIR
                                                   "/telegram/chat-analytics__BIG_20A_5475M.json"),
                                    QStringLiteral("auto"), &result, &importError),
                 qPrintable(importError.message));
        QStringList texts;
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT text FROM message WHERE is_service = 0")));
        while (q.next())
            texts.append(q.value(0).toString());
        q.finish();
        QVERIFY(texts.size() > 1000);
        int nonEmpty = 0;
        for (const QString &text :
             {QStringLiteral("que"), QStringLiteral("ALIAS"), QStringLiteral("ratione sequi"),
              QStringLiteral("io"), QStringLiteral("a"), QStringLiteral("tur."),
              QStringLiteral("zzz")}) {
            const QStringList terms = MessageSearch::terms(text);
            const qint64 expected =
                std::count_if(texts.begin(), texts.end(), [&](const QString &t) {
                    return std::all_of(terms.begin(), terms.end(), [&](const QString &term) {
                        return t.contains(term, Qt::CaseInsensitive);
                    });
                });
            qInfo("'%s': %lld of %lld messages", qPrintable(text), expected, qint64(texts.size()));
            SearchFilter f;
            f.limit = 5;
            SearchResults r;
            QVERIFY2(MessageSearch(db).query(text, f, &r, &error), qPrintable(error));
            QCOMPARE(r.total, expected);
            nonEmpty += expected > 0;
        }
        QCOMPARE(nonEmpty, 6);
    }
};

QTEST_GUILESS_MAIN(TestMessageSearch)
#include "tst_message_search.moc"
