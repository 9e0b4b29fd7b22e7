#pragma once
// Runs read-only analytics off the GUI thread (ARCHITECTURE.md convention 5, PLATFORM.md
// gotcha 7): the work opens its OWN Database connection on the workspace inside the worker
// thread, computes a value, closes the connection there, and the result comes back to the
// GUI thread through a QFutureWatcher.

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace kindred {

/// What a worker computed: the value, or why there is none.
template <typename T> struct QueryResult
{
    bool ok = false;
    bool opened = false; ///< false when the workspace itself could not be opened
    QString error;
    T value{};
};

namespace AsyncQuery {

/// Opens `workspacePath` in a worker thread and runs `work(Database &, T *, QString *error)`
/// (returning bool) there; then calls `done(const QueryResult<T> &)` on the thread of
/// `context`. Nothing is called when `context` is destroyed before the work ends.
template <typename T, typename Work, typename Done>
void run(QObject *context, const QString &workspacePath, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<QueryResult<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() {
                         const QueryResult<T> result = watcher->result();
                         watcher->deleteLater();
                         done(result);
                     });
    watcher->setFuture(QtConcurrent::run([path = workspacePath, work = std::move(work)]() {
        QueryResult<T> r;
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            r.error = QCoreApplication::translate("kindred::AsyncQuery",
                                                  "The workspace file %1 does not exist.")
                          .arg(path);
            return r;
        }
        Database db; // one connection per worker, opened and closed on this thread
        if (!db.open(path, &r.error))
            return r;
        r.opened = true;
        r.ok = work(db, &r.value, &r.error);
        return r;
    }));
}

} // namespace AsyncQuery
} // namespace kindred
