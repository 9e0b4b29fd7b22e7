#include "CliSync.h"

#include "CliSupport.h"
#include "storage/Database.h"
#include "sync/SecretStore.h"
#include "sync/SyncRunner.h"
#include "sync/SyncSourceStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace kindred::cli {
namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject runJson(const QString &name, const SyncRun &run)
{
    return {{QStringLiteral("source"), name},
            {QStringLiteral("status"), SyncRun::statusKey(run.status)},
            {QStringLiteral("http_status"), run.httpStatus},
            {QStringLiteral("bytes"), run.bytes},
            {QStringLiteral("files_imported"), run.filesImported},
            {QStringLiteral("messages_added"), run.messagesAdded},
            {QStringLiteral("members_added"), run.membersAdded},
            {QStringLiteral("events_added"), run.eventsAdded},
            {QStringLiteral("error"), orNull(run.error)}};
}

/// Syncs one source to the end (a local event loop: the CLI has nothing else to do).
SyncRun syncOne(const QString &workspace, QNetworkAccessManager *nam, const SyncSource &source)
{
    SyncRun failed;
    failed.sourceId = source.id;
    failed.status = SyncRun::Status::Failed;
    QByteArray secret;
    if (source.auth != SyncSource::Auth::None) {
        QString error;
        if (source.secretRef.isEmpty() || !SecretStore::read(source.secretRef, &secret, &error)) {
            failed.error = source.secretRef.isEmpty()
                               ? QStringLiteral("no secret is stored for this source (add it "
                                                "again with its token or password)")
                               : error;
            return failed;
        }
    }
    SyncRunner runner(workspace, nam);
    SyncRun result;
    QEventLoop loop;
    QObject::connect(&runner, &SyncRunner::finished, &loop, [&](const SyncRun &run) {
        result = run;
        loop.quit();
    });
    QString error;
    if (!runner.start(source, secret, &error)) {
        failed.error = error;
        return failed;
    }
    loop.exec();
    return result;
}

/// The secret for bearer/basic auth: the variable named by --secret-env, else one line of
/// standard input.
bool readSecret(const QCommandLineParser &p, QByteArray *secret, QString *error)
{
    if (p.isSet(QStringLiteral("secret-env"))) {
        const QByteArray name = p.value(QStringLiteral("secret-env")).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData())) {
            *error = QStringLiteral("--secret-env: the environment variable %1 is not set")
                         .arg(QString::fromLocal8Bit(name));
            return false;
        }
        *secret = qgetenv(name.constData());
    } else {
        QTextStream in(stdin);
        *secret = in.readLine().toUtf8();
    }
    if (secret->isEmpty()) {
        *error = QStringLiteral("the token or password is empty (give it on standard input or "
                                "through --secret-env VARIABLE)");
        return false;
    }
    return true;
}

int sourceAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption(
        {QStringLiteral("name"), QStringLiteral("Name of the source."), QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("url"), QStringLiteral("http:// or https:// URL."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("format"), QStringLiteral("Import format (default auto)."),
                 QStringLiteral("F"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("kind"), QStringLiteral("auto, file or manifest."),
                 QStringLiteral("KIND"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("auth"), QStringLiteral("none, bearer or basic."),
                 QStringLiteral("AUTH"), QStringLiteral("none")});
    p.addOption({QStringLiteral("user"), QStringLiteral("User name for basic auth."),
                 QStringLiteral("USER")});
    p.addOption({QStringLiteral("secret-env"),
                 QStringLiteral("Read the token/password from this environment variable "
                                "(default: one line of standard input)."),
                 QStringLiteral("VAR")});
    p.addOption({QStringLiteral("every"),
                 QStringLiteral("Sync every N minutes while Kindred runs (0: manual)."),
                 QStringLiteral("MINUTES"), QStringLiteral("0")});
    p.addOption({QStringLiteral("trust-cert"),
                 QStringLiteral("Trust the server certificate with this SHA-256 fingerprint."),
                 QStringLiteral("SHA256")});
    p.addOption({QStringLiteral("disabled"), QStringLiteral("Add the source switched off.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    SyncSource s;
    s.name = p.value(QStringLiteral("name")).trimmed();
    s.url = p.value(QStringLiteral("url")).trimmed();
    s.format = p.value(QStringLiteral("format"));
    s.username = p.value(QStringLiteral("user"));
    s.enabled = !p.isSet(QStringLiteral("disabled"));
    s.trustedCertSha256 =
        p.value(QStringLiteral("trust-cert")).remove(QLatin1Char(':')).trimmed().toLower();
    bool ok = false;
    s.everyMinutes = p.value(QStringLiteral("every")).toInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--every: '%1' is not a number of minutes")
                        .arg(p.value(QStringLiteral("every"))));
    if (!SyncSource::kindFromKey(p.value(QStringLiteral("kind")), &s.kind))
        return fail(QStringLiteral("--kind: give auto, file or manifest"));
    if (!SyncSource::authFromKey(p.value(QStringLiteral("auth")), &s.auth))
        return fail(QStringLiteral("--auth: give none, bearer or basic"));
    if (const QString problem = SyncSourceStore::validate(s); !problem.isEmpty())
        return fail(problem);

    Database db;
    QString error;
    if (!db.open(p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    SyncSourceStore store(db);
    SyncSource existing;
    if (store.find(s.name, &existing, &error))
        return fail(QStringLiteral("there is already a source named '%1'").arg(s.name));
    if (s.auth != SyncSource::Auth::None) {
        QByteArray secret;
        if (!readSecret(p, &secret, &error))
            return fail(error);
        s.secretRef = SecretStore::keyFor(db.path(), s.name);
        if (!SecretStore::write(s.secretRef, secret, &error))
            return fail(error);
    }
    if (!store.add(&s, &error)) {
        if (!s.secretRef.isEmpty())
            SecretStore::remove(s.secretRef, &error);
        return fail(error);
    }
    printLine(compact({{QStringLiteral("added"), s.name}, {QStringLiteral("id"), s.id}}));
    return 0;
}

int sourceList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("json"), QStringLiteral("One JSON object per source.")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    SyncSourceStore store(db);
    QList<SyncSource> sources;
    if (!store.list(&sources, &error))
        return fail(error);
    const bool json = p.isSet(QStringLiteral("json"));
    if (!json)
        printLine("name\tenabled\tevery_minutes\tauth\tformat\tlast_run\tlast_status\turl");
    for (const SyncSource &s : sources) {
        QList<SyncRun> runs;
        if (!store.runs(s.id, 1, &runs, &error))
            return fail(error);
        const SyncRun *last = runs.isEmpty() ? nullptr : &runs.first();
        if (json) {
            QJsonObject o{{QStringLiteral("name"), s.name},
                          {QStringLiteral("url"), s.url},
                          {QStringLiteral("format"), s.format},
                          {QStringLiteral("kind"), SyncSource::kindKey(s.kind)},
                          {QStringLiteral("auth"), SyncSource::authKey(s.auth)},
                          {QStringLiteral("every_minutes"), s.everyMinutes},
                          {QStringLiteral("enabled"), s.enabled},
                          {QStringLiteral("trusted_cert_sha256"), orNull(s.trustedCertSha256)},
                          {QStringLiteral("last_run"), QJsonValue()}};
            if (last) {
                QJsonObject r = runJson(s.name, *last);
                r.remove(QStringLiteral("source"));
                r.insert(QStringLiteral("started_at"), isoUtc(last->startedAt));
                r.insert(QStringLiteral("finished_at"),
                         last->finishedAt ? QJsonValue(isoUtc(last->finishedAt)) : QJsonValue());
                o.insert(QStringLiteral("last_run"), r);
            }
            printLine(compact(o));
        } else {
            printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                          .arg(s.name, s.enabled ? QStringLiteral("yes") : QStringLiteral("no"))
                          .arg(s.everyMinutes)
                          .arg(SyncSource::authKey(s.auth), s.format,
                               last ? isoUtc(last->startedAt) : QStringLiteral("-"),
                               last ? SyncRun::statusKey(last->status) : QStringLiteral("-"), s.url)
                          .toUtf8());
        }
    }
    return 0;
}

int sourceRemove(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption(
        {QStringLiteral("name"), QStringLiteral("Name of the source."), QStringLiteral("NAME")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    Database db;
    QString error;
    if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
        return fail(error);
    SyncSourceStore store(db);
    SyncSource s;
    if (!store.find(p.value(QStringLiteral("name")), &s, &error))
        return fail(error);
    if (!store.remove(s.name, &error))
        return fail(error);
    if (!s.secretRef.isEmpty() && !SecretStore::remove(s.secretRef, &error))
        std::fprintf(stderr, "kindred: the source was removed, but its secret was not: %s\n",
                     qPrintable(error));
    printLine(compact({{QStringLiteral("removed"), s.name}}));
    return 0;
}

} // namespace

int runSync(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(workspaceOption());
    p.addOption({QStringLiteral("source"), QStringLiteral("Sync only this source."),
                 QStringLiteral("NAME")});
    int code = 0;
    if (!parse(p, args, true, &code))
        return code;
    QString error;
    QList<SyncSource> sources;
    QString workspace;
    {
        Database db;
        if (!openExisting(db, p.value(QStringLiteral("workspace")), &error))
            return fail(error);
        workspace = db.path();
        SyncSourceStore store(db);
        if (p.isSet(QStringLiteral("source"))) {
            SyncSource s;
            if (!store.find(p.value(QStringLiteral("source")), &s, &error))
                return fail(error);
            sources.append(s);
        } else {
            QList<SyncSource> all;
            if (!store.list(&all, &error))
                return fail(error);
            for (const SyncSource &s : all)
                if (s.enabled)
                    sources.append(s);
        }
    }
    if (sources.isEmpty())
        return fail(QStringLiteral("the workspace has no enabled sync source (add one with "
                                   "kindred source add)"));
    QNetworkAccessManager nam;
    bool anyFailed = false;
    for (const SyncSource &s : sources) {
        const SyncRun run = syncOne(workspace, &nam, s);
        anyFailed = anyFailed || run.status == SyncRun::Status::Failed ||
                    run.status == SyncRun::Status::Canceled;
        printLine(compact(runJson(s.name, run)));
    }
    return anyFailed ? 1 : 0;
}

int runSource(const QStringList &args)
{
    // args: program, action, options...
    const QString action = args.size() > 1 ? args.at(1) : QString();
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (action == QLatin1String("add"))
        return sourceAdd(rest);
    if (action == QLatin1String("list"))
        return sourceList(rest);
    if (action == QLatin1String("remove"))
        return sourceRemove(rest);
    return fail(QStringLiteral("source: give add, list or remove (kindred source add --help)"));
}

} // namespace kindred::cli
